// 1.67's `width` and `height` parameters in a real browser, measured against
// the numbers 1.67 itself gives for the same script (its main column is 704 px
// wide at this viewport): widgets whose default is "content" shrink to their
// label, "stretch" and pixel widths are applied to every widget and to columns,
// expanders, tabs and forms; a form or tabs of fixed height scroll inside;
// a metric's height and a chat input's minimum height; a spinner shows only
// once its block has run half a second.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import time
import streamlit as st

st.checkbox("cb default")
st.checkbox("cb stretch", width="stretch")
st.radio("radio 300", ["a", "b"], width=300, horizontal=True)
st.pills("pills stretch", ["a", "b"], width="stretch")
st.slider("slider 300", width=300)
st.text_input("text 300", width=300)
st.selectbox("select 300", ["a"], width=300)
st.progress(30, width=300)
st.metric("metric content", 5, width="content")
st.metric("metric tall", 6, height=200, border=True)
with st.form("form", width=400, height=200):
    for i in range(6):
        st.text_input(f"field {i}")
    st.form_submit_button()
with st.expander("expander 300", width=300):
    st.write("inside")
cols = st.columns(2, width=400)
cols[0].write("left")
cols[1].write("right")
tabs = st.tabs(["A", "B"], width=500, height=150)
for i in range(10):
    tabs[0].write(f"line {i}")
st.chat_input("tall chat", height=120)
if st.button("slow"):
    with st.spinner("Working slowly"):
        time.sleep(1.5)
if st.button("quick"):
    with st.spinner("Working quickly"):
        pass  # no sleep: on a loaded 2-core CI machine even a short one can outlast the half second
    st.write("quick done")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('widths, heights and the held spinner as 1.67 lays them out', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1800 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const containerWidth = async (testId, text) => {
    const box = await page.getByTestId('stElementContainer')
      .filter({ has: page.getByTestId(testId).filter({ hasText: text }) }).boundingBox();
    return Math.round(box.width);
  };
  const width = async (testId, text) => Math.round((await page.getByTestId(testId).filter({ hasText: text }).first().boundingBox()).width);
  const height = async (testId, text) => Math.round((await page.getByTestId(testId).filter({ hasText: text }).first().boundingBox()).height);

  // 1.67: 82 px for the default checkbox (its label's width), the column's 704 px when stretched.
  const narrow = await containerWidth('stCheckbox', 'cb default');
  assert.ok(narrow > 40 && narrow < 150, `a default checkbox is as wide as its label (${narrow})`);
  assert.equal(await containerWidth('stCheckbox', 'cb stretch'), 704);
  assert.equal(await containerWidth('stRadio', 'radio 300'), 300);
  assert.equal(await containerWidth('stButtonGroup', 'pills stretch'), 704);
  assert.equal(await containerWidth('stSlider', 'slider 300'), 300);
  assert.equal(await containerWidth('stTextInput', 'text 300'), 300);
  assert.equal(await containerWidth('stSelectbox', 'select 300'), 300);
  const metric = await containerWidth('stMetric', 'metric content');
  assert.ok(metric < 200, `a content-wide metric hugs its text (${metric})`);
  assert.equal(await height('stMetric', 'metric tall'), 200);

  // Blocks: a fixed-height form scrolls inside, as 1.67's.
  assert.equal(await width('stForm', 'field 0'), 400);
  assert.equal(await height('stForm', 'field 0'), 200);
  const form = page.getByTestId('stForm');
  assert.ok(await form.evaluate((e) => e.scrollHeight > e.clientHeight + 100), 'the form scrolls inside its height');
  assert.equal(await width('stExpander', 'expander 300'), 300);
  const row = page.getByTestId('stHorizontalBlock').filter({ hasText: 'left' });
  assert.equal(Math.round((await row.boundingBox()).width), 400);
  assert.equal(await width('stTabs', 'line 0'), 500);
  assert.equal(await height('stTabs', 'line 0'), 150);
  const panel = page.getByTestId('stTabPanel').first();
  assert.ok(await panel.evaluate((e) => e.scrollHeight > e.clientHeight + 100), 'the tab panel scrolls below its labels');

  // 1.67: height=120 gives the box 160 px, its text 94 px, the send button in a row below.
  const chat = page.getByTestId('stChatInput');
  assert.equal(Math.round((await chat.boundingBox()).height), 160);
  assert.equal(Math.round((await page.getByTestId('stChatInputTextArea').boundingBox()).height), 94);
  await screenshot(page, 'widget_sizes');

  // A spinner whose block ends within half a second is never shown; a slow one is.
  let spinnerSeen = false;
  await page.exposeFunction('spinnerSeen', () => { spinnerSeen = true; });
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="stSpinner"]')) window.spinnerSeen();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'quick' }).click();
  await page.getByText('quick done').waitFor();
  await waitForAppRun(page);
  assert.equal(spinnerSeen, false, 'a quick block shows no spinner');
  await page.getByRole('button', { name: 'slow' }).click();
  await page.getByTestId('stSpinner').filter({ hasText: 'Working slowly' }).waitFor();
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stSpinner').count(), 0, 'the spinner is gone after its block');
  await page.close();
});
