// st.chat_input with accept_file in headless Chromium: attached files upload
// right away, go with the message, reach the script as UploadedFiles, and a
// file of a type the widget does not take is refused in the page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;
const dir = mkdtempSync(path.join(tmpdir(), 'rustlit-chat-files-'));
const file = (name, content) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

before(async () => {
  const script = writeScript(`
import streamlit as st

msg = st.chat_input("Ask about a file", accept_file="multiple", file_type=["txt", "csv"])
if msg:
    st.text("got " + msg.text + " + " + ",".join(f"{f.name}:{f.getvalue().decode()}" for f in msg.files))
else:
    st.text("nothing yet")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });

test('attached files go with the message', async () => {
  const chat = page.getByTestId('stChatInput');
  await chat.getByTestId('stChatInputFileInput').setInputFiles([file('notes.txt', 'hello'), file('data.csv', 'a,b')]);
  await chat.getByTestId('stFileChip').nth(1).getByText('3.0B').waitFor();
  await chat.getByTestId('stChatInputTextArea').fill('summarise');
  await screenshot(page, 'chat-input-files');
  await chat.getByTestId('stChatInputTextArea').press('Enter');
  await shows('got summarise + notes.txt:hello,data.csv:a,b');
  await chat.getByTestId('stFileChip').first().waitFor({ state: 'detached' });
});

test('a file of another type is refused before it is sent', async () => {
  const chat = page.getByTestId('stChatInput');
  await chat.getByTestId('stChatInputFileInput').setInputFiles(file('run.exe', 'MZ'));
  await chat.getByText('exe files are not allowed.').waitFor();
  await chat.getByTestId('stChatInputTextArea').fill('only text');
  await chat.getByTestId('stChatInputTextArea').press('Enter');
  await shows('got only text + ');
});
