// Choice and text widgets in headless Chromium: a user types in a text area,
// picks in a multiselect, clicks pills, a segmented control and feedback,
// drags a select slider and picks a colour; the page shows what the script saw.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import streamlit as st

notes = st.text_area("Notes", "hello", key="notes")
st.text(f"notes={notes!r}")
fruits = st.multiselect("Fruits", ["apple", "banana", "cherry"], default=["apple"], max_selections=2)
st.text(f"fruits={fruits!r}")
everything = st.multiselect("Everything", ["alpha", "beta", "gamma", "delta"])
st.multiselect("Locked", ["kept"], default=["kept"], disabled=True)
st.text(f"everything={everything!r}")
pill = st.pills("Pills", ["one", "two", "three"])
st.text(f"pill={pill!r}")
tags = st.pills("Tags", ["red", "green", "blue"], selection_mode="multi")
st.text(f"tags={tags!r}")
side = st.segmented_control("Side", ["left", "mid", "right"], default="mid")
st.text(f"side={side!r}")
thumbs = st.feedback("thumbs")
st.text(f"thumbs={thumbs!r}")
stars = st.feedback("stars")
st.text(f"stars={stars!r}")
size = st.select_slider("Size", ["S", "M", "L", "XL"], value="M")
st.text(f"size={size!r}")
span = st.select_slider("Span", [1, 2, 3, 4, 5], value=(2, 4))
st.text(f"span={span!r}")
colour = st.color_picker("Colour", "#FF0000")
st.text(f"colour={colour!r}")
st.link_button("Docs", "https://example.com/docs")
flavour = st.selectbox("Flavour", ["vanilla", "mint"], accept_new_options=True)
st.text(f"flavour={flavour!r}")
st.text_input("Secret", "hunter2", type="password")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 1800 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });

test('typing in a text area applies on Ctrl+Enter and on blur, not per keystroke', async () => {
  await shows("notes='hello'");
  const area = page.locator('[data-testid="stTextArea"] textarea');
  await area.fill('line one\nline two');
  await page.locator('[data-testid="InputInstructions"]', { hasText: 'Press Ctrl+Enter to apply' }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.locator('[data-testid="stText"]', { hasText: "notes='hello'" }).count(), 1);
  await area.press('Control+Enter');
  await waitForAppRun(page);
  await shows("notes='line one\\nline two'");
  await area.fill('blurred');
  await page.locator('[data-testid="stMarkdown"], [data-testid="stText"]').first().click();
  await waitForAppRun(page);
  await shows("notes='blurred'");
});

test('a multiselect adds from its drop-down, removes chips and honours max_selections', async () => {
  const ms = page.locator('[data-testid="stMultiSelect"]').filter({ hasText: 'Fruits' });
  await ms.locator('[role="combobox"]').click();
  await page.locator('[data-testid="stMultiSelectDropdown"] [role="option"]', { hasText: 'cherry' }).click();
  await waitForAppRun(page);
  await shows("fruits=['apple', 'cherry']");
  await ms.locator('[role="combobox"]').click();
  await page.locator('[data-testid="stMultiSelectDropdown"]', { hasText: 'only select up to 2' }).waitFor();
  await page.keyboard.press('Escape');
  await ms.getByRole('button', { name: 'Remove apple' }).click();
  await waitForAppRun(page);
  await shows("fruits=['cherry']");
  // Typing filters; Enter picks the first match.
  await ms.locator('input').fill('ban');
  await ms.locator('input').press('Enter');
  await waitForAppRun(page);
  await shows("fruits=['cherry', 'banana']");
});

test('"Select N matches" adds every option the filter shows', async () => {
  const all = page.locator('[data-testid="stMultiSelect"]').filter({ hasText: 'Everything' });
  await all.locator('input').fill('e');
  const list = page.locator('[data-testid="stMultiSelectDropdown"] [role="option"]');
  // While searching, 1.67 names the bulk row after the matches it adds.
  assert.deepEqual(await list.allInnerTexts(), ['Select 2 matches', 'beta', 'delta']);
  await list.filter({ hasText: 'Select 2 matches' }).click();
  await waitForAppRun(page);
  await shows("everything=['beta', 'delta']");
  // A single match: nothing to select "all" of.
  await all.locator('input').fill('gam');
  assert.deepEqual(await list.allInnerTexts(), ['gamma']);
  await all.locator('input').press('Escape');
  // A disabled multiselect shows its chips without a way to remove them.
  const locked = page.locator('[data-testid="stMultiSelect"]').filter({ hasText: 'Locked' });
  assert.equal(await locked.locator('[data-baseweb="tag"]').innerText(), 'kept');
  assert.equal(await locked.getByRole('button').count(), 0);
});

test('pills and segmented controls toggle as Streamlit does', async () => {
  const pills = page.locator('[data-testid="stButtonGroup"]').filter({ hasText: 'Pills' });
  await pills.getByRole('button', { name: 'two' }).click();
  await waitForAppRun(page);
  await shows("pill='two'");
  assert.equal(await pills.locator('[data-testid="stBaseButton-pillsActive"]').innerText(), 'two');
  await pills.getByRole('button', { name: 'two' }).click();
  await waitForAppRun(page);
  await shows('pill=None');
  const tags = page.locator('[data-testid="stButtonGroup"]').filter({ hasText: 'Tags' });
  await tags.getByRole('button', { name: 'blue' }).click();
  await waitForAppRun(page);
  await tags.getByRole('button', { name: 'red' }).click();
  await waitForAppRun(page);
  await shows("tags=['red', 'blue']");
  const side = page.locator('[data-testid="stButtonGroup"]').filter({ hasText: 'Side' });
  await side.getByRole('button', { name: 'right' }).click();
  await waitForAppRun(page);
  await shows("side='right'");
  assert.equal(await side.locator('[data-testid="stBaseButton-segmented_controlActive"]').innerText(), 'right');
});

test('feedback thumbs and stars', async () => {
  const thumbs = page.locator('[data-testid="stFeedback"]').nth(0);
  await thumbs.getByRole('button', { name: 'thumbs down' }).click();
  await waitForAppRun(page);
  await shows('thumbs=0');
  await thumbs.getByRole('button', { name: 'thumbs up' }).click();
  await waitForAppRun(page);
  await shows('thumbs=1');
  await thumbs.getByRole('button', { name: 'thumbs up' }).click();
  await waitForAppRun(page);
  await shows('thumbs=None');
  const stars = page.locator('[data-testid="stFeedback"]').nth(1);
  await stars.getByRole('button', { name: '4 stars' }).click();
  await waitForAppRun(page);
  await shows('stars=3');
  assert.equal(await stars.locator('[data-testid="stBaseButton-borderlessIconActive"]').count(), 4);
});

test('dragging and stepping a select slider', async () => {
  const slider = page.locator('[data-testid="stSlider"]').filter({ hasText: 'Size' });
  const thumb = slider.locator('[role="slider"]');
  const track = await slider.locator('.st-slider-track').boundingBox();
  const box = await thumb.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width + 30, track.y + track.height / 2, { steps: 6 });
  await page.mouse.up();
  await waitForAppRun(page);
  await shows("size='XL'");
  assert.equal(await slider.locator('[data-testid="stSliderThumbValue"]').innerText(), 'XL');
  await thumb.focus();
  await thumb.press('ArrowLeft');
  await waitForAppRun(page);
  await shows("size='L'");
  const span = page.locator('[data-testid="stSlider"]').filter({ hasText: 'Span' });
  const upper = span.locator('[role="slider"]').nth(1);
  await upper.focus();
  await upper.press('ArrowRight');
  await waitForAppRun(page);
  await shows('span=(2, 5)');
});

test('choosing a colour', async () => {
  await page.locator('[data-testid="stColorPicker"] input[type="color"]').fill('#00aa55');
  await waitForAppRun(page);
  await shows("colour='#00aa55'");
  const swatch = page.locator('[data-testid="stColorPickerBlock"]');
  assert.equal(await swatch.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(0, 170, 85)');
});

test('a password field hides its text until the eye is clicked', async () => {
  const field = page.locator('[data-testid="stTextInput"]').filter({ hasText: 'Secret' });
  assert.equal(await field.locator('input').getAttribute('type'), 'password');
  await field.getByRole('button', { name: 'Show password text' }).click();
  assert.equal(await field.locator('input').getAttribute('type'), 'text');
  assert.equal(await field.locator('input').inputValue(), 'hunter2');
  await field.getByRole('button', { name: 'Hide password text' }).click();
  assert.equal(await field.locator('input').getAttribute('type'), 'password');
});

test('a link button is a link that opens in a new tab', async () => {
  const link = page.locator('[data-testid="stLinkButton"] a');
  assert.equal(await link.getAttribute('href'), 'https://example.com/docs');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
  await screenshot(page, 'choice-widgets');
});

test('a selectbox with accept_new_options takes a typed value', async () => {
  const box = page.locator('[data-testid="stSelectbox"]', { hasText: 'Flavour' });
  await box.locator('[role="combobox"]').click();
  await box.locator('input').fill('pistachio');
  await box.locator('input').press('Enter');
  await page.locator('[data-testid="stText"]', { hasText: "flavour='pistachio'" }).waitFor();
  assert.match(await box.locator('[role="combobox"]').innerText(), /pistachio/);
  await box.locator('[role="combobox"]').click();
  await box.locator('[role="option"]', { hasText: 'mint' }).click();
  await page.locator('[data-testid="stText"]', { hasText: "flavour='mint'" }).waitFor();
});
