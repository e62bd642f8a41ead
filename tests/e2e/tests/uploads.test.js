// st.file_uploader in headless Chromium: pick files, see them as chips, the
// script reads their bytes; remove one; a refused type or size never leaves
// the page; a form holds its files until submit; an upload without the
// XSRF token is refused.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;
const dir = mkdtempSync(path.join(tmpdir(), 'rustlit-uploads-'));
const file = (name, content) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

before(async () => {
  const script = writeScript(`
import streamlit as st

csv = st.file_uploader("Upload a CSV", type="csv", help="one table")
st.text(f"csv={csv.name}:{csv.getvalue().decode()}" if csv else "csv=none")
many = st.file_uploader("Many files", accept_multiple_files=True, max_upload_size=1)
st.text("many=" + ",".join(f"{f.name}:{f.size}" for f in many))
with st.form("f"):
    inside = st.file_uploader("Form file")
    st.form_submit_button("Send")
st.text(f"form={inside.name if inside else 'none'}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });
const uploader = (label) => page.locator('[data-testid="stFileUploader"]', { hasText: label });

test('the empty uploader shows its button and limits', async () => {
  const csv = uploader('Upload a CSV');
  assert.equal(await csv.getByTestId('stFileUploaderDropzoneInstructions').innerText(), '200MB per file • CSV');
  assert.equal(await csv.getByTestId('stFileUploaderDropzoneInput').getAttribute('accept'), '.csv');
  assert.equal(await uploader('Many files').getByTestId('stFileUploaderDropzoneInstructions').innerText(), '1MB per file');
  await screenshot(page, 'file-uploader-empty');
});

test('a picked file goes up and the script reads it; a second one replaces it', async () => {
  const csv = uploader('Upload a CSV');
  await csv.getByTestId('stFileUploaderDropzoneInput').setInputFiles(file('scores.csv', 'a,b\n1,2\n'));
  await shows('csv=scores.csv:a,b');
  assert.equal(await csv.getByTestId('stFileChipName').innerText(), 'scores.csv');
  await csv.getByTestId('stFileUploaderDropzoneInput').setInputFiles(file('other.csv', 'z\n'));
  await shows('csv=other.csv:z');
  assert.equal(await csv.getByTestId('stFileChip').count(), 1);
  await screenshot(page, 'file-uploader-one');
  await csv.getByRole('button', { name: 'Remove other.csv' }).click();
  await shows('csv=none');
});

test('several files, a remove, and files refused in the page', async () => {
  const many = uploader('Many files');
  const input = many.getByTestId('stFileUploaderDropzoneInput');
  await input.setInputFiles([file('a.txt', 'aaa'), file('b.txt', 'bb')]);
  await shows('many=a.txt:3,b.txt:2');
  await input.setInputFiles(file('big.bin', Buffer.alloc(1024 * 1024 + 1)));
  await many.getByText('File must be 1MB or smaller.').waitFor();
  await many.getByRole('button', { name: 'Remove a.txt' }).click();
  await shows('many=b.txt:2');
  await screenshot(page, 'file-uploader-many');
  const csv = uploader('Upload a CSV');
  await csv.getByTestId('stFileUploaderDropzoneInput').setInputFiles(file('notes.txt', 'x'));
  await csv.getByText('txt files are not allowed.').waitFor();
  await shows('csv=none');
});

test('inside a form the file waits for the submit', async () => {
  const form = uploader('Form file');
  await form.getByTestId('stFileUploaderDropzoneInput').setInputFiles(file('report.pdf', '%PDF-1.4'));
  await form.getByTestId('stFileChipName').waitFor();
  await shows('form=none');
  await page.getByRole('button', { name: 'Send' }).click();
  await shows('form=report.pdf');
});

test('a PUT that carries the cookie but not the token header is refused', async () => {
  // What a forged request from another site looks like at best: the browser
  // attaches the app's cookies, but only the page can read one into the header.
  const status = await page.evaluate(async () => {
    const res = await fetch('_stcore/upload_file/x/y', { method: 'PUT', body: new FormData() });
    return res.status;
  });
  assert.equal(status, 403);
});
