// The theme's palette base colours and type options in a real browser, with
// the computed values measured in Streamlit 1.67 for the same script and
// config (redColor and greenColor, heading sizes and weights, codeFontSize):
// `:red[...]`, `:red-background[...]` and the alerts derive their colours from
// the base colour; headings take the sizes and weights (sidebar headings keep
// their own smaller sizes but take the weights); code blocks take the size.
// greenColor and codeFontSize come as command-line flags, the rest from
// config.toml. And a [[theme.fontFaces]] font served from app/static loads
// (the page's CSP allows fonts from the app) and is the body font.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let app;
let browser;

before(async () => {
  const script = writeScript(`
import streamlit as st
st.title("Title")
st.header("Header")
st.subheader("Sub")
st.markdown(":red[red text] :red-background[red bg] :green[green] \`inline code\`")
st.code("x = 1\\nprint('hi')", language="python")
st.error("error box")
st.success("ok box")
st.markdown("# md1\\n## md2\\n#### md4\\n##### md5\\n###### md6")
with st.sidebar:
    st.title("Side title")
    st.header("Side header")
`);
  const dir = path.join(path.dirname(script), '.streamlit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'config.toml'),
    '[theme]\nredColor = "#0000ff"\nheadingFontSizes = ["50px", "40px", "30px"]\nheadingFontWeights = [300, 400, 900]\n',
  );
  app = await startApp(script, ['--theme.greenColor', '#ff00ff', '--theme.codeFontSize', '20px']);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('base colours, heading sizes and weights and the code size apply as in 1.67', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const seen = await page.evaluate(() => {
    // color-mix() computes to \`color(srgb r g b / a)\`; 1.67's values are rgb()/rgba().
    const rgb = (value) => {
      const m = value.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/);
      if (!m) return value;
      const [r, g, b] = m.slice(1, 4).map((x) => Math.round(Number(x) * 255));
      return m[4] === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Number(m[4])})`;
    };
    const style = (el, keys) => keys.map((k) => rgb(getComputedStyle(el)[k]));
    const heading = (text) => {
      const el = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].find((h) => h.textContent.trim() === text);
      return el ? style(el, ['fontSize', 'fontWeight']) : null;
    };
    const span = (text) => {
      const el = [...document.querySelectorAll('[data-testid="stMarkdownContainer"] span')].find((s) => s.textContent === text);
      return el ? style(el, ['color', 'backgroundColor']) : null;
    };
    return {
      headings: ['Title', 'Header', 'Sub', 'md1', 'md2', 'md4', 'md5', 'md6', 'Side title', 'Side header'].map(heading),
      red: span('red text'),
      redBackground: span('red bg')?.[1],
      green: span('green')?.[0],
      code: getComputedStyle(document.querySelector('[data-testid="stCode"] code')).fontSize,
      alerts: [...document.querySelectorAll('[data-testid="stAlertContainer"]')].map((a) => style(a, ['backgroundColor', 'color'])),
    };
  });
  await screenshot(page, 'theme-type');
  assert.deepEqual(seen, {
    headings: [
      ['50px', '300'],
      ['40px', '400'],
      ['30px', '900'],
      ['50px', '300'],
      ['40px', '400'],
      ['24px', '600'],
      ['20px', '600'],
      ['16px', '600'],
      ['24px', '300'],
      ['20px', '400'],
    ],
    red: ['rgb(0, 0, 179)', 'rgba(0, 0, 0, 0)'],
    redBackground: 'rgba(0, 0, 255, 0.1)',
    green: 'rgb(179, 0, 179)',
    code: '20px',
    alerts: [
      ['rgba(0, 0, 255, 0.1)', 'rgb(0, 0, 179)'],
      ['rgba(255, 0, 255, 0.1)', 'rgb(179, 0, 179)'],
    ],
  });
  await page.close();
});

test('[[theme.fontFaces]] served from app/static is loaded and used by font', async () => {
  const script = writeScript('import streamlit as st\nst.write("Brand text")\n');
  const dir = path.dirname(script);
  mkdirSync(path.join(dir, '.streamlit'), { recursive: true });
  mkdirSync(path.join(dir, 'static'), { recursive: true });
  copyFileSync(
    path.join(repoRoot, 'frontend/node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-900-normal.woff2'),
    path.join(dir, 'static', 'brand.woff2'),
  );
  writeFileSync(
    path.join(dir, '.streamlit', 'config.toml'),
    '[server]\nenableStaticServing = true\n\n[theme]\nfont = "Brand"\n\n[[theme.fontFaces]]\nfamily = "Brand"\nurl = "app/static/brand.woff2"\n',
  );
  const own = await startApp(script);
  try {
    const page = await browser.newPage();
    await page.goto(own.url);
    await waitForAppRun(page);
    await page.getByText('Brand text').waitFor();
    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      const face = [...document.fonts].find((f) => f.family === 'Brand');
      return { family: getComputedStyle(document.querySelector('[data-testid="stMarkdownContainer"] p')).fontFamily, status: face?.status };
    });
    assert.deepEqual(font, { family: 'Brand, "Source Sans", sans-serif', status: 'loaded' });
    await page.close();
  } finally {
    own.stop();
  }
});
