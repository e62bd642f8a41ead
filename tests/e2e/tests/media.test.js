// st.image, st.audio and st.video in a real browser: images at their natural
// size with their captions (`stImage` > `stImageContainer` > img +
// `stImageCaption`), a row of images at a given width, the fullscreen button
// of the element toolbar, and players whose sources the browser can fetch
// (200, or 206 for a range, with the file's type). NumPy and Pillow come from
// the test venv, as in pypi_components.test.js.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  browser = await launchBrowser();
  const script = writeScript(`
import numpy as np
import streamlit as st

img = np.zeros((80, 120, 3), dtype=np.uint8)
img[:, :60, 0] = 255
st.image(img, caption="natural size")
st.image([img, img[:, :, ::-1]], caption=["left", "right"], width=50)
st.image(img, width="stretch")
t = np.linspace(0, 0.5, 4000)
st.audio(np.sin(2 * np.pi * 440 * t), sample_rate=8000, start_time=0)
st.video(b"\\x00\\x00\\x00\\x18ftypmp42" + bytes(2000), subtitles={"English": "WEBVTT\\n\\n00:00.000 --> 00:01.000\\nhi\\n"},
         muted=True)
`);
  served = await startApp(script);
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('images render at their natural size, in rows, with captions and a fullscreen button', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const images = page.getByTestId('stImage');
  assert.equal(await images.count(), 3);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=stImage] img')].every((i) => i.complete && i.naturalWidth > 0));

  const first = images.nth(0);
  const size = await first.locator('img').evaluate((i) => [i.naturalWidth, i.naturalHeight, i.getBoundingClientRect().width]);
  assert.deepEqual(size, [120, 80, 120]);
  assert.equal(await first.getByTestId('stImageCaption').getByTestId('stCaptionContainer').innerText(), 'natural size');
  const src = await first.locator('img').getAttribute('src');
  assert.match(src, /^\/media\/[0-9a-f]+\.jpg$/);

  const row = images.nth(1).getByTestId('stImageContainer');
  assert.equal(await row.count(), 2);
  assert.deepEqual(await images.nth(1).getByTestId('stImageCaption').allInnerTexts(), ['left', 'right']);
  const boxes = await row.locator('img').evaluateAll((is) => is.map((i) => i.getBoundingClientRect()).map((r) => [r.width, r.top]));
  assert.deepEqual(boxes.map((b) => b[0]), [50, 50]);
  assert.equal(boxes[0][1], boxes[1][1], 'side by side');

  const stretched = await images.nth(2).locator('img').evaluate((i) => i.getBoundingClientRect().width);
  const column = await page.getByTestId('stElementContainer').nth(2).evaluate((e) => e.parentElement.getBoundingClientRect().width);
  assert.equal(Math.round(stretched), Math.round(column));

  // The toolbar shows on hover; its button opens the image over the window, Escape closes it.
  const frame = page.getByTestId('stFullScreenFrame').first();
  const toolbar = frame.getByTestId('stElementToolbar');
  assert.equal(await toolbar.evaluate((e) => getComputedStyle(e).opacity), '0');
  await first.hover();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=stElementToolbar]')).opacity === '1');
  const button = toolbar.getByTestId('stBaseButton-elementToolbar');
  assert.equal(await button.getAttribute('aria-label'), 'Fullscreen: natural size');
  await button.click();
  // As 1.67: the frame covers the window; a "content" image keeps its size, centred at the top.
  const expanded = await frame.evaluate((e) => [getComputedStyle(e).position, e.getBoundingClientRect().width]);
  assert.deepEqual(expanded, ['fixed', 1000]);
  assert.equal(await button.getAttribute('aria-label'), 'Close fullscreen: natural size');
  const box = await first.locator('img').boundingBox();
  assert.equal(box.width, 120);
  assert.equal(Math.round(box.x + box.width / 2), 500);
  await screenshot(page, 'media-fullscreen');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid=stFullScreenFrame]')).position === 'relative');
  await page.mouse.move(900, 1100);
  await screenshot(page, 'media');
  await page.close();
});

test('audio and video sources are served with their types and ranges', async () => {
  const page = await browser.newPage();
  await page.goto(served.url);
  await waitForAppRun(page);
  const audio = page.getByTestId('stAudio');
  const audioSrc = await audio.getAttribute('src');
  assert.match(audioSrc, /^\/media\/[0-9a-f]+\.wav$/);
  // The browser decodes it: a playable 0.5 s WAV.
  await page.waitForFunction(() => document.querySelector('[data-testid=stAudio]').readyState >= 1);
  const duration = await audio.evaluate((a) => a.duration);
  assert.ok(Math.abs(duration - 0.5) < 0.01, `duration ${duration}`);

  const video = page.getByTestId('stVideo');
  assert.equal(await video.evaluate((v) => v.muted), true);
  const videoSrc = await video.getAttribute('src');
  const track = video.getByTestId('stVideoSubtitle');
  assert.equal(await track.getAttribute('label'), 'English');
  const fetched = await page.evaluate(async ([v, t, a]) => {
    const part = await fetch(v, { headers: { Range: 'bytes=0-9' } });
    const whole = await fetch(t);
    const sound = await fetch(a);
    return [
      part.status, part.headers.get('content-type'), part.headers.get('content-range'), (await part.arrayBuffer()).byteLength,
      whole.status, whole.headers.get('content-type'), await whole.text(),
      sound.status, sound.headers.get('content-type'),
    ];
  }, [videoSrc, await track.getAttribute('src'), audioSrc]);
  assert.deepEqual(fetched, [
    206, 'video/mp4', 'bytes 0-9/2012', 10,
    200, 'text/vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nhi',
    200, 'audio/wav',
  ]);
  await page.close();
});
