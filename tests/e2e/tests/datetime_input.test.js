// st.datetime_input and st.skeleton in a real browser: typing into the
// date/time segments and arrow keys change the value the script reads on
// Enter or when the focus leaves the field; the calendar picks a day and the
// time row a time, sent when the calendar closes; a value outside the bounds
// is refused with 1.67's error; a clearable field clears; bound to the URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import datetime as dt
import streamlit as st

v = st.datetime_input("When", dt.datetime(2024, 5, 17, 14, 30), key="when", step=dt.timedelta(minutes=15))
st.write(f"when={v}")
e = st.datetime_input("Maybe", None, format="DD.MM.YYYY", key="maybe",
                      min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 12, 31, 18, 0))
st.write(f"maybe={e}")
st.datetime_input("Bound", dt.datetime(2024, 1, 1, 9, 0), key="bound", bind="query-params")
st.skeleton()
st.skeleton(height=100)
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

test('typing into the segments and the arrow keys set the value on Enter and on blur', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const when = page.locator('.st-key-when [data-testid="stDateTimeInput"]');
  const field = when.getByTestId('stDateTimeInputField');
  assert.equal((await field.innerText()).replace(/\s/g, ''), '2024/05/17,14:30');
  await screenshot(page, 'datetime_input');

  await field.locator('[data-type="year"]').click();
  await page.keyboard.type('2023');
  // The year is complete: the focus moved on to the month, and nothing was sent yet.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-type')), 'month');
  assert.ok(await page.getByText('when=2024-05-17 14:30:00').isVisible());
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.getByText('when=2023-06-17 14:30:00').waitFor();

  // The minute moves by the step (15 minutes); leaving the field sends it.
  await field.locator('[data-type="minute"]').click();
  await page.keyboard.press('ArrowUp');
  await page.mouse.click(850, 850);
  await page.getByText('when=2023-06-17 14:45:00').waitFor();
  await page.close();
});

test('the calendar picks a day and a time, sent when it closes; bounds are enforced', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const maybe = page.locator('.st-key-maybe [data-testid="stDateTimeInput"]');
  assert.equal((await maybe.getByTestId('stDateTimeInputField').innerText()).replace(/\s/g, ''), 'dd.mm.yyyy,––:––');
  await maybe.getByTestId('stDateTimeInputCalendarButton').click();
  const calendar = maybe.getByTestId('stDateTimeInputCalendar');
  await calendar.waitFor();
  await calendar.getByLabel('year', { exact: true }).selectOption('2024');
  await calendar.getByLabel('month', { exact: true }).selectOption({ label: 'March' });
  await calendar.getByRole('button', { name: 'Friday, March 8, 2024' }).click();
  const time = calendar.getByTestId('stDateTimeInputPopoverTime');
  await time.locator('[data-type="hour"]').click();
  await page.keyboard.type('0905');
  await screenshot(page, 'datetime_input_calendar');
  assert.ok(await page.getByText('maybe=None').isVisible());
  await page.keyboard.press('Escape');
  await page.getByText('maybe=2024-03-08 09:05:00').waitFor();
  assert.equal(await calendar.count(), 0);

  // After max: refused with 1.67's message, the script keeps its value.
  const field = maybe.getByTestId('stDateTimeInputField');
  await field.locator('[data-type="month"]').click();
  await page.keyboard.type('12');
  await page.keyboard.type('31');
  await page.keyboard.type('2024');
  await page.keyboard.type('2300');
  await page.keyboard.press('Enter');
  const error = maybe.getByTestId('stDateTimeInputError');
  await error.waitFor();
  assert.match(await error.getAttribute('title'), /on or before 31\.12\.2024, 18:00\./);
  assert.ok(await page.getByText('maybe=2024-03-08 09:05:00').isVisible());

  // A field whose default is empty can be cleared.
  await maybe.getByTestId('stDateTimeInputClearButton').click();
  await page.getByText('maybe=None').waitFor();
  await page.close();
});

test('a bound datetime_input keeps its value in the URL', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(new URL('?bound=2024-02-03T04:05', served.url).href);
  await waitForAppRun(page);
  const bound = page.locator('.st-key-bound [data-testid="stDateTimeInput"]');
  assert.equal((await bound.getByTestId('stDateTimeInputField').innerText()).replace(/\s/g, ''), '2024/02/03,04:05');
  await bound.locator('[data-type="day"]').click();
  await page.keyboard.type('09');
  await page.keyboard.press('Enter');
  await page.waitForURL(/bound=2024-02-09T04%3A05|bound=2024-02-09T04:05/);
  await page.close();
});

test('skeletons pulse at the input height or their own', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const skeletons = page.getByTestId('stSkeletonElement');
  assert.equal(await skeletons.count(), 2);
  const sizes = await skeletons.evaluateAll((els) => els.map((e) => [e.getBoundingClientRect().height, getComputedStyle(e).animationName]));
  assert.equal(sizes[0][0], 40);
  assert.equal(sizes[1][0], 100);
  assert.equal(sizes[0][1], 'st-skeleton-pulse');
  await page.close();
});
