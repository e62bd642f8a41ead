// Real components from PyPI, unmodified (installed into .venv-test from
// tests/requirements.txt): streamlit-option-menu, streamlit-ace,
// streamlit-image-coordinates, streamlit-aggrid, streamlit-folium and
// streamlit-tags render from the component origin and send values back that
// rerun the script; st-annotated-text (HTML in st.markdown, no iframe) renders.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { serveDirectory } from '../lib/static_server.js';

let app;
let cdn;
let browser;
let page;

before(async () => {
  // The embedded interpreter sees the packages of the active virtualenv.
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  // folium loads Leaflet from a public CDN; the test serves it (npm's leaflet) locally.
  cdn = await serveDirectory(path.join(repoRoot, 'tests/e2e/node_modules/leaflet/dist'));
  const script = writeScript(`
import folium
import numpy as np
import pandas as pd
import streamlit as st
from annotated_text import annotated_text
from st_aggrid import AgGrid, GridOptionsBuilder
from streamlit_ace import st_ace
from streamlit_folium import st_folium
from streamlit_image_coordinates import streamlit_image_coordinates
from streamlit_option_menu import option_menu
from streamlit_tags import st_tags

choice = option_menu("Menu", ["Home", "Upload", "Settings"], key="menu", orientation="horizontal")
st.text(f"menu: {choice}")
code = st_ace(value="x = 1", language="python", auto_update=True, key="ace", height=120)
st.text(f"code: {code!r}")
image = np.zeros((100, 200, 3), dtype=np.uint8)
image[:, :, 0] = 200
point = streamlit_image_coordinates(image, key="img")
st.text(f"point: {None if point is None else (point['x'], point['y'])}")

annotated_text("Hello ", ("world", "noun", "#8ef"), "!")

df = pd.DataFrame({"name": ["a", "b", "c"], "n": [1, 2, 3]})
options = GridOptionsBuilder.from_dataframe(df)
options.configure_selection("single")
options.configure_column("n", editable=True)
grid = AgGrid(df, gridOptions=options.build(), key="grid", height=160)
selected = grid.selected_rows
st.text(f"grid selected: {None if selected is None else selected.to_dict('records')}")
st.text(f"grid data: {grid.data.to_dict('list')}")

folium.Map.default_js = [("leaflet", "${cdn.url}/leaflet.js")]
folium.Map.default_css = [("leaflet_css", "${cdn.url}/leaflet.css")]
fmap = folium.Map(location=[45.5, -122.6], zoom_start=10, tiles=None)
clicked = st_folium(fmap, key="map", height=240, width=400, returned_objects=["last_clicked", "zoom"])
st.text(f"map zoom: {clicked['zoom']}")
where = clicked["last_clicked"]
st.text(f"map clicked: {None if where is None else (round(where['lat'], 1), round(where['lng'], 1))}")

tags = st_tags(label="Tags", text="Press enter", value=["one"], key="tags")
st.text(f"tags: {tags}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 2000 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
  cdn?.close();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
const frame = (name) => page.frameLocator(`iframe[data-testid="stCustomComponentV1"][title="${name}"]`);

test('every component loads from its own component origin', async () => {
  const origins = new Set();
  for (const name of [
    'streamlit_option_menu.option_menu',
    'streamlit_ace.streamlit_ace',
    'streamlit_image_coordinates.streamlit_image_coordinates',
    'st_aggrid.AgGrid.agGrid',
    'streamlit_folium.st_folium',
    'streamlit_tags.streamlit_tags',
  ]) {
    const src = await page.locator(`iframe[title="${name}"]`).getAttribute('src');
    assert.match(new URL(src).hostname, /^c[0-9a-f]{16}\.components\.localhost$/, name);
    origins.add(new URL(src).origin);
  }
  assert.equal(origins.size, 6);
});

test('streamlit-option-menu: a click comes back to the script', async () => {
  await text('menu: Home').waitFor();
  await frame('streamlit_option_menu.option_menu').locator('a', { hasText: 'Settings' }).click();
  await text('menu: Settings').waitFor();
  await waitForAppRun(page);
});

test('streamlit-ace: typed code comes back to the script', async () => {
  await text("code: 'x = 1'").waitFor();
  const editor = frame('streamlit_ace.streamlit_ace').locator('.ace_content');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('End');
  await page.keyboard.type('\ny = 2');
  await text("code: 'x = 1\\ny = 2'").waitFor({ timeout: 15_000 });
  await waitForAppRun(page);
});

test('streamlit-image-coordinates: a click on the image comes back to the script', async () => {
  await text('point: None').waitFor();
  const img = frame('streamlit_image_coordinates.streamlit_image_coordinates').locator('img');
  await img.waitFor();
  await img.click({ position: { x: 50, y: 30 } });
  await text('point: (50, 30)').waitFor();
  await waitForAppRun(page);
});

test('st-annotated-text: HTML through st.markdown, no iframe', async () => {
  const label = page.locator('[data-testid="stMarkdown"]').getByText('noun', { exact: true });
  await label.waitFor();
  // The inline styles of the annotation survive: the word sits on its colour.
  const background = await label.evaluate((el) => getComputedStyle(el.parentElement).backgroundColor);
  assert.equal(background, 'rgb(136, 238, 255)');
  assert.equal(await page.locator('iframe[title*="annotated"]').count(), 0);
});

test('streamlit-aggrid: an Arrow dataframe in, a selection and an edit back to the script', async () => {
  const grid = page.locator('iframe[title="st_aggrid.AgGrid.agGrid"]');
  // No setFrameHeight from this component: the frame takes its height= argument.
  assert.equal(await grid.getAttribute('height'), '160');
  const cells = frame('st_aggrid.AgGrid.agGrid');
  // The strings came through Arrow (pandas 3 makes them large_string; downcast for the grid's Arrow JS).
  await cells.locator('.ag-cell[col-id="name"]', { hasText: 'b' }).click();
  await text("grid selected: [{'name': 'b', 'n': 2}]").waitFor();
  await waitForAppRun(page);
  await cells.locator('.ag-row[row-index="2"] .ag-cell[col-id="n"]').dblclick();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('30');
  await page.keyboard.press('Enter');
  await text("grid data: {'name': ['a', 'b', 'c'], 'n': [1, 2, 30]}").waitFor();
  await waitForAppRun(page);
});

test('streamlit-folium: the map renders and a click comes back to the script', async () => {
  await text('map zoom: 10').waitFor();
  await text('map clicked: None').waitFor();
  const map = frame('streamlit_folium.st_folium').locator('.leaflet-container');
  await map.waitFor();
  // The map's centre is where it was opened (tiles=None: no tile server needed).
  const box = await map.boundingBox();
  await map.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await text('map clicked: (45.5, -122.6)').waitFor();
  await waitForAppRun(page);
});

test('streamlit-tags: a typed tag comes back to the script', async () => {
  await text("tags: ['one']").waitFor();
  const input = frame('streamlit_tags.streamlit_tags').locator('input.rti--input');
  await input.fill('two');
  await input.press('Enter');
  await text("tags: ['one', 'two']").waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'pypi-components');
});
