// st.download_button in headless Chromium: a click saves the file under its
// name with the script's bytes, reruns once (or not, with on_click="ignore"),
// and a non-ASCII file name survives the trip.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs={st.session_state.runs}")
csv = "name,score\\nAda,3\\n"
clicked = st.download_button("Download CSV", csv, file_name="scores.csv", mime="text/csv", type="primary")
st.text(f"clicked={clicked}")
st.download_button("Quiet download", b"\\x00\\x01\\x02", file_name="données.bin", on_click="ignore")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 600 } });
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });

test('a click saves the file and reruns once with the button True', async () => {
  await shows('runs=1');
  const button = page.locator('[data-testid="stDownloadButton"] button', { hasText: 'Download CSV' });
  assert.equal(await button.getAttribute('data-testid'), 'stBaseButton-primary');
  await screenshot(page, 'download-button');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'scores.csv');
  assert.equal(await readFile(await download.path(), 'utf8'), 'name,score\nAda,3\n');
  await waitForAppRun(page);
  await shows('runs=2');
  await shows('clicked=True');
});

test('on_click="ignore" downloads without a rerun; a non-ASCII name survives', async () => {
  const button = page.locator('[data-testid="stDownloadButton"] button', { hasText: 'Quiet download' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), 'données.bin');
  assert.deepEqual([...(await readFile(await download.path()))], [0, 1, 2]);
  await page.waitForTimeout(500);
  await shows('runs=2');
});
