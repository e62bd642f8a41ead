// deck.gl's tiled layers and a CARTO layer in pydeck decks, in a real browser
// with no network: a TileLayer (under a core ScatterplotLayer), an MVTLayer, a
// TerrainLayer and a CARTO VectorTileLayer with 1.67's colorBins function. Their
// tiles cannot load here, so each deck must still show, draw its other layers
// and leave the page working, as st.map does without its base map. The classes
// come from the `tileLayers` and `cartoLayers` chunks, fetched by this page only.
// The app is the conformance script tests/conformance/scripts/pydeck_tile_layers.py.
// A second app serves its tiles itself (static files: the page's CSP lets it fetch
// only from the app, the base maps and the hosts in server.chartDataHosts, see
// chart_data_hosts.test.js), and its TileLayer draws them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { waitForPixels } from '../lib/pixels.js';

let browser;
let app;
let local;

// Every tile of the TileLayer is this GeoJSON (its URL has no {z}/{x}/{y}): a square around the view.
const TILE = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: { name: 'square' },
    geometry: { type: 'Polygon', coordinates: [[[7.6, 46.3], [8.2, 46.3], [8.2, 46.7], [7.6, 46.7], [7.6, 46.3]]] },
  }],
};

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(path.join(repoRoot, 'tests/conformance/scripts/pydeck_tile_layers.py'));
  const script = writeScript(`
import pydeck as pdk
import streamlit as st

st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "TileLayer",
                data="app/static/tile.json",
                id="local-tiles",
                get_fill_color=[0, 160, 0],
                min_zoom=0,
                max_zoom=12,
            )
        ],
        initial_view_state=pdk.ViewState(latitude=46.5, longitude=7.9, zoom=8),
        map_style="",
    ),
    height=300,
)
`);
  mkdirSync(path.join(path.dirname(script), 'static'));
  writeFileSync(path.join(path.dirname(script), 'static', 'tile.json'), JSON.stringify(TILE));
  local = await startApp(script, ['--server.enableStaticServing', 'true']);
});

after(async () => {
  await browser?.close();
  app?.stop();
  local?.stop();
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

test('a TileLayer whose tiles the app serves draws them', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const tiles = [];
  page.on('response', (r) => {
    if (r.url().endsWith('/app/static/tile.json')) tiles.push(r.status());
  });
  await page.goto(local.url);
  await waitForAppRun(page);
  const map = page.getByTestId('stDeckGlJsonChart');
  // The green square, drawn by the GeoJsonLayer the TileLayer makes of each tile.
  await waitForPixels(page, map, [0, 40, 130, 190, 0, 40], 5000, 'TileLayer with local tiles');
  assert.ok(tiles.length > 0 && tiles.every((status) => status === 200), JSON.stringify(tiles));
  assert.deepEqual(pageErrors, []);
  await screenshot(page, 'tile-layers-local');
  await page.close();
});
