// The browser gets the bundle precompressed (brotli or gzip, as it asks)
// and runs it: the first load's bytes on the wire are a fraction of the raw
// bundle's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript('import streamlit as st\nst.text("compressed hello")\n'));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('the page, its script and stylesheet arrive compressed and run', async () => {
  const page = await browser.newPage();
  const loaded = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    // theme.css is the app's theme from config.toml (tens of bytes, written per app), not the bundle's.
    if (!response || !/\.(js|css)$|\/$/.test(new URL(request.url()).pathname) || new URL(request.url()).pathname.endsWith('/theme.css')) return;
    const sizes = await request.sizes();
    loaded.push({
      path: new URL(request.url()).pathname,
      encoding: (await response.allHeaders())['content-encoding'],
      wire: sizes.responseBodySize,
      raw: (await response.body()).length,
    });
  });
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.locator('[data-testid="stText"]', { hasText: 'compressed hello' }).waitFor();
  await page.close();

  const kinds = new Set(loaded.map((l) => l.path.split('.').pop()));
  assert.ok(kinds.has('js') && kinds.has('css') && loaded.some((l) => l.path === '/'), JSON.stringify(loaded));
  for (const { path, encoding, wire, raw } of loaded) {
    assert.ok(['br', 'gzip'].includes(encoding), `${path}: Content-Encoding ${encoding}`);
    assert.ok(wire < raw, `${path}: ${wire} bytes on the wire for ${raw}`);
  }
  const total = (key) => loaded.reduce((sum, l) => sum + l[key], 0);
  console.log(`first load: ${total('raw')} bytes raw, ${total('wire')} on the wire (${loaded.map((l) => `${l.path} ${l.encoding}`).join(', ')})`);
});
