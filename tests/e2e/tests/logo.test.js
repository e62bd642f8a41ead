// st.logo in a real browser: the image at the top of the open sidebar,
// linked; the icon image in the page header once the sidebar is collapsed;
// gone after a rerun that no longer calls st.logo.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  process.env.VIRTUAL_ENV = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import numpy as np
import streamlit as st

if not st.session_state.get("hide"):
    img = np.zeros((40, 120, 3), dtype=np.uint8)
    img[:, :, 2] = 200
    st.logo(img, link="https://example.org", icon_image=":material/home:")
st.sidebar.write("side")
st.checkbox("hide", key="hide")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('the logo sits in the sidebar, then the header, and goes when no run sets it', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const logo = page.getByTestId('stSidebarHeader').getByTestId('stSidebarLogo');
  await page.waitForFunction(() => document.querySelector('[data-testid=stSidebarLogo]')?.naturalWidth > 0);
  assert.match(await logo.getAttribute('src'), /\/media\/[0-9a-f]+\.jpg$/);
  assert.equal(await page.getByTestId('stLogoLink').getAttribute('href'), 'https://example.org');
  assert.equal(await page.getByTestId('stHeaderLogo').count(), 0);
  await screenshot(page, 'logo-sidebar');

  await page.getByTestId('stSidebar').hover();
  await page.getByTestId('stSidebarCollapseButton').locator('button').click();
  const header = page.getByTestId('stHeader').getByTestId('stHeaderLogo');
  assert.equal(await header.getByTestId('stIconMaterial').innerText(), 'home');
  await screenshot(page, 'logo-header');

  await page.getByTestId('stCheckbox').locator('label').click();
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stHeaderLogo').count(), 0);
  await page.close();
});
