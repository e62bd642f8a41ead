// 1.67's containers that track their state, in Chromium as a user meets them:
// clicking a stateful tab reruns the script, which sees the tab in
// st.session_state and in each tab's `.open`, with the on_change callback's
// args; the script selecting a tab through st.session_state moves the page
// there; an expander and a popover with on_change report whether they are
// open, and open when the script says so. Tabs without state stay a page-only
// affair (no rerun).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const SCRIPT = `
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1

def changed(tag, who="?"):
    st.session_state["log"] = f"{tag}:{who}:{st.session_state.animals}"

if st.button("show the owl"):
    st.session_state.animals = "Owl"
if st.button("open the details"):
    st.session_state.details = True

cat, dog, owl = st.tabs(["Cat", "Dog", "Owl"], key="animals", on_change=changed, args=("tabs",), kwargs={"who": "me"})
with cat:
    st.text("a cat")
with dog:
    st.text("a dog")
with owl:
    st.text("an owl")
st.text(f"selected: {st.session_state.animals}; open: {[cat.open, dog.open, owl.open]}")
st.text(f"log: {st.session_state.get('log')}")

plain = st.tabs(["One", "Two"])
plain[1].text("in two")

with st.expander("Details", key="details", on_change="rerun") as details:
    st.text("the details")
st.text(f"details open: {details.open} / {st.session_state.details}")

pop = st.popover("Menu", key="menu", on_change="rerun")
pop.text("menu items")
st.text(f"menu open: {pop.open}")
st.text(f"runs: {st.session_state.runs}")
`;

let app;
let browser;
let page;

before(async () => {
  app = await startApp(writeScript(SCRIPT));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
const shown = (t) => text(t).first().waitFor();
const runs = async () => Number((await text('runs:').textContent()).replace('runs: ', ''));
const tab = (label) => page.locator('[data-testid="stTab"]', { hasText: label });
const click = async (locator) => {
  await locator.click();
  await waitForAppRun(page);
};

test('a stateful tab starts at its default, readable from session state and .open', async () => {
  await shown("selected: Cat; open: [True, False, False]");
  await shown("log: None");
  assert.equal(await tab('Cat').getAttribute('aria-selected'), 'true');
});

test('clicking a tab reruns: the script sees it, and the callback gets its args', async () => {
  const before = await runs();
  await click(tab('Dog'));
  await shown("selected: Dog; open: [False, True, False]");
  await shown("log: tabs:me:Dog");
  assert.equal(await runs(), before + 1);
  assert.equal(await tab('Dog').getAttribute('aria-selected'), 'true');
  assert.ok(await text('a dog').isVisible());
  assert.ok(!(await text('a cat').isVisible()));
  await screenshot(page, 'container_state_tabs');
});

test('the script selects a tab through st.session_state', async () => {
  await click(page.locator('[data-testid="stButton"] button', { hasText: 'show the owl' }));
  await shown("selected: Owl; open: [False, False, True]");
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid="stTab"]')].some((t) => t.textContent === 'Owl' && t.getAttribute('aria-selected') === 'true'));
  assert.ok(await text('an owl').isVisible());
  // A later click on the tab the page shows still counts as the user's.
  await click(tab('Cat'));
  await shown("selected: Cat; open: [True, False, False]");
});

test('tabs without state switch in the page alone', async () => {
  const before = await runs();
  await tab('Two').click();
  await text('in two').waitFor({ state: 'visible' });
  assert.equal(await runs(), before);
});

test('a stateful expander reports whether it is open, and opens when the script says so', async () => {
  await shown("details open: False / False");
  await click(page.locator('[data-testid="stExpander"] summary', { hasText: 'Details' }));
  await shown("details open: True / True");
  assert.ok(await text('the details').isVisible());
  await click(page.locator('[data-testid="stExpander"] summary', { hasText: 'Details' }));
  await shown("details open: False / False");
  await click(page.locator('[data-testid="stButton"] button', { hasText: 'open the details' }));
  await shown("details open: True / True");
  await text('the details').waitFor({ state: 'visible' });
});

test('a stateful popover reports whether it is open', async () => {
  await shown("menu open: False");
  await click(page.locator('[data-testid="stPopoverButton"]'));
  await shown("menu open: True");
  await text('menu items').waitFor({ state: 'visible' });
  await screenshot(page, 'container_state_popover');
  await page.keyboard.press('Escape');
  await waitForAppRun(page);
  await shown("menu open: False");
  assert.equal(await text('menu items').count(), 0);
});
