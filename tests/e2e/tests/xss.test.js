// XSS through app content (SECURITY.md §5 cases 41-43): payloads written by
// the script, in markdown, labels, titles, toasts and a reflected query
// parameter, never run; javascript: links are neutralised; and with
// unsafe_allow_html the page's CSP still blocks inline handlers.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;
const dialogs = [];
const violations = [];

before(async () => {
  const script = writeScript(`
import streamlit as st

p = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
st.markdown(p)
st.markdown("[plain js](javascript:window.__pwned=3) [mixed js](JaVaScRiPt:window.__pwned=4) "
            "[data](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox)")
st.title(p)
st.text_input(p)
st.toast(p)
st.write(st.query_params.get("x", ""))
st.markdown('<img src=x onerror="window.__pwned=5"><a id="unsafe" href="javascript:window.__pwned=6">u</a>',
            unsafe_allow_html=True)
st.text("payloads written")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${app.url}?x=${encodeURIComponent('<script>window.__pwned=7</script><img src=x onerror="window.__pwned=8">')}`);
  await waitForAppRun(page);
  await page.locator('[data-testid="stText"]', { hasText: 'payloads written' }).waitFor();
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('payloads written by the script render as text and run nothing', async () => {
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  // None of the payloads (the reflected query parameter included) became a
  // live element: no script with them, no event-handler attributes.
  const live = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
  }));
  assert.deepEqual(live, { scripts: 0, handlers: 0 });
});

test('javascript:, data: and vbscript: links do nothing when clicked', async () => {
  for (const name of ['plain js', 'mixed js', 'data', 'vb']) {
    const link = page.getByText(name, { exact: true });
    if ((await link.count()) === 0) continue;
    const href = (await link.first().getAttribute('href')) ?? '';
    assert.doesNotMatch(href, /^\s*(javascript|data|vbscript):/i, `${name}: ${href}`);
    await link.first().click({ modifiers: [] }).catch(() => {});
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(dialogs, []);
  assert.equal(new URL(page.url()).host, new URL(app.url).host);
});

test('with unsafe_allow_html the CSP still blocks inline handlers', async () => {
  const unsafe = page.locator('#unsafe');
  if ((await unsafe.count()) > 0) await unsafe.click().catch(() => {});
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
});
