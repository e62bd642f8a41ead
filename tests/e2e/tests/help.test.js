// st.help and st.write(function) in a real browser: 1.67's stHelp card with
// the expression's name, type and value, the docstring and the members table.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

class Dog:
    """A good dog."""
    legs = 4
    def bark(self):
        """Say woof."""

st.help(Dog)
def fetch(url: str) -> bytes:
    """Fetch a URL."""
st.write(fetch)
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('help cards show name, type, value, docstring and members', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const [dog, fetch] = [page.getByTestId('stHelp').nth(0), page.getByTestId('stHelp').nth(1)];
  assert.equal(await dog.getByTestId('stHelpName').innerText(), 'Dog');
  assert.equal(await dog.getByTestId('stHelpType').innerText(), 'class');
  assert.equal(await dog.getByTestId('stHelpDoc').innerText(), 'A good dog.');
  const members = dog.getByTestId('stHelpMember');
  assert.deepEqual(await members.getByTestId('stHelpMemberDocName').allInnerTexts(), ['legs', 'bark']);
  assert.equal(await members.nth(0).getByTestId('stHelpMemberDocValue').innerText(), '4');
  assert.equal(await members.nth(1).getByTestId('stHelpMemberDocString').innerText(), 'Say woof.');
  assert.equal(await fetch.getByTestId('stHelpName').innerText(), 'fetch');
  assert.match(await fetch.getByTestId('stHelpValue').innerText(), /fetch\(url: str\) -> bytes$/);
  await screenshot(page, 'help');
  await page.close();
});
