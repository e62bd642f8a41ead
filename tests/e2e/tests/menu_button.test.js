// st.menu_button in a real browser: the menu opens under the button, a choice
// reruns the script once with it (and the next run sees None again), and
// Escape closes the menu without a rerun.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
choice = st.menu_button("Export", ["CSV", "JSON", "Parquet"], icon=":material/download:", key="exp")
st.write(f"chose {choice} in run {st.session_state.runs}")
st.button("Again")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('a menu choice reaches the script once', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByText('chose None in run 1').waitFor();
  const button = page.getByTestId('stMenuButtonButton');
  assert.equal(await button.getAttribute('aria-haspopup'), 'menu');
  await button.click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  assert.deepEqual(await menu.getByRole('menuitem').allInnerTexts(), ['CSV', 'JSON', 'Parquet']);
  await screenshot(page, 'menu-button-open');

  // Escape closes without a rerun.
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  assert.equal(await page.getByText('chose None in run 1').count(), 1);

  await button.click();
  await page.getByRole('menuitem', { name: 'JSON' }).click();
  await page.getByText('chose JSON in run 2').waitFor();
  assert.equal(await page.getByRole('menu').count(), 0);

  // The choice is one-shot: another rerun sees None.
  await page.getByRole('button', { name: 'Again' }).click();
  await page.getByText('chose None in run 3').waitFor();

  // Keyboard: down twice and Enter chooses the third option.
  await button.click();
  await page.getByRole('menu').waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText('chose Parquet in run 4').waitFor();
  await page.close();
});
