// st.pyplot in a real browser: the figure is an `stImage` PNG served from the
// session's media endpoint, stretched to the column by default and at its own
// size with width="content"; several tabs plotting at once each get their own
// figure (the runner renders on several threads). Matplotlib comes from the
// test venv, as in media.test.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  browser = await launchBrowser();
  const script = writeScript(`
import matplotlib.pyplot as plt
import numpy as np
import streamlit as st

n = int(st.query_params.get("n", "3"))
fig, ax = plt.subplots(figsize=(4, 2))
ax.plot(np.arange(n), np.arange(n) ** 2, marker="o")
ax.set_title(f"{n} points")
st.pyplot(fig)
st.pyplot(fig, width="content", alt="small")
plt.close(fig)
st.text(f"plotted {n}")
`);
  served = await startApp(script);
});

after(async () => {
  await browser?.close();
  served?.stop();
});

async function openWith(n) {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1100 } });
  await page.goto(new URL(`?n=${n}`, served.url).href);
  await waitForAppRun(page);
  await page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll('[data-testid=stImage] img')];
    return imgs.length === 2 && imgs.every((i) => i.complete && i.naturalWidth > 0);
  });
  return page;
}

test('a figure renders as a PNG stretched to the column, or at its own size', async () => {
  const page = await openWith(5);
  const imgs = page.getByTestId('stImage').locator('img');
  const src = await imgs.first().getAttribute('src');
  assert.match(src, /^\/media\/[0-9a-f]+\.png$/);
  const [natural, shown] = await imgs.first().evaluate((i) => [i.naturalWidth, i.getBoundingClientRect().width]);
  // 4 inches at 200 dpi, cropped tight.
  assert.ok(natural > 600 && natural <= 800, `natural width ${natural}`);
  const column = await page.getByTestId('stElementContainer').first().evaluate((e) => e.parentElement.getBoundingClientRect().width);
  assert.equal(Math.round(shown), Math.round(column));
  const [contentNatural, contentShown, alt] = await imgs.nth(1).evaluate((i) => [i.naturalWidth, i.getBoundingClientRect().width, i.alt]);
  assert.equal(alt, 'small');
  assert.equal(Math.round(contentShown), Math.min(contentNatural, Math.round(column)));
  await screenshot(page, 'pyplot');
  await page.close();
});

test('tabs plotting at once each get their own figure', async () => {
  const pages = await Promise.all([2, 4, 6, 8].map((n) => openWith(n)));
  const sources = [];
  for (const [i, page] of pages.entries()) {
    assert.equal(await page.getByTestId('stText').innerText(), `plotted ${2 + 2 * i}`);
    sources.push(await page.getByTestId('stImage').first().locator('img').getAttribute('src'));
  }
  assert.equal(new Set(sources).size, 4, 'four different figures');
  await Promise.all(pages.map((p) => p.close()));
});
