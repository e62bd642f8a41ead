// Typing into a selectbox or multiselect filters its options as 1.67 does:
// "fuzzy" (the default) keeps the options with the typed letters in order and
// lists the best match first, "prefix" and "contains" match text, None allows
// no typing; a multiselect offers "Select all" (or "Select N matches" while
// searching) up to its `select_all` threshold; selectbox and number_input show
// their `icon` inside the field.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

fruit = ["Banana", "Pineapple", "apple", "Grape fruit", "Apricot"]
st.selectbox("Fuzzy", fruit, icon=":material/search:")
st.selectbox("Prefix", fruit, filter_mode="prefix")
st.selectbox("Fixed", fruit, filter_mode=None)
picked = st.multiselect("Many", fruit, filter_mode="contains")
st.write("picked:", ", ".join(picked))
st.multiselect("Capped", [f"o{i}" for i in range(6)], select_all=5)
st.multiselect("Never", ["x", "y", "z"], select_all=False)
st.number_input("Price", icon="💶")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

const optionTexts = (page, testId) => page.getByTestId(testId).getByRole('option').allInnerTexts();

test('filter modes, select all and field icons', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);

  const fuzzy = page.getByTestId('stSelectbox').filter({ hasText: 'Fuzzy' });
  await fuzzy.getByTestId('stSelectboxIcon').waitFor();
  await fuzzy.getByRole('combobox').click();
  await fuzzy.locator('input').fill('ap');
  assert.deepEqual(await optionTexts(fuzzy, 'stSelectboxVirtualDropdown'), ['apple', 'Apricot', 'Pineapple', 'Grape fruit']);
  await fuzzy.locator('input').fill('gf');
  assert.deepEqual(await optionTexts(fuzzy, 'stSelectboxVirtualDropdown'), ['Grape fruit']);
  await fuzzy.locator('input').press('Escape');

  const prefix = page.getByTestId('stSelectbox').filter({ hasText: 'Prefix' });
  await prefix.getByRole('combobox').click();
  await prefix.locator('input').fill('ap');
  assert.deepEqual(await optionTexts(prefix, 'stSelectboxVirtualDropdown'), ['apple', 'Apricot']);
  await prefix.locator('input').press('Escape');

  const fixed = page.getByTestId('stSelectbox').filter({ hasText: 'Fixed' });
  await fixed.getByRole('combobox').click();
  await fixed.locator('input').press('a');
  assert.equal(await fixed.locator('input').inputValue(), '', 'filter_mode=None allows no typing');
  assert.equal((await optionTexts(fixed, 'stSelectboxVirtualDropdown')).length, 5);
  await fixed.locator('input').press('Escape');

  // contains: "pp" matches two fruit; "Select 2 matches" picks both.
  const many = page.getByTestId('stMultiSelect').filter({ hasText: 'Many' });
  await many.locator('input').click();
  assert.equal((await optionTexts(many, 'stMultiSelectDropdown'))[0], 'Select all');
  await many.locator('input').fill('pp');
  assert.deepEqual(await optionTexts(many, 'stMultiSelectDropdown'), ['Select 2 matches', 'Pineapple', 'apple']);
  await many.getByRole('option', { name: 'Select 2 matches' }).click();
  await page.getByText('picked: Pineapple, apple').waitFor();
  await many.locator('input').press('Escape');

  // select_all=5 with 6 options: no bulk row until one is picked.
  const capped = page.getByTestId('stMultiSelect').filter({ hasText: 'Capped' });
  await capped.locator('input').click();
  assert.ok(!(await optionTexts(capped, 'stMultiSelectDropdown')).includes('Select all'));
  await capped.getByRole('option', { name: 'o0' }).click();
  await waitForAppRun(page);
  await capped.locator('input').click();
  assert.equal((await optionTexts(capped, 'stMultiSelectDropdown'))[0], 'Select all');
  await capped.locator('input').press('Escape');

  const never = page.getByTestId('stMultiSelect').filter({ hasText: 'Never' });
  await never.locator('input').click();
  assert.deepEqual(await optionTexts(never, 'stMultiSelectDropdown'), ['x', 'y', 'z']);
  await never.locator('input').press('Escape');

  await page.getByTestId('stNumberInputIcon').filter({ hasText: '💶' }).waitFor();
  await screenshot(page, 'select_filtering');
  await page.close();
});
