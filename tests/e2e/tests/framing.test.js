// Clickjacking (issue #16, SECURITY.md §5 case 52): a page of another origin
// cannot frame the app unless server.frameAncestors names it. The framing
// page is served on loopback too (another port), so nothing but the app's
// own headers decides.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, writeScript } from '../lib/harness.js';

const script = writeScript(`
import streamlit as st
st.text("framed app")
`);
const apps = [];
let browser;
let other;
/** The framing pages the other origin serves, by path. */
const pages = new Map();

before(async () => {
  const server = http.createServer((req, res) => {
    const body = pages.get(req.url);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html' }).end(body ?? '');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  other = { url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  other?.close();
  for (const app of apps) app.stop();
});

/** Opens a page of the other origin that frames `appUrl`; the app's frame. */
async function frameFromOtherOrigin(appUrl, name) {
  pages.set(`/${name}.html`, `<iframe id="app" src="${appUrl}" width="800" height="400"></iframe>`);
  const page = await browser.newPage();
  await page.goto(`${other.url}/${name}.html`);
  const frame = await (await page.locator('#app').elementHandle()).contentFrame();
  await frame.waitForLoadState('load').catch(() => {});
  return frame;
}

test('another origin cannot frame the app by default', async () => {
  const app = await startApp(script);
  apps.push(app);
  const frame = await frameFromOtherOrigin(app.url, 'default');
  // The browser refuses the document (an error page in its place).
  for (let i = 0; i < 50 && !frame.url().startsWith('chrome-error:'); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.match(frame.url(), /^chrome-error:/);
  assert.equal(await frame.locator('[data-testid="stApp"]').count(), 0);
});

test('an origin listed in server.frameAncestors can', async () => {
  const app = await startApp(script, ['--server.frameAncestors', other.url]);
  apps.push(app);
  const frame = await frameFromOtherOrigin(app.url, 'allowed');
  await frame.locator('[data-testid="stText"]', { hasText: 'framed app' }).waitFor({ timeout: 20_000 });
});
