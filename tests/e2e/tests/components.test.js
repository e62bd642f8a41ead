// Custom components in headless Chromium: a local v1 component round-trips
// args and values; components.html runs on its own origin; a hostile
// component tries every escape of SECURITY.md §5 H and manages none.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const fixtures = path.join(repoRoot, 'tests/e2e/fixtures/components');
let app;
let browser;
let page;

before(async () => {
  // pandas and pyarrow for the dataframe round trip.
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  const script = writeScript(`
import json
import pandas as pd
import streamlit as st
import streamlit.components.v1 as components

echo = components.declare_component("echo", path=${JSON.stringify(path.join(fixtures, 'echo'))})
hostile = components.declare_component("hostile", path=${JSON.stringify(path.join(fixtures, 'hostile'))})

greeting = st.text_input("greeting", "hello")
value = echo(greeting=greeting, blob=b"\\x01\\x02", default={"clicks": 0}, key="echo")
st.text(f"echo value: {json.dumps(value, sort_keys=True)}")
components.html("""<p id='out'>?</p><script>
try { document.getElementById('out').textContent = 'ESCAPED ' + parent.document.title; }
catch (e) { document.getElementById('out').textContent = 'blocked ' + e.name + ' on ' + location.hostname; }
</script>""", height=60)
report = hostile(default=None, key="hostile", **{"__proto__": {"polluted": "args"}, "constructor": {"prototype": {"polluted": "args"}}})
st.text(f"hostile report: {json.dumps(report, sort_keys=True)}")
echo_df = components.declare_component("echo_df", path=${JSON.stringify(path.join(fixtures, 'echo'))})
table = pd.DataFrame({"city": ["Oslo", "Lima"], "temp": [3.5, 19.0]}, index=["x", "y"])
back = echo_df(table=table, key="echo_df")
st.text(f"df back: {None if back is None else (type(back).__name__, back.to_dict('index'))}")
`);
  app = await startApp(script);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  await context.addCookies([{ name: 'app_secret', value: 'canary', url: app.url }]);
  page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
});

after(async () => {
  await browser?.close();
  app?.stop();
});

const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
const frameOf = (name) => page.frameLocator(`iframe[title="${name}"]`);

test('a local component renders its args and sends values back to the script', async () => {
  const frame = page.locator('iframe[data-testid="stCustomComponentV1"][title="app.echo"]');
  assert.equal(
    await frame.getAttribute('sandbox'),
    'allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-same-origin allow-scripts allow-downloads',
  );
  // No browser permissions unless granted (component_permissions.test.js).
  assert.equal((await frame.getAttribute('allow')) ?? '', '');
  const src = new URL(await frame.getAttribute('src'));
  assert.match(src.hostname, /^c[0-9a-f]{16}\.components\.localhost$/);
  assert.equal(src.searchParams.get('streamlitUrl'), `${app.url.replace(/\/$/, '')}/`);
  const echo = frameOf('app.echo');
  await echo.locator('#greeting', { hasText: 'greeting=hello' }).waitFor();
  assert.equal(await echo.locator('#blob').textContent(), 'blob=1,2');
  assert.equal(await echo.locator('#disabled').textContent(), 'disabled=false');
  assert.equal(await echo.locator('#theme').textContent(), 'primary=#c53948');
  assert.ok(Number(await frame.getAttribute('height')) > 50, 'setFrameHeight resized the iframe');
  await text('echo value: {"clicks": 0}').waitFor();

  await echo.locator('#send').click();
  await text('echo value: {"clicks": 1, "greeting": "hello"}').waitFor();
  await waitForAppRun(page);

  // New args reach the same instance (keyed: its value survives).
  const input = page.locator('[data-testid="stTextInput"] input');
  await input.fill('bonjour');
  await input.press('Enter');
  await echo.locator('#greeting', { hasText: 'greeting=bonjour' }).waitFor();
  await text('echo value: {"clicks": 1, "greeting": "hello"}').waitFor();
  await screenshot(page, 'components');
});

test('components.html runs on its own origin, not the app page', async () => {
  const frame = page.locator('iframe[data-testid="stIFrame"]');
  assert.equal(await frame.getAttribute('srcdoc'), null);
  assert.equal(await frame.getAttribute('height'), '60');
  const out = page.frameLocator('iframe[data-testid="stIFrame"]').locator('#out');
  await out.filter({ hasText: 'blocked' }).waitFor();
  assert.match(await out.textContent(), /^blocked SecurityError on h[0-9a-f]{20}\.components\.localhost$/);
});

test('a hostile component can do nothing to the app or other components', async () => {
  await frameOf('app.hostile').locator('#report[data-done="true"]').waitFor({ timeout: 20_000 });
  const line = text('hostile report: {');
  await line.waitFor({ timeout: 20_000 });
  const report = JSON.parse((await line.textContent()).replace('hostile report: ', ''));
  const names = [
    'parent DOM', 'top DOM', 'parent cookies', 'parent localStorage', "own cookies show the app's",
    'sibling frame DOM', 'navigate top', 'fetch app API with credentials', 'fetch app page', 'open app websocket',
  ];
  assert.deepEqual(Object.keys(report).sort(), [...names].sort());
  if (process.env.SHOW_REPORT) console.log(report);
  for (const [attempt, outcome] of Object.entries(report)) {
    assert.match(outcome, /^blocked/, `${attempt}: ${outcome}`);
  }
  // Its messages only ever set its own value: the echo component is untouched.
  await text('echo value: {"clicks": 1, "greeting": "hello"}').waitFor();
  assert.equal(new URL(page.url()).hostname, '127.0.0.1', 'the top window was not navigated');
  // Args and values with "__proto__"/"constructor" keys stay data in the app.
  assert.equal(await page.evaluate(() => ({}).polluted ?? Object.prototype.polluted ?? null), null);
  // The app's cookies are what the app set: its canary and the server's XSRF token.
  const cookies = await page.evaluate(() => document.cookie.split('; ').map((c) => c.split('=')[0]).sort());
  assert.deepEqual(cookies, ['_streamlit_xsrf', 'app_secret']);
  assert.match(await page.evaluate(() => document.cookie), /app_secret=canary/);
});

test('a dataframe goes to the component as Arrow and comes back as a DataFrame', async () => {
  const echo = frameOf('app.echo_df');
  await echo.locator('#df', { hasText: 'df=table:true,true,true' }).waitFor();
  await text('df back: None').waitFor();
  await echo.locator('#send-df').click();
  await text("df back: ('DataFrame', {'x': {'city': 'Oslo', 'temp': 3.5}, 'y': {'city': 'Lima', 'temp': 19.0}})").waitFor();
  await waitForAppRun(page);
});
