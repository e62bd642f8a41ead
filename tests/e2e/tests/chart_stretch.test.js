// height="stretch" of charts and maps as 1.67 has it: inside a container of
// fixed height the chart fills the room the container leaves (Vega-Lite,
// plotly, ECharts, deck.gl), outside one it keeps its content height; and
// plotly's modebar carries 1.67's fullscreen button. plotly, pydeck and pandas
// come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import pandas as pd
import plotly.express as px
import pydeck as pdk
import streamlit as st

df = pd.DataFrame({"x": [1, 2, 3, 4, 5], "y": [1, 5, 3, 2, 4]})
bars = {"xAxis": {"type": "category", "data": ["A", "B", "C"]}, "yAxis": {}, "series": [{"type": "bar", "data": [3, 1, 2]}]}
points = pd.DataFrame({"lat": [37.76], "lon": [-122.4]})
deck = pdk.Deck(layers=[pdk.Layer("ScatterplotLayer", data=points, get_position="[lon, lat]", get_radius=200,
                                  get_fill_color=[255, 0, 0])],
                initial_view_state=pdk.ViewState(latitude=37.76, longitude=-122.4, zoom=11), map_style=None)
for where in ("fixed", "free"):
    with st.container(height=300 if where == "fixed" else "content", key=f"vega-{where}"):
        st.line_chart(df, x="x", y="y", height="stretch")
    with st.container(height=300 if where == "fixed" else "content", key=f"plotly-{where}"):
        st.plotly_chart(px.line(df, x="x", y="y"), height="stretch", key=f"p-{where}")
    with st.container(height=300 if where == "fixed" else "content", key=f"echarts-{where}"):
        st.echarts_chart(bars, height="stretch", key=f"e-{where}")
    with st.container(height=300 if where == "fixed" else "content", key=f"deck-{where}"):
        st.pydeck_chart(deck, height="stretch")
with st.container(height=600, key="echarts-tall"):
    st.echarts_chart(bars, height="stretch", key="e-tall")
st.plotly_chart(px.scatter(df, x="x", y="y"), height=300, key="full")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** The height of the first element matching `selector` inside the container `key`, once it settles. */
async function settledHeight(page, key, selector, want) {
  const chart = page.locator(`.st-key-${key}`).locator(selector).first();
  await chart.waitFor();
  await page.waitForFunction(
    ([k, sel, h]) => {
      const el = document.querySelector(`.st-key-${k}`).querySelector(sel);
      return el && Math.abs(el.getBoundingClientRect().height - h) < 3;
    },
    [key, selector, want],
    { timeout: 10_000 },
  ).catch(() => {});
  return (await chart.boundingBox()).height;
}

const CHARTS = {
  vega: '[data-testid="stVegaLiteChart"] svg, [data-testid="stVegaLiteChart"] canvas',
  plotly: '[data-testid="stPlotlyChart"] .main-svg',
  echarts: '[data-testid="stEChartsChart"]',
  deck: '[data-testid="stDeckGlJsonChart"]',
};

test('a stretch chart or map fills its fixed-height container, and keeps its own height elsewhere', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(app.url);
  await waitForAppRun(page);
  // A container of height 300 leaves 268 px (1 px borders, 1 rem padding); ECharts never goes below
  // its 350 px content height. Measured against real Streamlit 1.67 with the same script.
  const want = {
    'vega-fixed': 268, 'plotly-fixed': 268, 'deck-fixed': 268, 'echarts-fixed': 350, 'echarts-tall': 568,
    'vega-free': 350, 'plotly-free': 450, 'deck-free': 100, 'echarts-free': 350,
  };
  for (const [key, height] of Object.entries(want)) {
    const got = await settledHeight(page, key, CHARTS[key.split('-')[0]], height);
    assert.ok(Math.abs(got - height) < 3, `${key}: ${got} px, want ${height}`);
  }
  await screenshot(page, 'chart-stretch');
  await page.close();
});

test("plotly's modebar has 1.67's fullscreen button", async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const chart = page.locator('[data-testid="stPlotlyChart"]').last();
  await chart.locator('.main-svg').first().waitFor();
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  const button = chart.locator('.modebar-btn[data-title="Fullscreen"]');
  await button.click();
  await page.waitForFunction(() => {
    const c = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].pop();
    return c.getBoundingClientRect().width > 900 && c.getBoundingClientRect().height > 750;
  });
  await screenshot(page, 'plotly-fullscreen');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => {
    const c = [...document.querySelectorAll('[data-testid="stPlotlyChart"]')].pop();
    return Math.abs(c.getBoundingClientRect().height - 300) < 2;
  });
  await page.close();
});
