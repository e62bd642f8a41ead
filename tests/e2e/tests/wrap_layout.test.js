// 1.67's `wrap` on checkbox, toggle, buttons, popover, menu_button, multiselect, pills and
// segmented_control, and st.columns(wrap=False), in a real browser, measured against 1.67 on the
// same script: unset, a label directly in a column (or in a horizontal container) keeps one
// line cut with an ellipsis and chips/options keep one row that scrolls; in a container nested
// in the column, or with wrap=True, they wrap; wrap=False does it anywhere. Columns with
// wrap=False never stack on a narrow screen: each keeps 8rem and the row scrolls sideways.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launchBrowser, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;

before(async () => {
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import streamlit as st

LONG = "A rather long label that will not fit in a narrow column at all"
OPTS = ["First option with long text", "Second option with long text", "Third option with long text"]
MORE = OPTS + [o.replace("option", "choice") for o in OPTS]
st.checkbox(LONG, key="top_nowrap", wrap=False)
st.pills("pills wrapping", MORE, key="p_top")
st.pills("pills one row", MORE, key="p_nowrap", wrap=False)
a, b, c = st.columns(3)
with a:
    st.checkbox(LONG, key="col")
    st.toggle(LONG, key="col_toggle")
    st.button(LONG, key="col_button")
    st.popover(LONG).write("inside")
    st.menu_button(LONG, options=["x", "y"], key="col_menu")
with b:
    st.checkbox(LONG, key="col_wrap", wrap=True)
    st.button(LONG, key="col_button_wrap", wrap=True)
    st.popover(LONG, wrap=True).write("inside")
    st.multiselect("chips", OPTS, default=OPTS, key="ms_col")
with c:
    st.pills("pills in column", OPTS, key="p_col")
    with st.container():
        st.checkbox(LONG, key="nested")
st.multiselect("chips wrapping", MORE, default=MORE, key="ms_top")
for i, col in enumerate(st.columns(8, wrap=False)):
    col.button(f"Button {i}", key=f"nw{i}")
left, right = st.columns(2)
left.write("stacks left")
right.write("stacks right")
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
});

/** How a label, chip row or option row is laid out: one line or more, cut or not, its tooltip. */
async function layout(locator) {
  return locator.evaluate((e) => {
    const box = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return {
      height: box.height,
      right: box.right,
      overflows: e.scrollWidth > e.clientWidth + 1,
      whiteSpace: s.whiteSpace,
      textOverflow: s.textOverflow,
      title: e.getAttribute('title'),
    };
  });
}

test('labels directly in a column keep one line, cut, with the whole label as tooltip', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const column = await page.getByTestId('stColumn').first().boundingBox();
  const checkbox = (i) => page.getByTestId('stCheckbox').nth(i).getByTestId('stWidgetLabel');
  const long = 'A rather long label that will not fit in a narrow column at all';

  // Checkboxes and toggles have no key class of their own: by order on the page.
  const top = await layout(checkbox(0));
  assert.equal(top.whiteSpace, 'nowrap');
  assert.equal(top.overflows, false, 'wrap=False at full width: the label fits, nothing is cut');
  for (const i of [1, 2]) {
    const cut = await layout(checkbox(i));
    assert.equal(cut.overflows, true, `checkbox ${i} in a column is cut`);
    assert.equal(cut.textOverflow, 'ellipsis');
    assert.equal(cut.title, long);
    assert.ok(cut.height < 30, `one line: ${cut.height}`);
    assert.ok(cut.right <= column.x + column.width + 1, 'cut at the column edge');
  }
  const wrapped = await layout(checkbox(3));
  assert.equal(wrapped.overflows, false, 'wrap=True wraps');
  assert.ok(wrapped.height > 35, `two lines: ${wrapped.height}`);
  const nested = await layout(checkbox(4));
  assert.ok(nested.height > 35, `a container nested in the column wraps: ${nested.height}`);

  for (const testId of ['stButton', 'stPopoverButton', 'stMenuButtonButton']) {
    const button = page.getByTestId(testId).first();
    const box = await button.boundingBox();
    assert.ok(box.height <= 42, `${testId} keeps one row: ${box.height}`);
    assert.ok(box.x + box.width <= column.x + column.width + 1, `${testId} stays in its column`);
    const text = await layout(button.locator('.st-button-label'));
    assert.equal(text.overflows, true, `${testId}'s label is cut`);
    assert.equal(text.title, long);
  }
  const wrappedButton = await page.getByTestId('stButton').nth(1).boundingBox();
  assert.ok(wrappedButton.height > 45, `button wrap=True grows: ${wrappedButton.height}`);
  // 1.67 wraps this popover's label onto two lines (54.8 px): the chevron leaves it that room.
  const wrappedPopover = await page.getByTestId('stPopoverButton').nth(1).boundingBox();
  assert.ok(Math.abs(wrappedPopover.height - 54.8) < 2, `popover wrap=True: ${wrappedPopover.height}`);
  await screenshot(page, 'wrap_layout');
  await page.close();
});

test('chips and options keep one row that scrolls where 1.67 keeps them', async () => {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const rows = page.locator('.st-bg-row');
  const single = await page.locator('.st-bg-button').first().evaluate((b) => b.getBoundingClientRect().height);
  const wrapping = await layout(rows.nth(0));
  assert.ok(wrapping.height > 1.5 * single, `pills wrap at the top level: ${wrapping.height}`);
  for (const i of [1, 2]) {
    const row = await layout(rows.nth(i));
    assert.ok(row.height < 1.5 * single, `pills row ${i} is one row: ${row.height}`);
    assert.equal(row.overflows, true, `pills row ${i} scrolls`);
  }
  const chips = page.locator('.st-ms-values');
  const inColumn = await layout(chips.nth(0));
  assert.equal(inColumn.overflows, true, 'chips in a column scroll');
  assert.ok(inColumn.height < 45, `one row of chips: ${inColumn.height}`);
  const chipLabel = await layout(chips.nth(0).locator('.st-ms-chip-label').first());
  assert.equal(chipLabel.overflows, true, 'a chip wider than the field is cut');
  assert.equal(chipLabel.title, 'First option with long text');
  const top = await layout(chips.nth(1));
  assert.equal(top.overflows, false);
  assert.ok(top.height > 45, `chips wrap at the top level: ${top.height}`);
  await page.close();
});

test('columns with wrap=False stay in one row on a narrow screen and scroll', async () => {
  const page = await browser.newPage({ viewport: { width: 500, height: 1400 } });
  await page.goto(app.url);
  await waitForAppRun(page);
  const blocks = page.locator('[data-testid=stHorizontalBlock]');
  const count = await blocks.count();
  const noWrap = blocks.nth(count - 2);
  const stacking = blocks.nth(count - 1);
  const widths = await noWrap.getByTestId('stColumn').evaluateAll((cs) => cs.map((c) => Math.round(c.getBoundingClientRect().width)));
  assert.deepEqual(widths, Array(8).fill(128), '8rem each, as 1.67');
  const tops = await noWrap.getByTestId('stColumn').evaluateAll((cs) => new Set(cs.map((c) => Math.round(c.getBoundingClientRect().top))).size);
  assert.equal(tops, 1, 'one row');
  assert.equal((await layout(noWrap)).overflows, true, 'the row scrolls sideways');
  const stacked = await stacking.getByTestId('stColumn').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()));
  assert.ok(stacked[1].top > stacked[0].top, 'default columns stack at 500 px');
  assert.ok(Math.abs(stacked[0].width - (await stacking.boundingBox()).width) < 1, 'a stacked column fills its line');
  await screenshot(page, 'wrap_layout_narrow');
  await page.close();
});
