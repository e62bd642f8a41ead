// st.pagination in a real browser: the page buttons 1.67 shows around the
// current page, a click and the arrows set the page the script reads, and the
// previous arrow is disabled on the first page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

page = st.pagination(20, default=10, key="pages")
st.write(f"Showing page {page}")
st.pagination(3, key="short")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

const shown = (nav) =>
  nav.locator('[data-testid^="stPagination"]').evaluateAll((items) =>
    items
      .map((x) => ({ stPaginationPrev: '<', stPaginationNext: '>', stPaginationEllipsis: '…', stPaginationPageActive: `[${x.textContent}]` })[x.dataset.testid] ?? x.textContent)
      .join(' '),
  );

test('pages are chosen by number and by arrow, and the script reads them', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const pages = page.locator('.st-key-pages [data-testid="stPagination"]');
  await pages.waitFor();
  assert.equal(await shown(pages), '< 1 … 9 [10] 11 … 20 >');
  await screenshot(page, 'pagination');

  await pages.getByRole('button', { name: 'Page 20' }).click();
  await page.getByText('Showing page 20').waitFor();
  assert.equal(await shown(pages), '< 1 … 16 17 18 19 [20] >');
  assert.ok(await pages.getByRole('button', { name: 'Next page' }).isDisabled());

  await pages.getByRole('button', { name: 'Previous page' }).click();
  await page.getByText('Showing page 19').waitFor();
  assert.equal(await pages.getByTestId('stPaginationPageActive').getAttribute('aria-current'), 'page');

  const short = page.locator('.st-key-short [data-testid="stPagination"]');
  assert.equal(await shown(short), '< [1] 2 3 >');
  assert.ok(await short.getByRole('button', { name: 'Previous page' }).isDisabled());
  await page.close();
});
