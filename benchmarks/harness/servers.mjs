// What the browser benchmarks (`benchmarks/*.mjs`) share: finding the two
// servers, starting each on a fresh app file and a free port, stopping it,
// summarising samples, and the run of both side by side. Each benchmark keeps
// only its app and its measurements.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, repoRoot } from '../../tests/e2e/lib/harness.js';

const START_DEADLINE_MS = 60_000;
const STOP_GRACE_MS = 5_000;

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** `--rustlit PATH`, else the release build when there is one, else the debug build. */
export function rustlitBinary(explicit) {
  if (explicit) return explicit;
  const release = path.join(repoRoot, 'target/release/rustlit');
  return existsSync(release) ? release : path.join(repoRoot, 'target/debug/rustlit');
}

/** Real Streamlit, as `scripts/test.sh` installs it for the conformance tests. */
export const streamlitBinary = () => path.join(repoRoot, '.venv-test/bin/streamlit');

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Spawns `command makeArgs(file, port)` in a fresh directory holding `source`
 * as app.py, and resolves once /_stcore/health says ok. The server's output
 * is kept for error messages (`server.log()`).
 */
export async function startServer(name, command, makeArgs, source) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `rustlit-bench-${name}-`));
  const file = path.join(dir, 'app.py');
  writeFileSync(file, source);
  const port = await freePort();
  const child = spawn(command, makeArgs(file, port), {
    cwd: dir,
    env: { ...process.env, RUSTLIT_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => { log += chunk; });
  child.stderr.on('data', (chunk) => { log += chunk; });
  const exited = new Promise((done) => child.once('exit', done));
  const server = { name, dir, file, port, child, exited, url: `http://127.0.0.1:${port}/`, log: () => log };
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/_stcore/health`);
      if (res.ok && (await res.text()).trim() === 'ok') return server;
    } catch {
      // not listening yet
    }
    await sleep(20);
  }
  await stopServer(server);
  throw new Error(`${name} was not healthy within ${START_DEADLINE_MS} ms:\n${log}`);
}

/** SIGTERM, then SIGKILL after a grace period; removes the app directory. */
export async function stopServer(server) {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill('SIGTERM');
    const killed = await Promise.race([server.exited.then(() => true), sleep(STOP_GRACE_MS).then(() => false)]);
    if (!killed) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }
  rmSync(server.dir, { recursive: true, force: true });
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/** The servers in round `i`'s order: which one goes first alternates. */
export const inTurn = (servers, i) => (i % 2 === 0 ? servers : [...servers].reverse());

/**
 * Starts rustlit (`rustlit`: its binary, see rustlitBinary) and Streamlit on `app`, both on
 * 127.0.0.1 with `extraArgs`, launches headless Chromium, runs `body({ servers, browser, binary })`
 * and stops all of it, on SIGINT/SIGTERM too. `venv`: both apps import packages from .venv-test.
 */
export async function sideBySide({ rustlit, app, extraArgs = [], venv = false }, body) {
  const binary = rustlitBinary(rustlit);
  const stBin = streamlitBinary();
  for (const bin of [binary, stBin]) {
    if (!existsSync(bin)) throw new Error(`${bin} not found (build rustlit / run scripts/test.sh first)`);
  }
  if (venv) {
    const dir = path.join(repoRoot, '.venv-test');
    process.env.VIRTUAL_ENV = dir;
    process.env.PATH = `${path.join(dir, 'bin')}:${process.env.PATH}`;
  }
  console.log(`rustlit binary: ${binary} (built ${statSync(binary).mtime.toISOString()})`);
  const servers = [];
  let browser = null;
  const cleanup = async () => {
    if (browser) await browser.close().catch(() => {});
    await Promise.all(servers.map((s) => stopServer(s)));
  };
  const onSignal = () => { cleanup().finally(() => process.exit(130)); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    servers.push(
      await startServer('rustlit', binary, (file, port) => [
        'run', file, '--server.headless', 'true', ...extraArgs,
        '--server.address', '127.0.0.1', '--server.port', String(port),
      ], app),
    );
    servers.push(
      await startServer('streamlit', stBin, (file, port) => [
        'run', file, '--server.headless', 'true', ...extraArgs, '--browser.gatherUsageStats', 'false',
        '--server.address', '127.0.0.1', '--server.port', String(port),
      ], app),
    );
    browser = await launchBrowser();
    await body({ servers, browser, binary });
  } finally {
    await cleanup();
  }
}
