// st.badge, st.latex, st.space and st.echo in a real browser, with the DOM
// and sizes Streamlit 1.67 shows: badges are `span.stMarkdownBadge` pills in
// markdown, st.latex is KaTeX display math (its code and fonts fetched only
// by a page that shows one), st.space is an empty `stSpace` box of the given
// height, and st.echo shows the block's code (`stCode`) above its output.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let plain;

before(async () => {
  browser = await launchBrowser();
  const script = writeScript(`
import streamlit as st

st.badge("New")
st.badge("Success", icon=":material/check:", color="green")
st.badge("Hot", icon="🔥", color="red", help="Some help")
st.markdown("Inline :violet-badge[**Favorite**] and :orange-badge[⚠️ Needs review] \`:red-badge[code]\`")
st.latex(r"a + ar + a r^2 + a r^3 + \\cdots + a r^{n-1} = \\sum_{k=0}^{n-1} ar^k")
st.latex(r"\\frac{1}{2", help="Broken on purpose")
st.write("before space")
st.space("large")
st.write("after space")
st.space(30)
with st.echo():
    st.write("echoed")
`);
  served = await startApp(script);
  plain = await startApp(writeScript('import streamlit as st\nst.badge("no maths here")\n'));
});

after(async () => {
  await browser?.close();
  served?.stop();
  plain?.stop();
});

test('badges, LaTeX, spaces and echoed code', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(served.url);
  await waitForAppRun(page);

  const badges = page.locator('.stMarkdownBadge');
  // A Material icon is its name drawn as a ligature of the icon font, as in 1.67.
  assert.deepEqual(await badges.allInnerTexts(), ['New', 'check Success', '🔥 Hot', 'Favorite', '⚠️ Needs review']);
  const blue = await badges.first().evaluate((e) => {
    const s = getComputedStyle(e);
    return [s.color, s.backgroundColor, s.fontSize, s.borderRadius, s.display];
  });
  assert.deepEqual(blue, ['rgb(36, 79, 180)', 'rgb(237, 245, 255)', '14px', '4px', 'inline-block']);
  assert.equal(await badges.nth(1).locator('.st-icon-material[aria-label="check icon"]').count(), 1);
  assert.equal(await badges.nth(3).locator('strong').innerText(), 'Favorite');
  await page.locator('code', { hasText: ':red-badge[code]' }).waitFor();

  // A lone badge with help: the badge itself shows the tooltip, no "?" icon.
  const hot = page.getByTestId('stMarkdown').filter({ hasText: 'Hot' });
  assert.equal(await hot.locator('svg').count(), 0);
  await hot.getByTestId('stTooltipHoverTarget').hover();
  await page.getByTestId('stTooltipContent').getByText('Some help').waitFor();

  // KaTeX: display math in the markdown container; a syntax error shows in place.
  const latex = page.getByTestId('stMarkdown').filter({ has: page.locator('.katex-display') });
  await latex.first().waitFor();
  assert.equal(await latex.count(), 1);
  await latex.locator('.katex-mathml annotation').first().waitFor({ state: 'attached' });
  const tex = await latex.locator('annotation').first().textContent();
  assert.match(tex, /\\sum_\{k=0\}\^\{n-1\} ar\^k/);
  const fontFamily = await latex.locator('.katex').first().evaluate((e) => getComputedStyle(e).fontFamily);
  assert.match(fontFamily, /KaTeX_Main/);
  const error = page.locator('.katex-error');
  assert.equal(await error.textContent(), '\\frac{1}{2');
  assert.equal(await error.evaluate((e) => getComputedStyle(e).color), 'rgb(204, 0, 0)');
  await page.getByTestId('stMarkdown').filter({ has: error }).getByTestId('stTooltipIcon').waitFor();
  assert.ok(requests.some((u) => /\/assets\/Latex-[^/]+\.js$/.test(u)), 'the KaTeX chunk was fetched');

  // st.space: "large" is 4.25rem (68px), pixels as given.
  const spaces = page.getByTestId('stSpace');
  assert.equal(await spaces.count(), 2);
  assert.equal((await spaces.nth(0).boundingBox()).height, 68);
  assert.equal((await spaces.nth(1).boundingBox()).height, 30);
  const before = await page.getByText('before space').boundingBox();
  const after = await page.getByText('after space').boundingBox();
  assert.ok(after.y - before.y - before.height >= 68 + 2 * 16 - 1, 'the space sits between the two, with the gaps');

  // st.echo: the block's code above what it wrote.
  const code = page.getByTestId('stCode');
  assert.equal(await code.locator('code').innerText(), 'st.write("echoed")');
  const codeBox = await code.boundingBox();
  const echoed = await page.getByText('echoed', { exact: true }).boundingBox();
  assert.ok(codeBox.y < echoed.y, 'the code is shown above the output');

  await screenshot(page, 'text_extras');
  await page.close();
});

test('a page without st.latex downloads no KaTeX', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(plain.url);
  await waitForAppRun(page);
  await page.locator('.stMarkdownBadge', { hasText: 'no maths here' }).waitFor();
  const katex = requests.filter((u) => /Latex-|KaTeX|katex/i.test(u));
  assert.deepEqual(katex, []);
  await page.close();
});
