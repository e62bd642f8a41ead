// st.balloons and st.snow in a real browser: the animation overlay appears,
// takes no clicks, goes away by itself, and plays again on a rerun that
// celebrates again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

st.balloons()
st.snow()
st.button("again")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('balloons and snow play, go, and play again on a rerun', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const balloons = page.getByTestId('stBalloons');
  await balloons.waitFor();
  assert.equal(await page.getByTestId('stSnow').count(), 1);
  assert.equal(await balloons.evaluate((e) => getComputedStyle(e).pointerEvents), 'none');
  assert.ok((await balloons.locator('.st-particle').count()) > 10);
  await screenshot(page, 'balloons');
  // The button under the overlay still takes the click.
  await balloons.waitFor({ state: 'detached' });
  await page.getByTestId('stButton').locator('button').click();
  await balloons.waitFor();
  await waitForAppRun(page);
  await page.close();
});
