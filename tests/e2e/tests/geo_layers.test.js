// deck.gl's geo layers in pydeck decks, in a real browser: an H3HexagonLayer, a
// TripsLayer and a GreatCircleLayer each draw (WebGL, no base map offline),
// from the `geoLayers` chunk (@deck.gl/geo-layers and h3-js), which a page
// whose decks use only the core layers never fetches. The app is the
// conformance script tests/conformance/scripts/pydeck_geo_layers.py; pydeck and
// pandas come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const GEO_CHUNK = /\/assets\/geoLayers-[\w-]{8}\.js$/;

let browser;
let app;
let plain;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(path.join(repoRoot, 'tests/conformance/scripts/pydeck_geo_layers.py'));
  plain = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.map(pd.DataFrame({"lat": [48.85, 48.86], "lon": [2.35, 2.36]}), size=200)
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  plain?.stop();
});

/** Pixels of the element's screenshot whose channels are in [rMin, rMax, gMin, gMax, bMin, bMax]. */
async function countPixels(page, locator, range) {
  const png = await locator.screenshot();
  return page.evaluate(async ({ b64, range: [r0, r1, g0, g1, b0, b1] }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (r >= r0 && r <= r1 && g >= g0 && g <= g1 && b >= b0 && b <= b1) n += 1;
    }
    return n;
  }, { b64: png.toString('base64'), range });
}

/** Polls until the element shows more than `least` pixels in the colour range. */
async function waitForPixels(page, locator, range, least, label) {
  let seen = 0;
  for (let i = 0; i < 60; i += 1) {
    seen = await countPixels(page, locator, range);
    if (seen > least) return seen;
    await page.waitForTimeout(250);
  }
  throw new Error(`${label}: ${seen} pixels in range, wanted more than ${least}`);
}

test('H3 hexagons, trips and great circles draw, from the geo layers chunk, without a page error', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);
  await waitForAppRun(page);
  const maps = page.getByTestId('stDeckGlJsonChart');
  assert.equal(await maps.count(), 3);
  // Orange-red hexagons ([255, count * 5, 0]), blue trips, the red source end of the arcs.
  await waitForPixels(page, maps.nth(0), [200, 255, 30, 230, 0, 60], 1500, 'H3HexagonLayer');
  await waitForPixels(page, maps.nth(1), [0, 80, 0, 80, 180, 255], 150, 'TripsLayer');
  await waitForPixels(page, maps.nth(2), [150, 255, 0, 120, 0, 80], 100, 'GreatCircleLayer');
  assert.ok(requests.some((u) => GEO_CHUNK.test(u)), requests.join('\n'));
  await screenshot(page, 'geo-layers');
  // Only the unreachable base map fails (a network error, and the one warning that says so);
  // reading the WebGL canvases back for the screenshots makes the driver warn of stalls.
  const unexpected = problems.filter((p) => !/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_ADDRESS_UNREACHABLE|base map could not load|GL Driver Message/.test(p));
  assert.deepEqual(unexpected, []);
  await page.close();
});

test('a page whose maps use only the core layers never fetches the geo layers chunk', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(plain.url);
  await waitForAppRun(page);
  await page.waitForFunction(() => document.querySelectorAll('.st-deck-no-base-map').length === 1);
  assert.ok(requests.some((u) => /\/assets\/maps-[\w-]{8}\.js$/.test(u)), requests.join('\n'));
  assert.ok(!requests.some((u) => GEO_CHUNK.test(u)), requests.join('\n'));
  await page.close();
});
