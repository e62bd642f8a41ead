// The app over HTTPS in headless Chromium (a certificate made by openssl for
// this run): the page over HTTP/2, the websocket over its own HTTP/1.1
// connection, HSTS, a Secure XSRF cookie, and components.html on its own
// https:// origin.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
// tests/it/tls.rs covers the same server without openssl (rcgen).
const skip = hasOpenssl() ? false : 'openssl is needed to make the certificate';

let app;
let browser;
let page;
let navigation;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-tls-'));
  const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:*.components.localhost',
  ], { stdio: 'ignore' });
  const script = writeScript(`import streamlit as st
import streamlit.components.v1 as components

if st.button("again"):
    st.text("clicked over the websocket")
st.text(f"url={st.context.url}")
components.html("""<p id='out'>?</p><script>
document.getElementById('out').textContent = location.protocol + ' ' + location.hostname.split('.').slice(1).join('.');
</script>""", height=40)
`);
  app = await startApp(script, ['--server.sslCertFile', cert, '--server.sslKeyFile', key]);
  browser = await launchBrowser(['--ignore-certificate-errors']);
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, ignoreHTTPSErrors: true });
  page = await context.newPage();
  navigation = await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });

test('the page comes over HTTPS with HSTS, over HTTP/2', { skip }, async () => {
  assert.match(app.url, /^https:\/\/127\.0\.0\.1:\d+\/$/);
  assert.equal((await navigation.allHeaders())['strict-transport-security'], 'max-age=31536000');
  const protocol = await page.evaluate(() => performance.getEntriesByType('navigation')[0].nextHopProtocol);
  assert.equal(protocol, 'h2');
  await text(`url=${app.url}`).waitFor();
});

test('the websocket works next to HTTP/2 and the XSRF cookie is Secure', { skip }, async () => {
  await page.locator('[data-testid="stButton"] button', { hasText: 'again' }).click();
  await waitForAppRun(page);
  await text('clicked over the websocket').waitFor();
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name === '_streamlit_xsrf');
  assert.ok(xsrf, 'the XSRF cookie is set');
  assert.equal(xsrf.secure, true);
});

test('components.html is served over HTTPS from the component origin', { skip }, async () => {
  const out = page.frameLocator('iframe[data-testid="stIFrame"]').locator('#out');
  await out.filter({ hasText: 'https:' }).waitFor();
  assert.equal(await out.textContent(), 'https: components.localhost');
  await screenshot(page, 'tls');
});
