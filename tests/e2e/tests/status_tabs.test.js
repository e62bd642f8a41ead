// Status elements and tabs in a real browser: progress bars (updated in
// place), a spinner that shows while its block runs and then goes away,
// toasts (again on every click, closable), metrics with coloured deltas, and
// tabs that switch panels without a rerun.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

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
});

after(async () => {
  await browser?.close();
  served?.stop();
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
