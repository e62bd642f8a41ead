// Cached functions in a real browser, as in 1.67: a spinner shows while a miss
// computes (the function waits on a file the test creates, so the test sees
// it without timing anything), and the main menu's "Clear cache" (or the "c"
// key) opens the "Clear caches" confirmation, after which the next run
// computes again.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-cache-'));
const gate = path.join(dir, 'gate');
const runs = path.join(dir, 'runs');

before(async () => {
  browser = await launchBrowser();
  writeFileSync(runs, '');
  served = await startApp(writeScript(`
import pathlib
import time
import streamlit as st

gate = pathlib.Path(${JSON.stringify(gate)})
runs = pathlib.Path(${JSON.stringify(runs)})

@st.cache_data(show_spinner="Loading the data...", show_time=True)
def load():
    with runs.open("a") as f:
        f.write("x")
    while not gate.exists():  # the test opens the gate
        time.sleep(0.02)
    return 42

st.write("above")
st.write(f"value={load()} runs={len(runs.read_text())}")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('a spinner shows while the cached function computes, then the value', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(served.url);
  const spinner = page.locator('.stCacheSpinner');
  await spinner.waitFor();
  assert.match(await spinner.innerText(), /Loading the data\.\.\./);
  assert.equal(await page.getByTestId('stSpinner').count(), 1);
  // It overlays what follows instead of pushing it down: its container takes no height.
  const box = await page.locator('[data-testid="stElementContainer"]:has(> .stCacheSpinner)').boundingBox();
  assert.equal(box?.height, 0);
  await screenshot(page, 'cache_spinner');
  writeFileSync(gate, '');
  await page.getByText('value=42 runs=1').waitFor();
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stSpinner').count(), 0);
  await page.close();
});

test('"Clear cache" from the menu and the "c" key clear the caches; the next run computes again', async () => {
  writeFileSync(gate, '');
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByText(/value=42 runs=\d/).waitFor();
  const before = readFileSync(runs, 'utf8').length;
  // A rerun hits the cache.
  await page.keyboard.press('r');
  await waitForAppRun(page);
  assert.equal(readFileSync(runs, 'utf8').length, before);

  await page.getByTestId('stMainMenuButton').click();
  await page.getByTestId('stMainMenuItem-clearCache').click();
  // 1.67 wraps its modal in a \`stClearCacheDialog\` box; the modal itself is the dialog.
  const dialog = page.getByTestId('stClearCacheDialog').getByRole('dialog', { name: 'Clear caches' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Are you sure you want to clear the app's function caches\?/);
  await screenshot(page, 'clear_cache_dialog');
  await dialog.getByRole('button', { name: 'Clear caches' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.keyboard.press('r');
  await page.getByText(`value=42 runs=${before + 1}`).waitFor();

  // The "c" key opens the same confirmation; Cancel keeps the caches.
  await page.keyboard.press('c');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.keyboard.press('r');
  await waitForAppRun(page);
  assert.equal(readFileSync(runs, 'utf8').length, before + 1);
  await page.close();
});
