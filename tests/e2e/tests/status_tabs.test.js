// Status elements and tabs in a real browser: progress bars (updated in
// place), a spinner that shows while its block runs and then goes away,
// toasts (again on every click, closable), metrics with coloured deltas, and
// tabs that switch panels without a rerun.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let sparklines;

before(async () => {
  browser = await launchBrowser();
  const script = writeScript(`
import time
import streamlit as st

bar = st.progress(10, text="Loading")
bar.progress(0.4, text="Loading 40%")
st.metric("Temperature", "70 °F", "1.2 °F")
st.metric("Wind", "9 mph", "-8%", delta_color="inverse", border=True)
a, b = st.tabs(["Tab A", "Tab B"])
a.write("in a")
b.slider("in b", 0, 10, 3)
if st.button("toast"):
    st.toast("Saved!", icon="🎉")
if st.button("slow"):
    with st.spinner("Working..."):
        time.sleep(1.5)
    st.write("done")
`);
  served = await startApp(script);
  sparklines = await startApp(writeScript(`
import streamlit as st

st.metric("Line", 10, 2, chart_data=[1, 5, 2, 6, 2, 7], border=True)
st.metric("Bar", 10, -2, chart_data=[1, 5, 2, 6, 2, 7], chart_type="bar")
st.metric("Area", 10, 0, chart_data=[-1, 5, 2, 6, 2, 7], chart_type="area")
st.metric("None", 10)
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
  sparklines?.stop();
});

test('progress, metrics, tabs, toasts and a spinner', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);

  const bar = page.getByTestId('stProgress');
  assert.equal(await bar.count(), 1, 'the second call updated the same bar');
  assert.equal(await bar.getByRole('progressbar').getAttribute('aria-valuenow'), '40');
  await bar.getByText('Loading 40%').waitFor();

  const metrics = page.getByTestId('stMetric');
  assert.equal(await metrics.count(), 2);
  await metrics.nth(0).getByTestId('stMetricDeltaIcon-Up').waitFor();
  await metrics.nth(1).getByTestId('stMetricDeltaIcon-Down').waitFor();
  const windColor = await metrics.nth(1).getByTestId('stMetricDelta').evaluate((e) => getComputedStyle(e).color);
  assert.equal(windColor, 'rgb(9, 171, 59)', 'inverse: a fall is good (green)');

  const tabs = page.getByTestId('stTab');
  assert.deepEqual(await tabs.allInnerTexts(), ['Tab A', 'Tab B']);
  await page.getByText('in a').waitFor();
  assert.equal(await page.getByTestId('stSlider').isVisible(), false, 'the other tab is hidden');
  await tabs.nth(1).click();
  assert.equal(await page.getByTestId('stSlider').isVisible(), true);
  assert.equal(await page.getByText('in a').isVisible(), false);
  await screenshot(page, 'status-tabs');

  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'toast' }).click();
    const toast = page.getByTestId('stToast');
    await toast.getByText('Saved!').waitFor();
    if (i === 0) await screenshot(page, 'status-toast');
    await toast.getByRole('button', { name: 'Close' }).click();
    await toast.waitFor({ state: 'detached' });
    await waitForAppRun(page);
  }

  await page.getByRole('button', { name: 'slow' }).click();
  await page.getByTestId('stSpinner').getByText('Working...').waitFor();
  await page.getByText('done').waitFor();
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stSpinner').count(), 0, 'the spinner is gone after its block');
  await page.close();
});

test("st.metric's chart_data is drawn under the value as a line, bars or an area in the delta's colour", async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(sparklines.url);
  await waitForAppRun(page);
  const metrics = page.getByTestId('stMetric');
  assert.equal(await metrics.count(), 4);
  const charts = page.getByTestId('stMetricChart');
  assert.equal(await charts.count(), 3, 'no chart without chart_data');
  const line = charts.nth(0).locator('path.st-metric-chart-line');
  await line.waitFor();
  // Six points across the chart's width, the highest value at the top.
  const points = (await line.getAttribute('d')).match(/[ML][\d.]+,[\d.]+/g);
  assert.equal(points.length, 6);
  assert.equal(await line.evaluate((e) => getComputedStyle(e).stroke), 'rgb(7, 148, 100)', 'green: the delta is up');
  assert.equal(await charts.nth(1).locator('rect.st-metric-chart-bar').count(), 6);
  assert.equal(await charts.nth(1).locator('rect').first().evaluate((e) => getComputedStyle(e).fill), 'rgb(217, 74, 87)', 'red: the delta is down');
  assert.equal(await charts.nth(2).locator('path.st-metric-chart-fill').count(), 1);
  assert.equal(await charts.nth(2).locator('path.st-metric-chart-line').count(), 1);
  await screenshot(page, 'metric-sparklines');
  await page.close();
});
