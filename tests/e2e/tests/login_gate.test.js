// The whole-app login gate (server.requireLogin) against a real OpenID
// Connect provider (oidc-provider on loopback) in headless Chromium: opening
// the app goes straight to the provider; an allowed user gets the app and
// its component frames (loaded from the component origin with the page's
// ticket); a user of another domain gets the "Not allowed" page, whose
// logout link ends the login and leads back to the provider's login.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { CLIENT_ID, CLIENT_SECRET, freePort, signIn, startProvider } from '../lib/oidc.js';

let app;
let idp;
let browser;

before(async () => {
  const port = await freePort();
  const redirectUri = `http://127.0.0.1:${port}/oauth2callback`;
  idp = await startProvider(redirectUri);
  const script = writeScript(`
import streamlit as st
import streamlit.components.v1 as components

st.text(f"email={st.user.email}")
components.html("<p id='out'>inside the component frame</p>", height=60)
`);
  const dir = path.join(path.dirname(script), '.streamlit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'secrets.toml'),
    `[auth]
redirect_uri = "${redirectUri}"
cookie_secret = "a-cookie-secret-of-some-length-for-tests"
client_id = "${CLIENT_ID}"
client_secret = "${CLIENT_SECRET}"
server_metadata_url = "${idp.metadataUrl}"
client_kwargs = { prompt = "login" }
`,
  );
  writeFileSync(
    path.join(dir, 'config.toml'),
    `[server]
requireLogin = true
allowedEmailDomains = ["example.org"]
`,
  );
  app = await startApp(script, ['--server.port', String(port)]);
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
  await screenshot(page, 'login-gate-allowed');
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
