// Component frames get no browser permissions unless granted (issue #16,
// SECURITY.md §5 case 51): the app holds the camera (as after
// st.camera_input), yet a components.html frame cannot reach it; a component
// whose declaration asks for the camera can.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const echo = path.join(repoRoot, 'tests/e2e/fixtures/components/echo');
let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import streamlit as st
import streamlit.components.v1 as components

components.html("<p>plain document</p>", height=40)
scanner = components.declare_component("scanner", path=${JSON.stringify(echo)}, permissions=["camera"])
scanner(key="scanner")
st.text("ready")
`);
  app = await startApp(script);
  browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  const context = await browser.newContext();
  // The app's origin holds the camera permission, as after a camera_input prompt.
  await context.grantPermissions(['camera'], { origin: new URL(app.url).origin });
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** The frame whose URL matches, once it has loaded. */
async function frameWhere(match) {
  for (let i = 0; i < 100; i++) {
    const frame = page.frames().find((f) => f !== page.mainFrame() && match(f.url()));
    if (frame) {
      await frame.waitForLoadState('load');
      return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('frame not found');
}

const tryCamera = () =>
  navigator.mediaDevices
    .getUserMedia({ video: true })
    .then((stream) => {
      stream.getTracks().forEach((t) => t.stop());
      return 'granted';
    })
    .catch((e) => e.name);

test('the app itself can use the camera it was granted', async () => {
  assert.equal(await page.evaluate(tryCamera), 'granted');
});

test('a components.html frame gets no permissions', async () => {
  const html = await frameWhere((url) => url.includes('/html/'));
  assert.equal(await html.evaluate(() => document.featurePolicy.allowsFeature('camera')), false);
  assert.equal(await html.evaluate(tryCamera), 'NotAllowedError');
  const allow = await page.locator('iframe[data-testid="stIFrame"]').getAttribute('allow');
  assert.equal(allow ?? '', '');
});

test('a component declared with permissions=["camera"] gets the camera only', async () => {
  const frame = await frameWhere((url) => url.includes('index.html'));
  assert.equal(await frame.evaluate(() => document.featurePolicy.allowsFeature('camera')), true);
  assert.equal(await frame.evaluate(() => document.featurePolicy.allowsFeature('microphone')), false);
  assert.equal(await frame.evaluate(tryCamera), 'granted');
});
