// st.form in headless Chromium: widgets in a form hold their changes until a
// submit (no rerun before it), Enter submits, clear_on_submit resets the
// widgets, a submit callback runs, and a form without a submit button says so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import streamlit as st

st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs={st.session_state.runs}")

def submitted():
    st.session_state.callback = f"callback saw {st.session_state.who!r}"

with st.form("profile"):
    who = st.text_input("Who", key="who")
    level = st.slider("Level", 0, 10, 3)
    keen = st.checkbox("Keen")
    sent = st.form_submit_button("Send", on_click=submitted)
st.text(f"profile={who!r},{level},{keen},{sent}")
st.text(st.session_state.get("callback", "no callback"))

with st.form("note", clear_on_submit=True, enter_to_submit=False):
    note = st.text_area("Note")
    tags = st.multiselect("Tags", ["a", "b", "c"])
    posted = st.form_submit_button("Post", type="primary")
st.text(f"note={note!r},{tags!r},{posted}")

with st.form("broken"):
    st.text_input("Orphan")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 1500 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });
const form = (n) => page.locator('[data-testid="stForm"]').nth(n);

test('widgets in a form do not rerun until the submit button is pressed', async () => {
  await shows('runs=1');
  await shows("profile='',3,False,False");
  await form(0).locator('[data-testid="stTextInput"] input').fill('Ada');
  await form(0).locator('[data-testid="stTextInput"] input').blur();
  const thumb = form(0).locator('[role="slider"]');
  await thumb.focus();
  await thumb.press('ArrowRight');
  await form(0).locator('[data-testid="stCheckbox"] label').click();
  await page.waitForTimeout(500);
  await shows('runs=1');
  await shows("profile='',3,False,False");
  // The form shows the pending values meanwhile.
  assert.equal(await form(0).locator('[data-testid="stSliderThumbValue"]').innerText(), '4');
  assert.equal(await form(0).locator('[data-testid="stCheckbox"] input').isChecked(), true);
  await form(0).getByRole('button', { name: 'Send' }).click();
  await waitForAppRun(page);
  await shows('runs=2');
  await shows("profile='Ada',4,True,True");
  await shows("callback saw 'Ada'");
});

test('Enter in a text input submits its form', async () => {
  const input = form(0).locator('[data-testid="stTextInput"] input');
  await input.fill('Grace');
  await page.locator('[data-testid="InputInstructions"]', { hasText: 'Enter to submit form' }).waitFor();
  await input.press('Enter');
  await waitForAppRun(page);
  await shows('runs=3');
  await shows("profile='Grace',4,True,True");
  await shows("callback saw 'Grace'");
});

test('clear_on_submit hands the values to the script once, then resets the widgets', async () => {
  const area = form(1).locator('textarea');
  await area.fill('remember the milk');
  // No hint: with enter_to_submit=False the keyboard does not submit this form.
  assert.equal((await form(1).locator('[data-testid="InputInstructions"]').allInnerTexts()).join(''), '');
  // enter_to_submit=False: Ctrl+Enter applies to the form but does not submit it.
  await area.press('Control+Enter');
  await page.waitForTimeout(400);
  await shows('runs=3');
  await form(1).locator('[role="combobox"]').click();
  await page.locator('[data-testid="stMultiSelectDropdown"] [role="option"]', { hasText: 'b' }).click();
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  await shows('runs=3');
  await form(1).getByRole('button', { name: 'Post' }).click();
  await waitForAppRun(page);
  await shows("note='remember the milk',['b'],True");
  assert.equal(await area.inputValue(), '', 'the text area is cleared');
  assert.equal(await form(1).locator('[data-baseweb="tag"]').count(), 0, 'the multiselect is cleared');
  // The values the script got are not resent: the next submit sees defaults.
  await form(1).getByRole('button', { name: 'Post' }).click();
  await waitForAppRun(page);
  await shows("note='',[],True");
});

test('a form without a submit button shows the Missing Submit Button box', async () => {
  const box = form(2).locator('[data-testid="stAlert"]');
  await box.waitFor();
  assert.match(await box.innerText(), /Missing Submit Button/);
  assert.equal(await form(0).locator('[data-testid="stAlert"]').count(), 0);
  await screenshot(page, 'forms');
});
