// Measured against 1.67 on the same script: headings' element heights (a heading's bottom padding
// stands in for the gap to the next element, so st.title's element is 16px shorter than its h1),
// markdown headings' paddings, a header's divider; and `with st.skeleton()`, which 1.67 shows
// only once the block has run for half a second (a fast block never shows one).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import time
import streamlit as st

st.title("Title")
st.header("Header")
st.subheader("Subheader")
st.markdown("# md h1\\n## md h2\\n### md h3\\n#### md h4\\ntext")
st.header("Header div", divider=True)
st.markdown("##### md h5\\n###### md h6")
st.text("after")
with st.skeleton():
    pass  # no sleep: on a loaded 2-core CI machine even a short one can outlast the half second
st.text("fast done")
with st.skeleton():
    time.sleep(2)
st.text("slow done")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test("headings are spaced as in 1.67, and a with-block's skeleton waits half a second", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  // Every skeleton the page ever shows, with the texts present when it appeared.
  await page.addInitScript(() => {
    window.__skeletons = [];
    new MutationObserver(() => {
      for (const s of document.querySelectorAll('[data-testid="stSkeletonElement"]')) {
        if (s.__seen) continue;
        s.__seen = true;
        window.__skeletons.push([...document.querySelectorAll('[data-testid="stText"]')].map((t) => t.textContent));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(app.url);
  await waitForAppRun(page);
  const heights = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="stElementContainer"]')].slice(0, 6).map((e) => Math.round(e.getBoundingClientRect().height * 10) / 10));
  // 1.67: title 72.8, header 59.2, subheader 45.6, the h1-h4 body 304, header with divider 69.2,
  // the h5/h6 body 69.2.
  assert.deepEqual(heights, [72.8, 59.2, 45.6, 304, 69.2, 69.2]);
  const pads = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.tagName} ${getComputedStyle(h).paddingTop}`));
  assert.deepEqual(pads, ['H1 20px', 'H2 16px', 'H3 12px', 'H1 20px', 'H2 16px', 'H3 12px', 'H4 8px', 'H2 16px', 'H5 6px', 'H6 4px']);
  // Only the slow block showed its skeleton, after the fast block had finished: `with
  // st.skeleton():` writes no skeleton before the held one, so none can flash, however busy.
  const seen = await page.evaluate(() => window.__skeletons);
  assert.equal(seen.length, 1, JSON.stringify(seen));
  assert.ok(seen[0].includes('fast done') && !seen[0].includes('slow done'), JSON.stringify(seen));
  assert.equal(await page.locator('[data-testid="stSkeleton"], [data-testid="stSkeletonElement"]').count(), 0);
  await screenshot(page, 'page-spacing');
  await page.close();
});
