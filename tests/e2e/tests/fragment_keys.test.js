// 1.67's event-scoped reruns in Chromium: a button outside any fragment whose
// callback calls st.rerun(scope="<key>") reruns only the fragment with that
// key; the rest of the page (a run counter) stays as it was, and a plain
// button still reruns the whole app.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const SCRIPT = `
import streamlit as st

st.session_state.setdefault("app", 0)
st.session_state.app += 1
st.session_state.setdefault("chart", 0)


@st.fragment(key="chart")
def chart():
    st.session_state.chart += 1
    st.text(f"chart runs: {st.session_state.chart}")


chart()
st.button("refresh the chart", on_click=lambda: st.rerun(scope="chart"))
st.button("rerun everything")
st.text(f"app runs: {st.session_state.app}")
`;

let app;
let browser;
let page;

before(async () => {
  app = await startApp(writeScript(SCRIPT));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 500 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shown = (t) => page.locator('[data-testid="stText"]', { hasText: t }).first().waitFor();
const click = async (label) => {
  await page.locator('[data-testid="stButton"] button', { hasText: label }).click();
  await waitForAppRun(page);
};

test('a keyed rerun from a callback reruns only that fragment', async () => {
  await shown('chart runs: 1');
  await shown('app runs: 1');
  await click('refresh the chart');
  await shown('chart runs: 2');
  await click('refresh the chart');
  await shown('chart runs: 3');
  assert.equal(await page.locator('[data-testid="stText"]', { hasText: 'app runs:' }).textContent(), 'app runs: 1');
  await screenshot(page, 'fragment_keys');
});

test('a plain button still reruns the app, and the fragment with it', async () => {
  await click('rerun everything');
  await shown('app runs: 2');
  await shown('chart runs: 4');
});
