// st.html in a real browser: the body is sanitised (no script, handler,
// javascript: URL or <meta> refresh runs or navigates; links keep
// target=_blank with noopener), a <style>-only body styles the page from the
// event container, and with unsafe_allow_javascript the document runs in a
// sandboxed iframe on the component origin, sized to its content, never in
// the app's own page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

st.html("""
<p id="hello">Hello <b>world</b></p>
<img src="data:," onerror="window.__pwned = 'img'">
<script>window.__pwned = 'script'</script>
<a id="js" href="javascript:window.__pwned = 'link'">js link</a>
<a id="ext" href="https://example.org" target="_blank">external</a>
<svg><script>window.__pwned = 'svg'</script></svg>
<meta http-equiv="refresh" content="0;url=about:blank">
<ul><li>item</li></ul>
""")
st.html("<style>.custom-x { color: rgb(1, 2, 3) }</style>")
st.markdown('<span class="custom-x">styled by st.html</span>', unsafe_allow_html=True)
st.html("""
<div id="out">not run</div>
<script>
  document.getElementById("out").textContent = "ran in " + location.origin;
  document.body.style.margin = "0";
  document.getElementById("out").style.height = "240px";
  try { window.__reached = parent.document.title; } catch (e) { window.__reached = "blocked"; }
</script>
""", unsafe_allow_javascript=True)
st.text("after")
st.iframe("<div id='tall' style='height: 180px; margin: 0'>framed</div><style>body { margin: 0 }</style>")
st.iframe("data:text/html,<p>by url</p>")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('a sanitised body runs nothing and keeps its content', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const html = page.getByTestId('stHtml').first();
  assert.equal(await html.locator('#hello').innerText(), 'Hello world');
  const inner = await html.innerHTML();
  assert.doesNotMatch(inner, /onerror|<script|javascript:|<svg|<meta/i);
  assert.equal(await html.locator('#ext').getAttribute('target'), '_blank');
  assert.equal(await html.locator('#ext').getAttribute('rel'), 'noopener noreferrer');
  await html.locator('#js').click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await html.locator('li').innerText(), 'item');
  // The <style>-only body sits in the event container and styles the page.
  assert.equal(await page.getByTestId('stEvent').getByTestId('stHtml').count(), 1);
  assert.equal(await page.getByText('styled by st.html').evaluate((e) => getComputedStyle(e).color), 'rgb(1, 2, 3)');
  assert.equal(new URL(page.url()).pathname, new URL(served.url).pathname, 'no <meta> refresh navigated away');
  await page.close();
});

test('unsafe_allow_javascript runs the document on the component origin, sized to it', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const frameElement = page.getByTestId('stHtml').locator('iframe');
  await frameElement.waitFor();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await frame.locator('#out', { hasText: 'ran in' }).waitFor();
  const ranIn = (await frame.locator('#out').innerText()).replace('ran in ', '');
  assert.notEqual(ranIn, new URL(served.url).origin, 'not the app origin');
  assert.equal(await frame.evaluate(() => window.__reached), 'blocked');
  await page.waitForFunction(() => document.querySelector('[data-testid=stHtml] iframe').getBoundingClientRect().height >= 240);
  const box = await frameElement.boundingBox();
  assert.ok(box.height < 300, `iframe height ${box.height}`);
  assert.equal(await page.evaluate(() => window.__reached), undefined);
  await screenshot(page, 'html');
  await page.close();
});

test('st.iframe fits an HTML document to its content and gives a URL 400 pixels', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const frames = page.getByTestId('stIFrame');
  const html = frames.nth(0);
  const inner = await (await html.elementHandle()).contentFrame();
  await inner.locator('#tall').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=stIFrame]')[0].getBoundingClientRect().height === 180);
  assert.notEqual(new URL(await html.getAttribute('src')).origin, new URL(served.url).origin);
  assert.equal((await frames.nth(1).boundingBox()).height, 400);
  await page.close();
});
