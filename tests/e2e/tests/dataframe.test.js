// st.dataframe and st.table in a real browser: the grid is glide-data-grid
// (`stDataFrame` with its canvas and accessible table), loaded in the lazy
// `data` chunk only by a page that shows one; a 100,000-row frame scrolls to
// its last row; clicking a header sorts (ascending, descending, off); st.table
// is a static HTML table. pandas and pyarrow come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let big;
let selecting;
let charts;
let menus;
let noExport;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob"], "score": [30, 10, 20], "ok": [True, False, True]})
st.dataframe(df, column_config={"score": st.column_config.NumberColumn("Score", format="%d pts")})
st.table(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=["r1", "r2"]))
st.write(pd.Series([1.5, 2.25], name="s"))
st.dataframe(object())
`));
  big = await startApp(writeScript(`
import numpy as np
import pandas as pd
import streamlit as st

n = 100_000
st.dataframe(pd.DataFrame({"i": np.arange(n), "sq": np.arange(n) * 2}), height=400)
`));
  charts = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"progress": [25, 80], "trend": [[1, 3, 2, 5], [5, 4, 2, 1]]})
st.dataframe(df, hide_index=True, column_config={
    "progress": st.column_config.ProgressColumn("Progress", format="%d%%", min_value=0, max_value=100, color="blue"),
    "trend": st.column_config.LineChartColumn("Trend", color="green"),
})
st.dataframe(pd.DataFrame({"a": [1, 2]}), width="content")
st.dataframe(pd.DataFrame({"size": ["s", "l"]}), column_config={
    "size": st.column_config.SelectboxColumn("Size", options=["s", "l"], format_func=lambda v: {"s": "Small", "l": "Large"}[v]),
})
`));
  menus = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob"], "score": [30.5, 10.25, 20.0], "city": ["Oslo", "Rome", "Lima"]})
st.dataframe(df, hide_index=True, width=450, column_config={c: st.column_config.Column(width=150) for c in df.columns})
`));
  noExport = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.dataframe(pd.DataFrame({"a": [1, 2]}))
st.data_editor(pd.DataFrame({"b": [3, 4]}))
`), ['--client.disableDataExport', 'true']);
  selecting = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob"], "score": [30, 10, 20]})
event = st.dataframe(df, key="pick", on_select="rerun", selection_mode=["multi-row", "single-column"])
st.text(f"rows={event.selection.rows} columns={event.selection.columns}")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
  big?.stop();
  selecting?.stop();
  charts?.stop();
  menus?.stop();
  noExport?.stop();
});

/** The texts of the grid's accessible table (glide keeps the visible cells there, inside the canvas). */
async function gridText(frame) {
  return frame.locator('table[role="grid"] td').allTextContents();
}

test('a dataframe renders its rows in glide-data-grid, st.table as HTML, bad input as an error', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frames = page.getByTestId('stDataFrame');
  assert.equal(await frames.count(), 2);
  const frame = frames.first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  assert.ok(await frame.getByTestId('data-grid-canvas').count() >= 1);
  const cells = await gridText(frame);
  for (const want of ['carol', 'alice', 'bob', '30', '10']) assert.ok(cells.includes(want), `${want} in ${cells}`);
  const headers = await frame.locator('table[role="grid"] th').allTextContents();
  assert.deepEqual(headers.map((h) => h.trim()), ['', 'name', 'Score', 'ok']);

  const table = page.getByTestId('stTable');
  assert.equal(await table.count(), 1);
  assert.deepEqual(await table.locator('thead th').allInnerTexts(), ['', 'a', 'b']);
  assert.deepEqual(await table.locator('tbody tr').first().locator('th, td').allInnerTexts(), ['r1', '1', 'x']);

  const error = page.getByTestId('stException');
  await error.waitFor();
  assert.match(await error.innerText(), /Unable to convert object of type <class 'object'> to pandas.DataFrame. Offending object:/);
  await screenshot(page, 'dataframe-basic');
  await page.close();
});

test('clicking a header sorts ascending, then descending, then restores the order', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const names = async () => {
    const rows = frame.locator('table[role="grid"] tbody tr');
    const out = [];
    for (let i = 0; i < await rows.count(); i++) out.push(await rows.nth(i).locator('td').nth(1).textContent());
    return out;
  };
  assert.deepEqual(await names(), ['carol', 'alice', 'bob']);
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // The "name" header: right of the index column (50 px, its minimum), in the 35 px header row.
  const clickName = () => page.mouse.click(box.x + 70, box.y + 17);
  await clickName();
  await frame.locator('table[role="grid"] th', { hasText: '↑ name' }).waitFor({ state: 'attached' });
  assert.deepEqual(await names(), ['alice', 'bob', 'carol']);
  await clickName();
  await frame.locator('table[role="grid"] th', { hasText: '↓ name' }).waitFor({ state: 'attached' });
  assert.deepEqual(await names(), ['carol', 'bob', 'alice']);
  await screenshot(page, 'dataframe-sorted');
  await clickName();
  await frame.locator('table[role="grid"] th', { hasText: /^name$/ }).waitFor({ state: 'attached' });
  assert.deepEqual(await names(), ['carol', 'alice', 'bob']);
  await page.close();
});

test('dragging a header moves its column, as in 1.67; the rows stay as they were', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const headers = async () => (await frame.locator('table[role="grid"] th').allTextContents()).map((h) => h.trim());
  assert.deepEqual(await headers(), ['', 'name', 'Score', 'ok']);
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // "name" (right of the 50 px index) dragged onto the last column's header.
  await page.mouse.move(box.x + 70, box.y + 17);
  await page.mouse.down();
  for (const x of [90, 140, 240, box.width - 40, box.width - 10]) await page.mouse.move(box.x + x, box.y + 17, { steps: 4 });
  await page.mouse.up();
  await frame.locator('table[role="grid"] th').last().filter({ hasText: 'name' }).waitFor({ state: 'attached' });
  assert.deepEqual(await headers(), ['', 'Score', 'ok', 'name']);
  // A drag is not a click: nothing got sorted.
  assert.ok(!(await headers()).some((h) => h.includes('↑') || h.includes('↓')));
  await screenshot(page, 'dataframe-column-moved');
  await page.close();
});

test('a 100,000-row frame scrolls to its last row', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(big.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const first = await gridText(frame);
  assert.ok(first.includes('0') && first.includes('1'), `first rows visible: ${first.slice(0, 9)}`);
  assert.ok(!first.includes('99999'));
  const scroller = frame.locator('.dvn-scroller');
  await scroller.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await frame.locator('table[role="grid"] td', { hasText: /^99999$/ }).first().waitFor({ state: 'attached' });
  const last = await gridText(frame);
  assert.ok(last.includes('199998'), `the last row's values are visible: ${last.slice(-6)}`);
  await screenshot(page, 'dataframe-100k-end');
  await page.close();
});

test('the data chunk is fetched only by pages that show a dataframe', async () => {
  const plain = await startApp(writeScript('import streamlit as st\nst.write("no data here")\n'));
  try {
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(plain.url);
    await waitForAppRun(page);
    assert.ok(!requests.some((u) => /assets\/data-/.test(u)), requests.join('\n'));
    await page.close();
  } finally {
    plain.stop();
  }
});

test('selecting rows and a column reruns the script with the selection', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(selecting.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const text = page.getByTestId('stText');
  assert.equal(await text.innerText(), 'rows=[] columns=[]');
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // The row marker column (checkboxes) is the leftmost; rows are 35 px below a 35 px header.
  await page.mouse.click(box.x + 15, box.y + 35 + 35 + 17);
  await page.getByTestId('stText').filter({ hasText: 'rows=[1]' }).waitFor();
  await waitForAppRun(page);
  await page.mouse.click(box.x + 15, box.y + 35 + 70 + 17);
  await page.getByTestId('stText').filter({ hasText: 'rows=[1, 2]' }).waitFor();
  await waitForAppRun(page);
  // A header click selects the column (sorting is off while columns can be selected).
  await page.mouse.click(box.x + box.width - 60, box.y + 17);
  await page.getByTestId('stText').filter({ hasText: "rows=[1, 2] columns=['score']" }).waitFor();
  await waitForAppRun(page);
  // The index is hidden with row selections: the first data column ("name") follows the markers.
  const headers = await frame.locator('table[role="grid"] th').allTextContents();
  assert.ok(headers.includes('name') && !headers.includes(''), `headers: ${headers}`);
  await screenshot(page, 'dataframe-selection');
  await page.close();
});

test('the toolbar downloads the frame as CSV in the shown order, searches and goes fullscreen', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  await page.mouse.click(box.x + 70, box.y + 17); // sort by name
  await frame.locator('table[role="grid"] th', { hasText: '↑ name' }).waitFor({ state: 'attached' });
  await frame.hover();
  const toolbar = frame.getByTestId('stElementToolbar');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    toolbar.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}_export\.csv$/);
  const { readFile } = await import('node:fs/promises');
  const csv = await readFile(await download.path(), 'utf8');
  assert.equal(csv, '\ufeff,name,score,ok\n1,alice,10,false\n2,bob,20,true\n0,carol,30,true\n');

  await toolbar.getByRole('button', { name: 'Search' }).click();
  const search = frame.getByTestId('search-input');
  await search.waitFor();
  await search.fill('bob');
  await frame.getByTestId('search-result-area').filter({ hasText: /^1 result/ }).waitFor();

  await frame.hover();
  await toolbar.getByRole('button', { name: 'Fullscreen' }).click();
  assert.equal(await frame.evaluate((e) => getComputedStyle(e).position), 'fixed');
  await screenshot(page, 'dataframe-fullscreen');
  await toolbar.getByRole('button', { name: 'Close fullscreen' }).click();
  assert.equal(await frame.evaluate((e) => getComputedStyle(e).position), 'relative');
  await page.close();
});

test('progress and chart columns are drawn in their colours', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(charts.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  await screenshot(page, 'dataframe-chart-columns');
  // Pixels of the columns' colours (blue #1c83e1 bars, green #21c354 lines) in each half of the canvas.
  const counts = await frame.getByTestId('data-grid-canvas').evaluate((canvas) => {
    const ctx = canvas.getContext('2d');
    const { width, height } = canvas;
    const count = (x0, x1, [r, g, b]) => {
      const data = ctx.getImageData(x0, 0, x1 - x0, height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) < 40 && Math.abs(data[i + 1] - g) < 40 && Math.abs(data[i + 2] - b) < 40) n++;
      }
      return n;
    };
    const half = Math.floor(width / 2);
    return {
      blueLeft: count(0, half, [0x1c, 0x83, 0xe1]), greenLeft: count(0, half, [0x21, 0xc3, 0x54]),
      blueRight: count(half, width, [0x1c, 0x83, 0xe1]), greenRight: count(half, width, [0x21, 0xc3, 0x54]),
    };
  });
  assert.ok(counts.blueLeft > 50 && counts.greenLeft === 0, JSON.stringify(counts));
  assert.ok(counts.greenRight > 50 && counts.blueRight === 0, JSON.stringify(counts));
  const cells = await gridText(frame);
  assert.ok(cells.includes('25') && cells.includes('[1,3,2,5]'), `${cells}`);
  // width="content": the frame is as wide as its two columns, not the page.
  const narrow = page.getByTestId('stDataFrame').nth(1);
  await narrow.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const [full, content] = [await frame.boundingBox(), await narrow.boundingBox()];
  assert.ok(content.width >= 100 && content.width < 200 && full.width > 600, `${content.width} vs ${full.width}`);
  // A selectbox column with format_func shows the options' labels.
  const sizes = page.getByTestId('stDataFrame').nth(2);
  await sizes.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const sizeCells = await gridText(sizes);
  assert.ok(sizeCells.includes('Small') && sizeCells.includes('Large'), `${sizeCells}`);
  await page.close();
});

test('the column menu sorts, formats, pins and hides; the visibility menu shows columns again', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(menus.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  const headers = async () => (await frame.locator('table[role="grid"] th').allTextContents()).map((h) => h.trim());
  const column = async (title) => {
    const rows = frame.locator('table[role="grid"] tbody tr');
    const at = (await headers()).indexOf(title);
    const out = [];
    for (let i = 0; i < await rows.count(); i++) out.push(await rows.nth(i).locator('td').nth(at).textContent());
    return out;
  };
  // Each column is 150 px wide (no index); its menu button sits at the header's right end.
  const openMenu = async (i) => {
    await page.mouse.move(box.x + i * 150 + 75, box.y + 17);
    await page.mouse.click(box.x + (i + 1) * 150 - 14, box.y + 17);
    const menu = page.getByTestId('stDataFrameColumnMenu');
    await menu.waitFor();
    return menu;
  };
  assert.deepEqual(await headers(), ['name', 'score', 'city']);

  let menu = await openMenu(1);
  const items = (await menu.getByRole('menuitem').allTextContents()).map((t) => t.trim());
  assert.deepEqual(items, ['Sort ascending', 'Sort descending', 'Statistics', 'Format', 'Autosize', 'Pin column', 'Hide column']);
  await screenshot(page, 'dataframe-column-menu');
  await menu.getByRole('menuitem', { name: 'Sort descending' }).click();
  await menu.waitFor({ state: 'detached' });
  await frame.locator('table[role="grid"] th', { hasText: '↓ score' }).waitFor({ state: 'attached' });
  assert.deepEqual(await column('name'), ['carol', 'bob', 'alice']);

  // The score cells are drawn on the canvas (the accessible table keeps the raw number): the format
  // shows as a change of the pixels of the score column.
  const scoreCells = { x: box.x + 150, y: box.y + 35, width: 150, height: 105 };
  const before = await page.screenshot({ clip: scoreCells });
  menu = await openMenu(1);
  await menu.getByRole('menuitem', { name: 'Format' }).hover();
  const formats = page.getByTestId('stDataFrameColumnFormattingMenu');
  await formats.waitFor();
  assert.deepEqual((await formats.getByRole('menuitem').allTextContents()).map((t) => t.trim()), [
    'Automatic', 'Localized', 'Plain', 'Compact', 'Dollar', 'Euro', 'Yen', 'Percent', 'Scientific', 'Accounting', 'Duration',
  ]);
  await screenshot(page, 'dataframe-column-format-menu');
  await formats.getByRole('menuitem', { name: 'Dollar' }).click();
  await menu.waitFor({ state: 'detached' });
  await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
  assert.notDeepEqual(await page.screenshot({ clip: scoreCells }), before, 'the score column is drawn in dollars');
  await screenshot(page, 'dataframe-column-dollar');

  menu = await openMenu(2);
  await menu.getByRole('menuitem', { name: 'Pin column' }).click();
  await frame.locator('table[role="grid"] th').first().filter({ hasText: 'city' }).waitFor({ state: 'attached' });
  assert.deepEqual(await headers(), ['city', 'name', '↓ score']);
  menu = await openMenu(0);
  assert.ok(await menu.getByRole('menuitem', { name: 'Unpin column' }).isVisible());
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });

  menu = await openMenu(1);
  await menu.getByRole('menuitem', { name: 'Hide column' }).click();
  await frame.locator('table[role="grid"] th', { hasText: /^name$/ }).waitFor({ state: 'detached' });
  assert.deepEqual(await headers(), ['city', '↓ score']);

  await frame.hover();
  await frame.getByRole('button', { name: 'Show/hide columns' }).click();
  const visibility = page.getByTestId('stDataFrameColumnVisibilityMenu');
  await visibility.waitFor();
  assert.equal(await visibility.getByRole('checkbox', { name: 'name' }).isChecked(), false);
  assert.equal(await visibility.getByRole('checkbox', { name: 'score' }).isChecked(), true);
  assert.equal(await visibility.getByRole('checkbox', { name: 'Select all' }).evaluate((e) => e.indeterminate), true);
  await screenshot(page, 'dataframe-visibility-menu');
  await visibility.getByRole('checkbox', { name: 'name' }).check();
  await frame.locator('table[role="grid"] th', { hasText: /^name$/ }).waitFor({ state: 'attached' });
  assert.deepEqual(await headers(), ['city', 'name', '↓ score']);
  await page.close();
});

test('client.disableDataExport: no CSV download, and a read-only grid copies nothing', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(noExport.url);
  await waitForAppRun(page);
  const frames = page.getByTestId('stDataFrame');
  await frames.nth(1).locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  for (const i of [0, 1]) {
    await frames.nth(i).hover();
    const toolbar = frames.nth(i).getByTestId('stElementToolbar');
    await toolbar.getByRole('button', { name: 'Search' }).waitFor();
    assert.equal(await toolbar.getByRole('button', { name: 'Download as CSV' }).count(), 0);
  }
  // Copying a selected cell: the editor copies it (1.67 keeps copying in editors), the read-only grid does not.
  await page.evaluate(() => {
    window.__copied = [];
    window.addEventListener('copy', (e) => { window.__copied.push(e.clipboardData?.getData('text/plain') ?? ''); });
  });
  const copyFirstCell = async (i) => {
    const box = await frames.nth(i).getByTestId('data-grid-canvas').boundingBox();
    await page.mouse.click(box.x + 70, box.y + 35 + 17);
    // The grid has taken the click (the cell is selected and the grid focused) before copying.
    await frames.nth(i).locator('table[role="grid"] td[aria-selected="true"]').first().waitFor({ state: 'attached' });
    await page.keyboard.press('Control+C');
    return page.evaluate(() => window.__copied.pop());
  };
  assert.equal(await copyFirstCell(1), '3');
  assert.equal(await copyFirstCell(0), '');
  await page.close();
});
