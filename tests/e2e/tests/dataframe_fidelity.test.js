// st.dataframe details checked side by side with Streamlit 1.67 in the same page size: the number
// text the grid draws (no thousands separators unless a format asks for them; st.table's own
// float format), how a stretched grid shares its free width (every column that is not pinned
// grows by the same amount, fixed widths included), and widgets of a grid inside a fragment
// (button columns, selections) rerun only that fragment. The grid draws on a canvas: texts are
// read from its fillText calls, column borders from its pixels.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let numbers;
let widths;
let fragment;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  numbers = await startApp(writeScript(`
import numpy as np
import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "i64": np.array([199990, -1234567], dtype="int64"),
    "f64": [1234567.891, 0.123456789],
    "loc": [199991, 5],
}, index=[100000, 200000])
st.dataframe(df, column_config={"loc": st.column_config.NumberColumn(format="localized")})
st.table(pd.DataFrame({"f": [1234567.891, None], "i": [1234567, 2], "s": ["x", None]}))
`));
  widths = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
cc = st.column_config
st.dataframe(df, hide_index=True, column_config={"a": cc.Column(width="small"), "b": cc.Column(width="small")})
st.dataframe(df, hide_index=True, column_config={"a": cc.Column(width=100), "b": cc.Column(width=150)})
st.dataframe(df, column_config={"a": cc.Column(width="small"), "b": cc.Column(width=120)})
`));
  fragment = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.session_state.full_runs = st.session_state.get("full_runs", 0) + 1
st.text(f"full runs={st.session_state.full_runs}")
df = pd.DataFrame({"name": ["Alice", "Bob"], "go": ["Open", "Open"]})


@st.fragment
def panel():
    st.session_state.fragment_runs = st.session_state.get("fragment_runs", 0) + 1
    st.dataframe(df, hide_index=True, width=300, column_config={
        "name": st.column_config.Column(width=150),
        "go": st.column_config.ButtonColumn("Go", width=150, key="go_click"),
    })
    click = st.session_state.get("go_click")
    st.text(f"fragment runs={st.session_state.fragment_runs} click={None if click is None else click.row}")
    picked = st.dataframe(df, hide_index=True, key="pick", on_select="rerun", selection_mode="multi-row")
    st.text(f"rows={picked.selection.rows}")


panel()
`));
});

after(async () => {
  await browser?.close();
  numbers?.stop();
  widths?.stop();
  fragment?.stop();
});

/** Records every text a canvas draws, with its x position in CSS pixels of that canvas. */
async function recordCanvasText(page) {
  await page.addInitScript(() => {
    window.__drawn = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
      const m = this.getTransform();
      window.__drawn.push({ canvas: this.canvas, text: String(text), x: (m.a * x + m.e) / (window.devicePixelRatio || 1) });
      return fillText.call(this, text, x, y, ...rest);
    };
  });
}

/** The texts drawn on the n-th grid canvas (the last position of each). */
async function drawnTexts(page, n) {
  return page.evaluate((n) => {
    const canvas = document.querySelectorAll('[data-testid="data-grid-canvas"]')[n];
    const out = {};
    for (const d of window.__drawn) if (d.canvas === canvas) out[d.text] = d.x;
    return out;
  }, n);
}

const settle = (page) => page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));

test('numbers are drawn as 1.67 draws them: no thousands separators unless the format asks', async () => {
  const page = await browser.newPage();
  await recordCanvasText(page);
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(numbers.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  await settle(page);
  const texts = Object.keys(await drawnTexts(page, 0));
  for (const want of ['100000', '200000', '199990', '-1234567', '1234567.891', '0.1235', '199,991']) {
    assert.ok(texts.includes(want), `${want} drawn: ${texts}`);
  }
  for (const unwanted of ['199,990', '1,234,567.891', '100,000', '-1,234,567']) {
    assert.ok(!texts.includes(unwanted), `${unwanted} not drawn: ${texts}`);
  }
  // st.table formats unlike the grid in 1.67: floats separated with four decimals, blanks for missing.
  const rows = await page.getByTestId('stTable').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  assert.deepEqual(rows, [['1,234,567.8910', '1234567', 'x'], ['', '2', '']]);
  await screenshot(page, 'dataframe-number-text');
  await page.close();
});

test('a stretched grid shares its free width equally among the columns that are not pinned', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(widths.url);
  await waitForAppRun(page);
  const frames = page.getByTestId('stDataFrame');
  await frames.nth(2).locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  await settle(page);
  // The vertical borders between columns, read 3 px into the first row (above its text): the
  // x of each in CSS pixels. Streamlit 1.67 in the same page size (702 px canvases) draws them at
  // [351], [326] and [50, 353].
  const borders = (n) => frames.nth(n).getByTestId('data-grid-canvas').evaluate((canvas) => {
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    const row = canvas.getContext('2d').getImageData(0, Math.round(38 * dpr), canvas.width, 1).data;
    const xs = new Set();
    for (let x = 0; x < canvas.width - 2 * dpr; x++) {
      const [r, g, b] = [row[4 * x], row[4 * x + 1], row[4 * x + 2]];
      if (r > 200 && r < 245 && Math.abs(r - g) < 12 && Math.abs(g - b) < 12) xs.add(Math.round(x / dpr));
    }
    return { width: Math.round(canvas.width / dpr), xs: [...xs] };
  });
  const first = await borders(0);
  assert.equal(first.width, 702);
  // "small" and "small": both grow by half the free width.
  assert.deepEqual(first.xs, [351]);
  // 100 px and 150 px: fixed pixel widths grow too, by the same amount.
  assert.deepEqual((await borders(1)).xs, [326]);
  // The pinned index keeps its width (50 px); "small" and 120 px grow by the same amount.
  assert.deepEqual((await borders(2)).xs, [50, 353]);
  await screenshot(page, 'dataframe-stretched-widths');
  await page.close();
});

test('a button column and a selection inside a fragment rerun only the fragment', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(fragment.url);
  await waitForAppRun(page);
  const texts = page.getByTestId('stText');
  const grid = page.getByTestId('stDataFrame').first();
  await grid.locator('table[role="grid"] td', { hasText: /^Bob$/ }).first().waitFor({ state: 'attached' });
  assert.equal(await texts.nth(0).innerText(), 'full runs=1');
  assert.equal(await texts.nth(1).innerText(), 'fragment runs=1 click=None');
  const box = await grid.getByTestId('data-grid-canvas').boundingBox();
  // "Go" is the second 150 px column; row 1 (Bob) is the second 35 px row under the header.
  await page.mouse.click(box.x + 150 + 75, box.y + 35 + 35 + 17);
  await texts.filter({ hasText: 'fragment runs=2 click=1' }).waitFor();
  await waitForAppRun(page);
  assert.equal(await texts.nth(0).innerText(), 'full runs=1');

  const picker = page.getByTestId('stDataFrame').nth(1);
  const pickBox = await picker.getByTestId('data-grid-canvas').boundingBox();
  // The row markers are the leftmost column; row 0 is under the header.
  await page.mouse.click(pickBox.x + 15, pickBox.y + 35 + 17);
  await texts.filter({ hasText: 'rows=[0]' }).waitFor();
  await waitForAppRun(page);
  assert.equal(await texts.nth(0).innerText(), 'full runs=1');
  assert.match(await texts.nth(1).innerText(), /^fragment runs=3 /);
  await screenshot(page, 'dataframe-fragment-widgets');
  await page.close();
});
