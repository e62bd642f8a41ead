// bind="query-params" in Chromium, as 1.67 behaves: a widget opened with its
// parameter in the URL starts there; moving it writes the URL (replacing the
// history entry, so Back does not step through values); at its default the
// parameter goes; an invalid value is dropped from the URL; stateful tabs and
// expanders bind the same way; Back to an entry the script pushed restores
// the bound widget from that entry's URL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const SCRIPT = `
import streamlit as st

level = st.slider("Level", 0, 10, 3, key="level", bind="query-params")
dark = st.checkbox("Dark", key="dark", bind="query-params")
fruit = st.selectbox("Fruit", ["apple", "banana", "cherry"], key="fruit", bind="query-params")
a, b = st.tabs(["Alpha", "Beta"], key="tab", bind="query-params")
with st.expander("More", key="more", bind="query-params"):
    st.text("more text")
st.text(f"level={level} dark={dark} fruit={fruit} tab={st.session_state.tab} more={st.session_state.more}")
if st.button("mark"):
    st.query_params["mark"] = "1"
`;

let app;
let browser;
let page;

before(async () => {
  app = await startApp(writeScript(SCRIPT));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shown = (t) => page.locator('[data-testid="stText"]', { hasText: t }).first().waitFor();
const search = () => page.evaluate(() => window.location.search);
const open = async (query) => {
  await page.goto(new URL(`/${query}`, app.url).href);
  await waitForAppRun(page);
};

test('a widget opened with its parameter in the URL starts there', async () => {
  await open('?level=7&dark=true&fruit=cherry&tab=Beta&more=true');
  await shown('level=7 dark=True fruit=cherry tab=Beta more=True');
  const thumb = page.locator('[data-testid="stSlider"] [role="slider"]');
  assert.equal(await thumb.getAttribute('aria-valuenow'), '7');
  assert.equal(await page.locator('[data-testid="stCheckbox"] input').isChecked(), true);
  assert.equal(await page.locator('[data-testid="stTab"]', { hasText: 'Beta' }).getAttribute('aria-selected'), 'true');
  await page.locator('[data-testid="stText"]', { hasText: 'more text' }).waitFor({ state: 'visible' });
  await screenshot(page, 'bind_query_params_seeded');
});

test('moving a bound slider writes the URL, replacing the history entry', async () => {
  const length = await page.evaluate(() => window.history.length);
  const thumb = page.locator('[data-testid="stSlider"] [role="slider"]');
  await thumb.focus();
  await page.keyboard.press('ArrowRight');
  await waitForAppRun(page);
  await shown('level=8 ');
  // As real 1.67 does in Chromium: the parameters re-sorted by name, the entry replaced.
  assert.equal(await search(), '?dark=true&fruit=cherry&level=8&more=true&tab=Beta');
  assert.equal(await page.evaluate(() => window.history.length), length, 'no new history entry');
});

test('a bound widget back at its default leaves the URL', async () => {
  await page.locator('[data-testid="stCheckbox"] label').click();
  await waitForAppRun(page);
  await shown('dark=False');
  assert.doesNotMatch(await search(), /dark=/);
  await page.locator('[data-testid="stTab"]', { hasText: 'Alpha' }).click();
  await waitForAppRun(page);
  await shown('tab=Alpha');
  assert.doesNotMatch(await search(), /tab=/);
  await page.locator('[data-testid="stTab"]', { hasText: 'Beta' }).click();
  await waitForAppRun(page);
  await shown('tab=Beta');
  assert.match(await search(), /tab=Beta/);
});

test('an invalid value is dropped from the URL and the widget keeps its default', async () => {
  await open('?level=abc&dark=maybe&fruit=durian&keep=1');
  await shown('level=3 dark=False fruit=apple tab=Alpha more=False');
  await page.waitForFunction(() => window.location.search === '?keep=1');
});

test('Back to an entry the script pushed restores the bound value from its URL', async () => {
  await open('?level=5');
  await shown('level=5 ');
  await page.locator('[data-testid="stButton"] button', { hasText: 'mark' }).click();
  await waitForAppRun(page);
  await page.waitForFunction(() => window.location.search.includes('mark=1'));
  const thumb = page.locator('[data-testid="stSlider"] [role="slider"]');
  await thumb.focus();
  await page.keyboard.press('ArrowRight');
  await waitForAppRun(page);
  await shown('level=6 ');
  assert.match(await search(), /level=6/);
  await page.goBack();
  await waitForAppRun(page);
  await shown('level=5 ');
  assert.equal(await search(), '?level=5');
  await screenshot(page, 'bind_query_params_back');
});
