// st.echarts_chart in a real browser: options render through Apache ECharts
// (canvas or SVG inside `stEChartsChart`) from the lazy `echarts` chunk, in the
// Streamlit theme's colours, under the page's CSP; a dataframe `dataset.source`
// arrives as Arrow and is drawn; a click on a bar (series `selectedMode`) comes
// back to the script as 1.67's selection object; a page without an ECharts
// chart never fetches the chunk. pandas comes from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;
let plain;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.echarts_chart({
    "xAxis": {"type": "category", "data": ["A", "B", "C", "D", "E"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [5, 20, 36, 10, 10]}],
}, alt="Bar chart of categories A through E")
df = pd.DataFrame({"product": ["Matcha", "Milk Tea", "Cocoa"], "2015": [43.3, 83.1, 86.4], "2016": [85.8, 73.4, 65.2]})
st.echarts_chart({"legend": {}, "tooltip": {}, "dataset": {"source": df}, "xAxis": {"type": "category"},
                  "yAxis": {}, "series": [{"type": "bar"}, {"type": "bar"}]},
                 renderer="svg", theme=None, width=500, height=300)
event = st.echarts_chart({
    "xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
    "yAxis": {"type": "value"},
    "series": [{"type": "bar", "data": [120, 200, 150], "selectedMode": "multiple", "name": "sales"}],
}, key="sales", on_select="rerun", renderer="svg", height=300)
st.text(f"picked={[i for g in event.selection.selected for i in g['data_indices']]} "
        f"name={[g['series_name'] for g in event.selection.selected]}")
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.title("No echarts here")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  plain?.stop();
});

/** Pixels of the canvas close to `rgb`. */
async function pixelsOf(canvas, rgb) {
  return canvas.evaluate((c, [r, g, b]) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) n++;
    }
    return n;
  }, rgb);
}

test('echarts charts render visibly in the Streamlit theme, under the CSP', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const charts = page.getByTestId('stEChartsChart');
  assert.equal(await charts.count(), 3);
  // Canvas renderer, stretch width, 350 px content height; the bars in the theme's first colour.
  const canvas = charts.nth(0).locator('canvas');
  await canvas.waitFor();
  const box = await charts.nth(0).boundingBox();
  assert.ok(box.width > 600, `stretch chart width ${box.width}`);
  assert.ok(Math.abs(box.height - 350) < 2, `chart height ${box.height}`);
  // ECharts animates the bars in: wait until they are drawn.
  await page.waitForFunction(() => {
    const c = document.querySelector('[data-testid="stEChartsChart"] canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]) < 8 && Math.abs(d[i + 1] - 104) < 8 && Math.abs(d[i + 2] - 201) < 8) n++;
    return n > 5000;
  });
  assert.ok((await pixelsOf(canvas, [0, 104, 201])) > 5000);
  // alt is the chart's accessible description.
  const label = await charts.nth(0).evaluate((n) => n.querySelector('[aria-label]')?.getAttribute('aria-label') ?? n.getAttribute('aria-label'));
  assert.match(label ?? '', /Bar chart of categories A through E/);
  // SVG renderer, theme None (ECharts' own first colour #5070dd), the dataframe's rows as 2 x 3 bars.
  const svgChart = charts.nth(1);
  await svgChart.locator('svg').waitFor();
  await page.waitForFunction(() => {
    const svg = document.querySelectorAll('[data-testid="stEChartsChart"]')[1].querySelector('svg');
    return svg && svg.querySelectorAll('path[fill="#5070dd"]').length >= 3;
  });
  const fixed = await svgChart.boundingBox();
  assert.ok(Math.abs(fixed.width - 500) < 2 && Math.abs(fixed.height - 300) < 2, `fixed chart ${fixed.width}x${fixed.height}`);
  assert.ok((await svgChart.locator('text', { hasText: 'Milk Tea' }).count()) > 0);
  await screenshot(page, 'echarts-charts');
  assert.deepEqual(problems.filter((p) => /Content Security Policy|unsafe-eval|echarts/i.test(p)), []);
  await page.close();
});

test('a click on a bar comes back to the script as the selection', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByText("picked=[] name=[]").waitFor();
  const chart = page.getByTestId('stEChartsChart').nth(2);
  await chart.locator('svg').waitFor();
  // The three bars of the series (the theme's first colour).
  const bars = chart.locator('path[fill="#0068c9"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stEChartsChart"]')[2].querySelectorAll('path[fill="#0068c9"]').length === 3);
  // Click once the bars stand still: they grow in, and the chart may still resize to its column.
  await page.waitForFunction(() => {
    const bar = document.querySelectorAll('[data-testid="stEChartsChart"]')[2].querySelectorAll('path[fill="#0068c9"]')[1];
    const box = JSON.stringify(bar.getBoundingClientRect());
    const still = window.__lastBarBox === box;
    window.__lastBarBox = box;
    return still;
  }, null, { polling: 250 });
  const tue = await bars.nth(1).boundingBox();
  await page.mouse.click(tue.x + tue.width / 2, tue.y + tue.height / 2);
  await page.getByText("picked=[1] name=['sales']").waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'echarts-selection');
  await page.close();
});

test('the echarts chunk is fetched only by pages that show an ECharts chart', async () => {
  const requests = async (url) => {
    const page = await browser.newPage();
    const seen = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(url);
    await waitForAppRun(page);
    await page.close();
    return seen;
  };
  const without = await requests(plain.url);
  assert.ok(without.some((u) => /assets\/index-.*\.js$/.test(u)), without.join('\n'));
  assert.ok(!without.some((u) => /assets\/echarts-/.test(u)), without.join('\n'));
  const withECharts = await requests(app.url);
  assert.ok(withECharts.some((u) => /assets\/echarts-.*\.js$/.test(u)), withECharts.join('\n'));
  // Not the Vega-Lite charts chunk nor plotly.
  assert.ok(!withECharts.some((u) => /assets\/(charts|plotly)-/.test(u)), withECharts.join('\n'));
});
