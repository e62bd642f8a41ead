// examples/hello.py in headless Chromium: a user clicks, types, slides and
// selects, and the page follows.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  app = await startApp('examples/hello.py');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const markdown = (text) => page.locator('[data-testid="stMarkdown"]', { hasText: text });

test('the first run renders with Streamlit data-testids', async () => {
  await page.locator('[data-testid="stHeading"] h1', { hasText: 'Hello, rustlit' }).waitFor();
  for (const id of ['stAppViewContainer', 'stMain', 'stSidebar', 'stHeader', 'stMainMenu', 'stHorizontalBlock',
    'stColumn', 'stSlider', 'stSelectbox', 'stNumberInput', 'stTextInput', 'stRadio', 'stCheckbox', 'stButton',
    'stAlert', 'stText', 'stCaptionContainer']) {
    assert.ok(await page.locator(`[data-testid="${id}"]`).count() > 0, `${id} is on the page`);
  }
  assert.equal(await page.locator('.st-key-name [data-testid="stTextInput"]').count(), 1, 'keyed widget class');
  assert.equal(await page.locator('[data-testid="stElementContainer"][data-stale="true"]').count(), 0);
  await screenshot(page, 'hello');
});

test('clicking a button runs its callback', async () => {
  await page.locator('[data-testid="stButton"] button', { hasText: 'Click me' }).click();
  await waitForAppRun(page);
  await markdown('Button clicked 1 times.').waitFor();
  await page.locator('[data-testid="stButton"] button', { hasText: 'Click me' }).click();
  await waitForAppRun(page);
  await markdown('Button clicked 2 times.').waitFor();
});

test('typing into a text input updates the page on Enter', async () => {
  const input = page.locator('[data-testid="stTextInput"] input');
  await input.fill('Ada');
  await input.press('Enter');
  await waitForAppRun(page);
  await markdown('Good to see you, Ada!').waitFor();
});

test('sliding changes the value the script sees', async () => {
  const thumb = page.locator('[data-testid="stSlider"] [role="slider"]');
  await thumb.focus();
  await thumb.press('ArrowRight');
  await thumb.press('ArrowRight');
  await waitForAppRun(page);
  await markdown('⭐⭐⭐⭐⭐').waitFor();
  // Drag the thumb to the far right end of the track.
  const track = await page.locator('[data-testid="stSlider"] .st-slider-track').boundingBox();
  const box = await thumb.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width + 20, track.y + track.height / 2, { steps: 5 });
  await page.mouse.up();
  await waitForAppRun(page);
  await markdown('⭐'.repeat(10)).waitFor();
  assert.equal(await page.locator('[data-testid="stSliderThumbValue"]').innerText(), '10');
});

test('selecting an option and stepping a number input', async () => {
  await page.locator('[data-testid="stSelectbox"] [role="combobox"]').click();
  await page.locator('[data-testid="stSelectboxVirtualDropdown"] [role="option"]', { hasText: 'chocolate' }).click();
  await waitForAppRun(page);
  await markdown('2 × chocolate').waitFor();
  await page.locator('[data-testid="stNumberInputStepUp"]').click();
  await waitForAppRun(page);
  await markdown('3 × chocolate').waitFor();
});

test('checkbox, radio and toggle change what is rendered', async () => {
  await page.locator('[data-testid="stCheckbox"]', { hasText: 'Agree to the terms' }).locator('label').click();
  await waitForAppRun(page);
  await page.locator('[data-testid="stAlertContentSuccess"]', { hasText: 'Thanks for agreeing!' }).waitFor();
  await page.locator('[data-testid="stRadio"] label', { hasText: 'bold' }).click();
  await waitForAppRun(page);
  await page.locator('[data-testid="stText"]', { hasText: 'Mood: bold' }).waitFor();
  await page.locator('[data-testid="stCheckbox"]', { hasText: 'Show details' }).locator('label').click();
  await waitForAppRun(page);
  await page.locator('[data-testid="stExpander"] [data-testid="stJson"]').waitFor();
  await page.locator('[data-testid="stExpander"] [data-testid="stCode"]').waitFor();
  await screenshot(page, 'hello-after-interaction');
});
