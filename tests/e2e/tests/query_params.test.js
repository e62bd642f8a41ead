// st.query_params in Chromium: the script reads the address bar's query
// string, a change made by the script shows in the address bar without a
// reload (a new history entry, as in Streamlit 1.67), a reload keeps it,
// and Back reruns the script with the previous query string.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const SCRIPT = `
import streamlit as st

st.text(f"params: {st.query_params.to_dict()}")
if st.button("set b"):
    st.query_params["b"] = "2"
if st.button("count and rerun"):
    st.query_params["n"] = int(st.query_params.get("n", "0")) + 1
    st.rerun()
`;

let app;
let browser;
let page;

before(async () => {
  app = await startApp(writeScript(SCRIPT));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shown = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor();
const click = async (label) => {
  await page.locator('[data-testid="stButton"] button', { hasText: label }).click();
  await waitForAppRun(page);
};
const search = () => page.evaluate(() => window.location.search);

test('the script reads the query string the page was opened with', async () => {
  await page.goto(new URL("/?a=1", app.url).href);
  await waitForAppRun(page);
  await shown("params: {'a': '1'}");
});

test('setting a param changes the address bar without a reload', async () => {
  await page.evaluate(() => {
    window.__sameDocument = true;
  });
  const historyLength = await page.evaluate(() => window.history.length);
  await click('set b');
  await page.waitForFunction(() => window.location.search === '?a=1&b=2');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was not reloaded');
  assert.equal(await page.evaluate(() => window.history.length), historyLength + 1, 'a new history entry');
  assert.equal(new URL(page.url()).pathname, '/');
});

test('a reload keeps the value', async () => {
  await page.reload();
  await waitForAppRun(page);
  assert.equal(await search(), '?a=1&b=2');
  await shown("params: {'a': '1', 'b': '2'}");
});

test('a change followed by st.rerun reruns with the new query string', async () => {
  await click('count and rerun');
  await shown("params: {'a': '1', 'b': '2', 'n': '1'}");
  await click('count and rerun');
  await shown("params: {'a': '1', 'b': '2', 'n': '2'}");
  assert.equal(await search(), '?a=1&b=2&n=2');
});

test('Back returns to the previous query string and reruns with it', async () => {
  await page.goBack();
  await page.waitForFunction(() => window.location.search === '?a=1&b=2&n=1');
  await waitForAppRun(page);
  await shown("params: {'a': '1', 'b': '2', 'n': '1'}");
});
