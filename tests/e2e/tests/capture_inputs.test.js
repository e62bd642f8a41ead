// st.camera_input and st.audio_input in headless Chromium with its fake
// camera and microphone: a photo and a recording reach the script as a JPEG
// and a WAV at the asked sample rate; clearing them empties the value.
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

photo = st.camera_input("Take a picture")
st.text(f"photo={photo.type}:{photo.getvalue()[:2].hex()}:{photo.name.startswith('camera-input-')}" if photo else "photo=none")
voice = st.audio_input("Record a voice message", sample_rate=16000)
if voice:
    with wave.open(voice) as w:
        st.text(f"voice={voice.type}:{w.getframerate()}Hz:{w.getnchannels()}ch:{w.getnframes() > 1000}")
else:
    st.text("voice=none")
`);
  app = await startApp(script);
  browser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
  const context = await browser.newContext({ viewport: { width: 800, height: 1000 }, permissions: ['camera', 'microphone'] });
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 15_000 });

test('a photo is taken, uploaded as a JPEG, and cleared', async () => {
  const camera = page.getByTestId('stCameraInput');
  await camera.locator('video').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="stCameraInput"] video')?.videoWidth > 0);
  await camera.getByTestId('stCameraInputButton').click();
  await shows('photo=image/jpeg:ffd8:True');
  await camera.locator('img').waitFor();
  assert.equal(await camera.getByTestId('stCameraInputButton').innerText(), '✕ Clear photo');
  await screenshot(page, 'camera-input');
  await camera.getByTestId('stCameraInputButton').click();
  await shows('photo=none');
  await camera.locator('video').waitFor();
});

test('a recording is uploaded as a WAV at the sample rate asked for', async () => {
  const recorder = page.getByTestId('stAudioInput');
  await recorder.getByRole('button', { name: 'Record' }).click();
  await recorder.getByRole('button', { name: 'Stop recording' }).waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="stAudioInputWaveformTimeCode"]')?.textContent === '00:01',
    null,
    { timeout: 10_000 },
  );
  await recorder.getByRole('button', { name: 'Stop recording' }).click();
  await shows('voice=audio/wav:16000Hz:1ch:True');
  await screenshot(page, 'audio-input');
  await recorder.getByRole('button', { name: 'Clear recording' }).click();
  await shows('voice=none');
});
