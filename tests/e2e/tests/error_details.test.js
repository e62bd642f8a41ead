// client.showErrorDetails in the page a viewer sees (SECURITY.md §5 case 45):
// "full" shows the exception as Streamlit does; "none" shows that the app
// failed and nothing of the exception, its message or its trace.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
const apps = [];
const script = writeScript(`
import streamlit as st

st.text("before the error")
raise ValueError("secret-token-42")
`);

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const app of apps) app.stop();
});

async function pageText(mode) {
  const app = await startApp(script, ['--client.showErrorDetails', mode]);
  apps.push(app);
  const page = await browser.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.locator('[data-testid="stException"]').waitFor();
  const text = await page.locator('body').innerText();
  await page.close();
  return text;
}

test('"full" shows the exception, its message and its trace', async () => {
  const text = await pageText('full');
  assert.match(text, /ValueError/);
  assert.match(text, /secret-token-42/);
  assert.match(text, /before the error/);
});

test('"none" shows that the app failed and nothing of the exception', async () => {
  const text = await pageText('none');
  assert.match(text, /before the error/);
  assert.doesNotMatch(text, /secret-token-42|ValueError|Traceback|raise /);
});
