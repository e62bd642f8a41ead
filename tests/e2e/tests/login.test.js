// st.login / st.user / st.logout against a real OpenID Connect provider
// (oidc-provider on loopback) in headless Chromium: the whole flow, the login
// cookie's attributes, and logout revoking the login so a replayed cookie
// no longer works.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, waitForAppRun, writeScript } from '../lib/harness.js';
import { signIn, startAppWithProvider } from '../lib/oidc.js';

let app;
let idp;
let browser;

before(async () => {
  const script = writeScript(`
import streamlit as st

st.text(f"logged_in={st.user.is_logged_in}")
if st.user.is_logged_in:
    st.text(f"email={st.user.email} name={st.user['name']} provider={st.user.provider}")
    st.text(f"id_token={'id' in st.user.tokens} keys={sorted(st.user.to_dict())}")
    st.text(f"cookie_seen={'_streamlit_user' in st.context.cookies}")
    if st.button("Log out"):
        st.logout()
else:
    if st.button("Log in"):
        st.login()
`);
  ({ app, idp } = await startAppWithProvider(script, { auth: 'expose_tokens = "id"\n' }));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
  await idp?.stop();
});

test('login, st.user shows the claims, logout revokes the login cookie', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByText('logged_in=False').waitFor();
  await page.getByRole('button', { name: 'Log in' }).click();
  // The provider's own login form, reached with PKCE, state and nonce.
  await page.waitForURL((url) => url.origin === idp.issuer);
  const authorize = new URL(page.url());
  await signIn(page, 'alice');
  await page.waitForURL((url) => url.href.startsWith(app.url));
  await waitForAppRun(page);
  await page.getByText('logged_in=True').waitFor();
  await page.getByText('email=alice@example.org name=User alice provider=default').waitFor();
  await page.getByText("id_token=True keys=['aud', 'auth_time', 'email', 'email_verified', 'exp', 'iat', 'is_logged_in', 'iss', 'name', 'nonce', 'provider', 'sub', 'tokens']").waitFor();
  // The login cookie is a bearer credential: never shown to the script.
  await page.getByText('cookie_seen=False').waitFor();
  await screenshot(page, 'login-logged-in');
  assert.ok(authorize.pathname.length > 0);

  const cookies = await context.cookies(app.url);
  const login = cookies.find((c) => c.name === '_streamlit_user');
  assert.ok(login, 'the login cookie is set');
  assert.equal(login.httpOnly, true);
  assert.equal(login.sameSite, 'Lax');
  assert.equal(login.path, '/');
  assert.equal(login.secure, false, 'plain HTTP: not Secure');
  assert.ok(!login.value.includes('alice'), 'the cookie is sealed, not readable claims');
  assert.equal(await page.evaluate(() => document.cookie.includes('_streamlit_user')), false);

  // A fresh browser with a copy of the cookie is the same user...
  const replay = await browser.newContext();
  await replay.addCookies([login]);
  const replayPage = await replay.newPage();
  await replayPage.goto(app.url);
  await waitForAppRun(replayPage);
  await replayPage.getByText('email=alice@example.org').waitFor();
  let reloads = 0;
  replayPage.on('framenavigated', (frame) => {
    if (frame === replayPage.mainFrame()) reloads += 1;
  });

  // ... until logout, which ends the login on the server.
  await page.getByRole('button', { name: 'Log out' }).click();
  // The provider's RP-initiated logout asks for confirmation, then returns.
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('button[type="submit"]', { hasText: /sign me out/i }).click();
  await page.waitForURL((url) => url.href.startsWith(app.url));
  await waitForAppRun(page);
  await page.getByText('logged_in=False').waitFor();
  // The other browser's open page learns of it without a reload: its socket
  // is closed and it reconnects to a fresh session without the login.
  await replayPage.getByText('logged_in=False').waitFor({ timeout: 10_000 });
  assert.equal(reloads, 0);
  await replayPage.close();

  const stale = await replay.newPage();
  await stale.goto(app.url);
  await waitForAppRun(stale);
  await stale.getByText('logged_in=False').waitFor();
  await screenshot(stale, 'login-old-cookie-after-logout');
  await replay.close();
  await context.close();
});

test('a replayed callback is refused with a page and a log line', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => url.origin === idp.issuer);
  // Remember the callback URL the provider sends the browser to.
  let callback = null;
  page.on('request', (request) => {
    if (request.url().includes('/oauth2callback?')) callback = request.url();
  });
  await signIn(page, 'bob');
  await page.waitForURL((url) => url.href.startsWith(app.url));
  await waitForAppRun(page);
  await page.getByText('email=bob@example.org').waitFor();
  assert.ok(callback, 'the callback was seen');
  const response = await page.goto(callback);
  assert.equal(response.status(), 400);
  await page.getByText('Login failed').waitFor();
  await page.getByText(/already used/).waitFor();
  await screenshot(page, 'login-replayed-callback');
  await context.close();
});
