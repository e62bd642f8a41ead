// Emailed sign-in links (server.emailSignIn) in headless Chromium, with a real
// SMTP server (tests/it/smtp_sink.py, aiosmtpd, STARTTLS and AUTH required):
// the gate shows the sign-in page, the form answers "Check your inbox", the
// mailed link signs the same browser in (st.user shows the address), and the
// same link opened in another browser context is refused. When the login
// ends under an open page (here: a server restart, which forgets logins),
// the page says so and offers to sign in again instead of retrying forever.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { writeAuthSettings } from '../lib/oidc.js';

const python = path.join(repoRoot, '.venv-test/bin/python');

function hasTools() {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return existsSync(python);
  } catch {
    return false;
  }
}
const skip = hasTools() ? false : 'openssl and .venv-test (aiosmtpd) are needed';

let app;
let script;
let browser;
let sink;
const mails = [];
let mailArrived = () => {};

/** A CA and a certificate for localhost signed by it, made with openssl. */
function makeCertificates(dir) {
  const file = (name) => path.join(dir, name);
  const run = (args) => execFileSync('openssl', args, { stdio: 'ignore' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  run(['req', '-x509', ...ec, '-keyout', file('ca.key'), '-out', file('ca.pem'), '-days', '2',
    '-subj', '/CN=SMTP test CA', '-addext', 'basicConstraints=critical,CA:TRUE']);
  run(['req', ...ec, '-keyout', file('smtp.key'), '-out', file('smtp.csr'), '-subj', '/CN=localhost']);
  writeFileSync(file('san.ext'), 'subjectAltName=DNS:localhost\n');
  run(['x509', '-req', '-in', file('smtp.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key'),
    '-CAcreateserial', '-out', file('smtp.pem'), '-days', '2', '-extfile', file('san.ext')]);
  return { ca: file('ca.pem'), cert: file('smtp.pem'), key: file('smtp.key') };
}

function startSink(cert, key) {
  const child = spawn(python, [path.join(repoRoot, 'tests/it/smtp_sink.py'), cert, key, 'mailer', 'mail-pw'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('smtp_sink.py did not start')), 30_000);
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const event = JSON.parse(line);
      if (event.port) {
        clearTimeout(timer);
        resolve({ port: event.port, stop: () => child.kill() });
      } else if (event.to) {
        mails.push(event);
        mailArrived();
      }
    });
  });
}

function nextMail() {
  if (mails.length) return Promise.resolve(mails.shift());
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no mail within 30 s')), 30_000);
    mailArrived = () => {
      clearTimeout(timer);
      mailArrived = () => {};
      resolve(mails.shift());
    };
  });
}

before(async () => {
  if (skip) return;
  const certs = makeCertificates(mkdtempSync(path.join(os.tmpdir(), 'rustlit-smtp-')));
  sink = await startSink(certs.cert, certs.key);
  script = writeScript(`import streamlit as st
st.text(f"email={st.user.email} provider={st.user.provider}")
`);
  writeAuthSettings(script, {
    auth: `[auth.smtp]
username = "mailer"
password = "mail-pw"
`,
    config: `[server]
requireLogin = true
allowedEmailDomains = ["example.org"]
emailSignIn = true
smtpHost = "localhost"
smtpPort = ${sink.port}
smtpCaFile = "${certs.ca}"
emailFrom = "Rustlit e2e <noreply@example.org>"
`,
  });
  app = await startApp(script);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
  sink?.stop();
});

test('a mailed link signs in the browser that asked, and no other', { skip }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.url}?tab=2`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await screenshot(page, 'email-signin-form');
  await page.getByLabel('Email address').fill('ann@example.org');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  await screenshot(page, 'email-signin-check-inbox');

  const mail = await nextMail();
  assert.deepEqual(mail.to, ['ann@example.org']);
  assert.equal(mail.tls, true);
  const link = mail.body.split(/\s+/).find((word) => word.includes('/auth/signin/link?token='));
  assert.ok(link, mail.body);

  // Another browser (no cookie of the asking one) is refused, and the link
  // still works where it was asked for.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const refused = await otherPage.goto(link);
  assert.equal(refused.status(), 400);
  await otherPage.getByText(/another browser/).waitFor();
  await other.close();

  await page.goto(link);
  await page.waitForURL((url) => url.search === '?tab=2');
  await waitForAppRun(page);
  await page.getByText('email=ann@example.org provider=email').waitFor();
  await screenshot(page, 'email-signin-signed-in');

  // Used once: the same link again is refused.
  const again = await page.goto(link);
  assert.equal(again.status(), 400);
  await context.close();
});

test('a page whose login ended offers to sign in again', { skip }, async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByLabel('Email address').fill('bob@example.org');
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByRole('heading', { name: 'Check your inbox' }).waitFor();
  const mail = await nextMail();
  const link = mail.body.split(/\s+/).find((word) => word.includes('/auth/signin/link?token='));
  await page.goto(link);
  await waitForAppRun(page);
  await page.getByText('email=bob@example.org provider=email').waitFor();

  // A restart forgets every login: the page's reconnect is refused (401).
  const port = String(app.port);
  app.stop();
  await app.exited;
  app = await startApp(script, ['--server.port', port]);
  const dialog = page.getByRole('dialog', { name: 'Signed out' });
  await dialog.waitFor({ timeout: 30_000 });
  await page.getByTestId('stSignedOutMessage').getByText(/login to this app has ended/).waitFor();
  await screenshot(page, 'email-signin-signed-out-dialog');
  await dialog.getByRole('button', { name: 'Sign in again' }).click();
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await context.close();
});
