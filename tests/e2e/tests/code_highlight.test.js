// Syntax highlighting of st.code, st.echo and markdown's fenced code, in a real
// browser: the token colours 1.67 shows (measured in 1.67 on the same script, light
// and dark alike), line numbers, the text left exactly as given, and the loading:
// the highlighter is the `prism` chunk, fetched only by a page that shows code in a
// language; a language outside the common set fetches `prismLanguages` too; when
// the chunk cannot be fetched the code still shows as plain text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

const PRISM = /\/assets\/prism-[\w-]{8}\.js$/;
const ALL = /\/assets\/prismLanguages-[\w-]{8}\.js$/;

const PYTHON = `import os
# a comment
def greet(name: str = "world") -> int:
    x = [1, 2.5, True, None]
    print(f"hi {name}", x)
    return 42 + len(name)

class A(Base):
    @property
    def v(self): return "<img src=x onerror=alert(1)>"
`;

let browser;
let app;
let haskell;
let plain;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import streamlit as st

st.code(${JSON.stringify(PYTHON)})
st.code("SELECT id FROM users WHERE age > 21 AND name = 'bob' -- c", language="sql")
st.code('{"a": 1, "b": [true, null]}', language="json")
st.code('#!/bin/bash\\nfor f in *.txt; do echo "$f"; done', language="bash")
st.code("some text = 3", language="nonsense")
st.code("x = 1\\ny = 2", line_numbers=True)
st.code("x = 1", language=None)
st.markdown("""
\`\`\`sql
SELECT 1
\`\`\`
""")
with st.echo():
    total = sum(range(10))
`));
  haskell = await startApp(writeScript(`
import streamlit as st

st.code("main :: IO ()\\nmain = putStrLn \\"hi\\"", language="haskell")
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.markdown("Text with \`inline code\` and no block.")
st.code("no language here", language=None)
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  haskell?.stop();
  plain?.stop();
});

/** [text, color, fontStyle, fontWeight] of every token run in the nth code block. */
function tokens(page, n) {
  return page.evaluate(
    (n) =>
      [...document.querySelectorAll('[data-testid="stCode"]')[n].querySelectorAll('code span.token')].map((s) => {
        const c = getComputedStyle(s);
        return [s.textContent, c.color, c.fontStyle, c.fontWeight];
      }),
    n,
  );
}

const BLUE = 'rgb(28, 131, 225)';
const GREEN = 'rgb(9, 171, 59)';
const GREY = 'rgb(128, 132, 149)';
const ORANGE = 'rgb(237, 111, 19)';
const TEAL = 'rgb(41, 176, 157)';
const CYAN = 'rgb(0, 164, 212)';
const RED = 'rgb(255, 75, 75)';

function find(list, text) {
  const hit = list.find(([t]) => t === text);
  assert.ok(hit, `no token ${JSON.stringify(text)} in ${JSON.stringify(list.map(([t]) => t))}`);
  return hit.slice(1);
}

for (const scheme of ['light', 'dark']) {
  test(`code is highlighted with 1.67's colours (${scheme})`, async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 }, colorScheme: scheme });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(app.url);
    await waitForAppRun(page);
    const codes = page.getByTestId('stCode');
    assert.equal(await codes.count(), 9);

    const py = await tokens(page, 0);
    assert.deepEqual(find(py, 'import'), [BLUE, 'normal', '400']);
    assert.deepEqual(find(py, '# a comment'), [GREY, 'italic', '400']);
    assert.deepEqual(find(py, 'greet'), [BLUE, 'normal', '700']);
    assert.deepEqual(find(py, '"world"'), [GREEN, 'normal', '400']);
    assert.deepEqual(find(py, '42'), [TEAL, 'normal', '400']);
    assert.deepEqual(find(py, '+'), [ORANGE, 'normal', '400']);
    assert.deepEqual(find(py, '@property'), [ORANGE, 'normal', '400']);
    assert.deepEqual(find(py, 'A'), [BLUE, 'normal', '700']);
    // A built-in is the text's own colour in 1.67.
    const text = scheme === 'light' ? 'rgb(47, 45, 43)' : 'rgb(237, 235, 232)';
    assert.deepEqual(find(py, 'str'), [text, 'normal', '400']);
    // The code is text: what the script gave, markup included, never parsed as HTML.
    assert.equal(await codes.nth(0).locator('code').textContent(), PYTHON.trimEnd());
    assert.equal(await codes.nth(0).locator('img').count(), 0);

    const sql = await tokens(page, 1);
    assert.deepEqual(find(sql, 'SELECT'), [BLUE, 'normal', '400']);
    assert.deepEqual(find(sql, "'bob'"), [GREEN, 'normal', '400']);
    assert.deepEqual(find(sql, '-- c'), [GREY, 'italic', '400']);
    const json = await tokens(page, 2);
    assert.deepEqual(find(json, '"a"'), [CYAN, 'normal', '400']);
    assert.deepEqual(find(json, 'null'), [BLUE, 'normal', '400']);
    const bash = await tokens(page, 3);
    assert.deepEqual(find(bash, '#!/bin/bash'), [RED, 'normal', '700']);
    assert.deepEqual(find(bash, 'echo'), [BLUE, 'normal', '700']);
    // An unknown language and no language stay plain.
    assert.deepEqual(await tokens(page, 4), []);
    assert.deepEqual(await tokens(page, 6), []);
    // Line numbers beside highlighted lines.
    assert.deepEqual(await codes.nth(5).locator('.st-code-lineno').allTextContents(), ['1', '2']);
    assert.deepEqual(find(await tokens(page, 5), '1'), [TEAL, 'normal', '400']);
    // A fenced block in markdown is a code block too, and st.echo's code is Python.
    assert.deepEqual(find(await tokens(page, 7), 'SELECT'), [BLUE, 'normal', '400']);
    assert.equal(await page.getByTestId('stMarkdownPre').getByTestId('stCode').count(), 1);
    assert.deepEqual(find(await tokens(page, 8), 'sum'), [text, 'normal', '400']);
    assert.deepEqual(find(await tokens(page, 8), '10'), [TEAL, 'normal', '400']);

    assert.ok(requests.some((u) => PRISM.test(u)), requests.join('\n'));
    assert.ok(!requests.some((u) => ALL.test(u)), requests.join('\n'));
    await screenshot(page, `code-highlight-${scheme}`);
    await page.close();
  });
}

test('a language outside the common set fetches every grammar', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(haskell.url);
  await waitForAppRun(page);
  const hs = await tokens(page, 0);
  assert.deepEqual(find(hs, '::'), [ORANGE, 'normal', '400']);
  assert.ok(requests.some((u) => ALL.test(u)), requests.join('\n'));
  await page.close();
});

test('a page without code in a language never fetches the highlighter', async () => {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(plain.url);
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stCode').textContent(), 'no language here');
  assert.ok(!requests.some((u) => PRISM.test(u) || ALL.test(u)), requests.join('\n'));
  await page.close();
});

test('without the highlighter chunk the code shows as plain text', async () => {
  const page = await browser.newPage();
  await page.route(PRISM, (route) => route.abort());
  await page.goto(app.url);
  await waitForAppRun(page);
  assert.equal(await page.getByTestId('stCode').nth(0).locator('code').textContent(), PYTHON.trimEnd());
  assert.deepEqual(await tokens(page, 0), []);
  await page.close();
});
