// st.set_page_config in headless Chromium: tab title and favicon, the wide
// layout's width, a collapsed sidebar that a user's toggle overrides for good,
// the menu's items and About dialog, and what a rerun that no longer calls
// set_page_config keeps (everything, as in Streamlit 1.67).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function open(app, width = 1280) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  return page;
}

const favicon = (page) => page.evaluate(() => document.querySelector("link[rel='shortcut icon']")?.href ?? '');
const mainBox = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('[data-testid="stMainBlockContainer"]');
    const r = el.getBoundingClientRect();
    return { x: r.x, width: r.width, padding: getComputedStyle(el).paddingLeft };
  });

describe('a configured page', () => {
  let app;
  before(async () => {
    app = await startApp(
      writeScript(`
import streamlit as st
first = "runs" not in st.session_state
# Title and menu only on the first run; the rest on every run.
st.set_page_config(
    page_title="Cool App" if first else None, page_icon="🧊", layout="wide", initial_sidebar_state="collapsed",
    menu_items={"Get Help": "https://example.com/help", "report a bug": None,
                "About": "# About this\\nAn *extremely* cool app!"} if first else None,
)
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text(f"runs={st.session_state.runs}")
if st.button("rename"):
    st.set_page_config(page_title="Renamed", menu_items={"About": None})
st.sidebar.text("in the sidebar")
`),
    );
  });
  after(() => app?.stop());

  test('title, emoji favicon, wide layout and a collapsed sidebar', async () => {
    for (const width of [1280, 1920]) {
      const page = await open(app, width);
      assert.equal(await page.title(), 'Cool App');
      const href = await favicon(page);
      assert.ok(href.startsWith('data:image/svg+xml,'), href);
      assert.ok(decodeURIComponent(href).includes('🧊'), href);
      // Streamlit 1.67: the whole width, 80px padding on each side.
      assert.deepEqual(await mainBox(page), { x: 0, width, padding: '80px' });
      assert.equal(await page.locator('[data-testid="stSidebar"]').count(), 0);
      await page.locator('[data-testid="stSidebarCollapsedControl"]').waitFor();
      if (width === 1280) await screenshot(page, 'page-config-wide');
      await page.close();
    }
  });

  test('menu items: About dialog and Get help; a hidden Report a bug', async () => {
    const page = await open(app);
    await page.locator('[data-testid="stMainMenuButton"]').click();
    await page.locator('[data-testid="stMainMenuItem-about"]').waitFor();
    assert.equal(await page.locator('[data-testid="stMainMenuItem-report"]').count(), 0);
    const help = page.locator('[data-testid="stMainMenuItem-community"] a');
    assert.equal(await help.getAttribute('href'), 'https://example.com/help');
    assert.equal(await help.getAttribute('target'), '_blank');
    await screenshot(page, 'page-config-menu');
    await page.locator('[data-testid="stMainMenuItem-about"]').click();
    const dialog = page.locator('[data-testid="stDialog"]');
    await dialog.waitFor();
    assert.equal(await dialog.locator('h1').textContent(), 'About this');
    assert.equal(await dialog.locator('em').textContent(), 'extremely');
    await screenshot(page, 'page-config-about');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  test("later calls override; reruns keep the config and the user's sidebar toggle", async () => {
    const page = await open(app);
    await page.locator('[data-testid="stExpandSidebarButton"]').click();
    await page.locator('[data-testid="stSidebar"]').waitFor();
    const sidebarWidth = (await page.locator('[data-testid="stSidebar"]').boundingBox()).width;
    // Wide next to an open sidebar: everything right of it.
    assert.deepEqual(await mainBox(page), { x: sidebarWidth, width: 1280 - sidebarWidth, padding: '80px' });
    await page.locator('[data-testid="stButton"] button').click();
    await page.locator('[data-testid="stText"]', { hasText: 'runs=2' }).waitFor();
    await waitForAppRun(page);
    assert.equal(await page.title(), 'Renamed');
    // The rerun called set_page_config(initial_sidebar_state="collapsed")
    // again: an unchanged value does not undo the user's toggle.
    assert.equal(await page.locator('[data-testid="stSidebar"]').count(), 1);
    await page.keyboard.press('r');
    await page.locator('[data-testid="stText"]', { hasText: 'runs=3' }).waitFor();
    await waitForAppRun(page);
    assert.equal(await page.title(), 'Renamed', 'a run without the rename call keeps the title');
    await page.locator('[data-testid="stMainMenuButton"]').click();
    await page.locator('[data-testid="stMainMenuItem-community"]').waitFor();
    assert.equal(await page.locator('[data-testid="stMainMenuItem-about"]').count(), 0, 'About: None removed it');
    await page.close();
  });
});

/** A 16x16 red PNG, written by hand so the test needs no imaging library. */
function redPng(file) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(16, 0);
  header.writeUInt32BE(16, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: 16 }, () => Buffer.from([0, ...Array(16).fill([255, 0, 0]).flat()])));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(file, png);
}

describe('defaults and an image icon', () => {
  let app;
  before(async () => {
    const script = writeScript(`
import os
import streamlit as st
if st.session_state.get("icon"):
    st.set_page_config(page_icon=os.path.join(os.path.dirname(__file__), "icon.png"))
st.checkbox("icon", key="icon")
st.sidebar.text("sidebar")
`);
    redPng(path.join(path.dirname(script), 'icon.png'));
    app = await startApp(script);
  });
  after(() => app?.stop());

  test('the script name as title, our own favicon, centered, sidebar open', async () => {
    const page = await open(app);
    assert.equal(await page.title(), 'app');
    const href = await favicon(page);
    assert.equal(new URL(href).pathname, '/favicon.png');
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'image/png');
    assert.ok((await mainBox(page)).width < 1280 - 300);
    await page.locator('[data-testid="stSidebar"]').waitFor();

    await page.locator('[data-testid="stCheckbox"] label').click();
    await waitForAppRun(page);
    await page.waitForFunction(() => document.querySelector("link[rel='shortcut icon']")?.href.includes('/media/'));
    const icon = await favicon(page);
    const served = await page.request.get(icon);
    assert.equal(served.status(), 200);
    assert.equal(served.headers()['content-type'], 'image/png');
    assert.equal(await page.title(), 'app', 'no page_title: still the script name');
    await page.close();
  });
});
