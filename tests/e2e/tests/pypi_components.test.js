// Real components from PyPI, unmodified (installed into .venv-test from
// tests/requirements.txt): streamlit-option-menu, streamlit-ace and
// streamlit-image-coordinates render from the component origin and send
// values back that rerun the script.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  // The embedded interpreter sees the packages of the active virtualenv.
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  const script = writeScript(`
import numpy as np
import streamlit as st
from streamlit_ace import st_ace
from streamlit_image_coordinates import streamlit_image_coordinates
from streamlit_option_menu import option_menu

choice = option_menu("Menu", ["Home", "Upload", "Settings"], key="menu", orientation="horizontal")
st.text(f"menu: {choice}")
code = st_ace(value="x = 1", language="python", auto_update=True, key="ace", height=120)
st.text(f"code: {code!r}")
image = np.zeros((100, 200, 3), dtype=np.uint8)
image[:, :, 0] = 200
point = streamlit_image_coordinates(image, key="img")
st.text(f"point: {None if point is None else (point['x'], point['y'])}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
const frame = (name) => page.frameLocator(`iframe[data-testid="stCustomComponentV1"][title="${name}"]`);

test('the three components load from their own component origins', async () => {
  for (const name of [
    'streamlit_option_menu.option_menu',
    'streamlit_ace.streamlit_ace',
    'streamlit_image_coordinates.streamlit_image_coordinates',
  ]) {
    const src = await page.locator(`iframe[title="${name}"]`).getAttribute('src');
    assert.match(new URL(src).hostname, /^c[0-9a-f]{16}\.components\.localhost$/, name);
  }
});

test('streamlit-option-menu: a click comes back to the script', async () => {
  await text('menu: Home').waitFor();
  await frame('streamlit_option_menu.option_menu').locator('a', { hasText: 'Settings' }).click();
  await text('menu: Settings').waitFor();
  await waitForAppRun(page);
});

test('streamlit-ace: typed code comes back to the script', async () => {
  await text("code: 'x = 1'").waitFor();
  const editor = frame('streamlit_ace.streamlit_ace').locator('.ace_content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type('\ny = 2');
  await text("code: 'x = 1\\ny = 2'").waitFor({ timeout: 15_000 });
  await waitForAppRun(page);
});

test('streamlit-image-coordinates: a click on the image comes back to the script', async () => {
  await text('point: None').waitFor();
  const img = frame('streamlit_image_coordinates.streamlit_image_coordinates').locator('img');
  await img.waitFor();
  await img.click({ position: { x: 50, y: 30 } });
  await text('point: (50, 30)').waitFor();
  await screenshot(page, 'pypi-components');
});
