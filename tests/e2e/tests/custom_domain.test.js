// The deployment the README describes under "A custom domain": the app on
// https://app.example.org, components on another registrable domain with one
// origin per component (https://{label}.components.example.net), one rustlit
// and one certificate naming both. Chromium resolves the names to loopback
// (--host-resolver-rules), as DNS would to the server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { freePort, launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { signIn, startAppWithProvider } from '../lib/oidc.js';

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const skip = hasOpenssl() ? false : 'openssl is needed to make the certificate';

let app;
let browser;
let page;
let appUrl;
let port;
let cert;
let key;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-domain-'));
  [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=app.example.org',
    '-addext', 'subjectAltName=DNS:app.example.org,DNS:*.components.example.net',
  ], { stdio: 'ignore' });
  const script = writeScript(`import streamlit as st
import streamlit.components.v1 as components

if st.button("again"):
    st.text("clicked over the websocket")
st.text(f"url={st.context.url}")
components.html("""<p id='out'>?</p><script>
let parentDom = 'readable';
try { parent.document.title; } catch (e) { parentDom = 'blocked'; }
document.getElementById('out').textContent =
  location.origin + ' cookies=[' + document.cookie + '] parent=' + parentDom;
</script>""", height=40)
`);
  port = await freePort();
  app = await startApp(script, [
    '--server.port', String(port),
    '--server.sslCertFile', cert, '--server.sslKeyFile', key,
    '--server.allowedHosts', 'app.example.org',
    '--server.componentOrigin', `https://{label}.components.example.net:${port}`,
  ]);
  browser = await launchBrowser([
    '--host-resolver-rules=MAP app.example.org 127.0.0.1, MAP *.components.example.net 127.0.0.1, MAP other.example.org 127.0.0.1',
    '--ignore-certificate-errors',
  ]);
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ignoreHTTPSErrors: true });
  page = await context.newPage();
  appUrl = `https://app.example.org:${port}/`;
  await page.goto(appUrl);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });

test('the app is served on its own name over HTTPS, websocket included', { skip }, async () => {
  await text(`url=${appUrl}`).waitFor();
  await page.locator('[data-testid="stButton"] button', { hasText: 'again' }).click();
  await waitForAppRun(page);
  await text('clicked over the websocket').waitFor();
  const xsrf = (await page.context().cookies(appUrl)).find((c) => c.name === '_streamlit_xsrf');
  assert.ok(xsrf?.secure, 'the XSRF cookie is set, Secure');
});

test('a component loads from its own origin on the other domain, without the app', { skip }, async () => {
  const out = page.frameLocator('iframe[data-testid="stIFrame"]').locator('#out');
  await out.filter({ hasText: 'parent=' }).waitFor();
  const shown = await out.textContent();
  const match = shown.match(/^https:\/\/([a-z0-9]+)\.components\.example\.net:(\d+) cookies=\[(.*)\] parent=(\w+)$/);
  assert.ok(match, shown);
  assert.equal(Number(match[2]), port);
  assert.equal(match[3], '', 'none of the app cookies reach the component');
  assert.equal(match[4], 'blocked', "the component cannot reach the app's page");
  await screenshot(page, 'custom_domain');
});

test('names the app was not configured for are refused', { skip }, async () => {
  const other = await page.context().newPage();
  try {
    const response = await other.goto(`https://other.example.org:${port}/`);
    assert.equal(response.status(), 403);
    // The component origin serves components only: no page, no websocket.
    const frame = await page.locator('iframe[data-testid="stIFrame"]').getAttribute('src');
    const asPage = await other.goto(`${new URL(frame).origin}/`);
    assert.equal(asPage.status(), 404);
  } finally {
    await other.close();
  }
});

test('behind the login gate, components load on the other domain, absolute paths included', { skip }, async () => {
  // The same deployment with requireLogin: the component origin gets the
  // login's ticket in the path and, for a script the component loads by an
  // absolute path, in its partitioned cookie, over real TLS on another site.
  const absolute = mkdtempSync(path.join(os.tmpdir(), 'rustlit-absolute-'));
  writeFileSync(
    path.join(absolute, 'index.html'),
    '<!doctype html><p id="out">waiting</p><script src="/component/app.absolute/abs.js"></script>',
  );
  writeFileSync(path.join(absolute, 'abs.js'), "document.getElementById('out').textContent = 'absolute ok';");
  const script = writeScript(`import streamlit as st
import streamlit.components.v1 as components

st.text(f"email={st.user.email}")
components.declare_component("absolute", path=${JSON.stringify(absolute)})(key="abs")
`);
  const gatedPort = await freePort();
  const origin = `https://app.example.org:${gatedPort}`;
  const { app: gated, idp } = await startAppWithProvider(script, {
    port: gatedPort,
    appOrigin: origin,
    config: '[server]\nrequireLogin = true\nallowedEmailDomains = ["example.org"]\n',
    args: [
      '--server.sslCertFile', cert, '--server.sslKeyFile', key,
      '--server.allowedHosts', 'app.example.org',
      '--server.componentOrigin', `https://{label}.components.example.net:${gatedPort}`,
    ],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  try {
    const gatedPage = await context.newPage();
    await gatedPage.goto(`${origin}/`);
    await gatedPage.waitForURL((url) => url.origin === idp.issuer);
    await signIn(gatedPage, 'dana');
    await gatedPage.waitForURL((url) => url.origin === origin);
    await waitForAppRun(gatedPage);
    await gatedPage.getByText('email=dana@example.org').waitFor();
    const selector = 'iframe[src*="/component/app.absolute/"]';
    const src = await gatedPage.locator(selector).getAttribute('src');
    assert.match(src, /^https:\/\/[a-z0-9]+\.components\.example\.net:\d+\/_gate\/[^/]+\/component\/app\.absolute\//);
    const frame = gatedPage.frameLocator(selector);
    await frame.locator('#out', { hasText: 'absolute ok' }).waitFor({ state: 'attached' });
    // The same URL opened on its own (another top-level site, so another
    // cookie partition) has no ticket: refused.
    const alone = await context.newPage();
    const response = await alone.goto(`${new URL(src).origin}/component/app.absolute/abs.js`);
    assert.equal(response.status(), 401);
  } finally {
    await context.close();
    gated.stop();
    await idp.stop();
  }
});
