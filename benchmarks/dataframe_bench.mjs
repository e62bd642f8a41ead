// A 100,000 × 10 dataframe in headless Chromium: rustlit next to real
// Streamlit 1.67, on the same machine, in the same run (issue #14, "How it is
// shown").
//
//   node benchmarks/dataframe_bench.mjs [--iterations 8] [--sessions 20] [--rustlit PATH]
//
// Both servers serve the same app: a button, `st.dataframe` of a cached
// 100,000-row frame with 10 columns (an int, a string and 8 floats), then an
// `st.text` counting the runs. Measured, alternating between the servers:
//
// - first render: a fresh page (its own browser context, so nothing is cached)
//   from `page.goto` until the grid's first row is visible, i.e. glide's
//   accessible table (which holds exactly the visible cells) shows the cell
//   "row 0";
// - rerun: a click on the button until the text after the grid shows the new
//   run count (deltas arrive in page order, so the grid's own delta has been
//   handled by then), with the websocket payload bytes the page received for
//   that rerun (Chromium's Network.webSocketFrameReceived over CDP). The frame
//   is unchanged, so this is the "bytes per unchanged rerun";
// - server memory: VmRSS of each server process (/proc/PID/status) on a fresh
//   server after one warm-up page, and after `--sessions` more pages each
//   showing the frame's first rows; the growth per session is reported.
//
// Everything stays on 127.0.0.1, every wait has a deadline and every process
// started here is stopped here. On demand only, never a test.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser, repoRoot } from '../tests/e2e/lib/harness.js';
import {
  rustlitBinary, sleep, startServer, stopServer, streamlitBinary, summarize,
} from './harness/servers.mjs';

const WARMUP = 2;
const RUN_DEADLINE_MS = 60_000;
const SETTLE_MS = 300;

function parseArgs(argv) {
  const opts = { iterations: 8, sessions: 20, rustlit: null, memoryOnly: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--iterations') opts.iterations = Number(argv[(i += 1)]);
    else if (arg === '--sessions') opts.sessions = Number(argv[(i += 1)]);
    else if (arg === '--rustlit') opts.rustlit = path.resolve(argv[(i += 1)]);
    else if (arg === '--memory-only') opts.memoryOnly = true;
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node benchmarks/dataframe_bench.mjs [--iterations N] [--sessions N] [--rustlit PATH] [--memory-only]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  for (const [name, value, max] of [['iterations', opts.iterations, 200], ['sessions', opts.sessions, 100]]) {
    if (!Number.isInteger(value) || value < 1 || value > max) {
      throw new Error(`--${name} must be an integer from 1 to ${max}`);
    }
  }
  return opts;
}

const APP = `import numpy as np
import pandas as pd
import streamlit as st

@st.cache_data
def frame():
    n = 100_000
    rng = np.random.default_rng(0)
    df = pd.DataFrame(rng.random((n, 8)), columns=[f"f{i}" for i in range(8)])
    df.insert(0, "name", [f"row {i}" for i in range(n)])
    df.insert(0, "id", np.arange(n))
    return df

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.button("Rerun")
st.dataframe(frame(), height=400)
st.text(f"run {st.session_state.runs}")
`;

function rssBytes(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

function showsText(page, text, timeout) {
  return page.waitForFunction(
    (want) => [...document.querySelectorAll('[data-testid="stText"]')].some((el) => el.textContent?.trim() === want),
    text,
    { polling: 'raf', timeout },
  );
}

/** Until glide's accessible table (the visible cells) holds the first row's name. */
function showsFirstRow(page, timeout) {
  return page.waitForFunction(
    () => [...document.querySelectorAll('[data-testid="stDataFrame"] table[role="grid"] td')].some(
      (td) => td.textContent?.trim() === 'row 0',
    ),
    null,
    { polling: 'raf', timeout },
  );
}

async function waitIdle(page) {
  await page
    .locator('[data-testid="stApp"][data-test-script-state="notRunning"]')
    .waitFor({ timeout: RUN_DEADLINE_MS });
}

/** A new page in a fresh context, counting the websocket bytes it receives. */
async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const counter = { received: 0 };
  cdp.on('Network.webSocketFrameReceived', ({ response }) => {
    // Binary frames arrive base64-encoded (opcode 2), text frames as they are.
    const data = response.payloadData ?? '';
    counter.received += response.opcode === 2 ? Buffer.from(data, 'base64').length : Buffer.byteLength(data);
  });
  return { context, page, counter };
}

/** Milliseconds from navigation until the first row is visible; leaves the page open. */
async function firstRender(browser, server) {
  const tab = await newPage(browser);
  const start = performance.now();
  await tab.page.goto(server.url);
  await showsFirstRow(tab.page, RUN_DEADLINE_MS);
  const elapsed = performance.now() - start;
  await waitIdle(tab.page);
  return [elapsed, tab];
}

/** One click on "Rerun": [milliseconds until the text after the grid shows it, bytes received]. */
async function measureRerun(server) {
  const { page, counter } = server.tab;
  server.runs += 1;
  await sleep(SETTLE_MS);
  const before = counter.received;
  const button = page.getByRole('button', { name: 'Rerun' });
  const start = performance.now();
  await button.click();
  await showsText(page, `run ${server.runs}`, RUN_DEADLINE_MS);
  const elapsed = performance.now() - start;
  await waitIdle(page);
  await showsFirstRow(page, RUN_DEADLINE_MS);
  await sleep(SETTLE_MS);
  return [elapsed, counter.received - before];
}

const fmt = (ms) => `${ms.toFixed(0)} ms`;
const mib = (b) => `${(b / 1048576).toFixed(1)} MiB`;
const ratio = (st, rl, better = 'faster', worse = 'slower') => (st >= rl ? `${(st / rl).toFixed(1)}× ${better}` : `${(rl / st).toFixed(1)}× ${worse}`);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

function report(results, opts, binary) {
  const first = { rustlit: summarize(results.rustlit.first), streamlit: summarize(results.streamlit.first) };
  const rerun = { rustlit: summarize(results.rustlit.rerun), streamlit: summarize(results.streamlit.rerun) };
  const bytes = { rustlit: mean(results.rustlit.bytes), streamlit: mean(results.streamlit.bytes) };
  const firstBytes = { rustlit: mean(results.rustlit.firstBytes), streamlit: mean(results.streamlit.firstBytes) };
  const mem = results.memory;
  const perSession = (k) => (mem[k].after - mem[k].before) / opts.sessions;
  const lines = [
    `100,000 × 10 frame (id, name, 8 floats); ${opts.iterations} samples per server and row (after ${WARMUP} warm-up each), alternating,`,
    `headless Chromium; rustlit: ${path.relative(repoRoot, binary) || binary}; Streamlit: .venv-test/bin/streamlit (1.67.0)`,
    '',
    '| scenario | Streamlit 1.67 | rustlit | ratio |',
    '|---|---|---|---|',
    ...[
      ['first render → first rows visible, p50', first.streamlit.p50, first.rustlit.p50],
      ['first render → first rows visible, p90', first.streamlit.p90, first.rustlit.p90],
      ['unchanged rerun → page updated, p50', rerun.streamlit.p50, rerun.rustlit.p50],
      ['unchanged rerun → page updated, p90', rerun.streamlit.p90, rerun.rustlit.p90],
    ].map(([label, s, r]) => `| ${label} | ${fmt(s)} | ${fmt(r)} | ${ratio(s, r)} |`),
    `| websocket bytes, first page load (mean) | ${firstBytes.streamlit.toFixed(0)} B | ${firstBytes.rustlit.toFixed(0)} B | ${ratio(firstBytes.streamlit, firstBytes.rustlit, 'fewer', 'more')} |`,
    `| websocket bytes per unchanged rerun (mean) | ${bytes.streamlit.toFixed(0)} B | ${bytes.rustlit.toFixed(0)} B | ${ratio(bytes.streamlit, bytes.rustlit, 'fewer', 'more')} |`,
    `| server RSS, 1 warm-up page | ${mib(mem.streamlit.before)} | ${mib(mem.rustlit.before)} | ${ratio(mem.streamlit.before, mem.rustlit.before, 'less', 'more')} |`,
    `| server RSS, + ${opts.sessions} sessions showing the frame | ${mib(mem.streamlit.after)} | ${mib(mem.rustlit.after)} | ${ratio(mem.streamlit.after, mem.rustlit.after, 'less', 'more')} |`,
    `| server RSS growth per session | ${mib(perSession('streamlit'))} | ${mib(perSession('rustlit'))} | ${ratio(Math.max(perSession('streamlit'), 1), Math.max(perSession('rustlit'), 1), 'less', 'more')} |`,
    '',
    `rustlit first render (ms): ${results.rustlit.first.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit first render (ms): ${results.streamlit.first.map((v) => v.toFixed(0)).join(', ')}`,
    `rustlit rerun (ms): ${results.rustlit.rerun.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit rerun (ms): ${results.streamlit.rerun.map((v) => v.toFixed(0)).join(', ')}`,
    `rustlit rerun bytes: ${results.rustlit.bytes.join(', ')}`,
    `Streamlit rerun bytes: ${results.streamlit.bytes.join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const binary = rustlitBinary(opts.rustlit);
  const streamlitBin = streamlitBinary();
  const venv = path.join(repoRoot, '.venv-test');
  for (const bin of [binary, streamlitBin]) {
    if (!existsSync(bin)) throw new Error(`${bin} not found (build rustlit / run scripts/test.sh first)`);
  }
  // rustlit embeds Python: it sees pandas and numpy through the virtualenv, as after `activate`.
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  console.log(`rustlit binary: ${binary} (built ${statSync(binary).mtime.toISOString()})`);
  const starters = {
    rustlit: () => startServer('rustlit', binary, (file, port) => [
      'run', file, '--server.headless', 'true', '--server.address', '127.0.0.1', '--server.port', String(port),
    ], APP),
    streamlit: () => startServer('streamlit', streamlitBin, (file, port) => [
      'run', file, '--server.headless', 'true', '--browser.gatherUsageStats', 'false',
      '--server.address', '127.0.0.1', '--server.port', String(port),
    ], APP),
  };
  const servers = [];
  let browser = null;
  const tabs = [];
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await Promise.all(servers.map((s) => stopServer(s)));
    servers.length = 0;
  };
  const onSignal = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    browser = await launchBrowser();
    const results = {
      rustlit: { first: [], firstBytes: [], rerun: [], bytes: [] },
      streamlit: { first: [], firstBytes: [], rerun: [], bytes: [] },
      memory: {},
    };

    // Server memory first, on fresh processes, one server at a time.
    for (const name of ['streamlit', 'rustlit']) {
      const server = await starters[name]();
      servers.push(server);
      const [, warm] = await firstRender(browser, server);
      tabs.push(warm);
      await sleep(1_000);
      const before = rssBytes(server.child.pid);
      for (let i = 0; i < opts.sessions; i += 1) {
        const [, tab] = await firstRender(browser, server);
        tabs.push(tab);
      }
      await sleep(1_000);
      results.memory[name] = { before, after: rssBytes(server.child.pid) };
      console.log(`${name}: RSS ${mib(before)} → ${mib(results.memory[name].after)} with ${opts.sessions} more sessions`);
      for (const tab of tabs.splice(0)) await tab.context.close();
      await stopServer(server);
      servers.length = 0;
    }

    if (opts.memoryOnly) return;
    servers.push(await starters.rustlit(), await starters.streamlit());
    for (let i = 1; i <= WARMUP + opts.iterations; i += 1) {
      const order = i % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const [ms, tab] = await firstRender(browser, server);
        const loaded = tab.counter.received;
        if (i > WARMUP) {
          results[server.name].first.push(ms);
          results[server.name].firstBytes.push(loaded);
        }
        // The rerun is measured on this page: one per iteration.
        server.tab = tab;
        server.runs = Number((await tab.page.getByTestId('stText').last().textContent()).replace(/^run /, ''));
        const [rerunMs, bytes] = await measureRerun(server);
        if (i > WARMUP) {
          results[server.name].rerun.push(rerunMs);
          results[server.name].bytes.push(bytes);
        }
        await tab.context.close();
      }
    }
    report(results, opts, binary);
  } finally {
    await cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
