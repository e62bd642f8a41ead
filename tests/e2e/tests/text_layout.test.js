// 1.67's text options in a real browser: `text_alignment` on every text
// element (the element container's text-align; headings are centred or pushed
// right), heading icons (`stHeadingIconWrapper` before the text, emoji or
// Material), `wrap=False` (one line, cut with an ellipsis, the whole text as
// the tooltip), and `#` headings in markdown with an id and a hover link unless
// `anchors=False`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

st.title("Centred title", icon=":material/info:", text_alignment="center")
st.header("Rocket header", icon="🚀", divider="blue")
st.subheader("Right subheader", text_alignment="right")
st.markdown("Justified markdown. " * 30, text_alignment="justify")
st.caption("Centred caption", text_alignment="center")
st.markdown("Cut **markdown** " + "long line " * 60, wrap=False)
st.text("Cut text " + "word " * 80, wrap=False)
st.title("Cut title " + "word " * 40, wrap=False)
st.text("Wrapped text " + "word " * 80)
st.markdown("# Linked heading\\n\\nbody")
st.markdown("## Unlinked heading", anchors=False)
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('alignment, icons, one-line text and markdown anchors', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const container = (testId, text) =>
    page.getByTestId('stElementContainer').filter({ has: page.getByTestId(testId).filter({ hasText: text }) });

  // The container carries the alignment, as 1.67's does.
  const align = (locator) => locator.evaluate((e) => getComputedStyle(e).textAlign);
  assert.equal(await align(container('stHeading', 'Centred title')), 'center');
  assert.equal(await align(container('stHeading', 'Rocket header')), 'start');
  assert.equal(await align(container('stMarkdown', 'Justified')), 'justify');
  assert.equal(await align(container('stMarkdown', 'Centred caption')), 'center');
  // ...and the heading's text really moves: centred in the column, or at its right end.
  const main = await page.getByTestId('stMainBlockContainer').boundingBox();
  const title = await page.locator('h1', { hasText: 'Centred title' }).locator('[data-heading-text]').boundingBox();
  const titleMiddle = title.x + title.width / 2;
  assert.ok(Math.abs(titleMiddle - (main.x + main.width / 2)) < 60, `title centred (${titleMiddle} vs ${main.x + main.width / 2})`);
  const right = await page.locator('h3', { hasText: 'Right subheader' }).locator('[data-heading-text]').boundingBox();
  assert.ok(right.x > main.x + main.width / 2, 'the right-aligned subheader starts in the right half');

  // Icons sit before the heading's text, at the heading's size.
  const icons = page.getByTestId('stHeadingIconWrapper');
  assert.equal(await icons.count(), 2);
  assert.equal(await page.locator('h1').first().getByTestId('stHeadingIcon').innerText(), 'info');
  assert.equal(await page.locator('h2', { hasText: 'Rocket header' }).getByTestId('stHeadingIcon').innerText(), '🚀');
  const icon = await icons.first().boundingBox();
  assert.ok(icon.x + icon.width <= title.x, 'the icon is left of the text');
  assert.ok(icon.height >= 30, `the icon is heading-sized (${icon.height}px)`);

  // wrap=False: one line with an ellipsis, the whole text as the tooltip.
  for (const [selector, start] of [
    ['[data-testid="stMarkdown"] .st-truncate', 'Cut markdown long line'],
    ['[data-testid="stText"] .st-truncate', 'Cut text word'],
    ['h1 .st-truncate', 'Cut title word'],
  ]) {
    const cut = page.locator(selector);
    await cut.waitFor();
    const shape = await cut.evaluate((e) => {
      // The box whose text is cut: a paragraph of a markdown body, else the line itself.
      const line = e.querySelector('p') ?? e;
      return { height: e.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(line).lineHeight), overflow: line.scrollWidth > line.clientWidth, title: e.title };
    });
    assert.ok(shape.height < shape.lineHeight * 1.6, `${start}: one line (${shape.height}px)`);
    assert.ok(shape.overflow, `${start}: the rest is cut`);
    assert.ok(shape.title.startsWith(start), `${start}: tooltip ${JSON.stringify(shape.title.slice(0, 40))}`);
  }
  const wrapped = await page.getByTestId('stText').filter({ hasText: 'Wrapped text' }).boundingBox();
  assert.ok(wrapped.height > 40, 'without wrap=False long text wraps');

  // Markdown headings: an id from the text; the hover link only with anchors.
  const linked = page.locator('[data-testid="stMarkdown"] h1#linked-heading');
  await linked.hover();
  const link = linked.getByTestId('stHeaderActionElements').locator('a');
  assert.equal(await link.getAttribute('href'), '#linked-heading');
  assert.equal(await link.evaluate((e) => getComputedStyle(e.parentElement).visibility), 'visible');
  const unlinked = page.locator('[data-testid="stMarkdown"] h2#unlinked-heading');
  await unlinked.waitFor();
  assert.equal(await unlinked.getByTestId('stHeaderActionElements').count(), 0);

  await screenshot(page, 'text_layout');
  await page.close();
});
