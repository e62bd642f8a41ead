// extra-streamlit-components' CookieManager, unmodified from PyPI: it reads and
// writes `document.cookie` inside its iframe. On Streamlit that is the app's
// cookie jar; on rustlit the iframe has its own origin, so the manager sees
// none of the app's cookies and what it sets never reaches the app's origin.
// (Its own cookies are third-party cookies of the component origin: browsers
// that block or partition those, as this Chromium does, do not keep them.)
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let context;
let page;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  const script = writeScript(`
import json
import extra_streamlit_components as stx
import streamlit as st

manager = stx.CookieManager(key="cookies")
st.text(f"cookies: {json.dumps(manager.get_all(key='all'), sort_keys=True)}")
if st.button("set"):
    manager.set("token", "abc", key="set", same_site="lax")
st.text(f"set done: {st.session_state.get('set')}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.addCookies([{ name: 'app_secret', value: 'canary', url: app.url }]);
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });

test("the cookie manager runs on its own origin and cannot read the app's cookies", async () => {
  const src = await page.locator('iframe[title="extra_streamlit_components.CookieManager.cookie_manager"]').first().getAttribute('src');
  assert.match(new URL(src).hostname, /^c[0-9a-f]{16}\.components\.localhost$/);
  // Its getAll came back to the script (a rerun with its value), without the app's cookie.
  await text('cookies: {}').waitFor();
  await waitForAppRun(page);
  assert.equal(await text('canary').count(), 0);
});

test("a cookie the manager sets never lands on the app's origin", async () => {
  await page.getByRole('button', { name: 'set' }).click();
  await waitForAppRun(page);
  // The manager reported success (its setter's value reran the script) ...
  await text('set done: True').waitFor();
  await waitForAppRun(page);
  await page.reload();
  await waitForAppRun(page);
  await text('cookies:').waitFor();
  // ... but the app's cookie jar holds only what the app had (its own cookie
  // and the server's XSRF token).
  const appCookies = await context.cookies(app.url);
  assert.deepEqual(appCookies.map((c) => c.name).sort(), ['_streamlit_xsrf', 'app_secret']);
  assert.equal(await text('canary').count(), 0);
});
