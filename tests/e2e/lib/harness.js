// Starts the real rustlit binary on an ephemeral port and drives Debian's
// Chromium with playwright-core, waiting the way Streamlit's own e2e suite
// does: on data-test-connection-state and data-test-script-state.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const screenshotDir = path.join(here, '..', 'screenshots');
const binary = process.env.RUSTLIT_BIN ?? path.join(repoRoot, 'target/debug/rustlit');

/** Serves `script` (relative to the repo root) and resolves once it listens. */
export function startApp(script, args = []) {
  const port = args.includes('--server.port') ? [] : ['--server.port', '0'];
  const child = spawn(binary, ['run', script, ...port, '--server.headless', 'true', ...args], {
    cwd: repoRoot,
    env: { ...process.env, RUSTLIT_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`rustlit did not start: ${out}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/Local URL: (https?:\/\/\S+)/);
      if (match) {
        clearTimeout(timer);
        const url = match[1].replace('localhost', '127.0.0.1');
        const port = Number(new URL(url).port);
        resolve({ url, port, stop: () => child.kill(), exited: new Promise((done) => child.on('exit', done)) });
      }
    });
    child.on('exit', (code) => reject(new Error(`rustlit exited with ${code}: ${out}`)));
  });
}

/** `extraArgs`: e.g. a fake camera and microphone for the capture widgets. */
export async function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Waits until the app is connected and no run is in progress. */
export async function waitForAppRun(page) {
  await page.waitForTimeout(155);
  await page.locator('[data-testid="stApp"][data-test-connection-state="CONNECTED"]').waitFor({ timeout: 20_000 });
  await page.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').waitFor({ timeout: 20_000 });
}

export async function screenshot(page, name) {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Writes `source` to a fresh temporary `app.py` and returns its path. */
/** A free loopback port (listen on 0, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function writeScript(source) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rustlit-e2e-'));
  const file = path.join(dir, 'app.py');
  writeFileSync(file, source);
  return file;
}
