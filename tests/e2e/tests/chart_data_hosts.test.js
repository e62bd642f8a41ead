// Hosts other than the app's in a real browser. A pydeck GeoJsonLayer whose
// data is a URL on a second local server (another port, so another origin)
// draws when server.chartDataHosts lists that server, and stays empty when
// not, with a console warning naming the option (the page's CSP refused the
// fetch). A deck with a mapbox:// style and a token asks Mapbox's API for
// the style, its sprite and tileset with the token (answered here by a stand-in,
// as nothing reaches the internet) and draws that style's background under
// its layers; without a token it draws the layers alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { countPixels, waitForPixels } from '../lib/pixels.js';
import { serveDirectory } from '../lib/static_server.js';

let browser;
let data;
let listed;
let unlisted;
let mapbox;

// A green square around the view, served by the second server.
const SQUARE = {
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    properties: { name: 'square' },
    geometry: { type: 'Polygon', coordinates: [[[7.6, 46.3], [8.2, 46.3], [8.2, 46.7], [7.6, 46.7], [7.6, 46.3]]] },
  }],
};
const GREEN = [0, 40, 130, 190, 0, 40];
const MAGENTA = [230, 255, 0, 30, 230, 255];
const RED = [200, 255, 0, 60, 0, 60];

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  const root = mkdtempSync(path.join(os.tmpdir(), 'rustlit-data-host-'));
  writeFileSync(path.join(root, 'square.json'), JSON.stringify(SQUARE));
  data = await serveDirectory(root, { 'access-control-allow-origin': '*' });
  const script = writeScript(`
import pydeck as pdk
import streamlit as st

st.pydeck_chart(
    pdk.Deck(
        layers=[pdk.Layer("GeoJsonLayer", data="${data.url}/square.json", id="remote", get_fill_color=[0, 160, 0])],
        initial_view_state=pdk.ViewState(latitude=46.5, longitude=7.9, zoom=8),
        map_provider=None,
    ),
    height=300,
)
st.text("after the map")
`);
  listed = await startApp(script, ['--server.chartDataHosts', data.url]);
  unlisted = await startApp(script);
  mapbox = await startApp(writeScript(`
import pandas as pd
import pydeck as pdk
import streamlit as st

df = pd.DataFrame({"lat": [46.5], "lon": [7.9]})
layer = pdk.Layer("ScatterplotLayer", data=df, get_position="[lon, lat]", get_radius=8000, get_fill_color=[255, 0, 0])
view = pdk.ViewState(latitude=46.5, longitude=7.9, zoom=8)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, map_provider="mapbox",
                         map_style="mapbox://styles/mapbox/light-v9", api_keys={"mapbox": "pk.test-token"}), height=300)
st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, map_provider="mapbox",
                         map_style="mapbox://styles/mapbox/dark-v9"), height=300)
`));
});

after(async () => {
  await browser?.close();
  listed?.stop();
  unlisted?.stop();
  mapbox?.stop();
  data?.close();
});

test('layer data from a host listed in server.chartDataHosts draws', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(listed.url);
  await waitForAppRun(page);
  const map = page.getByTestId('stDeckGlJsonChart');
  await waitForPixels(page, map, GREEN, 5000, 'GeoJsonLayer with data on a listed host');
  assert.deepEqual(pageErrors, []);
  await screenshot(page, 'chart-data-hosts-listed');
  await page.close();
});

test('layer data from a host not listed stays away, and the console names the option', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 600 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const before = data.requested.length;
  await page.goto(unlisted.url);
  await waitForAppRun(page);
  const map = page.getByTestId('stDeckGlJsonChart');
  await map.locator('canvas').first().waitFor();
  const named = () => warnings.find((w) => w.includes(`add ${data.url} to server.chartDataHosts`));
  for (let i = 0; i < 40 && !named(); i += 1) await page.waitForTimeout(250);
  assert.ok(named(), warnings.join('\n'));
  assert.ok(named().includes(`${data.url}/square.json`), named());
  await page.waitForTimeout(1000);
  assert.ok(await countPixels(page, map, GREEN) < 50, 'the refused layer drew');
  // The browser never asked the other server: the CSP stopped the fetch before the network.
  assert.equal(data.requested.length, before);
  await page.getByText('after the map').waitFor();
  assert.deepEqual(pageErrors, []);
  await page.close();
});

// A 1×1 transparent PNG, the stand-in sprite sheet.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('a mapbox:// style is fetched from Mapbox with the token and drawn under the layers', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const asked = [];
  const cors = { 'access-control-allow-origin': '*' };
  await page.route(/^https:\/\/([a-z]+\.tiles\.mapbox\.com|api\.mapbox\.com)\//, async (route) => {
    const url = new URL(route.request().url());
    asked.push(url.href);
    if (url.pathname === '/styles/v1/mapbox/light-v9') {
      await route.fulfill({
        headers: cors,
        contentType: 'application/json',
        body: JSON.stringify({
          version: 8,
          sources: { streets: { type: 'vector', url: 'mapbox://mapbox.mapbox-streets-v8' } },
          sprite: 'mapbox://sprites/mapbox/light-v9',
          glyphs: 'mapbox://fonts/mapbox/{fontstack}/{range}.pbf',
          layers: [
            { id: 'land', type: 'background', paint: { 'background-color': '#ff00ff' } },
            { id: 'roads', type: 'line', source: 'streets', 'source-layer': 'road' },
          ],
        }),
      });
    } else if (url.pathname.endsWith('.json') && url.pathname.includes('/sprite')) {
      await route.fulfill({ headers: cors, contentType: 'application/json', body: '{}' });
    } else if (url.pathname.endsWith('.png')) {
      await route.fulfill({ headers: cors, contentType: 'image/png', body: PNG });
    } else if (url.pathname === '/v4/mapbox.mapbox-streets-v8.json') {
      await route.fulfill({
        headers: cors,
        contentType: 'application/json',
        body: JSON.stringify({
          tilejson: '2.2.0',
          tiles: ['https://a.tiles.mapbox.com/v4/mapbox.mapbox-streets-v8/{z}/{x}/{y}.vector.pbf'],
          minzoom: 0,
          maxzoom: 14,
        }),
      });
    } else {
      // An empty vector tile.
      await route.fulfill({ headers: cors, contentType: 'application/x-protobuf', body: Buffer.alloc(0) });
    }
  });
  await page.goto(mapbox.url);
  await waitForAppRun(page);
  const maps = page.getByTestId('stDeckGlJsonChart');
  assert.equal(await maps.count(), 2);
  // The style's magenta background, and the red layer on it.
  await waitForPixels(page, maps.nth(0), MAGENTA, 20000, 'the Mapbox style');
  await waitForPixels(page, maps.nth(0), RED, 300, 'the layer over the Mapbox style');
  const tile = /^https:\/\/api\.mapbox\.com\/v4\/mapbox\.mapbox-streets-v8\/\d+\/\d+\/\d+\.vector\.pbf\?access_token=pk\.test-token$/;
  for (let i = 0; i < 40 && !asked.some((u) => tile.test(u)); i += 1) await page.waitForTimeout(250);
  const has = (prefix) => asked.find((u) => u.startsWith(prefix));
  assert.equal(has('https://api.mapbox.com/styles/v1/mapbox/light-v9'), 'https://api.mapbox.com/styles/v1/mapbox/light-v9?access_token=pk.test-token');
  assert.match(has('https://api.mapbox.com/styles/v1/mapbox/light-v9/sprite') ?? '', /^https:\/\/api\.mapbox\.com\/styles\/v1\/mapbox\/light-v9\/sprite(@2x)?\.(json|png)\?access_token=pk\.test-token$/);
  assert.equal(has('https://api.mapbox.com/v4/mapbox.mapbox-streets-v8.json'), 'https://api.mapbox.com/v4/mapbox.mapbox-streets-v8.json?secure&access_token=pk.test-token');
  // Tiles the TileJSON names on a.tiles.mapbox.com are asked of api.mapbox.com, as 1.67's mapbox-gl does.
  assert.ok(asked.some((u) => tile.test(u)), asked.join('\n'));
  // The deck without a token asks nothing of Mapbox, draws its layer alone and says why.
  assert.ok(!asked.some((u) => u.includes('dark-v9')), asked.join('\n'));
  await waitForPixels(page, maps.nth(1), RED, 300, 'the layer without a base map');
  assert.ok(await countPixels(page, maps.nth(1), MAGENTA) < 50);
  assert.ok(warnings.some((w) => w.includes('a Mapbox style needs a Mapbox token')), warnings.join('\n'));
  assert.deepEqual(pageErrors, []);
  await screenshot(page, 'chart-data-hosts-mapbox');
  await page.close();
});
