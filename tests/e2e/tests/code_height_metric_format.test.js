// st.code(height=...) and st.metric(format=...) in a real browser, checked against 1.67 on the
// same script: a height in pixels makes the box exactly that tall with the code scrolling inside
// it, "stretch" fills a fixed-height container; a metric's number is shown in its format (the
// texts below are 1.67's), text that is not a number stays as it is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import streamlit as st

code = "\\n".join(f"print('line {i}')  # a comment" for i in range(30))
st.code(code, height=200)
st.code("x = 1", height=200)
with st.container(height=400, border=True):
    st.code("y = 2", height="stretch")
st.code("z = 3")
for fmt in ("dollar", "percent", "bytes", "accounting", "%d", "%e", "compact", "%+05d%%"):
    st.metric(fmt, 1234.567, -12.5, format=fmt)
st.metric("text", "12 apples", "-5", format="dollar")
st.metric("unformatted", 1234.567)
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('a code block of fixed height scrolls inside; stretch fills its container', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1600 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const boxes = page.getByTestId('stCode');
  const sizes = await boxes.evaluateAll((cs) => cs.map((c) => {
    const pre = c.querySelector('pre');
    return { height: Math.round(c.getBoundingClientRect().height), scrolls: pre.scrollHeight > pre.clientHeight + 1 };
  }));
  assert.deepEqual(sizes[0], { height: 200, scrolls: true });
  assert.deepEqual(sizes[1], { height: 200, scrolls: false });
  assert.ok(sizes[2].height > 300, `stretch fills the 400 px container: ${sizes[2].height}`);
  assert.ok(sizes[3].height < 80, `content height by default: ${sizes[3].height}`);
  // The copy button stays in the box while the code scrolls.
  const first = boxes.first();
  await first.locator('pre').evaluate((pre) => { pre.scrollTop = pre.scrollHeight; });
  const box = await first.boundingBox();
  await first.hover();
  const copy = await first.getByTestId('stCodeCopyButton').boundingBox();
  assert.ok(copy.y >= box.y && copy.y + copy.height <= box.y + box.height, 'copy button inside the box');
  await screenshot(page, 'code_height');
  await page.close();
});

test("a metric's value and delta in 1.67's number formats", async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1600 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const shown = await page.getByTestId('stMetric').evaluateAll((ms) => ms.map((m) => [
    m.querySelector('[data-testid=stMetricValue]').textContent,
    m.querySelector('[data-testid=stMetricDelta]')?.textContent ?? '',
  ]));
  assert.deepEqual(shown, [
    ['$1,234.57', '-$12.50'],
    ['123,456.7%', '-1,250%'],
    ['1.2KB', '-12.5B'],
    ['1,234.57', '(12.50)'],
    ['1234', '-12'],
    ['1.234567e+3', '-1.25e+1'],
    ['1.2K', '-13'],
    ['+1234%', '-0012%'],
    ['12 apples', '-$5.00'],
    ['1234.567', ''],
  ]);
  await page.close();
});
