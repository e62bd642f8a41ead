// Streamlit's markdown extensions in a real browser, everywhere markdown is
// accepted (body, headings, labels, buttons, captions): colours and
// backgrounds with 1.67's colours, badges, `:small[]`, `:color[]{...}`,
// `:help[]`, Material icons drawn by the bundled icon font, emoji
// shortcodes, inline maths, arrows; block syntax in a label stays text; the
// maths and emoji chunks are fetched only by pages that need them; a
// `:color[]` attribute cannot smuggle CSS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let plain;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

st.markdown(":red[red] :green-background[green bg] :rainbow[rainbow] :blue-badge[badge] :small[small]")
st.markdown(":color[fg]{foreground='#ff00ff'} :color[evil]{foreground='red; background-image: url(/x)'} :unknown[lost] 10:30")
st.markdown("Icons :material/home: and :smile: a -> b, maths $x^2$ and [a -> b](https://example.org)")
st.markdown("See :help[the details] here")
st.header(":material/info: Heading :blue[blue]")
st.button(":red[Red] :material/delete: button")
st.checkbox("- list label # h")
st.caption(":violet[caption] :material/star:")
`));
  plain = await startApp(writeScript('import streamlit as st\nst.markdown(":red[no maths or emoji here] 12:30")\n'));
});

after(async () => {
  await browser?.close();
  served?.stop();
  plain?.stop();
});

const colorOf = (locator) => locator.evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]);

test('colours, badges, icons, emoji, maths and arrows render as in 1.67', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(served.url);
  await waitForAppRun(page);
  // The run counts as finished only once the maths and emoji chunks are in: no skeleton is left.
  assert.equal(await page.getByTestId('stSkeleton').count(), 0);
  assert.equal(await page.locator('.katex').count(), 1);
  const bodies = page.getByTestId('stMarkdownContainer');

  const first = bodies.nth(0);
  assert.deepEqual(await colorOf(first.locator('.stMarkdownColoredText', { hasText: 'red' }).first()), ['rgb(158, 48, 59)', 'rgba(0, 0, 0, 0)']);
  assert.deepEqual(await colorOf(first.locator('.stMarkdownColoredBackground')), ['rgb(47, 45, 43)', 'rgb(241, 251, 246)']);
  assert.match(await first.locator('.stMarkdownColoredText', { hasText: 'rainbow' }).evaluate((e) => getComputedStyle(e).backgroundImage), /^linear-gradient/);
  assert.deepEqual(await colorOf(first.locator('.stMarkdownBadge')), ['rgb(36, 79, 180)', 'rgb(237, 245, 255)']);
  assert.equal(await first.getByText('small', { exact: true }).evaluate((e) => getComputedStyle(e).fontSize), '14px');

  const second = bodies.nth(1);
  assert.deepEqual(await colorOf(second.locator('.stMarkdownColoredText', { hasText: 'fg' })), ['rgb(255, 0, 255)', 'rgba(0, 0, 0, 0)']);
  // An attribute that is not one colour is dropped, so no request for /x is made.
  assert.equal(await second.getByText('evil').evaluate((e) => e.getAttribute('style')), null);
  assert.match(await second.innerText(), /:unknown 10:30$/);

  const third = bodies.nth(2);
  const icon = third.locator('.st-icon-material');
  assert.equal(await icon.getAttribute('aria-label'), 'home icon');
  await page.evaluate(() => document.fonts.ready);
  assert.ok(await page.evaluate(() => document.fonts.check('16px "Material Symbols Rounded"', 'home')), 'the icon font is loaded');
  // A ligature: the word "home" draws one glyph about as wide as it is tall.
  const box = await icon.boundingBox();
  assert.ok(box.width < 1.5 * box.height, `icon is ${box.width}x${box.height}`);
  const text = await third.innerText();
  assert.match(text, /😄 a → b, maths/);
  assert.match(await third.locator('a').innerText(), /^a -> b$/);
  assert.equal(await third.locator('.katex annotation').textContent(), 'x^2');

  await bodies.nth(3).getByTestId('stTooltipHoverTarget').hover();
  await page.getByTestId('stTooltipContent').getByText('the details').waitFor();

  const heading = page.getByTestId('stHeading');
  assert.equal(await heading.locator('.st-icon-material').innerText(), 'info');
  assert.deepEqual(await colorOf(heading.locator('.stMarkdownColoredText')), ['rgb(36, 79, 180)', 'rgba(0, 0, 0, 0)']);
  const button = page.getByTestId('stButton');
  assert.equal(await button.locator('.st-icon-material').innerText(), 'delete');
  assert.equal(await button.locator('.stMarkdownColoredText').innerText(), 'Red');
  const label = page.getByTestId('stCheckbox').getByTestId('stMarkdownContainer');
  assert.equal(await label.innerText(), '- list label # h');
  assert.equal(await label.locator('li, h1').count(), 0);
  assert.equal(await page.getByTestId('stCaptionContainer').locator('.st-icon-material').innerText(), 'star');

  assert.ok(requests.some((u) => /\/assets\/math-[^/]+\.js$/.test(u)), 'the maths chunk was fetched');
  assert.ok(requests.some((u) => /\/assets\/emoji-[^/]+\.js$/.test(u)), 'the emoji chunk was fetched');
  assert.ok(!requests.some((u) => u.endsWith('/x')), 'no request from a smuggled url()');
  await screenshot(page, 'markdown');
  await page.close();
});

test('a page without maths, emoji or icons downloads none of them', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(plain.url);
  await waitForAppRun(page);
  await page.locator('.stMarkdownColoredText', { hasText: 'no maths or emoji here' }).waitFor();
  assert.deepEqual(requests.filter((u) => /math-|emoji-|katex|material-symbols/i.test(u)), []);
  await page.close();
});
