// st.dataframe(lazy=True) in a real browser: the element carries the first
// 1,000 rows and the grid fetches the rest over the websocket as it scrolls
// (placeholder cells while a page loads); a header click sorts on the server,
// so the first rows shown are the server's, not a sort of the rows the page
// holds; a lazy grid has no search and no CSV download. Button columns: a
// click on a button cell runs the column's callback with the row. pandas and pyarrow
// come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import numpy as np
import pandas as pd
import streamlit as st

n = 200_000
df = pd.DataFrame({"i": np.arange(n), "neg": -np.arange(n), "label": [f"item {i}" for i in range(n)]})
st.dataframe(df, lazy=True, hide_index=True, height=400, width=450,
             column_config={c: st.column_config.Column(width=150) for c in df.columns})
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

async function cells(frame) {
  return (await frame.locator('table[role="grid"] td').allTextContents()).map((t) => t.trim());
}

test('a 200,000-row lazy frame scrolls to its last row, fetched from the server', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  const chunks = [];
  page.on('websocket', (ws) => ws.on('framesent', (f) => { if (typeof f.payload !== 'string') chunks.push(f.payload.length); }));
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td', { hasText: /^item 0$/ }).first().waitFor({ state: 'attached' });
  const toolbar = frame.getByTestId('stElementToolbar');
  await frame.hover();
  assert.equal(await toolbar.getByRole('button', { name: 'Search' }).count(), 0);
  assert.equal(await toolbar.getByRole('button', { name: 'Download as CSV' }).count(), 0);
  const sentBefore = chunks.length;
  const scroller = frame.locator('.dvn-scroller');
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await frame.locator('table[role="grid"] td', { hasText: /^item 199999$/ }).first().waitFor({ state: 'attached' });
  const last = await cells(frame);
  assert.ok(last.includes('199999') && last.includes('-199999'), `the last row's values: ${last.slice(-6)}`);
  assert.ok(chunks.length > sentBefore, 'the rows came in a chunk request over the websocket');
  await screenshot(page, 'lazy-dataframe-200k-end');
  await page.close();
});

test('sorting a lazy frame shows the server-sorted first rows', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td', { hasText: /^item 0$/ }).first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // The "neg" header: the second 150 px column, in the 35 px header row. Ascending puts the
  // last row of the whole frame first, which only the server has.
  await page.mouse.click(box.x + 150 + 60, box.y + 17);
  await frame.locator('table[role="grid"] td', { hasText: /^item 199999$/ }).first().waitFor({ state: 'attached' });
  const sorted = await cells(frame);
  assert.deepEqual(sorted.slice(0, 6), ['199999', '-199999', 'item 199999', '199998', '-199998', 'item 199998']);
  const headers = (await frame.locator('table[role="grid"] th').allTextContents()).map((h) => h.trim());
  assert.ok(headers.includes('↑ neg'), `headers: ${headers}`);
  await screenshot(page, 'lazy-dataframe-sorted');
  await page.close();
});

test('clicking a button cell runs the column callback with the clicked row', async () => {
  const buttons = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["Alice", "Bob", "Carol"], "go": ["Open", "Open", "Open"]})


def opened():
    click = st.session_state.go_click
    st.session_state.log = f"row {click.row}: {df.iloc[click.row]['name']} ({click.label})"


st.dataframe(df, hide_index=True, width=300, column_config={
    "name": st.column_config.Column(width=150),
    "go": st.column_config.ButtonColumn("Go", width=150, on_click=opened, key="go_click"),
})
st.text(f"log={st.session_state.get('log')}")
`));
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(buttons.url);
    await waitForAppRun(page);
    const frame = page.getByTestId('stDataFrame');
    await frame.locator('table[role="grid"] td', { hasText: /^Bob$/ }).first().waitFor({ state: 'attached' });
    assert.equal(await page.getByTestId('stText').innerText(), 'log=None');
    await screenshot(page, 'dataframe-button-column');
    const box = await frame.getByTestId('data-grid-canvas').boundingBox();
    // The "Go" column is the second 150 px column; its button is centred. Row 1 (Bob) is the
    // second 35 px row under the 35 px header.
    await page.mouse.click(box.x + 150 + 75, box.y + 35 + 35 + 17);
    await page.getByTestId('stText').filter({ hasText: 'log=row 1: Bob (Open)' }).waitFor();
    await page.close();
  } finally {
    buttons.stop();
  }
});

test('a button click in a sorted lazy grid reports the position of the row in the data', async () => {
  const sorted = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"n": range(1500), "go": ["Open"] * 1500})
st.dataframe(df, lazy=True, hide_index=True, width=300, column_config={
    "n": st.column_config.Column(width=150),
    "go": st.column_config.ButtonColumn("Go", width=150, key="go_click"),
})
click = st.session_state.get("go_click")
st.text(f"click={None if click is None else (click.row, int(df.iloc[click.row]['n']))}")
`));
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(sorted.url);
    await waitForAppRun(page);
    const frame = page.getByTestId('stDataFrame');
    await frame.locator('table[role="grid"] td', { hasText: /^0$/ }).first().waitFor({ state: 'attached' });
    const box = await frame.getByTestId('data-grid-canvas').boundingBox();
    // Sort "n" descending (two header clicks): the first row shown is the frame's last.
    await page.mouse.click(box.x + 60, box.y + 17);
    await frame.locator('table[role="grid"] th', { hasText: '↑ n' }).waitFor({ state: 'attached' });
    await page.mouse.click(box.x + 60, box.y + 17);
    await frame.locator('table[role="grid"] td', { hasText: /^1499$/ }).first().waitFor({ state: 'attached' });
    // The button of the second row shown (n = 1498).
    await page.mouse.click(box.x + 150 + 75, box.y + 35 + 35 + 17);
    await page.getByTestId('stText').filter({ hasText: 'click=(1498, 1498)' }).waitFor();
    await screenshot(page, 'lazy-dataframe-sorted-button');
    await page.close();
  } finally {
    sorted.stop();
  }
});
