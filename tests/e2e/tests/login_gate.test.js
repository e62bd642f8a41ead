// The whole-app login gate (server.requireLogin) against a real OpenID
// Connect provider (oidc-provider on loopback) in headless Chromium: opening
// the app goes straight to the provider; an allowed user gets the app and
// its component frames (loaded from the component origin with the page's
// ticket, or, for what a component loads by an absolute path, the ticket
// cookie the first load set); a logout in one tab shows every other tab the
// "Signed out" dialog at once; a user of another domain gets the "Not
// allowed" page, whose logout link ends the login and leads back to the
// provider's login.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, waitForAppRun, writeScript } from '../lib/harness.js';
import { signIn, startAppWithProvider } from '../lib/oidc.js';

let app;
let idp;
let browser;

before(async () => {
  // A component whose document loads its script by an absolute path, as
  // some bundlers build them: no ticket in that URL.
  const absolute = mkdtempSync(path.join(os.tmpdir(), 'rustlit-absolute-'));
  const script = writeScript(`
import streamlit as st
import streamlit.components.v1 as components

absolute = components.declare_component("absolute", path=${JSON.stringify(absolute)})
st.text(f"email={st.user.email}")
components.html("<p id='out'>inside the component frame</p>", height=60)
absolute(key="abs")
`);
  writeFileSync(
    path.join(absolute, 'index.html'),
    '<!doctype html><p id="out">waiting</p><script src="/component/app.absolute/abs.js"></script>',
  );
  writeFileSync(
    path.join(absolute, 'abs.js'),
    "document.getElementById('out').textContent = 'loaded by an absolute path';",
  );
  ({ app, idp } = await startAppWithProvider(script, {
    config: `[server]
requireLogin = true
allowedEmailDomains = ["example.org"]
`,
  }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
  await idp?.stop();
});

test('the app opens only after a login, components included', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // No page of the app first: straight to the provider.
  const seen = [];
  page.on('response', (r) => seen.push([r.url(), r.status()]));
  await page.goto(`${app.url}?tab=2`);
  await page.waitForURL((url) => url.origin === idp.issuer);
  assert.ok(
    seen.every(([url, status]) => !url.startsWith(app.url) || status === 302),
    `nothing of the app was served before the login: ${JSON.stringify(seen)}`,
  );
  await signIn(page, 'alice');
  // Back where the browser was going.
  await page.waitForURL((url) => url.href.startsWith(app.url) && url.search === '?tab=2');
  await waitForAppRun(page);
  await page.getByText('email=alice@example.org').waitFor();
  const frame = page.frameLocator('iframe[data-testid="stIFrame"]');
  await frame.locator('#out').waitFor();
  assert.equal(await frame.locator('#out').textContent(), 'inside the component frame');
  const src = await page.locator('iframe').first().getAttribute('src');
  assert.match(src, /\.components\.localhost:\d+\/_gate\/[^/]+\/html\//);
  await absoluteFrame(page).locator('#out', { hasText: 'loaded by an absolute path' }).waitFor({ state: 'attached' });
  await screenshot(page, 'login-gate-allowed');
  // The same absolute URL without the login's cookie is refused.
  const origin = new URL(await absoluteSrc(page)).origin;
  const stranger = await browser.newContext();
  const response = await (await stranger.newPage()).goto(`${origin}/component/app.absolute/abs.js`);
  assert.equal(response.status(), 401);
  assert.doesNotMatch(await response.text(), /absolute path/);
  await stranger.close();
  await context.close();
});

const absoluteSrc = (page) => page.locator('iframe[src*="/component/app.absolute/"]').getAttribute('src');
const absoluteFrame = (page) => page.frameLocator('iframe[src*="/component/app.absolute/"]');
/** The status of a same-origin fetch of the absolute script, from inside the frame. */
const fetchAbsolute = (page) =>
  page
    .frames()
    .find((f) => f.url().includes('/component/app.absolute/'))
    .evaluate(() => fetch('/component/app.absolute/abs.js', { cache: 'no-store' }).then((r) => r.status));

test('a logout in one tab shows the others "Signed out" at once, and ends the component cookie', async () => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(app.url);
  await first.waitForURL((url) => url.origin === idp.issuer);
  await signIn(first, 'bob');
  await first.waitForURL((url) => url.href.startsWith(app.url));
  await waitForAppRun(first);
  await absoluteFrame(first).locator('#out', { hasText: 'loaded by an absolute path' }).waitFor({ state: 'attached' });
  assert.equal(await fetchAbsolute(first), 200);
  let reloads = 0;
  first.on('framenavigated', (frame) => {
    if (frame === first.mainFrame()) reloads += 1;
  });
  const second = await context.newPage();
  await second.goto(app.url);
  await waitForAppRun(second);
  await second.goto(`${app.url}auth/logout`);
  // The first tab, untouched, learns of it from its closed websocket.
  await first.locator('.st-signed-out').getByText('Signed out').waitFor({ timeout: 10_000 });
  await first.getByTestId('stSignedOutMessage').getByText(/logged out in another tab/).waitFor();
  assert.equal(reloads, 0, 'the dialog came without a reload');
  await screenshot(first, 'login-gate-signed-out');
  // The frame's cookie stands for the ended login: refused.
  assert.equal(await fetchAbsolute(first), 401);
  await context.close();
});

test('another domain gets the not-allowed page, whose logout leads back to the login', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.waitForURL((url) => url.origin === idp.issuer);
  await signIn(page, 'mallory@evil.test');
  await page.waitForURL((url) => url.href.startsWith(app.url));
  await page.getByRole('heading', { name: 'Not allowed' }).waitFor();
  await page.getByText(/logged in as mallory@evil\.test/).waitFor();
  await screenshot(page, 'login-gate-not-allowed');
  const response = await page.reload();
  assert.equal(response.status(), 403);
  // The websocket is refused too (the page never runs the app).
  const socket = await page.evaluate(
    (url) =>
      new Promise((resolve) => {
        const ws = new WebSocket(url, ['rustlit']);
        ws.onopen = () => resolve('open');
        ws.onerror = () => resolve('refused');
      }),
    `${app.url.replace('http', 'ws')}_stcore/stream`,
  );
  assert.equal(socket, 'refused');
  await page.getByRole('link', { name: 'Log out' }).click();
  // The provider's RP-initiated logout asks for confirmation, then returns
  // to the app, whose gate sends the browser to the login again.
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('button[type="submit"]', { hasText: /sign me out/i }).click();
  await page.waitForURL((url) => url.origin === idp.issuer && !/logout/.test(url.pathname));
  await page.locator('input[name="login"]').waitFor();
  const cookies = await context.cookies(app.url);
  assert.equal(cookies.find((c) => c.name === '_streamlit_user'), undefined);
  await context.close();
});
