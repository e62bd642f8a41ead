// st.graphviz_chart and st.mermaid_chart in a real browser, under the page's
// CSP: a DOT string and a graphviz object are laid out by Graphviz
// (WebAssembly, the lazy `graphviz` chunk) into SVG nodes and edges with their
// labels; a mermaid fence (st.mermaid_chart, and a fence in st.markdown) is
// drawn by mermaid (the lazy `mermaid` chunk) as an image whose SVG holds the
// diagram's labels; a syntax error shows mermaid's message; a page without
// diagrams fetches neither chunk. graphviz comes from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let graphs;
let diagrams;
let plain;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  graphs = await startApp(writeScript(`
import graphviz
import streamlit as st

st.graphviz_chart("""
digraph {
    run -> intr
    intr -> runbl
    runbl -> run
    run -> kernel
    kernel -> zombie
    kernel -> sleep
}
""", alt="Process states")
g = graphviz.Graph(engine="neato")
g.edge("alpha", "beta")
g.edge("beta", "gamma")
g.edge("gamma", "alpha")
st.graphviz_chart(g, width="stretch")
st.graphviz_chart('digraph { evil [URL="javascript:window.__pwned=1" label="click me"]; safe [URL="https://example.com/"] }')
st.text("after graphs")
`));
  diagrams = await startApp(writeScript(`
import streamlit as st

st.mermaid_chart("""
graph LR
    A[Start] --> B{Decision}
    B -->|Yes| C[Okay]
    B -->|No| D[Cancel]
""", alt="Decision flow")
st.markdown("Inline fence:\\n\\n\`\`\`mermaid\\nsequenceDiagram\\n    Alice->>Bob: Hello Bob\\n\`\`\`")
st.mermaid_chart("graph TD; A-->")
`));
  plain = await startApp(writeScript(`
import streamlit as st

st.title("No diagrams here")
st.code("graph TD; A-->B", language="mermaid")
`));
});

after(async () => {
  await browser?.close();
  graphs?.stop();
  diagrams?.stop();
  plain?.stop();
});

function watch(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  return problems;
}

test('graphviz charts are laid out by Graphviz as SVG, under the CSP', async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.setViewportSize({ width: 1000, height: 1100 });
  await page.goto(graphs.url);
  await waitForAppRun(page);
  const charts = page.getByTestId('stGraphVizChart');
  assert.equal(await charts.count(), 3);
  await charts.nth(0).locator('svg g.node').first().waitFor();
  assert.equal(await charts.nth(0).locator('svg g.node').count(), 6);
  assert.equal(await charts.nth(0).locator('svg g.edge').count(), 6);
  const labels = await charts.nth(0).locator('svg g.node text').allTextContents();
  assert.deepEqual([...labels].sort(), ['intr', 'kernel', 'run', 'runbl', 'sleep', 'zombie']);
  assert.equal(await charts.nth(0).getAttribute('role'), 'figure');
  assert.equal(await charts.nth(0).getAttribute('aria-label'), 'Process states');
  assert.match(await charts.nth(0).getAttribute('id'), /^st-graphviz-chart-[0-9a-f]{32}$/);
  // The body font over Graphviz's Times, as 1.67.
  const font = await charts.nth(0).locator('svg text').first().evaluate((t) => getComputedStyle(t).fontFamily);
  assert.match(font, /Source Sans/);
  // Content width: the graph's own size, not the column's; stretch fills the column.
  const own = await charts.nth(0).locator('svg').boundingBox();
  const stretched = await charts.nth(1).locator('svg').boundingBox();
  assert.ok(own.width > 50 && own.width < 400, `content-width graph ${own.width}`);
  assert.ok(stretched.width > 600, `stretched graph ${stretched.width}`);
  // The neato graph object: three nodes, three undirected edges.
  await charts.nth(1).locator('svg g.node').first().waitFor();
  assert.equal(await charts.nth(1).locator('svg g.node').count(), 3);
  assert.equal(await charts.nth(1).locator('svg g.edge').count(), 3);
  // A node's `javascript:` URL is dropped (DOMPurify); an https one is kept; clicking runs nothing.
  const links = charts.nth(2).locator('svg a');
  await links.first().waitFor();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('xlink:href') ?? a.getAttribute('href')));
  assert.deepEqual(hrefs, [null, 'https://example.com/']);
  await charts.nth(2).getByText('click me').click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await screenshot(page, 'graphviz-charts');
  // Fullscreen and back.
  await charts.nth(0).hover();
  await page.getByRole('button', { name: 'Fullscreen: Process states' }).click();
  await page.locator('.st-graphviz-fullscreen').waitFor();
  const full = await page.locator('.st-graphviz-fullscreen [data-testid="stGraphVizChart"] svg').boundingBox();
  assert.ok(full.width > 800, `fullscreen graph ${full.width}`);
  await screenshot(page, 'graphviz-fullscreen');
  await page.keyboard.press('Escape');
  await page.locator('.st-graphviz-fullscreen').waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await page.close();
});

test('mermaid fences are drawn as images of the diagram; a syntax error is shown', async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.goto(diagrams.url);
  await waitForAppRun(page);
  const images = page.locator('[data-testid="stMermaidChart"] img');
  await images.nth(1).waitFor();
  assert.equal(await images.count(), 2);
  assert.equal(await images.nth(0).getAttribute('alt'), 'Decision flow');
  assert.equal(await images.nth(1).getAttribute('alt'), 'Mermaid sequence diagram');
  const box = await images.nth(0).boundingBox();
  assert.ok(box.width > 200 && box.height > 40, `diagram ${box.width}x${box.height}`);
  assert.ok(await images.nth(0).evaluate((img) => img.complete && img.naturalWidth > 0));
  const error = page.getByTestId('stMermaidError');
  await error.waitFor();
  assert.match(await error.textContent(), /^Mermaid diagram error: /);
  await screenshot(page, 'mermaid-charts');
  assert.deepEqual(problems.filter((p) => /Content Security Policy|unsafe-eval|EvalError/i.test(p)), []);
  await page.close();
});

test('the mermaid image is the diagram: its SVG holds the labels and nothing active', async () => {
  // The page's CSP (connect-src 'self') keeps a script from reading a blob: URL back, which the
  // test needs here; the previous test checks the same page under the CSP.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(diagrams.url);
  await waitForAppRun(page);
  const images = page.locator('[data-testid="stMermaidChart"] img');
  await images.nth(1).waitFor();
  const svg = await images.nth(0).evaluate(async (img) => (await fetch(img.src)).text());
  for (const label of ['Start', 'Decision', 'Okay', 'Cancel', 'Yes', 'No']) assert.ok(svg.includes(`>${label}<`), label);
  assert.ok(!/<script|onload=|foreignObject/i.test(svg));
  const sequence = await images.nth(1).evaluate(async (img) => (await fetch(img.src)).text());
  assert.ok(sequence.includes('Hello Bob'));
  await context.close();
});

test('the graphviz and mermaid chunks are fetched only by pages that show them', async () => {
  const requests = async (url) => {
    const page = await browser.newPage();
    const seen = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto(url);
    await waitForAppRun(page);
    await page.close();
    return seen;
  };
  const without = await requests(plain.url);
  assert.ok(without.some((u) => /assets\/index-.*\.js$/.test(u)), without.join('\n'));
  assert.ok(!without.some((u) => /assets\/(graphviz|mermaid)-/.test(u)), without.join('\n'));
  const withGraphs = await requests(graphs.url);
  assert.ok(withGraphs.some((u) => /assets\/graphviz-.*\.js$/.test(u)), withGraphs.join('\n'));
  assert.ok(!withGraphs.some((u) => /assets\/mermaid-/.test(u)), withGraphs.join('\n'));
  const withMermaid = await requests(diagrams.url);
  assert.ok(withMermaid.some((u) => /assets\/mermaid-.*\.js$/.test(u)), withMermaid.join('\n'));
  assert.ok(!withMermaid.some((u) => /assets\/graphviz-/.test(u)), withMermaid.join('\n'));
});
