// The deployment the README describes under "A custom domain": the app on
// https://app.example.org, components on another registrable domain with one
// origin per component (https://{label}.components.example.net), one rustlit
// and one certificate naming both. Chromium resolves the names to loopback
// (--host-resolver-rules), as DNS would to the server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { freePort, launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

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

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-domain-'));
  const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
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
