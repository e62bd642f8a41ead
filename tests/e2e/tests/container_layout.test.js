// st.container's layout options in a real browser, measured as 1.67 lays them
// out: a row of elements at their natural widths (right-aligned, or one
// scrolling line with wrap=False), a centred vertical container, st.space
// pushing content to the bottom of a fixed-height container and apart in a
// row, 1.67's 704 px main column, and st.grid reflowing with the width.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let served;

before(async () => {
  browser = await launchBrowser();
  served = await startApp(writeScript(`
import streamlit as st

with st.container(horizontal=True, horizontal_alignment="right", gap="large", key="right"):
    st.button("One")
    st.button("Two")
with st.container(horizontal=True, wrap=False, key="toolbar"):
    for i in range(12):
        st.button(f"Action number {i}")
with st.container(horizontal=True, key="form_row", vertical_alignment="bottom"):
    st.text_input("Name")
    st.button("Send")
with st.container(horizontal_alignment="center", border=True, key="centred"):
    st.button("Middle")
with st.container(height=240, key="tall"):
    st.write("top")
    st.space("stretch")
    st.write("bottom")
with st.container(horizontal=True, key="apart"):
    st.button("Left end")
    st.space("stretch")
    st.button("Right end")
g = st.grid(3, border=True, key="cards")
for i in range(4):
    g.metric(f"Metric {i}", i)
with g.cell(column_span=2):
    st.write("Two tracks")
g.cell(column_span="all").write("Whole row")
`));
});

after(async () => {
  await browser?.close();
  served?.stop();
});

const box = (locator) => locator.boundingBox();

test('rows, alignment and st.space lay out as in Streamlit 1.67', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  await page.getByText('Right end').waitFor();
  await screenshot(page, 'container-layout');

  const main = await box(page.getByTestId('stMainBlockContainer').getByTestId('stVerticalBlock').first());
  assert.equal(Math.round(main.width), 704);

  // Right-aligned row: both buttons on one line, the last flush with the row's right edge, 4rem apart.
  const right = page.locator('.st-key-right');
  assert.equal(await right.getAttribute('data-testid'), 'stHorizontalBlock');
  const row = await box(right);
  const one = await box(right.getByRole('button', { name: 'One' }));
  const two = await box(right.getByRole('button', { name: 'Two' }));
  assert.equal(Math.round(one.y), Math.round(two.y));
  assert.ok(Math.abs(two.x + two.width - (row.x + row.width)) <= 1, 'right-aligned');
  assert.ok(Math.abs(two.x - (one.x + one.width) - 64) <= 1, 'a large gap is 4rem');

  // wrap=False: one line that scrolls sideways.
  const toolbar = page.locator('.st-key-toolbar');
  const tops = await toolbar.getByRole('button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
  assert.equal(new Set(tops).size, 1);
  assert.ok(await toolbar.evaluate((t) => t.scrollWidth > t.clientWidth));

  // A field grows to share the row with a button at its own width; bottom-aligned.
  const formRow = page.locator('.st-key-form_row');
  const field = await box(formRow.getByTestId('stTextInput'));
  const send = await box(formRow.getByRole('button', { name: 'Send' }));
  assert.ok(field.width > 500, `the field takes the room left (${field.width})`);
  assert.ok(Math.abs(field.y + field.height - (send.y + send.height)) <= 1, 'bottom-aligned');

  // horizontal_alignment="center" in a vertical container.
  const centred = page.locator('.st-key-centred');
  const c = await box(centred);
  const middle = await box(centred.getByRole('button', { name: 'Middle' }));
  assert.ok(Math.abs(middle.x + middle.width / 2 - (c.x + c.width / 2)) <= 1, 'centred');

  // st.space("stretch") fills what a fixed-height container has left, and splits a row.
  const tall = page.locator('.st-key-tall');
  const t = await box(tall);
  const bottom = await box(tall.getByText('bottom'));
  assert.ok(t.y + t.height - (bottom.y + bottom.height) < 40, 'bottom text at the bottom');
  const apart = page.locator('.st-key-apart');
  const a = await box(apart);
  const rightEnd = await box(apart.getByRole('button', { name: 'Right end' }));
  assert.ok(Math.abs(rightEnd.x + rightEnd.width - (a.x + a.width)) <= 1, 'pushed to the right end');
  await page.close();
});

test('a grid reflows to fewer tracks as the window narrows, and spans follow', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
  await page.goto(served.url);
  await waitForAppRun(page);
  const grid = page.locator('.st-key-cards');
  await grid.getByText('Whole row').waitFor();
  assert.equal(await grid.getAttribute('data-testid'), 'stGrid');
  const cells = grid.locator(':scope > [data-testid="stGridCell"]');
  assert.equal(await cells.count(), 6);
  const widths = async () => cells.evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().width)));
  // 704 px with 1rem gaps: three 224 px tracks; the span of two is 464 px, "all" the whole row.
  assert.deepEqual(await widths(), [224, 224, 224, 224, 464, 704]);
  await screenshot(page, 'grid-wide');

  // About 470 px: two tracks of at least 200 px fit, and the span of two takes the row.
  await page.setViewportSize({ width: 500, height: 1000 });
  await page.waitForFunction(() => {
    const g = document.querySelector('.st-key-cards');
    return g && getComputedStyle(g).gridTemplateColumns.split(' ').length === 2;
  });
  const [one, , , , span, all] = await widths();
  assert.equal(span, all);
  assert.ok(Math.abs(one * 2 + 16 - all) <= 1);

  // Under two tracks' worth: one track, and no span overflows it.
  await page.setViewportSize({ width: 380, height: 1000 });
  await page.waitForFunction(() => {
    const g = document.querySelector('.st-key-cards');
    return g && getComputedStyle(g).gridTemplateColumns.split(' ').length === 1;
  });
  assert.equal(new Set(await widths()).size, 1);
  assert.ok(await grid.evaluate((g) => g.scrollWidth <= g.clientWidth));
  await page.close();
});
