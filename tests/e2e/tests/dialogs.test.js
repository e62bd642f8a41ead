// @st.dialog in a real browser: a button opens the modal (stDialog), typing
// in it reruns only the dialog, submitting closes it with st.rerun(); a
// dismissible dialog closes with Escape (on_dismiss="rerun" then reruns the
// app) and a non-dismissible one has no close button.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(
    writeScript(`
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.setdefault("dismissals", 0)
st.session_state.full += 1

def dismissed():
    st.session_state.dismissals += 1

@st.dialog("Cast your vote", on_dismiss=dismissed)
def vote(item):
    st.write(f"Why is {item} your favorite?")
    reason = st.text_input("Because")
    st.write(f"so far: {reason}")
    if st.button("Submit"):
        st.session_state.vote = {"item": item, "reason": reason}
        st.rerun()

@st.dialog("Terms", dismissible=False)
def terms():
    st.write("You must accept.")
    if st.button("Accept"):
        st.session_state.accepted = True
        st.rerun()

@st.dialog("Info")
def info(x):
    st.write(f"opened with {x}")

@st.fragment
def opener():
    if st.button("Open info"):
        info(42)

opener()
if st.button("Vote for A"):
    vote("A")
if st.button("Show terms"):
    terms()
if "vote" in st.session_state:
    st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
st.write(f"full runs {st.session_state.full}, dismissals {st.session_state.dismissals}")
`),
  );
});

after(async () => {
  await browser?.close();
  served?.stop();
});

const markdown = (page, text) => page.locator('[data-testid="stMarkdown"]', { hasText: text });

test('a dialog opens, reruns only itself while filled in, and closes on submit', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'Vote for A' }).click();
  const dialog = page.locator('[data-testid="stDialog"]');
  await dialog.waitFor();
  assert.equal(await dialog.getByRole('heading').textContent(), 'Cast your vote');
  await markdown(page, 'full runs 2').waitFor();
  const input = dialog.locator('[data-testid="stTextInput"] input');
  await input.fill('it is tasty');
  await input.press('Enter');
  await dialog.locator('[data-testid="stMarkdown"]', { hasText: 'so far: it is tasty' }).waitFor();
  await waitForAppRun(page);
  assert.equal(await markdown(page, 'full runs 2').count(), 1, 'the app around the dialog did not rerun');
  await screenshot(page, 'dialog-open');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await markdown(page, 'You voted for A because it is tasty').waitFor();
  await waitForAppRun(page);
  assert.equal(await dialog.count(), 0, 'st.rerun() closed it');
  await page.close();
});

test('Escape dismisses a dismissible dialog and on_dismiss reruns the app', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'Vote for A' }).click();
  const dialog = page.locator('[data-testid="stDialog"]');
  await dialog.waitFor();
  await waitForAppRun(page);
  await page.keyboard.press('Escape');
  await markdown(page, 'dismissals 1').waitFor();
  await waitForAppRun(page);
  assert.equal(await dialog.count(), 0);
  await page.close();
});

test('a dialog that is not dismissible has no close button and ignores Escape', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'Show terms' }).click();
  const dialog = page.locator('[data-testid="stDialog"]');
  await dialog.waitFor();
  await waitForAppRun(page);
  assert.equal(await dialog.getByRole('button', { name: 'Close' }).count(), 0);
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 5);
  assert.equal(await dialog.count(), 1, 'still open');
  await screenshot(page, 'dialog-terms');
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await waitForAppRun(page);
  assert.equal(await dialog.count(), 0);
  await page.close();
});

test('a dialog opened from a fragment closes with Escape and opens again on the next click', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const dialog = page.locator('[data-testid="stDialog"]');
  for (let round = 1; round <= 2; round++) {
    await page.getByRole('button', { name: 'Open info' }).click();
    await dialog.locator('[data-testid="stMarkdown"]', { hasText: 'opened with 42' }).waitFor();
    await waitForAppRun(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  }
  assert.equal(await markdown(page, 'full runs 1,').count(), 1, 'only the opener fragment ran');
  await page.close();
});
