// deck.gl's tiled layers and a CARTO layer in pydeck decks, in a real browser
// with no network: a TileLayer (under a core ScatterplotLayer), an MVTLayer, a
// TerrainLayer and a CARTO VectorTileLayer with 1.67's colorBins function. Their
// tiles cannot load here, so each deck must still show, draw its other layers
// and leave the page working, as st.map does without its base map. The classes
// come from the `tileLayers` and `cartoLayers` chunks, fetched by this page only.
// The app is the conformance script tests/conformance/scripts/pydeck_tile_layers.py.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun } from '../lib/harness.js';
import { waitForPixels } from '../lib/pixels.js';

let browser;
let app;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(path.join(repoRoot, 'tests/conformance/scripts/pydeck_tile_layers.py'));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('tile, MVT, terrain and CARTO layers load their chunks and degrade to the deck without tiles', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);
  await waitForAppRun(page);
  const maps = page.getByTestId('stDeckGlJsonChart');
  assert.equal(await maps.count(), 4);
  // The core layer beside the tile layer draws: the red dot.
  await waitForPixels(page, maps.nth(0), [200, 255, 0, 60, 0, 60], 300, 'ScatterplotLayer beside a TileLayer');
  for (const chunk of ['tileLayers', 'cartoLayers']) {
    await page.waitForFunction((name) => performance.getEntriesByType('resource')
      .some((e) => new RegExp(`/assets/${name}-[\\w-]{8}\\.js$`).test(e.name)), chunk);
  }
  // Each deck has its canvas, the deck.gl layers were made (the tiles then failed), and nothing
  // replaced an element with the renderer's error.
  for (let i = 0; i < 4; i += 1) await maps.nth(i).locator('canvas').first().waitFor();
  await page.getByText('after the maps').waitFor();
  assert.equal(await page.getByText('This element could not be shown').count(), 0);
  // The tiled layers draw terrain and 3D tiles with the mesh layers (fetched with them); the
  // extensions chunk is for decks naming an extension.
  assert.ok(!requests.some((u) => /\/assets\/deckExtensions-/.test(u)), requests.join('\n'));
  // Give the failed tile requests time to settle, then check nothing escaped as a page error.
  await page.waitForTimeout(1500);
  assert.deepEqual(pageErrors, []);
  await screenshot(page, 'tile-layers');
  await page.close();
});
