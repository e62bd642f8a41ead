// Fonts from another host, as 1.67 takes them from config.toml: a [[theme.fontFaces]] url on
// another https host, and `font = "Name:<stylesheet url>"` (Google Fonts' form). A second local
// https server (a certificate made by openssl for 127.0.0.1) stands in for the font host. The
// page's CSP adds exactly the origins the config names: the configured face loads, a font from
// the same server under another name (localhost) does not, and a stylesheet's origin is allowed
// for styles while nothing else is.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

import { launchBrowser, repoRoot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

function hasOpenssl() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const skip = hasOpenssl() ? false : 'openssl is needed to make the font host certificate';

const FONT = readFileSync(path.join(repoRoot, 'frontend/node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2'));
let fontHost;
let fontOrigin;
let browser;
const apps = [];

/** The stand-in font host: a font file and a stylesheet naming it, over https. */
function serveFonts(cert, key) {
  const server = https.createServer({ cert, key }, (req, res) => {
    const { pathname } = new URL(req.url, 'https://x');
    if (pathname === '/face.woff2') {
      res.writeHead(200, { 'content-type': 'font/woff2', 'access-control-allow-origin': '*' }).end(FONT);
    } else if (pathname === '/fonts.css') {
      const css = `@font-face{font-family:"SheetFace";src:url("${fontOrigin}/face.woff2") format("woff2");}`;
      res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function serveApp(configToml) {
  const script = writeScript('import streamlit as st\n\nst.write("Remote fonts")\n');
  const dir = path.join(path.dirname(script), '.streamlit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.toml'), configToml);
  const app = await startApp(script);
  apps.push(app);
  return app;
}

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-fonts-'));
  const [cert, key] = [path.join(dir, 'cert.pem'), path.join(dir, 'key.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  ], { stdio: 'ignore' });
  fontHost = await serveFonts(readFileSync(cert), readFileSync(key));
  fontOrigin = `https://127.0.0.1:${fontHost.address().port}`;
  browser = await launchBrowser(['--ignore-certificate-errors']);
});

after(async () => {
  await browser?.close();
  for (const app of apps) app.stop();
  fontHost?.close();
});

/** Whether the page can load `family` (from theme.css, or from `url` through the FontFace API). */
async function loads(page, family, url) {
  return page.evaluate(async ([name, src]) => {
    try {
      if (src) {
        const face = new FontFace(name, `url(${src})`);
        document.fonts.add(face);
        await face.load();
      } else {
        await document.fonts.load(`16px "${name}"`);
      }
      return document.fonts.check(`16px "${name}"`);
    } catch {
      return false;
    }
  }, [family, url]);
}

test('a font face on another https host loads; the CSP allows that origin and no other', { skip }, async () => {
  const app = await serveApp(`[theme]
font = "RemoteFace"

[[theme.fontFaces]]
family = "RemoteFace"
url = "${fontOrigin}/face.woff2"
`);
  const page = await browser.newPage();
  const response = await page.goto(app.url);
  await waitForAppRun(page);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, new RegExp(`font-src 'self' data: ${fontOrigin.replace(/[.]/g, '\\.')};`));
  assert.match(csp, /style-src 'self' 'unsafe-inline';/);
  assert.equal(await loads(page, 'RemoteFace'), true, 'the configured face loads');
  const family = await page.locator('[data-testid=stMarkdownContainer] p').first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.match(family, /^"?RemoteFace"?, /);
  const elsewhere = fontOrigin.replace('127.0.0.1', 'localhost');
  assert.equal(await loads(page, 'Elsewhere', `${elsewhere}/face.woff2`), false, 'another origin is refused');
  await page.close();
});

test('a font stylesheet on another host is imported and its font loads', { skip }, async () => {
  const app = await serveApp(`[theme]
font = "SheetFace:${fontOrigin}/fonts.css, serif"
`);
  const page = await browser.newPage();
  const response = await page.goto(app.url);
  await waitForAppRun(page);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, new RegExp(`style-src 'self' 'unsafe-inline' ${fontOrigin.replace(/[.]/g, '\\.')};`));
  assert.match(csp, /font-src 'self' data: https:;/);
  assert.equal(await loads(page, 'SheetFace'), true, "the stylesheet's font loads");
  const family = await page.locator('[data-testid=stMarkdownContainer] p').first().evaluate((p) => getComputedStyle(p).fontFamily);
  assert.match(family, /^"?SheetFace"?, serif, /);
  // A stylesheet from the font host's other name is not allowed.
  const blocked = await page.evaluate(async (href) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const done = new Promise((resolve) => {
      link.onload = () => resolve('loaded');
      link.onerror = () => resolve('blocked');
    });
    document.head.appendChild(link);
    return done;
  }, `${fontOrigin.replace('127.0.0.1', 'localhost')}/fonts.css`);
  assert.equal(blocked, 'blocked');
  await page.close();
});
