// Cell contents checked side by side with Streamlit 1.67 on the same scripts: pandas periods and
// intervals in the grid and in st.table, Markdown in st.table's cells, text under list and
// multiselect columns edited as comma-separated items, and a frame over server.maxMessageSize
// shown as 1.67's MessageSizeError in its place. The grid draws on a canvas: its texts are read
// from fillText calls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let pandasTypes;
let markdown;
let listText;
let oversized;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  pandasTypes = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "m": pd.period_range("2024-03", periods=2, freq="M"),
    "w": pd.period_range("2024-03-05", periods=2, freq="W"),
    "i": pd.interval_range(start=0, end=2),
    "f": pd.interval_range(start=0.5, end=2.5, closed="left"),
})
st.dataframe(df, hide_index=True)
st.table(df)
`));
  markdown = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.table(pd.DataFrame({"m": ["**bold** \`code\`", "plain"], "n": [1, 2]}, index=["*i*", "b"]))
`));
  listText = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"m": ["a,b", "c"]})
out = st.data_editor(df, column_config={"m": st.column_config.MultiselectColumn(options=["a", "b", "c"])}, key="ed")
st.text(repr(st.session_state.ed["edited_rows"]))
`));
  oversized = await startApp(writeScript(`
import numpy as np
import pandas as pd
import streamlit as st

st.text("before")
st.dataframe(pd.DataFrame(np.arange(300_000).reshape(-1, 2), columns=["a", "b"]))
st.text("after")
`), ['--server.maxMessageSize', '1']);
});

after(async () => {
  await browser?.close();
  for (const app of [pandasTypes, markdown, listText, oversized]) app?.stop();
});

async function recordCanvasText(page) {
  await page.addInitScript(() => {
    window.__drawn = new Set();
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      window.__drawn.add(String(text));
      return fillText.call(this, text, ...rest);
    };
  });
}

const ROW = 35;

test('pandas periods and intervals read as 1.67 shows them, in the grid and in st.table', async () => {
  const page = await browser.newPage();
  await recordCanvasText(page);
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(pandasTypes.url);
  await waitForAppRun(page);
  await page.getByTestId('stDataFrame').locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  await page.waitForFunction(() => window.__drawn.has('(0, 1]'));
  const drawn = await page.evaluate(() => [...window.__drawn]);
  for (const want of ['2024-03', '2024-04', '2024-03-04/2024-03-10', '(0, 1]', '(1, 2]', '[0.5000, 1.5000)']) {
    assert.ok(drawn.includes(want), `${want} drawn: ${drawn}`);
  }
  const rows = await page.getByTestId('stTable').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows, [
    ['2024-03', '2024-03-04/2024-03-10', '(0, 1]', '[0.5000, 1.5000)'],
    ['2024-04', '2024-03-11/2024-03-17', '(1, 2]', '[1.5000, 2.5000)'],
  ]);
  await screenshot(page, 'dataframe-pandas-types');
  await page.close();
});

test('st.table cells, headers and index labels are Markdown as in 1.67', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto(markdown.url);
  await waitForAppRun(page);
  const table = page.getByTestId('stTable');
  const first = table.locator('tbody tr').first();
  await first.locator('td strong', { hasText: 'bold' }).waitFor();
  assert.equal(await first.locator('td code').innerText(), 'code');
  assert.equal(await first.locator('th em').innerText(), 'i');
  assert.equal(await first.innerText().then((t) => t.replace(/\s+/g, ' ').trim()), 'i bold code 1');
  assert.equal(await table.locator('[data-testid="stMarkdownContainer"]').count(), 9);
  await screenshot(page, 'table-markdown-cells');
  await page.close();
});

test('text under a multiselect column is edited as its comma-separated items, as in 1.67', async () => {
  const page = await browser.newPage();
  await recordCanvasText(page);
  await page.setViewportSize({ width: 1000, height: 500 });
  await page.goto(listText.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // Row 1 holds "c": its editor lists the options not picked yet; "a" is added.
  await page.mouse.dblclick(box.x + 150, box.y + ROW + ROW + ROW / 2);
  const editor = page.getByTestId('multi-select-cell');
  await editor.waitFor();
  assert.deepEqual(await editor.getByRole('button', { name: /^Remove / }).evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))), ['Remove c']);
  await editor.getByRole('option', { name: 'a' }).click();
  await page.getByTestId('stDataFrameCellMultiselect').press('Enter');
  await page.getByTestId('stText').filter({ hasText: "{1: {'m': ['c', 'a']}}" }).waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'data-editor-multiselect-text');
  await page.close();
});

test('a frame over server.maxMessageSize shows 1.67\'s MessageSizeError in its place', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 700 });
  await page.goto(oversized.url);
  await waitForAppRun(page);
  const error = page.getByTestId('stException');
  await error.waitFor();
  assert.match(await error.innerText(), /^MessageSizeError: Data of size 2\.4 MB exceeds the message size limit of 1\.0 MB\.\n/);
  assert.deepEqual(await page.getByTestId('stText').allInnerTexts(), ['before', 'after']);
  assert.equal(await page.getByTestId('stDataFrame').count(), 0);
  await screenshot(page, 'dataframe-message-size-error');
  await page.close();
});
