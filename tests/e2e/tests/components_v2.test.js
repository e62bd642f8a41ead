// Components v2 (st.components.v2.component) in headless Chromium: an inline
// component mounted in its frame on the component origin gets its data, key
// and theme variables, sets state and fires events the script reads (with
// their callbacks), its frame follows its content's height, it cannot reach
// the app's page; and st.pdf shows a PDF through streamlit-pdf's viewer,
// whose media URL the page fetches for the frame.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

/** A one-page PDF that says "Hello PDF" (offsets in its xref computed). */
function helloPdf() {
  const stream = 'BT /F1 24 Tf 40 60 Td (Hello PDF) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

let app;
let browser;
let page;
const requests = [];

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  const script = writeScript(`
import os
import streamlit as st

counter = st.components.v2.component(
    "counter",
    html="<div class='box'><h3 id='title'>Loading</h3><button id='inc'>Add</button> <button id='fire'>Fire</button> <button id='grow'>Grow</button> <button id='both'>Both</button> <span id='calls'></span><div id='more'></div><pre id='info'></pre></div>",
    css=".box{border:1px solid var(--st-border-color);padding:8px} h3{margin:0}",
    js="""
let calls = 0;
export default function ({ name, key, data, parentElement, setStateValue, setTriggerValue }) {
  const root = parentElement;
  calls += 1;
  root.querySelector('#calls').textContent = 'calls=' + calls;
  root.querySelector('#title').textContent = name + ': ' + JSON.stringify(data);
  let n = data.start;
  root.querySelector('#inc').onclick = () => { n += 1; setStateValue('value', n); };
  root.querySelector('#fire').onclick = () => setTriggerValue('clicked', 'yes');
  root.querySelector('#both').onclick = () => { n += 1; setStateValue('value', n); setTriggerValue('clicked', 'both'); };
  root.querySelector('#grow').onclick = () => {
    const p = document.createElement('p');
    p.textContent = 'grown';
    p.style.height = '200px';
    root.querySelector('#more').appendChild(p);
  };
  const style = getComputedStyle(root.host ?? root);
  let parentAccess;
  try { parentAccess = 'ESCAPED ' + window.parent.document.title; } catch (e) { parentAccess = 'blocked ' + e.name; }
  root.querySelector('#info').textContent = [
    'key=' + key,
    'isolated=' + (root instanceof ShadowRoot),
    'primary=' + style.getPropertyValue('--st-primary-color'),
    'radius=' + style.getPropertyValue('--st-base-radius'),
    'sizes=' + style.getPropertyValue('--st-heading-font-sizes'),
    'parent=' + parentAccess,
  ].join('\\\\n');
}
""",
)
calls = st.session_state.setdefault("calls", [])
st.session_state.runs = st.session_state.get("runs", 0) + 1
result = counter(
    data={"start": 3}, key="counter",
    on_value_change=lambda: calls.append("value"),
    on_clicked_change=lambda: calls.append("clicked"),
)
st.text(f"value={result.value!r} clicked={result.clicked!r} calls={calls}")
st.button("plain rerun")
st.text(f"runs={st.session_state.runs}")
tag = st.components.v2.component("tag", html="<span id='t'>a tag</span>")
tag(key="narrow", width="content")
tag(key="tall", height=120)
st.components.v2.component("bad", html="<p>bad html</p>", js="export default 5")(key="bad")
probe = st.components.v2.component("probe", html="<pre id='d'></pre>", js="""
export default function ({ data, parentElement }) {
  const show = (v) => v instanceof Uint8Array ? 'bytes:' + v.length + ':' + (v[0] === 0xff ? 'ipc' : v[0]) : JSON.stringify(v);
  const plain = data && typeof data === 'object' && !(data instanceof Uint8Array);
  parentElement.querySelector('#d').textContent = plain ? Object.entries(data).map(([k, v]) => k + '=' + show(v)).join(' ') : show(data);
}
""")
import pandas as pd
table = pd.DataFrame({"a": [1, 2]})
probe(data=b"\\x01\\x02\\x03", key="bytes")
probe(data=table, key="df")
probe(data={"n": 1, "df": table}, key="mixed")
with st.form("f"):
    in_form = counter(data={"start": 10}, key="in_form")
    st.form_submit_button("Submit")
st.text(f"form result={dict(in_form)}")
st.pdf("PDF_PATH", height=300)
`);
  // The PDF beside the script (st.pdf puts it in the media store): its path goes into the script.
  const pdfPath = path.join(path.dirname(script), 'hello.pdf');
  writeFileSync(pdfPath, helloPdf(), 'latin1');
  writeFileSync(script, readFileSync(script, 'utf8').replace('PDF_PATH', pdfPath));
  app = await startApp(script);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
const counterFrame = () => page.locator('iframe[data-testid="stBidiComponentFrame"][title$="counter"]').first();
const counter = () => page.frameLocator('iframe[data-testid="stBidiComponentFrame"][title$="counter"]').first();
const formCounter = () => page.locator('[data-testid="stForm"]').frameLocator('iframe[data-testid="stBidiComponentFrame"]');

test('an inline component is mounted on its own origin with its data, key and theme', async () => {
  const frame = counterFrame();
  const src = new URL(await frame.getAttribute('src'));
  assert.match(src.hostname, /^c[0-9a-f]{16}\.components\.localhost$/);
  assert.match(src.pathname, /^\/v2\/c[0-9a-f]{16}\/[0-9a-f]{40}\.html$/);
  assert.match(await frame.getAttribute('sandbox'), /allow-same-origin/);
  const c = counter();
  await c.locator('#title', { hasText: 'counter: {"start":3}' }).waitFor();
  const info = (await c.locator('#info').textContent()).split('\n');
  assert.match(info[0], /^key=st-bidi-component-[0-9a-f-]{36}$/);
  assert.deepEqual(info.slice(1), [
    'isolated=true',
    'primary=#C53948',
    'radius=0.5rem',
    'sizes=2.75rem,2.25rem,1.75rem,1.5rem,1.25rem,1rem',
    'parent=blocked SecurityError',
  ]);
  await text('value=None clicked=None calls=[]').waitFor();
  // The page's own font, handed to the frame, sets the component's text as in 1.67.
  const title = c.locator('#title');
  for (let i = 0; i < 50 && !(await title.evaluate(() => document.fonts.check('16px "Source Sans"') && [...document.fonts].some((f) => f.family.includes('Source Sans') && f.status === 'loaded'))); i++) {
    await page.waitForTimeout(100);
  }
  assert.ok(await title.evaluate(() => [...document.fonts].some((f) => f.family.includes('Source Sans') && f.status === 'loaded')), 'Source Sans loaded in the frame');
  assert.match(await title.evaluate((t) => getComputedStyle(t).fontFamily), /Source Sans/);
  await screenshot(page, 'components_v2');
});

test('state and events reach the script, with their callbacks; events last one run', async () => {
  const c = counter();
  const mounted = await c.locator('#calls').textContent();
  await c.locator('#inc').click();
  await text("value=4 clicked=None calls=['value']").waitFor();
  await waitForAppRun(page);
  await c.locator('#fire').click();
  await text("value=4 clicked='yes' calls=['value', 'clicked']").waitFor();
  await waitForAppRun(page);
  await page.getByRole('button', { name: 'plain rerun' }).click();
  await text("value=4 clicked=None calls=['value', 'clicked']").waitFor();
  await waitForAppRun(page);
  // The component keeps its own state across runs: the next click counts on.
  await c.locator('#inc').click();
  await text("value=5 clicked=None calls=['value', 'clicked', 'value']").waitFor();
  await waitForAppRun(page);
  // Reruns with the same data did not call the component again (1.67 calls it on new data or theme).
  assert.equal(await c.locator('#calls').textContent(), mounted);
  // A state and an event set in one handler go out in one rerun, as 1.67 batches them.
  const runs = Number((await text('runs=').textContent()).replace('runs=', ''));
  await c.locator('#both').click();
  await text("value=6 clicked='both' calls=['value', 'clicked', 'value', 'value', 'clicked']").waitFor();
  await waitForAppRun(page);
  assert.equal(await text('runs=').textContent(), `runs=${runs + 1}`);
});

test("the frame's height follows its content", async () => {
  const frame = counterFrame();
  const height = async () => (await frame.boundingBox()).height;
  const content = await counter().locator('.box').evaluate((box) => box.getBoundingClientRect().bottom);
  const before = await height();
  assert.ok(Math.abs(before - content) <= 2, `frame ${before}px, content ends at ${content}px`);
  await counter().locator('#grow').click();
  await page.waitForFunction(
    (b) => document.querySelector('iframe[data-testid="stBidiComponentFrame"][title$="counter"]').getBoundingClientRect().height >= b + 200,
    before,
  );
});

test('width "content" fits the component, a pixel height is fixed', async () => {
  const frames = page.locator('iframe[data-testid="stBidiComponentFrame"][title$="tag"]');
  await frames.first().waitFor();
  const span = await page.frameLocator('iframe[data-testid="stBidiComponentFrame"][title$="tag"]').first().locator('#t').boundingBox();
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-testid="stBidiComponentFrame"][title$="tag"]');
    return f && f.getBoundingClientRect().width > 0;
  });
  const narrow = await frames.nth(0).boundingBox();
  assert.ok(Math.abs(narrow.width - span.width) <= 1, `frame ${narrow.width}px wide, its content ${span.width}px`);
  assert.ok(Math.abs(narrow.height - 25.6) <= 1, `one line of text: ${narrow.height}px`);
  const tall = await frames.nth(1).boundingBox();
  assert.equal(Math.round(tall.height), 120);
  assert.ok(tall.width > 600, 'stretch is the default width');
});

test("a component that fails shows 1.67's error in its place", async () => {
  const alert = page.locator('[data-testid="stAlertContentError"]', { hasText: 'BidiComponent Error:' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /^BidiComponent Error: JS module does not have a default export function\./);
  assert.equal(await page.locator('iframe[data-testid="stBidiComponentFrame"][title$="bad"]').count(), 0);
});

test('bytes and dataframes reach the component as bytes', async () => {
  const shown = page.frameLocator('iframe[data-testid="stBidiComponentFrame"][title$="probe"]');
  for (const i of [0, 1, 2]) await shown.nth(i).locator('#d', { hasText: 'bytes:' }).waitFor();
  assert.equal(await shown.nth(0).locator('#d').textContent(), 'bytes:3:1');
  assert.match(await shown.nth(1).locator('#d').textContent(), /^bytes:\d+:ipc$/);
  // 1.67 hands a mixed dict's dataframes as Arrow tables; rustlit as their IPC bytes (README).
  assert.match(await shown.nth(2).locator('#d').textContent(), /^n=1 df=bytes:\d+:ipc$/);
});

test('in a form, state waits for the submit and events are ignored, as in 1.67', async () => {
  const c = formCounter();
  await c.locator('#title', { hasText: 'counter: {"start":10}' }).waitFor();
  // Chromium holds back frames out of view (no animation frames, no resize reports).
  await page.locator('[data-testid="stForm"]').scrollIntoViewIfNeeded();
  await c.locator('#inc').click();
  await c.locator('#fire').click();
  await page.waitForTimeout(500);
  await text('form result={}').waitFor();
  await page.getByRole('button', { name: 'Submit' }).click();
  await text("form result={'value': 11}").waitFor();
  await waitForAppRun(page);
});

test('a theme change reaches the component', async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await counter().locator('#info', { hasText: 'primary=#CF4250' }).waitFor();
  // Native controls take the dark look, as in 1.67's page; the frame element matches, so it stays transparent.
  assert.equal(await counter().locator('#inc').evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
  assert.equal(await counterFrame().evaluate((f) => getComputedStyle(f).colorScheme), 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await counter().locator('#info', { hasText: 'primary=#C53948' }).waitFor();
});

test('st.pdf shows the PDF through streamlit-pdf, its media fetched by the page', async () => {
  const frame = page.locator('iframe[data-testid="stBidiComponentFrame"][title*="pdf"]');
  const pdf = page.frameLocator('iframe[data-testid="stBidiComponentFrame"][title*="pdf"]');
  await frame.scrollIntoViewIfNeeded();
  const canvas = pdf.locator('canvas').first();
  await canvas.waitFor({ timeout: 30_000 });
  // pdf.js drew the page: white paper with dark text on it.
  const ink = async () =>
    canvas.evaluate((c) => {
      const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 100) dark += 1;
      return dark;
    });
  for (let i = 0; i < 50 && (await ink()) === 0; i++) await page.waitForTimeout(200);
  assert.ok((await ink()) > 100, 'the canvas shows text');
  assert.equal(Math.round((await frame.boundingBox()).height), 300);
  // The PDF came from the app's media route, fetched by the page; the frame asked its own origin for none.
  const media = requests.filter((u) => /\/media\/[^/]+\.pdf$/.test(new URL(u).pathname));
  assert.ok(media.length > 0, requests.join('\n'));
  for (const url of media) assert.equal(new URL(url).origin, new URL(app.url).origin, url);
  // Its worker loads from beside its module, on the component origin.
  assert.ok(requests.some((u) => u.includes('.components.localhost') && u.endsWith('/workers/pdf.worker.min.mjs')));
  await screenshot(page, 'components_v2_pdf');
});
