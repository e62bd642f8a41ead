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
import { waitForPixels } from '../lib/pixels.js';

const GEO_CHUNK = /\/assets\/geoLayers-[\w-]{8}\.js$/;
// Every chunk of lazily loaded deck.gl classes (src/elements/maps/deckClasses.ts).
const CLASS_CHUNKS = /\/assets\/(geoLayers|tileLayers|meshLayers|cartoLayers|deckExtensions)-[\w-]{8}\.js$/;

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

test('a page whose maps use only the core layers fetches none of the lazily loaded layer chunks', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(plain.url);
  await waitForAppRun(page);
  await page.waitForFunction(() => document.querySelectorAll('.st-deck-no-base-map').length === 1);
  assert.ok(requests.some((u) => /\/assets\/maps-[\w-]{8}\.js$/.test(u)), requests.join('\n'));
  assert.ok(!requests.some((u) => CLASS_CHUNKS.test(u)), requests.join('\n'));
  await page.close();
});
