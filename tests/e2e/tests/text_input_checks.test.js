// st.text_input's 1.67 options in a real browser: the types (email's icon,
// placeholder, input type and format check; search's clear button), `validate`
// and `required` checked before anything is sent (the field turns red, its "!"
// tells why, the script keeps the last good value), a form that is not
// submitted while a field fails, and `live` sending after a pause in typing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;
let required;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

email = st.text_input("Email", type="email")
code = st.text_input("Code", validate=(r"^\\d{3}$", "Three digits, please."), required=True, value="111")
found = st.text_input("Search", type="search")
live = st.text_input("Live", live="0.2s")
st.write(f"email={email!r} code={code!r} search={found!r} live={live!r}")
with st.form("f"):
    name = st.text_input("Name", required=True)
    submitted = st.form_submit_button("Save")
if submitted:
    st.session_state.saves = st.session_state.get("saves", 0) + 1
st.write(f"saves={st.session_state.get('saves', 0)} name={name!r}")
`));
  required = await startApp(writeScript(`
import streamlit as st

with st.form("f"):
    area = st.text_area("Area", required=True)
    num = st.number_input("Num", value=None, required=True)
    pick = st.selectbox("Pick", ["x", "y"], index=None, required=True)
    day = st.date_input("Day", value=None, required=True)
    hour = st.time_input("Time", value=None, required=True)
    sent = st.form_submit_button("Go")
if sent:
    st.session_state.sends = st.session_state.get("sends", 0) + 1
st.write(f"sends={st.session_state.get('sends', 0)} area={area!r} num={num!r} pick={pick!r} day={day} hour={hour}")
loose = st.number_input("Loose", value=5, required=True)
st.write(f"loose={loose!r}")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
  required?.stop();
});

test('types, checks before sending, forms held back, live typing', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const field = (label) => page.getByLabel(label, { exact: true });
  const widget = (label) => page.getByTestId('stTextInput').filter({ has: field(label) });
  const shows = (text) => page.getByText(text).waitFor();

  // email: its icon, placeholder and input type.
  assert.equal(await widget('Email').getByTestId('stTextInputIcon').innerText(), 'mail');
  assert.equal(await field('Email').getAttribute('placeholder'), 'you@example.com');
  assert.equal(await field('Email').getAttribute('type'), 'email');
  assert.equal(await field('Email').getAttribute('autocomplete'), 'email');
  await shows("email='' code='111' search='' live=''");

  // A bad address is not sent: the field is marked and its "!" says why.
  await field('Email').fill('not-an-email');
  await field('Email').press('Enter');
  await widget('Email').getByTestId('stTextInputErrorIcon').waitFor();
  assert.equal(await field('Email').getAttribute('aria-invalid'), 'true');
  await widget('Email').getByTestId('stTooltipErrorHoverTarget').hover();
  assert.equal(await page.getByTestId('stTooltipErrorContent').innerText(), 'Enter a valid email address.');
  await screenshot(page, 'text_input_invalid');
  await field('Email').fill('ada@example.org');
  assert.equal(await field('Email').getAttribute('aria-invalid'), null, 'typing clears the mark');
  await field('Email').press('Enter');
  await shows("email='ada@example.org' code='111'");

  // required + validate: the app's message, and blank text is refused; the script keeps '111'.
  assert.equal(await widget('Code').getByTestId('stWidgetLabelRequired').innerText(), '(required)');
  await field('Code').fill('12');
  await field('Code').press('Enter');
  await widget('Code').getByTestId('stTooltipErrorHoverTarget').hover();
  assert.equal(await page.getByTestId('stTooltipErrorContent').innerText(), 'Three digits, please.');
  await field('Code').fill('  ');
  await field('Code').press('Tab');
  // The new mark appears where the pointer already rests, and no browser
  // raises a hover for an element that appears under a still pointer.
  await page.mouse.move(0, 0);
  await widget('Code').getByTestId('stTooltipErrorHoverTarget').hover();
  assert.equal(await page.getByTestId('stTooltipErrorContent').innerText(), 'This field is required.');
  await field('Code').fill('123');
  await field('Code').press('Enter');
  await shows("code='123'");
  assert.equal(await page.getByText("code='12'").count(), 0);

  // search: the clear button empties the field and sends that.
  await field('Search').fill('cats');
  await field('Search').press('Enter');
  await shows("search='cats'");
  await widget('Search').getByTestId('stTextInputClearButton').click();
  await shows("search=''");
  assert.equal(await field('Search').inputValue(), '');

  // live: a pause in typing sends the text, no Enter needed.
  await field('Live').pressSequentially('abc', { delay: 30 });
  await shows("live='abc'");
  assert.equal(await field('Live').evaluate((e) => e === document.activeElement), true, 'still typing in it');

  // A form with an empty required field is not submitted; once filled it is.
  await page.getByRole('button', { name: 'Save' }).click();
  await widget('Name').getByTestId('stTextInputErrorIcon').waitFor();
  assert.equal(await page.getByText('saves=0').count(), 1);
  await field('Name').fill('Ada');
  await page.getByRole('button', { name: 'Save' }).click();
  await shows("saves=1 name='Ada'");
  assert.equal(await widget('Name').getByTestId('stTextInputErrorIcon').count(), 0);
  await screenshot(page, 'text_input_checks');
  await page.close();
});

test('required on text_area, number, selectbox, date and time: a form waits for all of them', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1300 } });
  await page.goto(required.url);
  await waitForAppRun(page);
  // The run can end before the page has drawn all of it: wait for the last of the six marks.
  await page.getByTestId('stWidgetLabelRequired').nth(5).waitFor();
  assert.equal(await page.getByTestId('stWidgetLabelRequired').count(), 6);

  await page.getByRole('button', { name: 'Go' }).click();
  for (const mark of ['stTextAreaErrorIcon', 'stSelectboxErrorIcon', 'stDateInputError', 'stTimeInputError']) {
    await page.getByTestId(mark).waitFor();
  }
  assert.equal(await page.getByTestId('stNumberInput').first().getByTestId('stTooltipErrorHoverTarget').count(), 1);
  assert.equal(await page.getByText('sends=0').count(), 1, 'not submitted');
  await screenshot(page, 'required_fields');

  // Filling them in takes each mark away; then the form goes.
  await page.getByLabel('Area', { exact: true }).fill('notes');
  await page.getByLabel('Num', { exact: true }).fill('7');
  await page.getByLabel('Num', { exact: true }).press('Tab');
  await page.getByTestId('stSelectbox').first().locator('[role=combobox]').click();
  await page.getByRole('option', { name: 'y' }).click();
  await page.getByLabel('Day', { exact: true }).fill('2024/03/05');
  await page.getByLabel('Day', { exact: true }).press('Enter');
  await page.getByLabel('Time', { exact: true }).fill('09:30');
  await page.getByLabel('Time', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Go' }).click();
  await page.getByText("sends=1 area='notes' num=7.0 pick='y' day=2024-03-05 hour=09:30:00").waitFor();
  assert.equal(await page.locator('.st-invalid').count(), 0);

  // Outside a form, emptying a required number keeps its last value.
  const loose = page.getByLabel('Loose', { exact: true });
  await loose.fill('');
  await loose.press('Enter');
  assert.equal(await loose.inputValue(), '5');
  assert.equal(await page.getByText('loose=5').count(), 1);
  await page.close();
});
