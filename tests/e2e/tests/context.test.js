// st.context in a real browser: the app's cookies, and the time zone, locale
// and URL the page sends with its reruns.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchBrowser, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;
let page;

before(async () => {
  const script = writeScript(`
import streamlit as st

st.text(f"cookie={st.context.cookies.get('flavour')}")
st.text(f"tz={st.context.timezone} offset={st.context.timezone_offset} locale={st.context.locale}")
st.text(f"url={st.context.url} embedded={st.context.is_embedded} theme={st.context.theme.type}")
st.button("rerun")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  await page.goto(new URL('?embed=true', app.url).href);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });

test('the page sends its time zone, locale and URL with the first run', async () => {
  const offset = await page.evaluate(() => new Date().getTimezoneOffset());
  await text(`tz=Europe/Berlin offset=${offset} locale=de-DE`).waitFor();
  const url = new URL(app.url);
  await text(`url=${url.origin}/ embedded=True theme=light`).waitFor();
});

test('a cookie the page set is in st.context.cookies after the next connection', async () => {
  await text('cookie=None').waitFor();
  // st.context reads the cookies of the websocket handshake, as in Streamlit:
  // a cookie set now shows once the page connects again.
  await page.evaluate(() => {
    document.cookie = 'flavour=mint; path=/';
  });
  await page.reload();
  await waitForAppRun(page);
  await text('cookie=mint').waitFor();
});
