// st.status in a real browser: a spinner while the block runs (seen while the
// script waits for the test), then 1.67's check icon from the bundled icon
// font; update() relabels and opens it in place with its content kept; an
// expander the viewer opened stays open across a rerun.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
const flags = mkdtempSync(path.join(tmpdir(), 'rustlit-status-'));

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import os, time
import streamlit as st

flag = os.path.join(${JSON.stringify(flags)}, "go")
with st.status("Working") as status:
    st.write("first step")
    while not os.path.exists(flag):
        time.sleep(0.02)
    status.update(label="Done", expanded=True)
with st.expander("More", icon=":material/info:"):
    st.write("details")
st.button("rerun")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('a running status shows a spinner, then a check, and update() opens it', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  const status = page.getByTestId('stExpander').first();
  await status.getByTestId('stExpanderIconSpinner').waitFor();
  assert.equal(await status.locator('details').getAttribute('open'), null, 'starts closed');
  await screenshot(page, 'status-running');
  writeFileSync(path.join(flags, 'go'), '');
  await waitForAppRun(page);
  const check = status.getByTestId('stExpanderIconCheck');
  assert.equal(await check.innerText(), 'check');
  assert.equal(await status.getByTestId('stExpanderIconSpinner').count(), 0);
  assert.equal(await status.locator('summary').innerText(), 'check\nDone');
  assert.notEqual(await status.locator('details').getAttribute('open'), null, 'update(expanded=True) opened it');
  assert.equal(await status.getByTestId('stExpanderDetails').innerText(), 'first step');

  // The viewer's choice for a plain expander survives a rerun.
  const more = page.getByTestId('stExpander').nth(1);
  assert.equal(await more.getByTestId('stExpanderIcon').innerText(), 'info');
  await more.locator('summary').click();
  await page.getByTestId('stButton').locator('button').click();
  await waitForAppRun(page);
  assert.notEqual(await more.locator('details').getAttribute('open'), null);
  await screenshot(page, 'status');
  await page.close();
});
