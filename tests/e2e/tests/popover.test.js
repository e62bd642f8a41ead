// st.popover in a real browser: the button opens a floating body with the
// block's children; a widget inside reruns the app and keeps its value while
// the popover is closed; a click outside and Escape close it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

with st.popover("Settings", icon=":material/settings:"):
    name = st.text_input("Name", "Ada")
st.write(f"Hello {name}")
st.popover("Disabled", disabled=True).write("never shown")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('the popover opens, holds a widget, and closes', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const button = page.getByTestId('stPopoverButton').first();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.getByTestId('stIconMaterial').innerText(), 'settings');
  assert.equal(await page.getByTestId('stPopoverBody').count(), 0);
  await button.click();
  const body = page.getByTestId('stPopoverBody');
  await body.waitFor();
  assert.equal(await body.getAttribute('role'), 'dialog');
  const input = body.getByRole('textbox');
  await input.waitFor();
  await screenshot(page, 'popover-open');

  await input.fill('Grace');
  await input.press('Enter');
  await waitForAppRun(page);
  await page.getByText('Hello Grace').waitFor();

  await page.mouse.click(900, 700);
  await body.waitFor({ state: 'detached' });
  await button.click();
  assert.equal(await page.getByTestId('stPopoverBody').getByRole('textbox').inputValue(), 'Grace');
  await page.keyboard.press('Escape');
  await page.getByTestId('stPopoverBody').waitFor({ state: 'detached' });

  const disabled = page.getByTestId('stPopoverButton').nth(1);
  assert.equal(await disabled.isDisabled(), true);
  await page.close();
});
