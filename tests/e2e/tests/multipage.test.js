// A multipage app (examples/multipage: a main script and a pages/ folder) in
// a real browser: the sidebar lists the pages, clicks switch page without a
// reload and update the URL, back/forward work, a URL names a page on first
// load, st.switch_page and st.page_link move between pages, an unknown page
// shows a notice, and a page added to pages/ appears after a rerun.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun } from '../lib/harness.js';

let browser;
let served;
let dir;

before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-mpa-'));
  cpSync(path.join(repoRoot, 'examples', 'multipage'), dir, { recursive: true });
  served = await startApp(path.join(dir, 'app.py'));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

const navLinks = (page) => page.getByTestId('stSidebarNavLink');
const heading = (page, text) => page.locator('h1', { hasText: text }).waitFor();
const pathOf = (page) => new URL(page.url()).pathname;

test('the sidebar lists the pages and a click switches page without reloading', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  await heading(page, 'Home');
  const titles = (await navLinks(page).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  assert.deepEqual(titles, ['app', '📈 Plotting', '⚙️ Settings']);
  assert.equal(await navLinks(page).first().getAttribute('aria-current'), 'page');
  assert.equal(await page.title(), 'app');
  await screenshot(page, 'multipage-home');

  await page.evaluate(() => (window.__notReloaded = true));
  await navLinks(page).nth(1).click();
  await heading(page, 'Plotting');
  await waitForAppRun(page);
  assert.equal(pathOf(page), '/Plotting');
  assert.equal(await page.title(), 'Plotting');
  assert.equal(await navLinks(page).nth(1).getAttribute('aria-current'), 'page');
  assert.equal(await page.evaluate(() => window.__notReloaded), true);
  await screenshot(page, 'multipage-plotting');

  await page.goBack();
  await heading(page, 'Home');
  assert.equal(pathOf(page), '/');
  await page.goForward();
  await heading(page, 'Plotting');
  assert.equal(pathOf(page), '/Plotting');
  assert.equal(await page.evaluate(() => window.__notReloaded), true);

  // st.switch_page from a button, then st.page_link.
  await page.getByRole('button', { name: 'Back home' }).click();
  await heading(page, 'Home');
  await waitForAppRun(page);
  assert.equal(pathOf(page), '/');
  await page.getByTestId('stPageLink-NavLink').filter({ hasText: 'Go to the plotting page' }).click();
  await heading(page, 'Plotting');
  assert.equal(pathOf(page), '/Plotting');
  const external = page.getByTestId('stPageLink-NavLink').filter({ hasText: 'Streamlit docs' });
  assert.equal(await external.count(), 0, 'the home page links are gone on the plotting page');
  await page.close();
});

test('a URL names the page on first load, and an unknown page falls back with a notice', async () => {
  const page = await browser.newPage();
  await page.goto(`${served.url}Settings?x=1`);
  await heading(page, 'Settings');
  await waitForAppRun(page);
  assert.equal(await navLinks(page).nth(2).getAttribute('aria-current'), 'page');
  assert.equal(new URL(page.url()).search, '?x=1', 'a rerun on load keeps the query string');
  // A page change drops the query string, whether from the navigation or st.switch_page.
  await navLinks(page).nth(1).click();
  await heading(page, 'Plotting');
  await waitForAppRun(page);
  assert.equal(page.url(), `${served.url}Plotting`);
  await page.goto(`${served.url}Plotting?y=2`);
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'Back home' }).click();
  await heading(page, 'Home');
  await waitForAppRun(page);
  assert.equal(page.url(), served.url);

  await page.goto(`${served.url}nowhere`);
  await page.getByRole('dialog', { name: 'Page not found' }).waitFor();
  await heading(page, 'Home');
  assert.equal(pathOf(page), '/');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  await page.close();
});

test('a page added to pages/ appears in the navigation after a rerun', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  await heading(page, 'Home');
  writeFileSync(path.join(dir, 'pages', '3_Extra.py'), "import streamlit as st\nst.title('Extra')\n");
  await page.getByTestId('stStatusWidget').getByRole('button', { name: 'Rerun', exact: true }).click();
  await navLinks(page).filter({ hasText: 'Extra' }).click();
  await heading(page, 'Extra');
  assert.equal(pathOf(page), '/Extra');
  await page.close();
});
