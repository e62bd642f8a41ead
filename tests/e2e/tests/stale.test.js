// While a rerun is in progress, elements it has not reached yet are marked
// stale; when it finishes, elements it did not write are removed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(
    writeScript(
      'import time\nimport streamlit as st\nslow = st.checkbox("slow")\nst.text("top")\n' +
        'if slow:\n    time.sleep(1.5)\nelse:\n    st.text("only when fast")\nst.text("bottom")\n',
    ),
  );
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('elements not yet rewritten fade, then vanish if the run drops them', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const fastOnly = page.locator('[data-testid="stElementContainer"]', { hasText: 'only when fast' });
  assert.equal(await fastOnly.getAttribute('data-stale'), 'false');
  await page.locator('[data-testid="stCheckbox"] label').click();
  await page.locator('[data-testid="stApp"][data-test-script-state="running"]').waitFor();
  await page.locator('[data-testid="stElementContainer"][data-stale="true"]', { hasText: 'only when fast' }).waitFor();
  assert.equal(
    await page.locator('[data-testid="stElementContainer"]', { hasText: 'top' }).getAttribute('data-stale'),
    'false',
    'an element the run already rewrote (unchanged) is current',
  );
  await waitForAppRun(page);
  assert.equal(await fastOnly.count(), 0, 'pruned when the run finished');
  await page.locator('[data-testid="stText"]', { hasText: 'bottom' }).waitFor();
  assert.equal(await page.locator('[data-testid="stElementContainer"][data-stale="true"]').count(), 0);
});
