// st.echarts_chart brush selections in a real browser: a brush dragged on the
// chart (after picking the toolbox's brush tool) comes back to the script as
// the brushed indices and area, and the brush stays drawn across the rerun it
// causes and across a later one, as in 1.67 (a rerun sets the option anew,
// which clears ECharts' brush covers, so the chart draws them again).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';
import { paintedPixels } from '../lib/pixels.js';

let browser;
let app;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import streamlit as st

st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
event = st.echarts_chart({
    "toolbox": {"left": 10, "top": 5, "itemSize": 20, "feature": {"brush": {"type": ["lineX"]}}},
    "brush": {"xAxisIndex": 0, "brushStyle": {"borderColor": "rgb(0,128,0)", "borderWidth": 3,
                                              "color": "rgba(0,128,0,0.25)"}},
    "xAxis": {"type": "category", "data": list("ABCDEF")},
    "yAxis": {},
    "series": [{"type": "bar", "data": [5, 20, 36, 10, 10, 20]}],
}, key="brushed", on_select="rerun", height=300)
st.button("Again")
st.text(f"runs={st.session_state.runs} brushed={[i for g in event.selection.selected for i in g['data_indices']]} "
        f"areas={len(event.selection.areas)}")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** Pixels of the chart's screenshot in the brush's green (its border and fill). */
const brushPixels = (page, chart) => paintedPixels(page, chart, { greenBy: 40 });

test('a brush comes back to the script and stays drawn after the reruns', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(app.url);
  await waitForAppRun(page);
  await page.getByText('runs=1 brushed=[] areas=0').waitFor();
  const chart = page.getByTestId('stEChartsChart');
  await chart.locator('canvas').first().waitFor();
  assert.equal(await brushPixels(page, chart), 0, 'no brush yet');
  const box = await chart.boundingBox();
  // The toolbox's brush tool (its icon drawn at 37, 30 in the chart), then a drag over the bars B to D.
  await page.mouse.click(box.x + 37, box.y + 30);
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.5, { steps: 5 });
  await page.mouse.up();
  const after1 = page.getByText(/^runs=2 brushed=\[(\d, )*\d\] areas=1$/);
  await after1.waitFor({ timeout: 20_000 });
  const brushed = (await after1.textContent()).match(/brushed=(\[.*\])/)[1];
  await waitForAppRun(page);
  await page.waitForTimeout(300);
  const drawn = await brushPixels(page, chart);
  assert.ok(drawn > 500, `the brush is drawn after the rerun it caused (${drawn} green pixels)`);
  await screenshot(page, 'echarts-brush');
  // Another rerun (a button): the selection is kept and the brush is still there.
  await page.getByRole('button', { name: 'Again' }).click();
  await page.getByText(`runs=3 brushed=${brushed} areas=1`).waitFor({ timeout: 20_000 });
  await waitForAppRun(page);
  await page.waitForTimeout(300);
  const still = await brushPixels(page, chart);
  assert.ok(still > 500, `the brush is drawn after a later rerun (${still} green pixels)`);
  assert.deepEqual(problems, []);
  await page.close();
});
