// Saving the script while the page is open: the header offers Rerun and
// Always rerun; after Always rerun, later saves rerun by themselves until the
// main menu's Run on save turns it off.
import { writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let script;

before(async () => {
  browser = await launchBrowser();
  script = writeScript("import streamlit as st\nst.text('version 1')\n");
  served = await startApp(script);
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('a saved script offers Rerun, and Always rerun keeps the page current', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const status = page.locator('[data-testid="stStatusWidget"]');

  writeFileSync(script, "import streamlit as st\nst.text('version 2')\n");
  await status.getByRole('button', { name: 'Rerun', exact: true }).click();
  await waitForAppRun(page);
  await page.locator('[data-testid="stText"]', { hasText: 'version 2' }).waitFor();

  writeFileSync(script, "import streamlit as st\nst.text('version 3')\n");
  await status.getByRole('button', { name: 'Always rerun' }).click();
  await page.locator('[data-testid="stText"]', { hasText: 'version 3' }).waitFor();
  await waitForAppRun(page);

  writeFileSync(script, "import streamlit as st\nst.text('version 4')\n");
  await page.locator('[data-testid="stText"]', { hasText: 'version 4' }).waitFor();
  await waitForAppRun(page);

  // The main menu shows the setting and turns it off again.
  await page.getByTestId('stMainMenuButton').click();
  const item = page.getByTestId('stMainMenuRunOnSave');
  await item.waitFor();
  if ((await item.getAttribute('aria-checked')) !== 'true') throw new Error('Run on save should be on');
  await item.click();
  writeFileSync(script, "import streamlit as st\nst.text('version 5')\n");
  await status.getByRole('button', { name: 'Rerun', exact: true }).waitFor();
  await page.locator('[data-testid="stText"]', { hasText: 'version 4' }).waitFor();
});
