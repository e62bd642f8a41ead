// Date and time inputs in headless Chromium: a user picks a day from the
// calendar, a range of two days, types a date, chooses a time from the
// drop-down and moves date and time sliders; the page shows the values the
// script received.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import datetime as dt
import streamlit as st

day = st.date_input("Day", dt.date(2024, 5, 17), min_value=dt.date(2024, 5, 3))
st.text(f"day={day!r}")
trip = st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 3)), format="DD.MM.YYYY")
st.text(f"trip={trip!r}")
at = st.time_input("At", dt.time(9, 30), step=dt.timedelta(minutes=30))
st.text(f"at={at!r}")
move = st.slider("Move", value=dt.date(2024, 5, 17))
st.text(f"move={move!r}")
alarm = st.slider("Alarm", value=dt.time(9, 30), format="h:mm a")
st.text(f"alarm={alarm!r}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const shows = (text) => page.locator('[data-testid="stText"]', { hasText: text }).waitFor({ timeout: 10_000 });
const calendar = () => page.locator('[data-testid="stDateInputCalendar"]');

test('picking a day from the calendar', async () => {
  await shows('day=datetime.date(2024, 5, 17)');
  const input = page.locator('[data-testid="stDateInput"]').nth(0).locator('input');
  assert.equal(await input.inputValue(), '2024/05/17');
  await input.click();
  await calendar().waitFor();
  assert.equal(await calendar().getByRole('gridcell', { name: '2024-05-02' }).isDisabled(), true, 'before min_value');
  await calendar().getByRole('button', { name: 'Next month' }).click();
  await calendar().getByRole('gridcell', { name: '2024-06-09' }).click();
  await waitForAppRun(page);
  await shows('day=datetime.date(2024, 6, 9)');
  assert.equal(await input.inputValue(), '2024/06/09');
  assert.equal(await calendar().count(), 0, 'the calendar closes after a pick');
  // The field keeps the focus; a second click opens the calendar again.
  await input.click();
  await calendar().waitFor();
  await input.press('Escape');
  assert.equal(await calendar().count(), 0);
});

test('the calendar closes when the user clicks elsewhere', async () => {
  const input = page.locator('[data-testid="stDateInput"]').nth(0).locator('input');
  await input.click();
  await calendar().waitFor();
  // Elsewhere: the page's empty right-hand margin (st.text is only as wide as its text, as in 1.67,
  // so the open calendar may cover it).
  const box = await page.locator('[data-testid="stMain"]').boundingBox();
  await page.mouse.click(box.x + box.width - 10, box.y + box.height - 10);
  await calendar().waitFor({ state: 'detached', timeout: 2_000 });
});

test('a range reruns once both ends are picked, in its format', async () => {
  const input = page.locator('[data-testid="stDateInput"]').nth(1).locator('input');
  assert.equal(await input.inputValue(), '01.05.2024 – 03.05.2024');
  await input.click();
  await calendar().getByRole('gridcell', { name: '2024-05-20' }).click();
  await page.waitForTimeout(300);
  await shows('trip=(datetime.date(2024, 5, 1), datetime.date(2024, 5, 3))');
  await calendar().getByRole('gridcell', { name: '2024-05-10' }).click();
  await waitForAppRun(page);
  await shows('trip=(datetime.date(2024, 5, 10), datetime.date(2024, 5, 20))');
});

test('typing a date and pressing Enter', async () => {
  const input = page.locator('[data-testid="stDateInput"]').nth(0).locator('input');
  await input.fill('2024/12/31');
  await input.press('Enter');
  await waitForAppRun(page);
  await shows('day=datetime.date(2024, 12, 31)');
  // Before min_value: refused, the field goes back to the value.
  await input.fill('2024/01/01');
  await input.press('Enter');
  assert.equal(await input.inputValue(), '2024/12/31');
});

test('choosing a time from the drop-down and typing one', async () => {
  const input = page.locator('[data-testid="stTimeInput"] input');
  assert.equal(await input.inputValue(), '09:30');
  await input.click();
  const list = page.locator('[data-testid="stTimeInputDropdown"]');
  assert.equal(await list.locator('[role="option"]').count(), 48, 'a 30 minute step');
  await list.getByRole('option', { name: '14:00' }).click();
  await waitForAppRun(page);
  await shows('at=datetime.time(14, 0)');
  await input.click();
  await input.fill('7:15');
  await input.press('Enter');
  await waitForAppRun(page);
  await shows('at=datetime.time(7, 15)');
});

test('date and time sliders step by a day and by 15 minutes, in their formats', async () => {
  const move = page.locator('[data-testid="stSlider"]').filter({ hasText: 'Move' });
  assert.equal(await move.locator('[data-testid="stSliderThumbValue"]').innerText(), '2024-05-17');
  const thumb = move.locator('[role="slider"]');
  await thumb.focus();
  await thumb.press('ArrowRight');
  await waitForAppRun(page);
  await shows('move=datetime.date(2024, 5, 18)');
  assert.equal(await move.locator('[data-testid="stSliderThumbValue"]').innerText(), '2024-05-18');
  // Dragged to the far end: 14 days after the value, Streamlit's default window.
  const track = await move.locator('.st-slider-track').boundingBox();
  const box = await thumb.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width + 30, track.y + track.height / 2, { steps: 6 });
  await page.mouse.up();
  await waitForAppRun(page);
  await shows('move=datetime.date(2024, 5, 31)');
  const alarm = page.locator('[data-testid="stSlider"]').filter({ hasText: 'Alarm' });
  assert.equal(await alarm.locator('[data-testid="stSliderThumbValue"]').innerText(), '9:30 am');
  await alarm.locator('[role="slider"]').focus();
  await alarm.locator('[role="slider"]').press('ArrowRight');
  await waitForAppRun(page);
  await shows('alarm=datetime.time(9, 45)');
  assert.equal(await alarm.locator('[data-testid="stSliderThumbValue"]').innerText(), '9:45 am');
  await screenshot(page, 'date-time');
});
