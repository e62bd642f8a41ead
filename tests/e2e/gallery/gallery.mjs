// The widget gallery: serves gallery/widgets.py with rustlit and with real
// Streamlit 1.67 (from .venv-test), captures every element of the page in
// both, and writes one image per element with rustlit on the left and
// Streamlit on the right to screenshots/gallery/, plus all of them stacked in
// screenshots/gallery.png. Look at them; nothing is asserted.
//   node gallery/gallery.mjs           (RUSTLIT_BIN to pick the binary)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { launchBrowser, repoRoot, screenshotDir, startApp } from '../lib/harness.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'widgets.py');

function startStreamlit() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(path.join(repoRoot, '.venv-test/bin/streamlit'), ['run', script, '--server.headless', 'true',
    '--server.port', String(port), '--browser.gatherUsageStats', 'false'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Local URL')) resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`streamlit exited with ${code}: ${out}`)));
  });
}

/** PNGs of each element container of the page at `url`, in document order. */
async function capture(browser, url) {
  const page = await browser.newPage({ viewport: { width: 760, height: 900 } });
  await page.goto(url);
  await page.locator('[data-testid="stForm"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const shots = [];
  const blocks = page.locator('[data-testid="stMain"] [data-testid="stElementContainer"]:not(:has([data-testid="stElementContainer"]))');
  for (let i = 0; i < (await blocks.count()); i++) {
    const block = blocks.nth(i);
    if (!(await block.isVisible())) continue;
    shots.push(await block.screenshot({ animations: 'disabled' }));
  }
  await page.close();
  return shots;
}

const rustlit = await startApp(path.relative(repoRoot, script));
const streamlit = await startStreamlit();
const browser = await launchBrowser();
try {
  const [ours, theirs] = [await capture(browser, rustlit.url), await capture(browser, streamlit.url)];
  const out = path.join(screenshotDir, 'gallery');
  mkdirSync(out, { recursive: true });
  const rows = [];
  for (let i = 0; i < Math.max(ours.length, theirs.length); i++) {
    const img = (png) => (png ? `<img src="data:image/png;base64,${png.toString('base64')}">` : '<i>missing</i>');
    rows.push(`<tr><td>${img(ours[i])}</td><td>${img(theirs[i])}</td></tr>`);
  }
  const page = await browser.newPage({ viewport: { width: 1560, height: 600 } });
  const style = 'body{margin:8px;font-family:sans-serif}td{vertical-align:top;padding:6px;border-bottom:1px solid #ddd}';
  await page.setContent(`<style>${style}</style><table><tr><th>rustlit</th><th>Streamlit 1.67</th></tr>${rows.join('')}</table>`);
  await page.screenshot({ path: path.join(screenshotDir, 'gallery.png'), fullPage: true });
  const table = page.locator('tr');
  for (let i = 1; i < (await table.count()); i++) {
    await table.nth(i).screenshot({ path: path.join(out, `${String(i).padStart(2, '0')}.png`) });
  }
  console.log(`${ours.length} rustlit and ${theirs.length} Streamlit elements; see ${out}`);
} finally {
  await browser.close();
  rustlit.stop();
  streamlit.stop();
}
