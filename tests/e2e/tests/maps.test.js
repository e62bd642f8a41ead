// st.map and st.pydeck_chart in a real browser: decks render through deck.gl
// (WebGL) from the lazy `maps` chunk under the page's CSP (no eval, no blob:
// worker); with no network the Carto base map cannot load and the map shows
// the layers alone without a page error; a pydeck tooltip shows on hover; a
// click on a point comes back to the script as the selection; a page without
// a map never fetches the chunk. pydeck and pandas come from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, screenshotDir, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { paintedPixels } from '../lib/pixels.js';

let browser;
let app;
let plain;
let single;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import pandas as pd
import pydeck as pdk
import streamlit as st

df = pd.DataFrame({"lat": [37.76, 37.77, 37.78], "lon": [-122.40, -122.41, -122.42],
                   "name": ["north", "middle", "south"]})
st.map(df, size=300, color="#0000ff", height=400)
layer = pdk.Layer("ScatterplotLayer", data=df, id="pts", get_position="[lon, lat]", get_radius=250,
                  get_fill_color=[255, 0, 0, 200], pickable=True)
view = pdk.ViewState(latitude=37.77, longitude=-122.41, zoom=12)
ev = st.pydeck_chart(pdk.Deck(layers=[layer], initial_view_state=view, tooltip={"text": "Name: {name}"}),
                     on_select="rerun", key="deck", height=400)
st.text(f"selected={ev.selection.indices} objects={[o['name'] for o in ev.selection.objects.get('pts', [])]}")
`));
  single = await startApp(writeScript(`
import pandas as pd
import streamlit as st

st.map(pd.DataFrame({"lat": [48.85, 48.86], "lon": [2.35, 2.36]}), size=200)
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.title("No map here")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  plain?.stop();
  single?.stop();
});

/** How many pixels of the element's screenshot are close to `rgb`. */
const countPixels = (page, locator, rgb) => paintedPixels(page, locator, { near: rgb, tolerance: 40 });

/** The page-pixel position of the centre of the element's box. */
async function centre(locator) {
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('st.map points render in WebGL under the CSP, with no base map offline', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.setViewportSize({ width: 1000, height: 1200 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const maps = page.getByTestId('stDeckGlJsonChart');
  assert.equal(await maps.count(), 2);
  await maps.nth(0).locator('canvas').first().waitFor();
  const box = await maps.nth(0).boundingBox();
  assert.ok(box.width > 600, `map width ${box.width}`);
  assert.ok(Math.abs(box.height - 400) < 2, `map height ${box.height}`);
  // The blue circles of st.map and the red ones of the deck are drawn (deck.gl draws on a canvas).
  await page.waitForFunction(() => document.querySelectorAll('.st-deck-no-base-map').length === 2);
  const blue = await countPixels(page, maps.nth(0), [0, 0, 255]);
  assert.ok(blue > 2000, `blue pixels ${blue}`);
  const red = await countPixels(page, maps.nth(1), [255, 60, 60]);
  assert.ok(red > 300, `red pixels ${red}`);
  await screenshot(page, 'maps');
  // Only the unreachable base map fails (a network error, no CSP violation, no page error).
  const unexpected = problems.filter((p) => !/ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_ADDRESS_UNREACHABLE/.test(p));
  assert.deepEqual(unexpected, []);
  await page.close();
});

test('a pydeck tooltip shows on hover and a click selects the point for the script', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 1200 });
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByText('selected={} objects=[]').waitFor();
  const deck = page.getByTestId('stDeckGlJsonChart').nth(1);
  await deck.locator('canvas').first().waitFor();
  // The middle point is at the centre of the view.
  const { x, y } = await centre(deck);
  await page.mouse.move(x - 40, y - 40);
  await page.mouse.move(x, y, { steps: 5 });
  const tooltip = page.locator('.deck-tooltip', { hasText: 'Name: middle' });
  await tooltip.waitFor();
  // Next to the pointer, inside the map (deck.gl places it relative to its widget layer).
  const tip = await tooltip.boundingBox();
  assert.ok(Math.abs(tip.x - x) < 30 && Math.abs(tip.y - y) < 30, `tooltip at ${tip.x},${tip.y}, pointer at ${x},${y}`);
  // Not a full-page screenshot: resizing the page for it would end the hover.
  await page.screenshot({ path: path.join(screenshotDir, 'maps-tooltip.png') });
  await page.mouse.click(x, y);
  await page.getByText("selected={'pts': [1]} objects=['middle']").waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'maps-selection');
  // A second click on the same point clears the single-object selection.
  const again = await centre(page.getByTestId('stDeckGlJsonChart').nth(1));
  await page.mouse.click(again.x, again.y);
  await page.getByText('selected={} objects=[]').waitFor();
  await waitForAppRun(page);
  // Selected again, then cleared from the element toolbar's "Clear selection".
  await page.mouse.click(again.x, again.y);
  await page.getByText("selected={'pts': [1]} objects=['middle']").waitFor();
  await waitForAppRun(page);
  const frame = page.getByTestId('stFullScreenFrame').nth(1);
  await frame.hover();
  await frame.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByText('selected={} objects=[]').waitFor();
  await page.close();
});

test('the toolbar shows a map fullscreen; Escape closes it', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stFullScreenFrame').nth(0);
  await frame.hover();
  await frame.getByRole('button', { name: 'Fullscreen' }).click();
  const map = frame.getByTestId('stDeckGlJsonChart');
  await page.waitForFunction(() => document.querySelector('[data-testid="stDeckGlJsonChart"]').getBoundingClientRect().height > 700);
  const big = await map.boundingBox();
  assert.ok(big.width > 900, `fullscreen width ${big.width}`);
  const blue = await countPixels(page, map, [0, 0, 255]);
  assert.ok(blue > 2000, `blue pixels ${blue}`);
  await page.screenshot({ path: path.join(screenshotDir, 'maps-fullscreen.png') });
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => Math.round(document.querySelector('[data-testid="stDeckGlJsonChart"]').getBoundingClientRect().height) === 400);
  await page.close();
});

test('the maps chunk is fetched only by pages that show a map', async () => {
  const requests = async (url, maps = 0) => {
    const page = await browser.newPage();
    const seen = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(url);
    await waitForAppRun(page);
    // The base maps were created (and gave up on their style): maplibre has started its worker.
    await page.waitForFunction((n) => document.querySelectorAll('.st-deck-no-base-map').length === n, maps);
    await page.close();
    return seen;
  };
  const without = await requests(plain.url);
  assert.ok(without.some((u) => /assets\/index-.*\.js$/.test(u)), without.join('\n'));
  assert.ok(!without.some((u) => /assets\/(maps|maplibre)-/.test(u)), without.join('\n'));
  const withMaps = await requests(app.url, 2);
  assert.ok(withMaps.some((u) => /assets\/maps-.*\.js$/.test(u)), withMaps.join('\n'));
  // maplibre's worker is a file of the app (no blob: worker).
  assert.ok(withMaps.some((u) => /assets\/maplibre-gl-csp-worker-.*\.js$/.test(u)), withMaps.join('\n'));
  assert.ok(!withMaps.some((u) => /assets\/(plotly|charts)-/.test(u)), withMaps.join('\n'));
});

test('st.map\'s base map follows the theme: Carto positron on a light page, dark-matter on a dark one', async () => {
  const styles = async (dark) => {
    const page = await browser.newPage();
    if (dark) {
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          document.documentElement.style.setProperty('--st-bg', '#0e1117');
          document.documentElement.style.setProperty('--st-text', '#fafafa');
        });
      });
    }
    const seen = [];
    page.on('request', (r) => {
      if (r.url().includes('cartocdn')) seen.push(r.url());
    });
    await page.goto(single.url);
    await waitForAppRun(page);
    await page.waitForFunction(() => document.querySelectorAll('.st-deck-no-base-map').length === 1);
    if (dark) await screenshot(page, 'maps-dark');
    await page.close();
    return seen;
  };
  const light = await styles(false);
  assert.ok(light.length > 0 && light.every((u) => u.endsWith('/gl/positron-gl-style/style.json')), light.join('\n'));
  const dark = await styles(true);
  assert.ok(dark.length > 0 && dark.every((u) => u.endsWith('/gl/dark-matter-gl-style/style.json')), dark.join('\n'));
});
