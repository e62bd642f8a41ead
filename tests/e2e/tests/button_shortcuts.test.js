// Buttons' keyboard shortcuts (`shortcut=`), `icon_position`, pixel `width` and `wrap`, in a
// real browser, checked against 1.67 on the same scripts. Shortcuts: the hint
// 1.67 shows after the label ("Ctrl + Shift + S"; Linux spells cmd and mod as Ctrl), a press
// clicks the button (a rerun with its trigger; a download; a form submit), a plain key typed in
// a field does not, a shortcut with Ctrl does even there, and a disabled button binds nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;
let sizes;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import streamlit as st

st.session_state.setdefault("n", 0)
st.session_state.setdefault("m", 0)
if st.button("Save", shortcut="k"):
    st.session_state.n += 1
if st.button("Ctrl", shortcut="Ctrl+Shift+S", icon=":material/add:", icon_position="right"):
    st.session_state.m += 1
st.button("Off", shortcut="j", disabled=True, on_click=lambda: st.session_state.update(n=-100))
st.download_button("Download", data="hello", file_name="hello.txt", shortcut="d")
st.text_input("type here")
with st.form("f"):
    st.text_input("in form", key="typed")
    submitted = st.form_submit_button("Submit", shortcut="mod+enter")
st.text(f"n {st.session_state.n} m {st.session_state.m} submitted {submitted} {st.session_state.get('typed')!r}")
`));
  sizes = await startApp(writeScript(`
import streamlit as st

st.button("A long label for a narrow button", width=120, wrap=False, key="a")
st.button("A long label for a narrow button", width=120, key="b")
st.button("Short", width=300, icon=":material/add:", icon_position="right", key="c")
with st.container(horizontal=True):
    st.button("In a row with a label that is rather long indeed", key="d")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  sizes?.stop();
});

async function status(page) {
  return page.getByTestId('stText').last().textContent();
}

async function press(page, keys) {
  await page.keyboard.press(keys);
  await page.waitForTimeout(200);
  await waitForAppRun(page);
}

test('a shortcut clicks its button, shows its hint, and leaves typing alone', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, acceptDownloads: true });
  await page.goto(app.url);
  await waitForAppRun(page);

  const hints = await page.locator('kbd').evaluateAll((ks) => ks.map((k) => [k.textContent, k.getAttribute('aria-label')]));
  assert.deepEqual(hints, [
    ['K', 'Shortcut K'],
    ['Ctrl + Shift + S', 'Shortcut Ctrl + Shift + S'],
    ['J', 'Shortcut J'],
    ['D', 'Shortcut D'],
    ['Ctrl + Enter', 'Shortcut Ctrl + Enter'],
  ]);
  // icon_position="right": the icon after the label, then the hint.
  const order = await page.getByTestId('stButton').nth(1).locator('button').evaluate((b) =>
    [...b.querySelectorAll('[data-testid="stIconMaterial"], [data-testid="stMarkdownContainer"], kbd')].map((e) => e.tagName === 'KBD' ? 'kbd' : e.dataset.testid));
  assert.deepEqual(order, ['stMarkdownContainer', 'stIconMaterial', 'kbd']);

  assert.equal(await status(page), "n 0 m 0 submitted False ''");
  await press(page, 'k');
  assert.equal(await status(page), "n 1 m 0 submitted False ''");
  await press(page, 'Control+k'); // an extra modifier is another shortcut
  await press(page, 'Control+Shift+S');
  assert.equal(await status(page), "n 1 m 1 submitted False ''");
  await press(page, 'j'); // disabled: nothing
  assert.equal(await status(page), "n 1 m 1 submitted False ''");

  // Typing a shortcut's key in a field types it.
  const field = page.getByLabel('type here');
  await field.click();
  await page.keyboard.type('kid');
  await page.waitForTimeout(300);
  assert.equal(await field.inputValue(), 'kid');
  assert.equal(await status(page), "n 1 m 1 submitted False ''");

  // Ctrl+Enter submits the form even from inside its field.
  await page.getByLabel('in form').fill('hi');
  await page.getByLabel('in form').press('Control+Enter');
  await page.waitForTimeout(200);
  await waitForAppRun(page);
  assert.equal(await status(page), "n 1 m 1 submitted True 'hi'");

  // D downloads the file.
  await page.locator('body').press('Escape');
  await page.getByTestId('stApp').click({ position: { x: 5, y: 5 } });
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('d')]);
  assert.equal(download.suggestedFilename(), 'hello.txt');
  await screenshot(page, 'button-shortcuts');
  await page.close();
});

test('pixel widths, wrap=False and the default in a row, as 1.67 lays them out', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  await page.goto(sizes.url);
  await waitForAppRun(page);
  const got = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="stButton"] button')].map((b) => {
      const r = b.getBoundingClientRect();
      const p = b.querySelector('[data-testid="stMarkdownContainer"]');
      return { w: Math.round(r.width), h: Math.round(r.height), nowrap: getComputedStyle(p).whiteSpace === 'nowrap' };
    }));
  // 1.67: 120 px cut to one line (40 px high); 120 px wrapped onto three lines (77 px); 300 px;
  // in a row one line at the label's width.
  assert.deepEqual(got.map((b) => b.w).slice(0, 3), [120, 120, 300]);
  assert.equal(got[0].h, 40);
  assert.equal(got[0].nowrap, true);
  assert.ok(got[1].h > 60, JSON.stringify(got[1]));
  assert.equal(got[1].nowrap, false);
  assert.equal(got[3].nowrap, true);
  assert.equal(got[3].h, 40);
  const cut = await page.getByTestId('stButton').nth(0).locator('.st-button-label').evaluate((e) => e.scrollWidth > e.clientWidth);
  assert.equal(cut, true);
  await screenshot(page, 'button-sizes');
  await page.close();
});
