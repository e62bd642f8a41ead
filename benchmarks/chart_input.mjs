// Input responsiveness while a page of 20 charts renders: rustlit next to
// real Streamlit 1.67, in the same run (issue #15 point 7).
//
//   node benchmarks/chart_input.mjs [--loads 3] [--rustlit PATH]
//
// Both servers serve benchmarks/apps/twenty_charts.py: a text input above 20
// charts of mixed kinds (Vega-Lite line/bar/Altair, Plotly, ECharts, st.map
// and pydeck). Each load is a fresh browser context (empty cache): from
// `page.goto`, as soon as the input shows, a key is typed into it every
// 50 ms until every chart is drawn. Measured in the page (an init script):
//
// - the main thread's long tasks (PerformanceObserver 'longtask', > 50 ms)
//   from navigation until all charts are drawn: the longest one, and the
//   total blocking time (the sum of each task's time beyond 50 ms);
// - keystroke → paint: from the keydown event's timestamp (when the browser
//   received the key) until the first frame painted after it (a
//   requestAnimationFrame callback, then a task after that frame);
// - the time until every chart is drawn (for context).
//
// Afterwards the field must hold every key typed (checked, not timed).
// Servers alternate every load; everything stays on 127.0.0.1 and every
// process started here is stopped here. On demand only, never a test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../tests/e2e/lib/harness.js';
import { fmt, ratio } from './harness/format.mjs';
import { inTurn, sideBySide, sleep, summarize } from './harness/servers.mjs';

const APP = readFileSync(path.join(repoRoot, 'benchmarks/apps/twenty_charts.py'), 'utf8');
const CHARTS = 20;
const KEY_EVERY_MS = 50;
const DRAW_DEADLINE_MS = 120_000;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function parseArgs(argv) {
  const opts = { loads: 3, rustlit: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--loads') opts.loads = Number(argv[(i += 1)]);
    else if (arg === '--rustlit') opts.rustlit = path.resolve(argv[(i += 1)]);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node benchmarks/chart_input.mjs [--loads N] [--rustlit PATH]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.loads) || opts.loads < 1 || opts.loads > 50) {
    throw new Error('--loads must be an integer from 1 to 50');
  }
  return opts;
}

/**
 * Runs in the page before its scripts (an init script: the page's CSP forbids eval).
 * `window.chartProbe` collects long tasks and keystroke → paint latencies;
 * `window.chartsDrawn(count)` says whether `count` charts are drawn.
 */
function installProbe() {
  const probe = { longTasks: [], keys: [] };
  window.chartProbe = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener('keydown', (e) => {
    const received = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => probe.keys.push(performance.now() - received), 0));
  }, true);
  // A 2D canvas (Vega, ECharts) counts once it holds painted pixels; deck.gl's WebGL canvas once
  // it has a size (its pixels cannot be read back; never ask it for a 2D context).
  const painted = (canvas) => {
    if (!canvas.width || !canvas.height) return false;
    const ctx = canvas.getContext('2d');
    if (!ctx) return true;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    for (let i = 3; i < data.length; i += 4 * 13) if (data[i] !== 0) return true;
    return false;
  };
  const done = new WeakSet();
  const drawn = (chart) => {
    if (done.has(chart)) return true;
    const id = chart.dataset.testid;
    let ok = false;
    if (id === 'stDeckGlJsonChart') ok = [...chart.querySelectorAll('canvas')].some((c) => c.width > 0);
    else if (id === 'stPlotlyChart') ok = chart.querySelector('.main-svg .trace') !== null;
    else {
      const canvas = chart.querySelector('canvas');
      ok = canvas ? painted(canvas) : chart.querySelector('svg path[d]:not([d=""])') !== null;
    }
    if (ok) done.add(chart);
    return ok;
  };
  window.chartsDrawn = (count) => {
    const charts = document.querySelectorAll(
      '[data-testid="stVegaLiteChart"], [data-testid="stPlotlyChart"], [data-testid="stEChartsChart"], [data-testid="stDeckGlJsonChart"]',
    );
    return charts.length >= count && [...charts].every(drawn);
  };
}

/** One load: types into the field until all charts are drawn; returns the page's measurements. */
async function measureLoad(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(server.url);
    const input = page.getByLabel('Type here');
    await input.waitFor({ timeout: DRAW_DEADLINE_MS });
    await input.click();
    // Watched apart from the typing, so that a key is sent every 50 ms whatever the page is doing
    // (a key sent while the main thread is busy waits, and its latency shows it).
    let drawnAt = null;
    const drawn = page
      .waitForFunction((count) => window.chartsDrawn(count), CHARTS, { polling: 100, timeout: DRAW_DEADLINE_MS })
      .then(() => { drawnAt = performance.now(); });
    drawn.catch(() => {});
    let typed = '';
    while (drawnAt === null) {
      if (performance.now() - start > DRAW_DEADLINE_MS) throw new Error(`${server.name}: charts not drawn in time`);
      const key = LETTERS[typed.length % LETTERS.length];
      await page.keyboard.type(key);
      typed += key;
      await sleep(KEY_EVERY_MS);
    }
    await drawn;
    // Let the last keys' frames land before reading the probe.
    await sleep(300);
    const value = await input.inputValue();
    if (value !== typed) throw new Error(`${server.name}: the field holds ${JSON.stringify(value)}, typed ${JSON.stringify(typed)}`);
    const probe = await page.evaluate(() => window.chartProbe);
    const untilDrawn = drawnAt - start;
    const tasks = probe.longTasks.filter(([startTime]) => startTime <= untilDrawn + 1000).map(([, d]) => d);
    return {
      drawn: untilDrawn,
      longest: tasks.length ? Math.max(...tasks) : 0,
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      keys: probe.keys,
    };
  } finally {
    await context.close();
  }
}


function report(results, opts, binary) {
  const row = (label, pick) => {
    const st = pick(results.streamlit);
    const rl = pick(results.rustlit);
    return `| ${label} | ${fmt(st)} | ${fmt(rl)} | ${ratio(st, rl, ['better', 'worse'])} |`;
  };
  const keys = (r) => summarize(r.flatMap((l) => l.keys));
  const loads = (r, field) => summarize(r.map((l) => l[field]));
  const lines = [
    `${opts.loads} loads per server (fresh context each), alternating, headless Chromium; page: benchmarks/apps/twenty_charts.py;`,
    `rustlit: ${path.relative(repoRoot, binary) || binary}; Streamlit: .venv-test/bin/streamlit`,
    '',
    '| while the 20 charts render | Streamlit 1.67 | rustlit | ratio |',
    '|---|---|---|---|',
    row('longest main-thread task, p50 of loads', (r) => loads(r, 'longest').p50),
    row('longest main-thread task, worst load', (r) => loads(r, 'longest').max),
    row('total blocking time, p50 of loads', (r) => loads(r, 'blocking').p50),
    row('keystroke → paint, p50 of all keys', (r) => keys(r).p50),
    row('keystroke → paint, p90 of all keys', (r) => keys(r).p90),
    row('keystroke → paint, worst key', (r) => keys(r).max),
    row('navigation → all 20 charts drawn, p50', (r) => loads(r, 'drawn').p50),
    '',
    ...['rustlit', 'streamlit'].map((name) => `${name} loads: ${results[name].map((l) => (
      `drawn ${fmt(l.drawn)}, longest ${fmt(l.longest)}, blocking ${fmt(l.blocking)}, ${l.keys.length} keys`
    )).join('; ')}`),
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Both servers' scripts import numpy, pandas, altair, plotly and pydeck from .venv-test.
  await sideBySide({ rustlit: opts.rustlit, app: APP, venv: true }, async ({ servers, browser, binary }) => {
    const results = { rustlit: [], streamlit: [] };
    for (let i = 0; i < opts.loads; i += 1) {
      for (const server of inTurn(servers, i)) {
        const load = await measureLoad(browser, server);
        results[server.name].push(load);
        console.log(`${server.name}: drawn ${fmt(load.drawn)}, longest task ${fmt(load.longest)}, ${load.keys.length} keys`);
      }
    }
    report(results, opts, binary);
  });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
