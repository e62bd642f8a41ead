// st.chat_input(accept_audio=True) in headless Chromium with its fake
// microphone: recording replaces the text box with the levels and the
// Cancel / Submit recording buttons; submitting sends the recording as a WAV
// at the widget's sample rate together with the text typed before it and the
// attached files, as 1.67 does; cancelling sends nothing and keeps the text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import wave
import streamlit as st

if "runs" not in st.session_state:
    st.session_state.runs = 0
st.session_state.runs += 1
st.text(f"runs={st.session_state.runs}")
msg = st.chat_input("Say something", accept_audio=True, audio_sample_rate=8000, accept_file=True)
if msg and msg.audio:
    with wave.open(msg.audio) as w:
        st.text(
            f"voice text={msg.text!r} files={[f.name for f in msg.files]} {msg.audio.type} "
            f"{msg.audio.name.startswith('audio-') and msg.audio.name.endswith('.wav')} "
            f"{w.getframerate()}Hz {w.getnchannels()}ch long={w.getnframes() > 4000}"
        )
elif msg:
    st.text(f"text only {msg.text!r} audio={msg.audio}")
`);
  app = await startApp(script);
  browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  const context = await browser.newContext({ viewport: { width: 800, height: 600 }, permissions: ['microphone'] });
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 15_000 });
const chat = () => page.getByTestId('stChatInput');

test('a cancelled recording sends nothing and keeps the typed text', async () => {
  await chat().getByTestId('stChatInputTextArea').fill('kept');
  await chat().getByTestId('stChatInputMicButton').click();
  await chat().getByTestId('stChatInputWaveform').waitFor();
  assert.equal(await chat().getByTestId('stChatInputTextArea').count(), 0);
  await chat().getByTestId('stChatInputCancelButton').click();
  assert.equal(await chat().getByTestId('stChatInputTextArea').inputValue(), 'kept');
  await shows('runs=1');
  assert.equal(await page.getByText('voice text=').count(), 0);
});

test('a recording goes with the text and files as a WAV at the sample rate asked for', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rustlit-chat-voice-'));
  const notes = path.join(dir, 'notes.txt');
  writeFileSync(notes, 'hi');
  await chat().getByTestId('stChatInputFileInput').setInputFiles(notes);
  await page.waitForFunction(
    () => ![...document.querySelectorAll('[data-testid="stFileChip"]')].some((c) => c.textContent.includes('…')),
  );
  await chat().getByTestId('stChatInputMicButton').click();
  // The fake microphone's levels arrive as bars over the dashed baseline.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stChatInputWaveform"] span').length > 8, null, {
    timeout: 10_000,
  });
  await screenshot(page, 'chat-voice-recording');
  await chat().getByTestId('stChatInputApproveButton').click();
  await shows("voice text='kept' files=['notes.txt'] audio/wav True 8000Hz 1ch long=True");
  // The box is back, empty, with no chips.
  assert.equal(await chat().getByTestId('stChatInputTextArea').inputValue(), '');
  assert.equal(await page.getByTestId('stFileChip').count(), 0);
  await screenshot(page, 'chat-voice-sent');
});

test('a later text message has no audio', async () => {
  await chat().getByTestId('stChatInputTextArea').fill('plain');
  await chat().getByTestId('stChatInputTextArea').press('Enter');
  await shows("text only 'plain' audio=None");
});
