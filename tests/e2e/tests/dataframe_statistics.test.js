// The column menu's header (type icon, copyable name) and its "Statistics" submenu, opened as a
// user opens them, on a frame whose numbers were read from Streamlit 1.67's menu for the same
// script (its headless Chromium, en-US): which columns have statistics, the chart and the values.
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
import datetime as dt
import pandas as pd
import streamlit as st

st.set_page_config(layout="wide")
times = ["2024-01-01 10:00", "2024-03-15 12:30", None, "2024-06-30 00:00", "2025-01-01 00:00", "2024-02-29 08:15"]
df = pd.DataFrame({
    "num": [1.5, 2.0, None, 4.25, 10.0, 2.0],
    "int": [3, 1, 4, 1, 5, 9],
    "text": ["apple", "banana", "", None, "apple", "cherry pie"],
    "flag": [True, False, True, None, True, True],
    "when": pd.to_datetime(times),
    "day": [dt.date(2024, 1, 1), dt.date(2024, 1, 5), dt.date(2024, 2, 1), None, dt.date(2024, 1, 3), dt.date(2024, 12, 31)],
    "tm": [dt.time(1, 2), dt.time(3, 4), None, dt.time(5, 6), dt.time(7, 8), dt.time(9, 10)],
    "items": [[1, 2], [3], [], None, [4, 5, 6], [7]],
    "cat": pd.Categorical(["a", "b", "a", None, "c", "a"]),
    "tz": pd.to_datetime(times).tz_localize("Europe/Berlin"),
    "dur": pd.to_timedelta([1, 2, 3, None, 5, 6], unit="h"),
})
st.dataframe(df, hide_index=True, column_config={c: st.column_config.Column(width=120) for c in df.columns})
st.data_editor(pd.DataFrame({"a": [1, 2]}), hide_index=True, column_config={"a": st.column_config.Column(width=120)})
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

// What 1.67 shows for each column: its type icon and kind, and its statistics (null: no entry).
const EXPECTED = {
  num: ['tag', 'number', 'Values 5|Empty 1 (16.7%)|Distinct 4|Average 3.95|Standard deviation 3.17|Minimum 1.5|25th percentile 2|Median 2|75th percentile 4.25|Maximum 10|Sum 19.75'],
  int: ['tag', 'number', 'Values 6|Empty 0 (0%)|Distinct 5|Average 3.83|Standard deviation 2.73|Minimum 1|25th percentile 1.5|Median 3.5|75th percentile 4.75|Maximum 9|Sum 23'],
  text: ['notes', 'text', 'Values 4|Empty 2 (33.3%)|Distinct 3|Minimum length 5|Maximum length 10|Average length 6.5'],
  flag: ['check_box', 'checkbox', 'Values 5|Empty 1 (16.7%)'],
  when: ['calendar_today', 'datetime', 'Values 5|Empty 1 (16.7%)|Minimum Jan 1, 2024, 10:00 AM|25th percentile Feb 29, 2024, 08:15 AM|Median Mar 15, 2024, 12:30 PM|75th percentile Jun 30, 2024, 12:00 AM|Maximum Jan 1, 2025, 12:00 AM|Average May 16, 2024, 06:09 AM|Range 1 year'],
  day: ['calendar_month', 'date', 'Values 5|Empty 1 (16.7%)|Minimum Jan 1, 2024|25th percentile Jan 3, 2024|Median Jan 5, 2024|75th percentile Feb 1, 2024|Maximum Dec 31, 2024|Average Mar 21, 2024|Range 12 months'],
  tm: ['access_time', 'time', null],
  items: ['list', 'list', null],
  cat: ['arrow_drop_down_circle', 'selectbox', null],
  tz: ['calendar_today', 'datetime', 'Values 5|Empty 1 (16.7%)|Minimum Jan 1, 2024, 10:00 AM|25th percentile Feb 29, 2024, 08:15 AM|Median Mar 15, 2024, 12:30 PM|75th percentile Jun 30, 2024, 12:00 AM|Maximum Jan 1, 2025, 12:00 AM|Average May 16, 2024, 06:57 AM|Range 1 year'],
  dur: ['timelapse', 'number', 'Values 5|Empty 1 (16.7%)|Distinct 5|Average 12,240|Standard deviation 6,677.01|Minimum 3,600|25th percentile 7,200|Median 10,800|75th percentile 18,000|Maximum 21,600|Sum 61,200'],
};

test('each column menu shows the type and name; Statistics gives 1.67\'s numbers', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  const titles = (await frame.locator('table[role="grid"] th').allTextContents()).map((t) => t.trim());
  assert.deepEqual(titles, Object.keys(EXPECTED));
  // Every column is stretched by the same amount from its 120 px.
  const width = box.width / titles.length;
  const menu = page.getByTestId('stDataFrameColumnMenu');
  for (const [i, title] of titles.entries()) {
    const [icon, kind, expected] = EXPECTED[title];
    await page.mouse.move(box.x + i * width + width / 2, box.y + 17);
    await page.mouse.click(box.x + (i + 1) * width - 14, box.y + 17);
    await menu.waitFor();
    const header = menu.locator('[title="Copy column name"]').locator('xpath=..');
    assert.equal(await header.getAttribute('title'), title);
    assert.equal((await header.textContent()).trim(), title);
    const type = menu.locator(`[title="${kind}"] [data-testid="stIconMaterial"]`);
    assert.equal(await type.textContent(), icon, `${title}'s type icon`);
    const items = (await menu.getByRole('menuitem').allTextContents()).map((t) => t.trim());
    assert.equal(items.includes('Statistics'), expected !== null, `${title}: ${items}`);
    if (expected !== null) {
      assert.equal(items[2], 'Statistics', 'after sorting, before Format');
      await menu.getByRole('menuitem', { name: 'Statistics' }).hover();
      const stats = page.getByTestId('stDataFrameStatisticsMenu');
      await stats.waitFor();
      const shown = await stats.getByTestId('stDataFrameStatisticsMetrics').locator('div').evaluateAll(
        (rows) => rows.map((r) => `${r.querySelector('dt').textContent} ${r.querySelector('dd').textContent}`).join('|'));
      assert.equal(shown, expected, `${title}'s statistics`);
      if (title === 'num' || title === 'text') await screenshot(page, `dataframe-statistics-${title}`);
    }
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  }
  await page.close();
});

test('the charts: a histogram of √n bins for numbers, top values and true/false shares', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame').first();
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  const width = box.width / Object.keys(EXPECTED).length;
  const open = async (i) => {
    await page.mouse.move(box.x + i * width + width / 2, box.y + 17);
    await page.mouse.click(box.x + (i + 1) * width - 14, box.y + 17);
    const menu = page.getByTestId('stDataFrameColumnMenu');
    await menu.getByRole('menuitem', { name: 'Statistics' }).hover();
    const chart = page.getByTestId('stDataFrameStatisticsMenu').getByTestId('stDataFrameStatisticsChart');
    await chart.waitFor();
    return chart;
  };
  // num: 5 values → 3 bins of counts 4, 0, 1 (the empty bin has no height).
  let chart = await open(0);
  assert.equal(await chart.getAttribute('aria-label'), 'Distribution histogram');
  const heights = await chart.locator('path').evaluateAll((bars) => bars.map((b) => Math.round(b.getBBox().height)));
  assert.deepEqual(heights, [58, 0, 15]);
  await page.keyboard.press('Escape');
  chart = await open(2);
  assert.equal(await chart.getAttribute('aria-label'),
    'Top values frequency chart: apple: 2 (50%); banana: 1 (25%); cherry pie: 1 (25%)');
  await page.keyboard.press('Escape');
  chart = await open(3);
  assert.equal(await chart.getAttribute('aria-label'), 'True/false distribution chart: True: 4 (80%); False: 1 (20%)');
  await page.keyboard.press('Escape');
  await page.close();
});

test('a data editor\'s column menu has no Statistics (1.67: read-only grids only)', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto(served.url);
  await waitForAppRun(page);
  const editor = page.getByTestId('stDataFrame').nth(1);
  await editor.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await editor.getByTestId('data-grid-canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 17);
  await page.mouse.click(box.x + box.width - 14, box.y + 17);
  const menu = page.getByTestId('stDataFrameColumnMenu');
  await menu.waitFor();
  const items = (await menu.getByRole('menuitem').allTextContents()).map((t) => t.trim());
  assert.ok(!items.includes('Statistics') && items.includes('Autosize'), `${items}`);
  await page.close();
});
