// Save-to-updated-page latency in headless Chromium: rustlit next to real
// Streamlit 1.67, on the same machine, in the same run.
//
// Why a separate Node script: this number includes the browser (the file
// watcher, the rerun, the wire and the render), so it is taken the way a user
// sees it, with the e2e suite's playwright-core and Debian's Chromium, not
// with the protocol-level clients of run.py. On demand only, never a test.
//
//   node benchmarks/reload_latency.mjs [--iterations 15] [--rustlit PATH]
//
// Each server serves its own temporary `app.py` (`st.text("version N")`) with
// `--server.runOnSave true` and its default file watcher. One headless page per
// server. Each measured iteration rewrites the file with the next version and
// times from just before the write until `[data-testid="stText"]` shows the new
// text (page.waitForFunction, polled on every animation frame: the first
// frame that shows it). Servers alternate within every iteration. Everything
// stays on 127.0.0.1, every wait has a deadline and every process started here
// is stopped here.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../tests/e2e/lib/harness.js';
import { fmt, ratio } from './harness/format.mjs';
import { openPage, waitIdle } from './harness/page.mjs';
import { inTurn, sideBySide, sleep, summarize } from './harness/servers.mjs';

const WARMUP = 2;
const RELOAD_DEADLINE_MS = 15_000;
// Unmeasured pause between saves, so one save never lands inside the previous
// save's debounce window or rerun on either server.
const SETTLE_MS = 300;

function parseArgs(argv) {
  const opts = { iterations: 15, rustlit: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--iterations') opts.iterations = Number(argv[(i += 1)]);
    else if (arg === '--rustlit') opts.rustlit = path.resolve(argv[(i += 1)]);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node benchmarks/reload_latency.mjs [--iterations N] [--rustlit PATH]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.iterations) || opts.iterations < 1 || opts.iterations > 1000) {
    throw new Error('--iterations must be an integer from 1 to 1000');
  }
  return opts;
}

const appSource = (n) => `import streamlit as st\nst.text("version ${n}")\n`;

function showsText(page, text, timeout) {
  return page.waitForFunction(
    (want) => document.querySelector('[data-testid="stText"]')?.textContent?.trim() === want,
    text,
    { polling: 'raf', timeout },
  );
}

/** One save: milliseconds from just before the write until the page shows it. */
async function measureSave(server, version) {
  const want = `version ${version}`;
  const start = performance.now();
  writeFileSync(server.file, appSource(version));
  await showsText(server.page, want, RELOAD_DEADLINE_MS);
  const elapsed = performance.now() - start;
  await waitIdle(server.page, RELOAD_DEADLINE_MS);
  await sleep(SETTLE_MS);
  return elapsed;
}

function report(results, opts, binary) {
  const rl = summarize(results.rustlit);
  const st = summarize(results.streamlit);
  const rows = [
    ['save → updated page, p50', st.p50, rl.p50],
    ['save → updated page, p90', st.p90, rl.p90],
    ['save → updated page, min', st.min, rl.min],
    ['save → updated page, max', st.max, rl.max],
  ];
  const lines = [
    `${opts.iterations} saves per server (after ${WARMUP} warm-up saves each), alternating, headless Chromium;`,
    `rustlit: ${path.relative(repoRoot, binary) || binary}; Streamlit: .venv-test/bin/streamlit (1.67.0)`,
    '',
    '| scenario | Streamlit 1.67 | rustlit | ratio |',
    '|---|---|---|---|',
    ...rows.map(([label, s, r]) => `| ${label} | ${fmt(s)} | ${fmt(r)} | ${ratio(s, r)} |`),
    '',
    `rustlit samples (ms): ${results.rustlit.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit samples (ms): ${results.streamlit.map((v) => v.toFixed(0)).join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const setup = { rustlit: opts.rustlit, app: appSource(0), extraArgs: ['--server.runOnSave', 'true'] };
  await sideBySide(setup, async ({ servers, browser, binary }) => {
    const ready = (page) => showsText(page, 'version 0', 30_000);
    for (const server of servers) await openPage(browser, server, { ready, idleTimeout: RELOAD_DEADLINE_MS });
    const results = { rustlit: [], streamlit: [] };
    const total = WARMUP + opts.iterations;
    for (let version = 1; version <= total; version += 1) {
      for (const server of inTurn(servers, version)) {
        const ms = await measureSave(server, version);
        if (version > WARMUP) results[server.name].push(ms);
      }
    }
    report(results, opts, binary);
  });
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
