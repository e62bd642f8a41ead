// client.toolbarMode in a real browser, as 1.67: "viewer" leaves the main menu without Rerun, Clear
// cache and Run on save, and the "c" key opens no confirmation; "minimal" shows no menu at all when
// the app put no items in it, and only the app's items (and the theme) when it did. (The default,
// "auto", shows the developer options on 127.0.0.1: caching.test.js uses them.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
const apps = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const app of apps) app.stop();
});

async function open(mode, script) {
  const app = await startApp(writeScript(script), ['--client.toolbarMode', mode]);
  apps.push(app);
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  return page;
}

test('viewer: no developer options in the menu, and "c" clears nothing', async () => {
  const page = await open('viewer', 'import streamlit as st\nst.text("hello")\n');
  await page.getByTestId('stMainMenuButton').click();
  const menu = page.getByTestId('stMainMenuList');
  await menu.waitFor();
  assert.equal(await menu.getByTestId('stMainMenuItem-clearCache').count(), 0);
  assert.equal(await menu.getByTestId('stMainMenuItem-rerun').count(), 0);
  assert.equal(await menu.getByTestId('stMainMenuRunOnSave').count(), 0);
  assert.equal(await menu.getByTestId('stThemeSwitcher').count(), 1);
  await screenshot(page, 'toolbar-mode-viewer');
  await page.mouse.click(450, 500); // closes the menu
  await menu.waitFor({ state: 'detached' });
  await page.keyboard.press('c');
  // The confirmation would open synchronously on the key; one more frame to be sure.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
  assert.equal(await page.getByTestId('stClearCacheDialog').count(), 0);
  await page.close();
});

test('minimal: no menu without app items; with them, only those', async () => {
  const bare = await open('minimal', 'import streamlit as st\nst.text("hello")\n');
  assert.equal(await bare.getByTestId('stMainMenu').count(), 0);
  await bare.close();
  const page = await open(
    'minimal',
    'import streamlit as st\nst.set_page_config(menu_items={"About": "An app"})\nst.text("hello")\n',
  );
  await page.getByTestId('stMainMenuButton').click();
  const menu = page.getByTestId('stMainMenuList');
  await menu.waitFor();
  assert.equal(await menu.getByTestId('stMainMenuItem-about').count(), 1);
  assert.equal(await menu.getByTestId('stMainMenuItem-clearCache').count(), 0);
  await page.close();
});
