// Vega-Lite charts in a real browser: st.altair_chart, st.vega_lite_chart and the
// built-in charts render through vega-embed (SVG marks inside `stVegaLiteChart`),
// loaded in the lazy `charts` chunk only by a page that shows one; a point
// selection clicked in the chart comes back to the script as the chart's value.
// altair, pandas and pyarrow come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let vega;
let plain;
let builtIn;
let brushing;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  vega = await startApp(writeScript(`
import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"a": list("abcde"), "b": [1, 5, 3, 2, 4]})
st.altair_chart(alt.Chart(df).mark_bar().encode(x="a", y="b"))
st.vega_lite_chart(df, {"mark": {"type": "point", "filled": True, "size": 200},
                        "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}},
                   theme=None, width=400, height=200)
chart = alt.Chart(df).mark_point(size=300, filled=True).encode(x="a", y="b")
ev = st.altair_chart(chart.add_params(alt.selection_point(name="pick")), on_select="rerun", key="sel")
st.text(f"picked={ev.selection.pick}")
st.vega_lite_chart(df, {"data": {"name": "tbl"}, "mark": "bar",
                        "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}})
`));
  builtIn = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4, 5], "a": [1, 3, 2, 5, 4], "b": [2.0, 2.5, 4.0, 3.0, 1.5], "k": list("ppqqp")})
st.line_chart(df, x="x", y=["a", "b"], height=220)
st.area_chart(df, x="x", y=["a", "b"], height=220)
st.bar_chart(df, x="k", y="a", color="k", stack=False, height=220)
st.bar_chart(df, x="x", y=["a", "b"], horizontal=True, height=220)
st.scatter_chart(df, x="a", y="b", size="x", color="k", height=220)
st.line_chart(df[["a"]], color="red", height=150)
times = pd.DataFrame({"t": pd.date_range("2024-01-01 00:00", periods=3, freq="h"), "v": [1, 3, 2]})
st.line_chart(times, x="t", y="v", height=150)
`));
  brushing = await startApp(writeScript(`
import altair as alt
import pandas as pd
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4, 5], "y": [1, 5, 3, 2, 4]})
with st.form("f"):
    brush = alt.selection_interval(name="brush", encodings=["x"])
    ev = st.altair_chart(alt.Chart(df).mark_point().encode(x="x", y="y").add_params(brush), on_select="rerun")
    st.form_submit_button("Go")
st.text(f"brush={ev.selection.brush}")
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.title("No charts here")
st.button("Press")
`));
});

after(async () => {
  await browser?.close();
  vega?.stop();
  plain?.stop();
  builtIn?.stop();
  brushing?.stop();
});

/** The chart's drawn marks: Vega's SVG paths of the given mark group class. */
function marks(chart, group) {
  return chart.locator(`g.${group}.role-mark path`);
}

test('altair and vega-lite charts render their marks with the Streamlit theme', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1200 });
  await page.goto(vega.url);
  await waitForAppRun(page);
  const charts = page.getByTestId('stVegaLiteChart');
  assert.equal(await charts.count(), 4);
  const bars = marks(charts.nth(0), 'mark-rect');
  await bars.first().waitFor();
  assert.equal(await bars.count(), 5);
  // The theme's first categorical colour, and a stretch chart as wide as the main column.
  assert.equal(await bars.first().getAttribute('fill'), '#0068c9');
  const stretched = await charts.nth(0).boundingBox();
  assert.ok(stretched.width > 600, `stretch chart width ${stretched.width}`);
  // theme=None and width=400: Vega-Lite's own mark colour, the given size.
  const points = marks(charts.nth(1), 'mark-symbol');
  await points.first().waitFor();
  assert.equal(await points.count(), 5);
  assert.equal(await points.first().getAttribute('fill'), '#4c78a8');
  const fixed = await charts.nth(1).boundingBox();
  assert.ok(fixed.width <= 400 && fixed.width > 300, `fixed chart width ${fixed.width}`);
  // The data argument feeds a spec whose data is a name.
  const named = marks(charts.nth(3), 'mark-rect');
  await named.first().waitFor();
  assert.equal(await named.count(), 5);
  await screenshot(page, 'charts-vega');
  await page.close();
});

test('a point selection clicked in the chart comes back to the script', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(vega.url);
  await waitForAppRun(page);
  await page.getByText('picked={}').waitFor();
  const point = marks(page.getByTestId('stVegaLiteChart').nth(2), 'mark-symbol').nth(1);
  await point.waitFor();
  await point.click();
  await page.getByText("picked=[{'a': 'b', 'b': 5}]").waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'charts-selection');
  // A click on an empty part of the chart clears the selection.
  const chart = await page.getByTestId('stVegaLiteChart').nth(2).boundingBox();
  await page.mouse.click(chart.x + chart.width * 0.6, chart.y + chart.height * 0.55);
  await page.getByText('picked={}').waitFor();
  await page.close();
});

test('an interval selection inside a form reaches the script when the form is submitted', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(brushing.url);
  await waitForAppRun(page);
  const points = marks(page.getByTestId('stVegaLiteChart'), 'mark-symbol');
  await points.first().waitFor();
  const from = await points.nth(1).boundingBox();
  const to = await points.nth(3).boundingBox();
  // Drag across x = 2..4 below the points (a drag that starts on a mark does not brush).
  await page.mouse.move(from.x - 10, from.y + 40);
  await page.mouse.down();
  await page.mouse.move(to.x + 10, from.y + 40, { steps: 20 });
  await page.mouse.up();
  await page.getByText('brush={}').waitFor();
  await page.getByRole('button', { name: 'Go' }).click();
  const text = page.getByText(/^brush=\{'x': \[/);
  await text.waitFor();
  const [lo, hi] = (await text.textContent()).match(/[\d.]+/g).map(Number);
  assert.ok(lo > 1 && lo < 2 && hi > 4 && hi < 5, `brushed ${lo}..${hi}`);
  await page.close();
});

test('the chart toolbar downloads a PNG and shows the chart fullscreen', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(builtIn.url);
  await waitForAppRun(page);
  const chart = page.getByTestId('stVegaLiteChart').first();
  await chart.locator('g.mark-line.role-mark path').first().waitFor();
  const frame = page.getByTestId('stFullScreenFrame').first();
  await chart.hover();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Download as PNG' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'chart.png');
  const before = (await chart.boundingBox()).width;
  await frame.getByRole('button', { name: 'Fullscreen' }).click();
  await frame.getByRole('button', { name: 'Close fullscreen' }).waitFor();
  // The chart is redrawn at the width of the viewport (less the frame's padding).
  await page.waitForFunction((w) => {
    const svg = document.querySelector('[data-testid="stVegaLiteChart"] svg');
    return svg && Number(svg.getAttribute('width')) > w;
  }, before);
  await screenshot(page, 'charts-fullscreen');
  await page.keyboard.press('Escape');
  await frame.getByRole('button', { name: 'Fullscreen' }).waitFor({ state: 'attached' });
  await page.close();
});

test('"Show data" shows the chart\'s data in the grid, fetched only then, and "Show chart" goes back', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(builtIn.url);
  await waitForAppRun(page);
  const chart = page.getByTestId('stVegaLiteChart').first();
  await chart.locator('g.mark-line.role-mark path').first().waitFor();
  assert.ok(!requests.some((u) => /assets\/data-[\w-]{8}\.js$/.test(u)), requests.join('\n'));
  const frame = page.getByTestId('stFullScreenFrame').first();
  await chart.hover();
  await frame.getByRole('button', { name: 'Show data' }).click();
  const grid = frame.getByTestId('stDataFrame');
  await grid.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  // The melted data: x, the colour column and the value column.
  const headers = await grid.locator('table[role="grid"] th').allTextContents();
  assert.ok(headers.includes('color -- streamlit-generated'), headers.join('|'));
  assert.ok(requests.some((u) => /assets\/data-[\w-]{8}\.js$/.test(u)), requests.join('\n'));
  assert.equal(Math.round((await grid.boundingBox()).height), 220);
  await screenshot(page, 'charts-show-data');
  await frame.hover();
  await frame.getByRole('button', { name: 'Show chart' }).click();
  await grid.waitFor({ state: 'detached' });
  await chart.locator('g.mark-line.role-mark path').first().waitFor();
  await page.close();
});

test('a page without charts fetches no chart library; the charts chunk comes with a chart', async () => {
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
  // No chart, map or diagram library at all: their chunks, the Arrow reader, maplibre's worker.
  const libraries = /assets\/(charts|plotly|maps|lumaExpression|geoLayers|h3-hexagon-layer|tileLayers|meshLayers|cartoLayers|deckExtensions|echarts|graphviz|mermaid|arrow|data|maplibre-gl-csp-worker)-[\w-]{8}\.js$/;
  assert.deepEqual(without.filter((u) => libraries.test(u)), []);
  const withCharts = await requests(vega.url);
  assert.ok(withCharts.some((u) => /assets\/charts-.*\.js$/.test(u)), withCharts.join('\n'));
  // Charts share the Arrow reader with dataframes, not the grid.
  assert.ok(withCharts.some((u) => /assets\/arrow-.*\.js$/.test(u)), withCharts.join('\n'));
  assert.ok(!withCharts.some((u) => /assets\/data-[\w-]{8}\.js$/.test(u)), withCharts.join('\n'));
});

test('line, area, bar and scatter charts render their marks, legends and axes', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 900, height: 1600 });
  await page.goto(builtIn.url);
  await waitForAppRun(page);
  const charts = page.getByTestId('stVegaLiteChart');
  assert.equal(await charts.count(), 7);
  // Two melted y columns: two lines, two areas, each in the theme's first two colours.
  const lines = charts.nth(0).locator('g.mark-line.role-mark path');
  await lines.first().waitFor();
  assert.equal(await lines.count(), 2);
  assert.deepEqual(await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke'))), ['#0068c9', '#83c9ff']);
  assert.equal(await charts.nth(1).locator('g.mark-area.role-mark path').count(), 2);
  // Grouped bars: one bar per row; stacked horizontal bars: one per row and y column.
  assert.equal(await charts.nth(2).locator('g.mark-rect.role-mark path').count(), 5);
  assert.equal(await charts.nth(3).locator('g.mark-rect.role-mark path').count(), 10);
  assert.equal(await charts.nth(4).locator('g.mark-symbol.role-mark path').count(), 5);
  // Legends at the bottom with the melted colour column's names.
  const legend = await charts.nth(0).locator('g.role-legend text').allTextContents();
  assert.deepEqual(legend.filter((t) => t.trim()), ['a', 'b']);
  // The built-in colour name is painted with the theme's red.
  assert.equal(await charts.nth(5).locator('g.mark-line.role-mark path').first().getAttribute('stroke'), '#ff4b4b');
  const box = await charts.nth(0).boundingBox();
  assert.equal(Math.round(box.height), 220);
  await screenshot(page, 'charts-built-in');
  await page.close();
});

test('naive datetimes show the wall time they hold, whatever the browser\'s time zone', async () => {
  const context = await browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.goto(builtIn.url);
  await waitForAppRun(page);
  const chart = page.getByTestId('stVegaLiteChart').nth(6);
  await chart.locator('g.mark-line.role-mark path').first().waitFor();
  const labels = await chart.locator('g.role-axis-label text').allTextContents();
  // Midnight of 2024-01-01 (the year label), 1 AM and 2 AM, as in the data.
  for (const want of ['2024', '01 AM', '02 AM']) assert.ok(labels.includes(want), labels.join('|'));
  await context.close();
});

test('a dark page gets the dark chart palette', async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.style.setProperty('--st-bg', '#0e1117');
      document.documentElement.style.setProperty('--st-text', '#fafafa');
    });
  });
  await page.goto(builtIn.url);
  await waitForAppRun(page);
  const lines = page.getByTestId('stVegaLiteChart').nth(0).locator('g.mark-line.role-mark path');
  await lines.first().waitFor();
  assert.deepEqual(await lines.evaluateAll((ps) => ps.map((p) => p.getAttribute('stroke'))), ['#83c9ff', '#0068c9']);
  const background = await page.getByTestId('stVegaLiteChart').nth(0).locator('svg.marks')
    .evaluate((svg) => svg.style.backgroundColor);
  assert.equal(background, 'rgb(14, 17, 23)');
  await screenshot(page, 'charts-dark');
  await page.close();
});
