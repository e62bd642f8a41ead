// A page of 20 charts of mixed kinds (built-in line and bar charts, Altair,
// Plotly, ECharts, st.map and a pydeck chart) under a text input, in a real
// browser (issue #15 point 7: "a page with 20 charts renders without blocking
// input"). The user types while the charts are still loading (the chart
// chunks are held back until half the text is typed) and then while they
// render (the chunks released); every keystroke must land in the field, the
// script must see the whole value on Enter, and every chart must end up
// drawn (pixels other than the page's background inside its box). Functional
// only: the timings are in benchmarks/chart_input.mjs, which serves the same
// page (benchmarks/apps/twenty_charts.py). pandas, altair, plotly and pydeck
// come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp } from '../lib/harness.js';
import { paintedPixels } from '../lib/pixels.js';

const KINDS = [
  ['stVegaLiteChart', 12],
  ['stPlotlyChart', 3],
  ['stEChartsChart', 3],
  ['stDeckGlJsonChart', 2],
];
const TOTAL = KINDS.reduce((n, [, count]) => n + count, 0);
// The lazy chunks a chart page fetches (vega, plotly, echarts, deck.gl): held back in the first
// half of the typing so that it happens while the charts are still loading.
const CHART_CHUNK = /\/assets\/(charts|plotly|echarts|maps)-[\w-]{8}\.js$/;
const TEXT = 'every keystroke arrives while 20 charts draw';

let browser;
let app;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(path.join(repoRoot, 'benchmarks/apps/twenty_charts.py'));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** Waits until the chart's box holds a drawing surface and enough painted pixels. */
async function waitDrawn(page, chart, label) {
  const deadline = Date.now() + 60_000;
  let painted = 0;
  while (Date.now() < deadline) {
    const surfaces = await chart.locator('canvas, svg:not([data-testid="stElementToolbarButtonIcon"])').count();
    if (surfaces > 0) {
      painted = await paintedPixels(page, chart, { differsFromWhite: 90 }, { timeout: 30_000 });
      if (painted > 800) return painted;
    }
    await page.waitForTimeout(200);
  }
  throw new Error(`${label} was not drawn within 60 s (${painted} painted pixels)`);
}

test('typing while 20 charts load and render loses no keystroke, and every chart is drawn', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  // Hold the chart chunks until the first half of the text is typed.
  let release;
  const released = new Promise((done) => { release = done; });
  const held = [];
  await page.route(CHART_CHUNK, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto(app.url);
  const input = page.getByLabel('Type here');
  await input.waitFor({ timeout: 30_000 });
  await input.click();
  // The charts have arrived and their chunks are asked for (and held): they are loading.
  for (let i = 0; held.length === 0; i += 1) {
    assert.ok(i < 300, 'no chart chunk was requested within 30 s');
    await page.waitForTimeout(100);
  }
  const half = Math.floor(TEXT.length / 2);
  await page.keyboard.type(TEXT.slice(0, half));
  release();
  // The rest is typed while the chunks arrive and the charts render, one key at a time.
  for (const key of TEXT.slice(half)) await page.keyboard.type(key);
  assert.equal(await input.inputValue(), TEXT, 'every keystroke is in the field');
  await page.keyboard.press('Enter');
  await page.getByText(`typed='${TEXT}'`, { exact: true }).waitFor({ timeout: 30_000 });

  for (const [testId, count] of KINDS) {
    const charts = page.getByTestId(testId);
    await charts.nth(count - 1).waitFor({ timeout: 60_000 });
    assert.equal(await charts.count(), count, testId);
    for (let i = 0; i < count; i += 1) await waitDrawn(page, charts.nth(i), `${testId} #${i}`);
  }
  const drawn = await page.locator(KINDS.map(([id]) => `[data-testid="${id}"]`).join(', ')).count();
  assert.equal(drawn, TOTAL);
  // The value survived the charts' rendering (no rerun or remount reset it).
  assert.equal(await input.inputValue(), TEXT);
  assert.deepEqual(problems, []);
  await input.scrollIntoViewIfNeeded();
  await screenshot(page, 'chart-page-input');
  await page.close();
});
