// st.chat_input and st.chat_message in headless Chromium: a classic echo chat
// (history in session_state, one st.chat_message per message, the input at
// the top level). Enter sends and clears the box, Shift+Enter is a newline,
// messages render in order with their avatars, the input stays pinned to the
// bottom of the viewport while the history grows past one screen, and
// session_state can put text into the box.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

const VIEWPORT = { width: 900, height: 700 };

before(async () => {
  const script = writeScript(`
import base64
import streamlit as st

st.title("Echo")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
with st.chat_message("bot", avatar=PNG):
    st.text("welcome")
if "messages" not in st.session_state:
    st.session_state.messages = []
for m in st.session_state.messages:
    with st.chat_message(m["role"]):
        st.markdown(m["content"])
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs={st.session_state.runs}")
if st.button("Prefill"):
    st.session_state.box = "drafted for you"
if prompt := st.chat_input("Say something", key="box"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    reply = f"Echo: {prompt}"
    st.session_state.messages.append({"role": "assistant", "content": reply})
    with st.chat_message("assistant"):
        st.markdown(reply)
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const box = () => page.locator('[data-testid="stChatInputTextArea"]');
// The texts of the chat's messages (after the welcome message with the image avatar).
const contents = async () => (await page.locator('[data-testid="stChatMessageContent"]').allInnerTexts()).slice(1);

async function send(text) {
  await box().fill(text);
  await box().press('Enter');
  await page.locator('[data-testid="stChatMessageContent"]', { hasText: `Echo: ${text}` }).first().waitFor({ timeout: 10_000 });
  await waitForAppRun(page);
}

test('the chat input is pinned in the bottom container, empty, with its placeholder', async () => {
  const bottom = page.locator('[data-testid="stBottom"] [data-testid="stBottomBlockContainer"] [data-testid="stChatInput"]');
  await bottom.waitFor();
  assert.equal(await box().getAttribute('placeholder'), 'Say something');
  assert.equal(await box().inputValue(), '');
  assert.ok(await page.locator('[data-testid="stChatInputSubmitButton"]').isDisabled(), 'nothing to send yet');
  assert.equal(await page.locator('[data-testid="stMain"] [data-testid="stChatInput"]').count(), 1, 'inside the main area');
});

test('Enter sends the message, the box clears, and the messages render in order', async () => {
  await send('hello');
  assert.equal(await box().inputValue(), '', 'the box clears after a submit');
  await send('second');
  assert.deepEqual(await contents(), ['hello', 'Echo: hello', 'second', 'Echo: second']);
  assert.equal(await page.locator('[data-testid="stChatMessageAvatarUser"]').count(), 2);
  assert.equal(await page.locator('[data-testid="stChatMessageAvatarAssistant"]').count(), 2);
  const labels = await page.locator('[data-testid="stChatMessageContent"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.deepEqual(labels.slice(1), ['Chat message from user', 'Chat message from assistant', 'Chat message from user', 'Chat message from assistant']);
});

test('an image avatar given as bytes is served from the media store', async () => {
  const img = page.locator('[data-testid="stChatMessageAvatarImage"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="stChatMessageAvatarImage"]')?.naturalWidth === 1, null, { timeout: 10_000 });
  assert.match(await img.getAttribute('src'), /\/media\/[^/]+\.png$/);
});

test('a rerun does not send the message again', async () => {
  const before = await contents();
  const runs = await page.locator('[data-testid="stText"]', { hasText: 'runs=' }).innerText();
  await box().evaluate((el) => el.blur());
  await page.keyboard.press('r');
  await page.locator('[data-testid="stText"]', { hasText: `runs=${Number(runs.slice(5)) + 1}` }).waitFor({ timeout: 10_000 });
  await waitForAppRun(page);
  assert.deepEqual(await contents(), before);
});

test('Shift+Enter makes a newline and the box grows with its text', async () => {
  const empty = (await box().boundingBox()).height;
  await box().click();
  await page.keyboard.type('line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line two');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line three');
  assert.equal(await box().inputValue(), 'line one\nline two\nline three', 'no submit on Shift+Enter');
  const grown = (await box().boundingBox()).height;
  assert.ok(grown > empty + 20, `the textarea grows (${empty} -> ${grown})`);
  await box().press('Enter');
  await page.locator('[data-testid="stChatMessageContent"]', { hasText: 'Echo: line one' }).waitFor({ timeout: 10_000 });
  await waitForAppRun(page);
  assert.equal(await box().inputValue(), '');
});

test('the input stays at the bottom of the viewport while the history grows past one screen', async () => {
  for (let i = 0; i < 5; i += 1) await send(`message ${i}`);
  const main = page.locator('[data-testid="stMain"]');
  const overflow = await main.evaluate((el) => el.scrollHeight - el.clientHeight);
  assert.ok(overflow > 0, 'the history is taller than the viewport');
  const input = await page.locator('[data-testid="stChatInput"]').boundingBox();
  assert.ok(input.y + input.height <= VIEWPORT.height, 'the input is inside the viewport');
  assert.ok(input.y + input.height > VIEWPORT.height - 100, `the input sits at the bottom (bottom edge at ${input.y + input.height})`);
  // The newest message is scrolled into view above the input, not hidden behind it.
  // (The scroll follows the content after layout: wait a frame or two for it.)
  await page.waitForFunction(() => {
    const messages = document.querySelectorAll('[data-testid="stChatMessage"]');
    const last = messages[messages.length - 1].getBoundingClientRect();
    const input = document.querySelector('[data-testid="stChatInput"]').getBoundingClientRect();
    return last.bottom <= input.top && last.bottom > input.top - 150;
  }, null, { timeout: 3_000 });
  // Scrolled to the top, the input is still at the bottom of the viewport.
  await main.evaluate((el) => el.scrollTo(0, 0));
  const still = await page.locator('[data-testid="stChatInput"]').boundingBox();
  assert.equal(Math.round(still.y), Math.round(input.y));
  await screenshot(page, 'chat-echo');
});

test('session_state puts text into the box without sending it', async () => {
  const before = await contents();
  await page.locator('[data-testid="stButton"] button', { hasText: 'Prefill' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="stChatInputTextArea"]')?.value === 'drafted for you', null, { timeout: 10_000 });
  await waitForAppRun(page);
  assert.deepEqual(await contents(), before, 'nothing was sent');
  await box().press('Enter');
  await page.locator('[data-testid="stChatMessageContent"]', { hasText: 'Echo: drafted for you' }).waitFor({ timeout: 10_000 });
});
