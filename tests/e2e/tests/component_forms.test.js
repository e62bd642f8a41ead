// A component inside st.form behaves like any form widget: its value waits
// for the submit button, then arrives with the submit in one run.
import path from 'node:path';
import { after, before, test } from 'node:test';

import { launchBrowser, repoRoot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const fixtures = path.join(repoRoot, 'tests/e2e/fixtures/components');
let app;
let browser;

before(async () => {
  app = await startApp(
    writeScript(`
import json
import streamlit as st
import streamlit.components.v1 as components

echo = components.declare_component("echo", path=${JSON.stringify(path.join(fixtures, 'echo'))})
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
with st.form("f"):
    value = echo(greeting="in a form", default={"clicks": 0}, key="echo")
    submitted = st.form_submit_button("Send")
st.text(f"value={json.dumps(value, sort_keys=True)} submitted={submitted} runs={st.session_state.runs}")
`),
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  app?.stop();
});

test('a component value in a form waits for the submit', async () => {
  const page = await browser.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
  const text = (t) => page.locator('[data-testid="stText"]', { hasText: t });
  await text('value={"clicks": 0} submitted=False runs=1').waitFor();
  const echo = page.frameLocator('iframe[title="app.echo"]');
  await echo.locator('#greeting', { hasText: 'greeting=in a form' }).waitFor();
  await echo.locator('#send').click();
  await page.locator('[data-testid="stFormSubmitButton"] button').click();
  await waitForAppRun(page);
  // runs=2: the component's value did not rerun the script before the submit.
  await text('value={"clicks": 1, "greeting": "in a form"} submitted=True runs=2').waitFor();
});
