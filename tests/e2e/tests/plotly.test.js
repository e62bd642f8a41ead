// st.plotly_chart in a real browser: figures render through plotly.js (SVG
// traces inside `stPlotlyChart`) from the lazy `plotly` chunk, with Streamlit's
// theme colours in place of the template's placeholders, under the page's CSP
// (no eval); a box selection dragged on the chart comes back to the script; a
// page without a plotly chart never fetches the chunk. plotly and pandas come
// from .venv-test.
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
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4, 5], "y": [1, 5, 3, 2, 4], "c": list("ababa")})
st.plotly_chart(px.scatter(df, x="x", y="y", color="c", title="Scatter"), height=320)
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])), theme=None, width=400, height=260)
ev = st.plotly_chart(px.scatter(df, x="x", y="y"), on_select="rerun", selection_mode="box", key="sel", height=320)
st.text(f"picked={ev.selection.point_indices} boxes={len(ev.selection.box)}")
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.title("No plotly here")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  plain?.stop();
});

test('plotly figures render visibly with the Streamlit theme, under the CSP', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const charts = page.getByTestId('stPlotlyChart');
  assert.equal(await charts.count(), 3);
  const points = charts.nth(0).locator('g.trace.scatter path.point');
  await points.first().waitFor();
  assert.equal(await points.count(), 5);
  // The first categorical placeholder (#000001) became the theme's first colour.
  const fill = await points.first().evaluate((p) => p.style.fill);
  assert.equal(fill, 'rgb(0, 104, 201)');
  const stretched = await charts.nth(0).boundingBox();
  assert.ok(stretched.width > 600, `stretch chart width ${stretched.width}`);
  assert.ok(Math.abs(stretched.height - 320) < 2, `chart height ${stretched.height}`);
  // theme=None: plotly's stock first colour; width=400 px.
  const bars = charts.nth(1).locator('g.trace.bars path');
  await bars.first().waitFor();
  assert.equal(await bars.count(), 3);
  assert.equal(await bars.first().evaluate((p) => p.style.fill), 'rgb(99, 110, 250)');
  const fixed = await charts.nth(1).boundingBox();
  assert.ok(fixed.width <= 400 && fixed.width > 300, `fixed chart width ${fixed.width}`);
  await screenshot(page, 'plotly-charts');
  assert.deepEqual(problems.filter((p) => /Content Security Policy|unsafe-eval|plotly/i.test(p)), []);
  await page.close();
});

test('a box selection dragged on the chart comes back to the script', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByText('picked=[] boxes=0').waitFor();
  const chart = page.getByTestId('stPlotlyChart').nth(2);
  const points = chart.locator('g.trace.scatter path.point');
  await points.first().waitFor();
  const from = await points.nth(1).boundingBox();
  const to = await points.nth(3).boundingBox();
  // Drag a box around points 1..3 (x = 2..4), over the whole height of the plot area.
  const area = await chart.locator('rect.nsewdrag').first().boundingBox();
  const top = area.y + 3;
  const bottom = area.y + area.height - 3;
  await page.mouse.move(from.x - 15, top);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width + 15, bottom, { steps: 20 });
  await page.mouse.up();
  await page.getByText('picked=[1, 2, 3] boxes=1').waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'plotly-selection');
  await page.close();
});

test('the plotly chunk is fetched only by pages that show a plotly chart', async () => {
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
  assert.ok(!without.some((u) => /assets\/plotly-/.test(u)), without.join('\n'));
  const withPlotly = await requests(app.url);
  assert.ok(withPlotly.some((u) => /assets\/plotly-.*\.js$/.test(u)), withPlotly.join('\n'));
  // Not the Vega-Lite charts chunk.
  assert.ok(!withPlotly.some((u) => /assets\/charts-/.test(u)), withPlotly.join('\n'));
});
