// A dropped connection resumes the same session: widget values and
// session_state survive, and the page does not start over.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { startProxy } from '../lib/proxy.js';

let browser;
let served;
let proxy;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(
    writeScript(
      "import streamlit as st\nst.session_state.setdefault('runs', 0)\nst.session_state.runs += 1\n" +
        "name = st.text_input('name')\nst.button('again')\nst.write(f'runs={st.session_state.runs} name={name}')\n",
    ),
  );
  proxy = await startProxy(served.port);
});

after(async () => {
  await browser?.close();
  proxy?.close();
  served?.stop();
});

test('after a dropped socket the page resumes its session with its state', async () => {
  const page = await browser.newPage();
  await page.goto(proxy.url);
  await waitForAppRun(page);
  const input = page.locator('[data-testid="stTextInput"] input');
  await input.fill('ada');
  await input.press('Enter');
  await waitForAppRun(page);
  await page.locator('[data-testid="stMarkdown"]', { hasText: 'runs=2 name=ada' }).waitFor();

  proxy.cut();
  await page.locator('[data-testid="stConnectionBanner"]').waitFor();
  await page.locator('[data-testid="stApp"][data-test-connection-state="CONNECTED"]').waitFor({ timeout: 20_000 });
  await waitForAppRun(page);
  assert.equal(await page.locator('[data-testid="stConnectionBanner"]').count(), 0);
  // The same session: no new run on reconnect, and the next run continues the count.
  await page.locator('[data-testid="stMarkdown"]', { hasText: 'runs=2 name=ada' }).waitFor();
  await page.locator('[data-testid="stButton"] button').click();
  await waitForAppRun(page);
  await page.locator('[data-testid="stMarkdown"]', { hasText: 'runs=3 name=ada' }).waitFor();
});
