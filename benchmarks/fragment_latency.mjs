// A fragment rerun in headless Chromium: rustlit next to real Streamlit 1.67,
// on the same machine, in the same run (the benchmark issue #10 asks for).
//
//   node benchmarks/fragment_latency.mjs [--iterations 20] [--rustlit PATH]
//
// Both servers serve the same page: 200 `st.write` lines, then a fragment with
// a button and an `st.text` counting its clicks. Each measured iteration
// clicks the button and times from just before the click until the
// fragment's text shows the new count (page.waitForFunction, polled on every
// animation frame), then waits until the run is over. The bytes are the
// websocket payloads the page received for that click (Chromium's
// Network.webSocketFrameReceived, over CDP). Only the fragment reruns on
// either server; the 200 lines around it must not be sent again. A button,
// not a slider: sliders debounce differently in the two frontends, and that
// would be measured instead of the rerun. Servers alternate every iteration.
// Everything stays on 127.0.0.1, every wait has a deadline and every process
// started here is stopped here. On demand only, never a test.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repoRoot } from '../tests/e2e/lib/harness.js';
import { fmt, mean, ratio } from './harness/format.mjs';
import { openPage, waitIdle } from './harness/page.mjs';
import { inTurn, sideBySide, sleep, summarize } from './harness/servers.mjs';

const WARMUP = 3;
const RUN_DEADLINE_MS = 15_000;
const SETTLE_MS = 100;

function parseArgs(argv) {
  const opts = { iterations: 20, rustlit: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--iterations') opts.iterations = Number(argv[(i += 1)]);
    else if (arg === '--rustlit') opts.rustlit = path.resolve(argv[(i += 1)]);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: node benchmarks/fragment_latency.mjs [--iterations N] [--rustlit PATH]');
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(opts.iterations) || opts.iterations < 1 || opts.iterations > 1000) {
    throw new Error('--iterations must be an integer from 1 to 1000');
  }
  return opts;
}

const APP = `import streamlit as st
st.session_state.setdefault("clicks", 0)
for i in range(200):
    st.write(f"line {i}")

@st.fragment
def counter():
    if st.button("Add one"):
        st.session_state.clicks += 1
    st.text(f"clicks {st.session_state.clicks}")

counter()
`;

function showsText(page, text, timeout) {
  return page.waitForFunction(
    (want) => [...document.querySelectorAll('[data-testid="stText"]')].some((el) => el.textContent?.trim() === want),
    text,
    { polling: 'raf', timeout },
  );
}

/** One click: [milliseconds until the fragment shows it, bytes received for it]. */
async function measureClick(server) {
  const page = server.page;
  server.clicks += 1;
  const before = server.received;
  const button = page.getByRole('button', { name: 'Add one' });
  const start = performance.now();
  await button.click();
  await showsText(page, `clicks ${server.clicks}`, RUN_DEADLINE_MS);
  const elapsed = performance.now() - start;
  await waitIdle(page, RUN_DEADLINE_MS);
  await sleep(SETTLE_MS);
  return [elapsed, server.received - before];
}

function report(results, opts, binary) {
  const rl = summarize(results.rustlit.ms);
  const st = summarize(results.streamlit.ms);
  const bytes = { rustlit: mean(results.rustlit.bytes), streamlit: mean(results.streamlit.bytes) };
  const lines = [
    `${opts.iterations} clicks per server (after ${WARMUP} warm-up clicks each), alternating, headless Chromium;`,
    `page: 200 st.write lines and a fragment with a button; rustlit: ${path.relative(repoRoot, binary) || binary};`,
    'Streamlit: .venv-test/bin/streamlit (1.67.0)',
    '',
    '| scenario | Streamlit 1.67 | rustlit | ratio |',
    '|---|---|---|---|',
    ...[
      ['click → updated fragment, p50', st.p50, rl.p50],
      ['click → updated fragment, p90', st.p90, rl.p90],
      ['click → updated fragment, min', st.min, rl.min],
      ['click → updated fragment, max', st.max, rl.max],
    ].map(([label, s, r]) => `| ${label} | ${fmt(s)} | ${fmt(r)} | ${ratio(s, r)} |`),
    `| websocket bytes received per click (mean) | ${bytes.streamlit.toFixed(0)} B | ${bytes.rustlit.toFixed(0)} B | ${ratio(bytes.streamlit, bytes.rustlit).replace('faster', 'fewer').replace('slower', 'more')} |`,
    '',
    `rustlit samples (ms): ${results.rustlit.ms.map((v) => v.toFixed(0)).join(', ')}`,
    `Streamlit samples (ms): ${results.streamlit.ms.map((v) => v.toFixed(0)).join(', ')}`,
  ];
  console.log(lines.join('\n'));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  await sideBySide({ rustlit: opts.rustlit, app: APP }, async ({ servers, browser, binary }) => {
    const ready = (page) => showsText(page, 'clicks 0', 30_000);
    for (const server of servers) {
      await openPage(browser, server, { ready, idleTimeout: RUN_DEADLINE_MS, countBytes: true });
      server.clicks = 0;
    }
    const results = { rustlit: { ms: [], bytes: [] }, streamlit: { ms: [], bytes: [] } };
    for (let i = 1; i <= WARMUP + opts.iterations; i += 1) {
      for (const server of inTurn(servers, i)) {
        const [ms, bytes] = await measureClick(server);
        if (i > WARMUP) {
          results[server.name].ms.push(ms);
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
