// @st.fragment in a real browser: a button inside a fragment reruns only the
// fragment (a counter of full runs outside stays the same and nothing around
// it goes stale), and a run_every fragment updates alone on its timer while
// the rest of the page stays still and keeps working.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let counterApp;
let clockApp;
let outsideApp;

before(async () => {
  browser = await launchBrowser();
  counterApp = await startApp(
    writeScript(`
import time
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1
st.title("Fragments")
st.text(f"full runs: {st.session_state.full}")

@st.fragment
def counter():
    st.session_state.setdefault("clicks", 0)
    if st.button("Add one"):
        time.sleep(1.0)
        st.session_state.clicks += 1
    st.text(f"fragment clicks: {st.session_state.clicks}")

counter()
st.text("below the fragment")
`),
  );
  clockApp = await startApp(
    writeScript(`
import streamlit as st
st.session_state.setdefault("full", 0)
st.session_state.full += 1
st.text(f"full runs: {st.session_state.full}")

@st.fragment(run_every="0.5s")
def clock():
    st.session_state.setdefault("ticks", 0)
    st.session_state.ticks += 1
    st.text(f"ticks: {st.session_state.ticks}")

clock()
name = st.text_input("Name")
st.text(f"hello {name}")
`),
  );
  outsideApp = await startApp(
    writeScript(`
import streamlit as st
st.session_state.setdefault("n", 0)
box = st.container(border=True)
box.write("outside first")

@st.fragment
def frag():
    st.session_state.n += 1
    st.button("go")
    box.write(f"from the fragment {st.session_state.n}")
    with st.sidebar:
        st.write(f"sidebar from the fragment {st.session_state.n}")

frag()
box.write("outside last")
st.sidebar.write("sidebar last")
`),
  );
});

after(async () => {
  await browser?.close();
  counterApp?.stop();
  clockApp?.stop();
  outsideApp?.stop();
});

const text = (page, body) => page.locator('[data-testid="stText"]', { hasText: body });
const container = (page, body) => page.locator('[data-testid="stElementContainer"]', { hasText: body });

test('a button inside a fragment reruns only the fragment', async () => {
  const page = await browser.newPage();
  await page.goto(counterApp.url);
  await waitForAppRun(page);
  await text(page, 'fragment clicks: 0').waitFor();

  await page.getByRole('button', { name: 'Add one' }).click();
  // While the fragment runs, only what it wrote is stale.
  await page.locator('[data-testid="stApp"][data-test-script-state="running"]').waitFor();
  await page.locator('[data-testid="stElementContainer"][data-stale="true"]', { hasText: 'fragment clicks: 0' }).waitFor();
  for (const outside of ['full runs: 1', 'below the fragment', 'Fragments']) {
    assert.equal(await container(page, outside).getAttribute('data-stale'), 'false', `${outside} is not stale`);
  }
  await waitForAppRun(page);
  await text(page, 'fragment clicks: 1').waitFor();

  await page.getByRole('button', { name: 'Add one' }).click();
  await text(page, 'fragment clicks: 2').waitFor();
  await waitForAppRun(page);
  assert.equal(await text(page, 'full runs: 1').count(), 1, 'the script around the fragment did not run');
  assert.equal(await text(page, 'below the fragment').count(), 1);
  assert.equal(await page.locator('[data-testid="stElementContainer"][data-stale="true"]').count(), 0);
  await screenshot(page, 'fragments-counter');
  await page.close();
});

test('a run_every fragment updates alone while the page stays interactive', async () => {
  const page = await browser.newPage();
  await page.goto(clockApp.url);
  await text(page, 'ticks: 3').waitFor({ timeout: 20_000 });
  assert.equal(await text(page, 'full runs: 1').count(), 1, 'the timer reruns only the fragment');

  // The rest of the page still works: typing reruns the script.
  const input = page.locator('[data-testid="stTextInput"] input');
  await input.fill('Ada');
  await input.press('Enter');
  await text(page, 'hello Ada').waitFor();
  await text(page, 'full runs: 2').waitFor();
  assert.equal(await input.inputValue(), 'Ada');

  // After the full run the timer goes on, and leaves the input alone.
  const ticks = async () => Number((await page.locator('[data-testid="stText"]', { hasText: 'ticks:' }).textContent()).split(': ')[1]);
  const after = await ticks();
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('[data-testid="stText"]')].some((el) => {
      const m = el.textContent.match(/^ticks: (\d+)$/);
      return m && Number(m[1]) >= n;
    }),
    after + 2,
    { timeout: 20_000 },
  );
  assert.equal(await text(page, 'full runs: 2').count(), 1);
  assert.equal(await text(page, 'hello Ada').count(), 1);
  assert.equal(await input.inputValue(), 'Ada');
  await screenshot(page, 'fragments-clock');
  await page.close();
});

test('what a fragment writes into containers outside it is replaced in place by each fragment run', async () => {
  const page = await browser.newPage();
  await page.goto(outsideApp.url);
  await waitForAppRun(page);
  const markdown = (body) => page.locator('[data-testid="stMarkdown"]', { hasText: new RegExp(`^${body}$`) });
  await markdown('from the fragment 1').waitFor();
  await page.getByRole('button', { name: 'go' }).click();
  await markdown('from the fragment 2').waitFor();
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'go' }).click();
  await markdown('sidebar from the fragment 3').waitFor();
  await waitForAppRun(page);
  // Replaced, not accumulated; the script's own writes keep their places.
  assert.equal(await page.locator('[data-testid="stMarkdown"]', { hasText: /from the fragment/ }).count(), 2);
  const order = await page
    .locator('[data-testid="stMain"] [data-testid="stMarkdown"], [data-testid="stSidebar"] [data-testid="stMarkdown"]')
    .allTextContents();
  assert.deepEqual(order, ['sidebar from the fragment 3', 'sidebar last', 'outside first', 'from the fragment 3', 'outside last']);
  await screenshot(page, 'fragments-outside');
  await page.close();
});
