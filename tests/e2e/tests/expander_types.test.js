// 1.67's expander and status `type` in a real browser ("compact": no border,
// the chevron after the label; "step": a round state icon on a line joining
// the steps, the content indented), and the :streamlit: logo in markdown.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

with st.expander("Compact", type="compact"):
    st.write("compact body")
with st.expander("Step one", type="step", expanded=True):
    st.write("first step")
with st.expander("Step two", type="step"):
    st.write("second step")
with st.status("Done", type="step", state="complete"):
    st.write("x")
with st.status("Broken", type="step", state="error"):
    st.write("x")
with st.expander("Default", icon=":material/star:"):
    st.write("default body")
st.markdown("Made with :streamlit: here")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('compact and step expanders look and open as in 1.67', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  await screenshot(page, 'expander_types');
  const expanders = page.getByTestId('stExpander');
  const compact = expanders.nth(0);
  assert.equal(await compact.locator('details').evaluate((d) => getComputedStyle(d).borderTopStyle), 'none');
  assert.equal(await compact.locator('summary [data-testid="stIconMaterial"]').last().innerText(), 'chevron_right');
  await compact.locator('summary').click();
  await compact.getByText('compact body').waitFor();
  assert.equal(await compact.locator('summary [data-testid="stIconMaterial"]').last().innerText(), 'keyboard_arrow_down');

  const stepOne = expanders.nth(1);
  assert.equal(await stepOne.getByTestId('stExpanderStepIcon').innerText(), 'circle');
  assert.equal(await stepOne.getByTestId('stExpanderStepConnector').count(), 1);
  const label = await stepOne.locator('summary').getByText('Step one').boundingBox();
  const body = await stepOne.getByText('first step').boundingBox();
  assert.ok(label && body && Math.abs(label.x - body.x) < 2, 'the content lines up with the label');
  assert.equal(await expanders.nth(3).getByTestId('stExpanderStepIcon').innerText(), 'check_circle');
  assert.equal(await expanders.nth(4).getByTestId('stExpanderStepIcon').innerText(), 'error');
  await page.close();
});

test(':streamlit: is the logo', async () => {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const logo = page.getByRole('img', { name: 'Streamlit logo' });
  const box = await logo.boundingBox();
  assert.ok(box && box.width > 10 && box.height > 5);
  assert.doesNotMatch(await page.getByText('Made with').innerText(), /:streamlit:/);
  await page.close();
});
