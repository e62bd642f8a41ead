// What a user sees when a script fails, is stopped, or the server goes away.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const app = async (source, args) => {
  const script = writeScript(source);
  const served = await startApp(script, args);
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  await page.goto(served.url);
  return { script, served, page };
};

test('an uncaught exception shows its traceback in the page, as Streamlit 1.67 places it', async () => {
  const { served, page } = await app(
    "import streamlit as st\nst.text('before')\nwith st.expander('box', expanded=True):\n    1 / 0\n",
  );
  try {
    await waitForAppRun(page);
    // 1.67 renders it after the `with` blocks it escaped from have exited.
    const exception = page.locator('[data-testid="stException"]');
    await exception.waitFor();
    assert.equal(await page.locator('[data-testid="stExpander"] [data-testid="stException"]').count(), 0);
    assert.match(await exception.locator('[data-testid="stExceptionMessage"]').innerText(), /division by zero/);
    assert.ok((await exception.locator('[data-testid="stExceptionTraceRow"]').count()) > 0);
    await screenshot(page, 'exception');
  } finally {
    served.stop();
  }
});

test('a syntax error shows a compile error and keeps the page', async () => {
  const { script, served, page } = await app("import streamlit as st\nst.text('kept')\n");
  try {
    await waitForAppRun(page);
    writeFileSync(script, "import streamlit as st\nst.text('kept'\n");
    await page.locator('[data-testid="stApp"]').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('r');
    await page.locator('[data-testid="stApp"][data-test-script-state="compilationError"]').waitFor();
    await page.getByText('SyntaxError').first().waitFor();
    assert.equal(await page.locator('[data-testid="stText"]', { hasText: 'kept' }).count(), 1);
    await screenshot(page, 'compile-error');
  } finally {
    served.stop();
  }
});

test('the Stop button stops a long run', async () => {
  const { served, page } = await app(
    "import streamlit as st, time\nst.text('working')\nfor i in range(3000):\n    time.sleep(0.01)\n    st.empty()\nst.text('finished')\n",
  );
  try {
    await page.locator('[data-testid="stApp"][data-test-script-state="running"]').waitFor();
    await page.locator('[data-testid="stText"]', { hasText: 'working' }).waitFor();
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').waitFor({ timeout: 5000 });
    assert.equal(await page.locator('[data-testid="stText"]', { hasText: 'finished' }).count(), 0);
  } finally {
    served.stop();
  }
});

test('a lost connection shows a banner and the page reconnects', async () => {
  const source = "import streamlit as st\nst.text_input('name', key='name')\nst.write('ready')\n";
  const { script, served, page } = await app(source);
  let restarted;
  try {
    await waitForAppRun(page);
    served.stop();
    await served.exited;
    await page.locator('[data-testid="stConnectionBanner"]', { hasText: 'Connection lost' }).waitFor();
    assert.notEqual(await page.locator('[data-testid="stApp"]').getAttribute('data-test-connection-state'), 'CONNECTED');
    restarted = await startApp(script, ['--server.port', String(served.port)]);
    await waitForAppRun(page);
    await page.locator('[data-testid="stMarkdown"]', { hasText: 'ready' }).waitFor();
    assert.equal(await page.locator('[data-testid="stConnectionBanner"]').count(), 0);
  } finally {
    restarted?.stop();
  }
});
