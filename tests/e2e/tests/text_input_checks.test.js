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
});

after(async () => {
  await browser?.close();
  served?.stop();
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
