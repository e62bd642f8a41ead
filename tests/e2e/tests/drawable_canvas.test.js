// streamlit-drawable-canvas 0.9.3 from PyPI, unmodified: it imports
// `streamlit.elements.image` and stores its background image through
// `image_to_url`, then its iframe loads that "/media/..." URL from the app's
// origin (the `streamlitUrl` parameter). The background must arrive and the
// canvas must send its drawing back.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import numpy as np
import streamlit as st
from PIL import Image
from streamlit_drawable_canvas import st_canvas

background = Image.fromarray(np.full((100, 150, 3), (255, 0, 0), dtype=np.uint8))
result = st_canvas(background_image=background, height=100, width=150, key="canvas", drawing_mode="freedraw")
st.text(f"image data: {None if result.image_data is None else result.image_data.shape}")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('the canvas shows its background from the media store and sends its drawing', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 500 } });
  const background = page.waitForResponse((r) => r.url().includes('/media/'));
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByTestId('stText').filter({ hasText: 'image data: (100, 150, 4)' }).waitFor();
  assert.ok((await page.frameLocator('iframe').first().locator('canvas.upper-canvas').count()) > 0, 'the canvas is drawn');
  const response = await background;
  const url = new URL(response.url());
  assert.equal(url.origin, new URL(served.url).origin, 'fetched from the app, not the component origin');
  assert.match(url.pathname, /^\/media\/[0-9a-f]+\.png$/);
  assert.deepEqual([response.status(), response.headers()['content-type']], [200, 'image/png']);
  await screenshot(page, 'drawable-canvas');
  await page.close();
});
