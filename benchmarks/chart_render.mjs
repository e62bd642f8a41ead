// Charts in headless Chromium: rustlit next to real Streamlit 1.67, on the
// same machine, in the same run (issue #15 asks for it).
//
//   node benchmarks/chart_render.mjs [--loads 5] [--clicks 10] [--rustlit PATH]
//
// Both servers serve the same page: a button, then 10 `st.line_chart`s of
// 10,000 points each (a random walk per chart), then an `st.text` of the
// button's count. The button changes the data of the fourth chart only.
//
// - First render: a fresh browser context (empty cache) per load, timed from
//   just before `page.goto` until all 10 charts are drawn: each chart's
//   canvas (both frontends draw these charts on a canvas; an SVG chart counts
//   once its line has a path) holds painted pixels, polled every 20 ms.
// - Rerun: one page per server; each click is timed from just before the
//   click until the fourth chart's pixels differ from what they were before,
//   and the websocket payload bytes the page received for the click are
//   counted through Chromium's DevTools protocol (Network.webSocketFrameReceived).
//
// Servers alternate every load and every click. Everything stays on
// 127.0.0.1, every wait has a deadline and every process started here is
// stopped here. On demand only, never a test.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../tests/e2e/lib/harness.js';
import { fmt, mean, ratio } from './harness/format.mjs';
import { openPage, waitIdle } from './harness/page.mjs';
import { inTurn, sideBySide, sleep, summarize } from './harness/servers.mjs';

const CHARTS = 10;
const POINTS = 10_000;
const CHANGED = 3;
const WARMUP_CLICKS = 2;
const DRAW_DEADLINE_MS = 60_000;
const SETTLE_MS = 200;

function parseArgs(argv) {
  const opts = { loads: 5, clicks: 10, rustlit: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--loads') opts.loads = Number(argv[(i += 1)]);
    else if (arg === '--clicks') opts.clicks = Number(argv[(i += 1)]);
    else if (arg === '--rustlit') opts.rustlit = path.resolve(argv[(i += 1)]);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node benchmarks/chart_render.mjs [--loads N] [--clicks N] [--rustlit PATH]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  for (const name of ['loads', 'clicks']) {
    if (!Number.isInteger(opts[name]) || opts[name] < 1 || opts[name] > 200) {
      throw new Error(`--${name} must be an integer from 1 to 200`);
    }
  }
  return opts;
}

const APP = `import numpy as np
import pandas as pd
import streamlit as st

st.session_state.setdefault("version", 0)
if st.button("Change one"):
    st.session_state.version += 1
for i in range(${CHARTS}):
    seed = 1000 + st.session_state.version if i == ${CHANGED} else i
    walk = np.random.default_rng(seed).standard_normal(${POINTS}).cumsum()
    st.line_chart(pd.DataFrame({"value": walk}), height=250)
st.text(f"version {st.session_state.version}")
`;

/**
 * Runs in the page (an init script, so the page's CSP, which forbids eval, does
 * not apply): `window.chartSignatures(count)` gives one signature per chart,
 * or null while any of the charts is not drawn yet. A canvas chart's signature
 * sums a sample of its pixels (0 = nothing painted); an SVG chart's is the
 * length of its line's path.
 */
function installSignatures() {
  const drawn = new WeakMap();
  const signature = (canvas) => {
    if (!canvas.width || !canvas.height) return 0;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let sum = 0;
    for (let i = 3; i < data.length; i += 4 * 7) sum = (sum * 31 + data[i] + data[i - 1]) % 1_000_000_007;
    return sum;
  };
  // `fresh`: the index of the one chart whose signature is read again (the others, once drawn, are
  // not read back again, so polling costs little).
  window.chartSignatures = (count, fresh = -1) => {
    const charts = [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')];
    if (charts.length < count) return null;
    const out = [];
    for (const [index, chart] of charts.entries()) {
      const canvas = chart.querySelector('canvas');
      if (canvas) {
        let sum = index !== fresh ? drawn.get(canvas) : undefined;
        if (sum === undefined) sum = signature(canvas);
        if (sum === 0) return null;
        drawn.set(canvas, sum);
        out.push(sum);
        continue;
      }
      const line = chart.querySelector('svg .mark-line path[d]');
      if (!line || !line.getAttribute('d')) return null;
      out.push(line.getAttribute('d').length);
    }
    return out;
  };
}

async function signatures(page, timeout) {
  const handle = await page.waitForFunction((count) => window.chartSignatures(count), CHARTS, { polling: 20, timeout });
  return handle.jsonValue();
}

/** One first render: milliseconds from navigation until every chart is drawn. */
async function measureLoad(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(installSignatures);
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(server.url);
    await signatures(page, DRAW_DEADLINE_MS);
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

/** One click: [milliseconds until the changed chart is redrawn, bytes received for the rerun]. */
async function measureClick(server) {
  const page = server.page;
  server.clicks += 1;
  const before = await page.evaluate(([count, index]) => window.chartSignatures(count, index), [CHARTS, CHANGED]);
  const received = server.received;
  const start = performance.now();
  await page.getByRole('button', { name: 'Change one' }).click();
  await page.waitForFunction(
    ([count, index, old]) => {
      const now = window.chartSignatures(count, index);
      return now !== null && now[index] !== old;
    },
    [CHARTS, CHANGED, before[CHANGED]],
    { polling: 20, timeout: DRAW_DEADLINE_MS },
  );
  const elapsed = performance.now() - start;
  await page.getByText(`version ${server.clicks}`, { exact: true }).waitFor({ timeout: DRAW_DEADLINE_MS });
  await waitIdle(page, DRAW_DEADLINE_MS);
  await sleep(SETTLE_MS);
  return [elapsed, server.received - received];
}

function report(results, opts, binary) {
  const load = { rl: summarize(results.rustlit.load), st: summarize(results.streamlit.load) };
  const click = { rl: summarize(results.rustlit.click), st: summarize(results.streamlit.click) };
  const bytes = { rl: mean(results.rustlit.bytes), st: mean(results.streamlit.bytes) };
  const lines = [
    `${opts.loads} first renders (fresh context each) and ${opts.clicks} reruns per server (after ${WARMUP_CLICKS} warm-up`,
    `clicks each), alternating, headless Chromium; page: ${CHARTS} st.line_chart × ${POINTS.toLocaleString('en')} points, a button`,
    `changes one; rustlit: ${path.relative(repoRoot, binary) || binary}; Streamlit: .venv-test/bin/streamlit (1.67.0)`,
    '',
    '| scenario | Streamlit 1.67 | rustlit | ratio |',
    '|---|---|---|---|',
    ...[
      ['first render → all charts drawn, p50', load.st.p50, load.rl.p50],
      ['first render → all charts drawn, p90', load.st.p90, load.rl.p90],
      ['rerun changing one chart → redrawn, p50', click.st.p50, click.rl.p50],
      ['rerun changing one chart → redrawn, p90', click.st.p90, click.rl.p90],
    ].map(([label, s, r]) => `| ${label} | ${fmt(s)} | ${fmt(r)} | ${ratio(s, r)} |`),
    `| websocket bytes received per rerun (mean) | ${bytes.st.toFixed(0)} B | ${bytes.rl.toFixed(0)} B | ${ratio(bytes.st, bytes.rl, ['fewer', 'more'])} |`,
    '',
    `rustlit first renders (ms): ${results.rustlit.load.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit first renders (ms): ${results.streamlit.load.map((v) => v.toFixed(0)).join(', ')}`,
    `rustlit reruns (ms): ${results.rustlit.click.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit reruns (ms): ${results.streamlit.click.map((v) => v.toFixed(0)).join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // Both servers' scripts import numpy and pandas from .venv-test.
  await sideBySide({ rustlit: opts.rustlit, app: APP, venv: true }, async ({ servers, browser, binary }) => {
    const results = { rustlit: { load: [], click: [], bytes: [] }, streamlit: { load: [], click: [], bytes: [] } };
    for (let i = 0; i < opts.loads; i += 1) {
      for (const server of inTurn(servers, i)) results[server.name].load.push(await measureLoad(browser, server));
    }
    for (const server of servers) {
      await openPage(browser, server, {
        ready: (page) => signatures(page, DRAW_DEADLINE_MS),
        idleTimeout: DRAW_DEADLINE_MS,
        viewport: { width: 1000, height: 900 },
        initScript: installSignatures,
        countBytes: true,
      });
      server.clicks = 0;
    }
    for (let i = 1; i <= WARMUP_CLICKS + opts.clicks; i += 1) {
      for (const server of inTurn(servers, i)) {
        const [ms, bytes] = await measureClick(server);
        if (i > WARMUP_CLICKS) {
          results[server.name].click.push(ms);
          results[server.name].bytes.push(bytes);
        }
      }
    }
    report(results, opts, binary);
  });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
