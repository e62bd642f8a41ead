// Themes in headless Chromium: the default look is Streamlit 1.67's (computed
// styles measured in 1.67 for the same script), the system's dark preference
// and the app menu's System / Light / Dark choice (kept across reloads), and a
// custom [theme] from config.toml applied to widgets, code, markdown, the
// sidebar and a component's theme object.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const fixtures = path.join(repoRoot, 'tests/e2e/fixtures/components');
let browser;

// One script for every case: title, text with a link and inline code, inputs,
// buttons, code, an info box, a chart, a dataframe, a sidebar with a page link,
// and a component that shows the theme it was sent.
const SOURCE = `
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

echo = components.declare_component("echo", path=${JSON.stringify(path.join(fixtures, 'echo'))})
st.title("Theme probe")
st.write("Some body text with a [link](https://example.com) and \`inline code\`.")
st.text_input("Name", "Ada")
st.number_input("Count", value=3)
c1, c2 = st.columns(2)
c1.button("Primary", type="primary")
c2.button("Secondary")
st.code("def f(x):\\n    return x + 1", language="python")
st.info("An info box")
st.line_chart(pd.DataFrame({"a": [1, 3, 2, 4], "b": [2, 1, 3, 2]}), height=200)
st.dataframe(pd.DataFrame({"x": [1, 2, 3], "y": ["a", "b", "c"]}))
echo(greeting="hi", key="echo")
with st.sidebar:
    st.header("Sidebar")
    st.page_link("https://example.com", label="Home page")
    st.text_input("Side input")
`;

function serve(configToml) {
  const script = writeScript(SOURCE);
  if (configToml) {
    const dir = path.join(path.dirname(script), '.streamlit');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'config.toml'), configToml);
  }
  return startApp(script);
}

/** Computed styles of the elements the tests compare. */
async function look(page) {
  await page.getByTestId('stVegaLiteChart').locator('canvas, svg').first().waitFor();
  return page.evaluate(() => {
    // Colours are read at rest: a switch of theme animates some of them (0.1 s).
    if (!document.getElementById('no-transitions')) {
      const style = document.createElement('style');
      style.id = 'no-transitions';
      style.textContent = '*, *::before, *::after { transition: none !important; }';
      document.head.appendChild(style);
    }
    const q = (sel) => document.querySelector(sel);
    const cs = (sel) => getComputedStyle(q(sel));
    return {
      appBg: cs('[data-testid="stApp"]').backgroundColor,
      text: cs('[data-testid="stMarkdownContainer"] p').color,
      font: cs('[data-testid="stMarkdownContainer"] p').fontFamily,
      title: [cs('h1').fontSize, cs('h1').fontWeight, cs('h1').color],
      link: cs('[data-testid="stMarkdownContainer"] a').color,
      inlineCode: [cs('[data-testid="stMarkdownContainer"] p code').color, cs('[data-testid="stMarkdownContainer"] p code').backgroundColor],
      inputRoot: [
        cs('[data-testid="stMain"] [data-testid="stTextInputRootElement"]').backgroundColor,
        cs('[data-testid="stMain"] [data-testid="stTextInputRootElement"]').borderTopColor,
        cs('[data-testid="stMain"] [data-testid="stTextInputRootElement"]').borderTopWidth,
        cs('[data-testid="stMain"] [data-testid="stTextInputRootElement"]').borderRadius,
        Math.round(q('[data-testid="stMain"] [data-testid="stTextInputRootElement"]').getBoundingClientRect().height),
      ],
      inputFont: cs('[data-testid="stMain"] [data-testid="stTextInput"] input').fontSize,
      primary: [cs('[data-testid="stBaseButton-primary"]').backgroundColor, cs('[data-testid="stBaseButton-primary"]').borderRadius],
      secondary: [cs('[data-testid="stBaseButton-secondary"]').backgroundColor, cs('[data-testid="stBaseButton-secondary"]').borderTopColor],
      codeBlock: cs('[data-testid="stCode"] pre').backgroundColor,
      codeFont: cs('[data-testid="stCode"] pre').fontFamily,
      info: [cs('[data-testid="stAlertContainer"]').backgroundColor, cs('[data-testid="stAlertContainer"]').color],
      sidebarBg: cs('[data-testid="stSidebar"]').backgroundColor,
      sidebarInput: [
        cs('[data-testid="stSidebar"] [data-testid="stTextInputRootElement"]').backgroundColor,
        cs('[data-testid="stSidebar"] [data-testid="stTextInputRootElement"]').borderTopColor,
      ],
      sidebarContentX: Math.round(q('[data-testid="stSidebar"] h2').getBoundingClientRect().x),
      pageLink: [
        cs('[data-testid="stPageLink-NavLink"]').color,
        cs('[data-testid="stPageLink-NavLink"]').fontSize,
        Math.round(q('[data-testid="stPageLink-NavLink"]').getBoundingClientRect().width),
      ],
      blockWidth: Math.round(q('[data-testid="stMainBlockContainer"]').getBoundingClientRect().width),
      theme: document.documentElement.getAttribute('data-theme'),
    };
  });
}

function componentTheme(page) {
  return page.frameLocator('iframe[title="app.echo"]').locator('#theme');
}

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// Measured in Streamlit 1.67.0 (streamlit run, headless Chromium, 1280x1400,
// getComputedStyle) on the same script, light theme.
const LIGHT_1_67 = {
  appBg: 'rgb(255, 255, 255)',
  text: 'rgb(47, 45, 43)',
  font: '"Source Sans", sans-serif',
  title: ['44px', '700', 'rgb(47, 45, 43)'],
  link: 'rgb(36, 79, 180)',
  inlineCode: ['rgb(47, 45, 43)', 'rgb(247, 247, 246)'],
  inputRoot: ['rgb(248, 248, 247)', 'rgb(220, 216, 212)', '1px', '8px', 40],
  inputFont: '14px',
  primary: ['rgb(197, 57, 72)', '8px'],
  secondary: ['rgb(255, 255, 255)', 'rgb(220, 216, 212)'],
  codeBlock: 'rgb(247, 247, 246)',
  codeFont: '"Source Code Pro", monospace',
  info: ['rgb(237, 245, 255)', 'rgb(36, 79, 180)'],
  sidebarBg: 'rgb(248, 248, 247)',
  sidebarInput: ['rgb(241, 240, 238)', 'rgb(215, 211, 207)'],
  sidebarContentX: 30,
  pageLink: ['rgb(47, 45, 43)', '14px', 240],
  blockWidth: 736,
  theme: 'light',
};

// Measured the same way in Streamlit 1.67.0 with --theme.base dark (the
// built-in dark theme; the same values as with the system set to dark).
const DARK_1_67 = {
  ...LIGHT_1_67,
  appBg: 'rgb(23, 22, 20)',
  text: 'rgb(237, 235, 232)',
  title: ['44px', '700', 'rgb(237, 235, 232)'],
  link: 'rgb(133, 184, 248)',
  inlineCode: ['rgb(237, 235, 232)', 'rgb(36, 35, 33)'],
  inputRoot: ['rgb(45, 43, 39)', 'rgb(74, 71, 66)', '1px', '8px', 40],
  primary: ['rgb(207, 66, 80)', '8px'],
  secondary: ['rgb(30, 29, 26)', 'rgb(74, 71, 66)'],
  codeBlock: 'rgb(36, 35, 33)',
  info: ['rgb(30, 42, 61)', 'rgb(133, 184, 248)'],
  sidebarBg: 'rgb(33, 32, 29)',
  sidebarInput: ['rgb(45, 43, 39)', 'rgb(74, 71, 66)'],
  pageLink: ['rgb(237, 235, 232)', '14px', 240],
  theme: 'dark',
};

test("the default look is 1.67's light theme, and dark follows the system, the menu and a reload", async () => {
  const app = await serve(null);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForAppRun(page);
    assert.deepEqual(await look(page), LIGHT_1_67);
    await componentTheme(page).filter({ hasText: 'primary=#c53948' }).waitFor();
    await screenshot(page, 'theme-light');

    // The menu's choice: Dark, applied at once, kept across a reload.
    await page.getByTestId('stMainMenuButton').click();
    assert.equal(await page.getByTestId('stMainMenuItem-theme-System').getAttribute('aria-checked'), 'true');
    await page.getByTestId('stMainMenuItem-theme-Dark').click();
    assert.equal(await page.getByTestId('stMainMenuItem-theme-Dark').getAttribute('aria-checked'), 'true');
    await page.getByTestId('stMainMenuButton').click();
    assert.deepEqual(await look(page), DARK_1_67);
    // Components get the dark theme sent again.
    await componentTheme(page).filter({ hasText: 'primary=#cf4250' }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem(`stActiveTheme-${location.pathname}-v2`)), '"Dark"');
    await page.reload();
    await waitForAppRun(page);
    assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    assert.deepEqual(await look(page), DARK_1_67);
    await screenshot(page, 'theme-dark');

    // Light wins over a dark system; System follows it again.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByTestId('stMainMenuButton').click();
    await page.getByTestId('stMainMenuItem-theme-Light').click();
    assert.equal((await look(page)).theme, 'light');
    await page.getByTestId('stMainMenuItem-theme-System').click();
    assert.equal((await look(page)).theme, 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.locator('html[data-theme="light"]').waitFor({ state: 'attached' });
    await context.close();

    // A fresh visitor whose system prefers dark gets dark from the first paint.
    const darkContext = await browser.newContext({ viewport: { width: 1280, height: 1400 }, colorScheme: 'dark' });
    const dark = await darkContext.newPage();
    const firstPaint = [];
    dark.on('response', (r) => {
      if (new URL(r.url()).pathname === '/theme.css') firstPaint.push(r.status());
    });
    await dark.goto(app.url, { waitUntil: 'domcontentloaded' });
    assert.equal(await dark.evaluate(() => document.documentElement.getAttribute('data-theme')), 'dark');
    assert.equal(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(23, 22, 20)');
    await waitForAppRun(dark);
    assert.deepEqual(await look(dark), DARK_1_67);
    assert.deepEqual(firstPaint, [200]);
    await darkContext.close();
  } finally {
    app.stop();
  }
});

test('a custom [theme] from config.toml applies to widgets, code, markdown, the sidebar and components', async () => {
  const app = await serve(`
[theme]
primaryColor = "#1e6b52"
backgroundColor = "#fdf6e3"
secondaryBackgroundColor = "#eee8d5"
textColor = "#073642"
font = "serif"
baseRadius = "none"
linkColor = "purple"
notAnOption = 1
borderColor = "not a colour"

[theme.sidebar]
backgroundColor = "#002b36"
textColor = "#fdf6e3"
secondaryBackgroundColor = "#073642"
`);
  try {
    // The system's dark preference does not matter: a single custom theme is
    // all there is, and the menu offers no choice (as 1.67).
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForAppRun(page);
    const got = await look(page);
    assert.equal(got.theme, 'light');
    assert.equal(got.appBg, 'rgb(253, 246, 227)');
    assert.equal(got.text, 'rgb(7, 54, 66)');
    assert.equal(got.font, '"Source Serif", serif');
    assert.equal(got.title[2], 'rgb(7, 54, 66)');
    assert.equal(got.link, 'rgb(128, 0, 128)');
    assert.deepEqual(got.primary, ['rgb(30, 107, 82)', '0px']);
    assert.equal(got.inputRoot[0], 'rgb(238, 232, 213)');
    assert.equal(got.inputRoot[3], '0px');
    // The invalid border colour was ignored: a custom background makes
    // borders the text colour at 20% (1.67's rule).
    assert.match(got.inputRoot[1], /0\.2\)$/);
    assert.equal(got.sidebarBg, 'rgb(0, 43, 54)');
    assert.equal(got.sidebarInput[0], 'rgb(7, 54, 66)');
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="stSidebar"] h2')).color), 'rgb(253, 246, 227)');
    // Code follows the custom theme (its text in the palette's green).
    assert.notEqual(got.codeBlock, 'rgb(247, 247, 246)');
    // The component's theme object carries the custom primary colour.
    await componentTheme(page).filter({ hasText: 'primary=#1e6b52' }).waitFor();
    await page.getByTestId('stMainMenuButton').click();
    assert.equal(await page.getByTestId('stThemeSwitcher').count(), 0);
    await screenshot(page, 'theme-custom');
    await context.close();
  } finally {
    app.stop();
  }
});

test('[theme] base = "dark" from config.toml is dark whatever the system prefers', async () => {
  const app = await serve('[theme]\nbase = "dark"\n');
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1400 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(app.url);
    await waitForAppRun(page);
    assert.deepEqual(await look(page), DARK_1_67);
    await componentTheme(page).filter({ hasText: 'primary=#cf4250' }).waitFor();
    await context.close();
  } finally {
    app.stop();
  }
});
