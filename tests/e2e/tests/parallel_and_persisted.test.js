// In a real browser: two `@st.fragment(parallel=True)` cards load at the same time (each waits until
// the other has started, so run one after the other the first would report "alone"), each in its
// own place; a button in one card reruns only that card. And `persist_state`: a keyed field hidden by
// a checkbox comes back with what the user typed ("session"), where a plain one comes back empty.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import threading
import streamlit as st

st.session_state.setdefault("full", 0)
st.session_state.full += 1
started = {"A": threading.Event(), "B": threading.Event()}

@st.fragment(parallel=True)
def card(name, other):
    started[name].set()
    together = started[other].wait(timeout=20)
    key = f"runs {name}"
    st.session_state[key] = st.session_state.get(key, 0) + 1
    with st.container(border=True):
        st.text(f"card {name}: {'together' if together else 'alone'}, run {st.session_state[key]}")
        st.button(f"reload {name}")

card("A", "B")
card("B", "A")
st.text(f"full runs: {st.session_state.full}")
if st.checkbox("Show the fields", value=True):
    st.text_input("Kept", key="kept", persist_state="session")
    st.text_input("Plain", key="plain")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const texts = (page) => page.locator('[data-testid="stText"]').allTextContents();

test('parallel cards load together, each in its place, and rerun alone', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  assert.deepEqual(await texts(page), ['card A: together, run 1', 'card B: together, run 1', 'full runs: 1']);
  await page.getByRole('button', { name: 'reload B' }).click();
  await page.getByText('card B: together, run 2').waitFor();
  await waitForAppRun(page);
  assert.deepEqual(await texts(page), ['card A: together, run 1', 'card B: together, run 2', 'full runs: 1']);
  await screenshot(page, 'parallel-fragments');
  await page.close();
});

test('a hidden persist_state field comes back with its value, a plain one empty', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const kept = page.getByLabel('Kept');
  const plain = page.getByLabel('Plain');
  await kept.fill('Ada');
  await kept.press('Enter');
  await waitForAppRun(page);
  await plain.fill('Bob');
  await plain.press('Enter');
  await waitForAppRun(page);
  await page.getByText('Show the fields').click();
  await kept.waitFor({ state: 'detached' });
  await waitForAppRun(page);
  await page.getByText('Show the fields').click();
  await kept.waitFor();
  await waitForAppRun(page);
  assert.equal(await kept.inputValue(), 'Ada');
  assert.equal(await plain.inputValue(), '');
  await screenshot(page, 'persist-state');
  await page.close();
});
