// st.write_stream in a real browser: text appears chunk by chunk while the
// script is still running (the generator waits for the test between chunks,
// so nothing here depends on timing), with the cursor after the text and an
// unterminated `**bold` already shown bold; the finished text has no cursor.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
const flags = mkdtempSync(path.join(tmpdir(), 'rustlit-stream-'));

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import os, time
import streamlit as st

def wait_for(name):
    # The test creates the file once it has seen the text so far.
    while not os.path.exists(os.path.join(${JSON.stringify(flags)}, name)):
        time.sleep(0.02)

def reply():
    yield "Hello"
    wait_for("one")
    yield " **wor"
    wait_for("two")
    yield "ld**, done."

st.write_stream(reply, cursor="▌")
st.text("after the stream")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('chunks show while the script runs, then the final text', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  const body = page.getByTestId('stMarkdownContainer').first();
  await body.getByText('Hello', { exact: true }).waitFor();
  assert.equal(await page.getByText('after the stream').count(), 0, 'the script is still running');
  writeFileSync(path.join(flags, 'one'), '');
  await page.waitForFunction(() => document.querySelector('[data-testid=stMarkdownContainer]')?.textContent === 'Hello wor▌');
  // The bold the chunk opened is closed for display (after the cursor, as in 1.67).
  assert.equal(await body.locator('strong').innerText(), 'wor▌');
  await screenshot(page, 'write_stream-midway');
  writeFileSync(path.join(flags, 'two'), '');
  await waitForAppRun(page);
  await page.getByText('after the stream').waitFor();
  assert.equal(await body.innerText(), 'Hello world, done.');
  assert.equal(await body.locator('strong').innerText(), 'world');
  await page.close();
});
