// 1.67's `autoscroll` of a fixed-height st.container: by default one holding
// chat messages follows new content to its bottom, autoscroll=True makes any
// fixed-height container do so, autoscroll=False none; a viewer who scrolled
// up is left where they are.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

if "n" not in st.session_state:
    st.session_state.n = 12
if st.button("more"):
    st.session_state.n += 6
chat = st.container(height=200, key="chat")
plain = st.container(height=200, key="plain")
forced = st.container(height=200, key="forced", autoscroll=True)
still = st.container(height=200, key="still", autoscroll=False)
for i in range(st.session_state.n):
    chat.chat_message("user").write(f"message {i}")
    plain.write(f"line {i}")
    forced.write(f"row {i}")
    still.chat_message("assistant").write(f"reply {i}")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('fixed-height containers follow new content as 1.67 decides', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const box = (key) => page.locator(`.st-key-${key}`);
  const atBottom = (key) => box(key).evaluate((e) => e.scrollHeight - e.scrollTop - e.clientHeight < 30);
  const atTop = (key) => box(key).evaluate((e) => e.scrollTop === 0);
  await page.getByText('message 11').waitFor();

  await page.waitForFunction(() => {
    const e = document.querySelector('.st-key-chat');
    return e && e.scrollHeight - e.scrollTop - e.clientHeight < 30;
  });
  assert.ok(await atBottom('forced'), 'autoscroll=True follows any content');
  assert.ok(await atTop('plain'), 'no chat messages: no autoscroll by default');
  assert.ok(await atTop('still'), 'autoscroll=False never scrolls');

  // The viewer scrolls the chat up; new messages leave it there, while `forced` keeps following.
  await box('chat').evaluate((e) => { e.scrollTop = 0; e.dispatchEvent(new Event('scroll')); });
  await page.getByRole('button', { name: 'more' }).click();
  await page.getByText('message 17').waitFor();
  await waitForAppRun(page);
  assert.ok(await atTop('chat'), 'a chat scrolled up by the viewer stays put');
  assert.ok(await atBottom('forced'), 'new rows scroll autoscroll=True to the bottom');
  await page.close();
});
