// st.data_editor in a real browser: a cell edited in the grid (type, Enter)
// reaches the script as the returned frame and as the edit state in
// st.session_state; with num_rows="dynamic" the toolbar adds a row (which is
// then filled in) and deletes a selected row; checkbox, datetime, selectbox
// and date cells use their editors; a pasted block edits every cell it covers;
// durations are edited as seconds, lists as items; in a form, edits wait for
// the submit.
// pandas comes from .venv-test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';

import { launchBrowser, repoRoot, screenshot, startApp, waitForAppRun, writeScript } from '../lib/harness.js';

let browser;
let app;
let kinds;
let durations;
let form;
let lists;

before(async () => {
  const venv = process.env.TEST_VENV ?? path.join(repoRoot, '.venv-test');
  process.env.VIRTUAL_ENV = venv;
  process.env.PATH = `${path.join(venv, 'bin')}:${process.env.PATH}`;
  browser = await launchBrowser();
  app = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["carol", "alice", "bob"], "score": [30, 10, 20], "ok": [True, False, True]})
out = st.data_editor(df, key="ed", num_rows="dynamic", column_config={
    "score": st.column_config.NumberColumn("Score", min_value=0, max_value=100),
})
st.text(f"names={list(out['name'])}")
st.text(f"scores={[None if pd.isna(s) else int(s) for s in out['score']]}")
st.text(f"state={dict(st.session_state.ed)}")
`));
  kinds = await startApp(writeScript(`
import datetime
import pandas as pd
import streamlit as st

def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1

df = pd.DataFrame({"ok": [True, False], "when": pd.to_datetime(["2024-01-01 10:00", "2024-01-02 11:00"]),
                   "size": pd.Categorical(["s", "m"], categories=["s", "m", "l"]), "d": [datetime.date(2024, 1, 1), None]})
out = st.data_editor(df, key="ed", hide_index=True, on_change=changed,
                     column_config={"d": st.column_config.DateColumn("D")})
st.text(f"state={dict(st.session_state.ed)}")
st.text(repr(out.to_dict("list")))
st.text(f"calls={st.session_state.get('calls', 0)}")
`));
  durations = await startApp(writeScript(`
import pandas as pd
import streamlit as st

out = st.data_editor(pd.DataFrame({"td": pd.to_timedelta([1, 2], unit="s")}), key="ed", hide_index=True)
st.text(f"state={dict(st.session_state.ed)}")
st.text(repr([str(x) for x in out["td"]]))
`));
  form = await startApp(writeScript(`
import streamlit as st

with st.form("f"):
    out = st.data_editor({"a": [1, 2]}, key="ed", hide_index=True)
    st.form_submit_button("Save")
st.text(f"out={out}")
`));
  lists = await startApp(writeScript(`
import pandas as pd
import streamlit as st

df = pd.DataFrame({"tags": [["a"], ["b", "c"]], "pick": [["x"], []]})
out = st.data_editor(df, key="ed", hide_index=True, column_config={
    "pick": st.column_config.MultiselectColumn("Pick", options=["x", "y", "z"]),
})
st.text(repr(out.to_dict("list")))
`));
});

after(async () => {
  await browser?.close();
  app?.stop();
  kinds?.stop();
  durations?.stop();
  form?.stop();
  lists?.stop();
});

const ROW = 35;
const MARKERS = 34;

/** Opens the cell's editor (double click), replaces its text and commits with Enter. */
async function editCell(page, [x, y], text) {
  await page.mouse.dblclick(x, y);
  const editor = page.locator('#portal textarea, #portal input').first();
  await editor.waitFor();
  await editor.fill(text);
  await editor.press('Enter');
}

async function gridText(frame) {
  return frame.locator('table[role="grid"] td').allTextContents();
}

test('editing a cell, adding a row and deleting a row reach the script and session_state', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(app.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const texts = page.getByTestId('stText');
  assert.equal(await texts.nth(0).innerText(), "names=['carol', 'alice', 'bob']");
  assert.equal(await texts.nth(2).innerText(), "state={'edited_rows': {}, 'added_rows': [], 'deleted_rows': []}");
  // The RangeIndex is hidden with num_rows="dynamic": row markers, then name, Score, ok.
  const headers = await frame.locator('table[role="grid"] th').allTextContents();
  assert.deepEqual(headers.map((h) => h.trim()).filter(Boolean), ['name', 'Score', 'ok']);
  await screenshot(page, 'data-editor-initial');

  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  const cell = (column, row) => [box.x + MARKERS + 10 + column, box.y + ROW + row * ROW + ROW / 2];

  // Edit "alice" (row 1): select the cell, type, Enter.
  await editCell(page, cell(10, 1), 'dave');
  await page.getByTestId('stText').filter({ hasText: "names=['carol', 'dave', 'bob']" }).waitFor();
  await page.getByTestId('stText')
    .filter({ hasText: "state={'edited_rows': {1: {'name': 'dave'}}, 'added_rows': [], 'deleted_rows': []}" }).waitFor();
  await waitForAppRun(page);
  await frame.locator('table[role="grid"] td', { hasText: /^dave$/ }).waitFor({ state: 'attached' });

  // A score above max_value is clamped to it.
  await editCell(page, cell(250, 2), '250');
  await page.getByTestId('stText').filter({ hasText: 'scores=[30, 10, 100]' }).waitFor();
  await waitForAppRun(page);

  // Add a row from the toolbar, then fill in its name.
  await frame.hover();
  await frame.getByTestId('stElementToolbar').getByRole('button', { name: 'Add row' }).click();
  await page.getByTestId('stText').filter({ hasText: "'added_rows': [{}]" }).waitFor();
  await waitForAppRun(page);
  await editCell(page, cell(10, 3), 'eve');
  await page.getByTestId('stText').filter({ hasText: "names=['carol', 'dave', 'bob', 'eve']" }).waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'data-editor-edited');

  // Delete "carol" (row 0): tick its row marker, then the toolbar's delete button.
  await page.mouse.click(box.x + MARKERS / 2, box.y + ROW + ROW / 2);
  await frame.hover();
  await frame.getByTestId('stElementToolbar').getByRole('button', { name: 'Delete row(s)' }).click();
  await page.getByTestId('stText').filter({ hasText: "names=['dave', 'bob', 'eve']" }).waitFor();
  const state = await page.getByTestId('stText').nth(2).innerText();
  assert.equal(state, "state={'edited_rows': {1: {'name': 'dave'}, 2: {'score': 100}}, "
    + "'added_rows': [{'name': 'eve'}], 'deleted_rows': [0]}");
  await waitForAppRun(page);
  await screenshot(page, 'data-editor-deleted');

  // The toolbar's CSV holds the rows as shown, edits applied.
  await frame.hover();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByTestId('stElementToolbar').getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  assert.equal(await readFile(await download.path(), 'utf8'), '\ufeffname,score,ok\ndave,10,false\nbob,100,true\neve,,\n');
  await page.close();
});

test('checkbox, datetime, categorical selectbox and date cells are edited with their own editors; on_change runs', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(kinds.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const texts = page.getByTestId('stText');
  // Column centres in the 736 px grid (ok, when, size, D: sized by their content, then stretched).
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  const at = (x, row) => [box.x + x, box.y + ROW + row * ROW + ROW / 2];

  await page.mouse.click(...at(74, 1)); // the unticked checkbox of row 1
  await texts.filter({ hasText: "state={'edited_rows': {1: {'ok': True}}" }).waitFor();
  await texts.filter({ hasText: 'calls=1' }).waitFor();
  await waitForAppRun(page);

  await page.mouse.dblclick(...at(268, 0));
  const dateInput = page.getByTestId('stDataFrameCellDateInput');
  await dateInput.fill('2024-05-01T12:30:00');
  await dateInput.press('Enter');
  await texts.filter({ hasText: "0: {'when': '2024-05-01T12:30:00.000'}" }).waitFor();
  await waitForAppRun(page);

  await page.mouse.dblclick(...at(474, 1));
  const select = page.getByTestId('stDataFrameCellSelect');
  // Every category is an option, "l" too though no row uses it.
  assert.deepEqual(await select.locator('option').allTextContents(), ['—', 's', 'm', 'l']);
  await select.selectOption({ label: 'l' });
  await texts.filter({ hasText: "'size': 'l'" }).waitFor();
  await waitForAppRun(page);

  await page.mouse.dblclick(...at(640, 1));
  await dateInput.fill('2024-06-01');
  await dateInput.press('Enter');
  await texts.filter({ hasText: "'d': '2024-06-01'" }).waitFor();
  await waitForAppRun(page);
  assert.equal(await texts.nth(1).innerText(), "{'ok': [True, True], 'when': [Timestamp('2024-05-01 12:30:00'), "
    + "Timestamp('2024-01-02 11:00:00')], 'size': ['s', 'l'], 'd': [datetime.date(2024, 1, 1), datetime.date(2024, 6, 1)]}");
  assert.equal(await texts.nth(2).innerText(), 'calls=4');
  await screenshot(page, 'data-editor-kinds');
  await page.close();
});

test('pasting a block of cells edits every pasted cell, typed by its column, adding rows past the end', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  await page.mouse.click(box.x + MARKERS + 20, box.y + ROW + ROW + ROW / 2); // "alice"
  // Three rows from the second one: the last pasted row is added (num_rows="dynamic").
  await page.evaluate(() => navigator.clipboard.writeText('xena\t7\nyuri\t8\nzoe\t900'));
  await page.keyboard.press('Control+V');
  await page.getByTestId('stText').filter({ hasText: "names=['carol', 'xena', 'yuri', 'zoe']" }).waitFor();
  // 900 is above the column's max_value: clamped, as typing it would be.
  await page.getByTestId('stText').filter({ hasText: 'scores=[30, 7, 8, 100]' }).waitFor();
  await page.getByTestId('stText').filter({ hasText: "'added_rows': [{'name': 'zoe', 'score': 100}]" }).waitFor();
  await context.close();
});

test('a duration is edited as seconds', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(durations.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  // The accessible table holds the cells' values (seconds); the canvas shows them humanized.
  assert.deepEqual(await gridText(frame), ['1', '2']);
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  await editCell(page, [box.x + 100, box.y + ROW + ROW / 2], '90');
  await page.getByTestId('stText').filter({ hasText: "{0: {'td': 90}}" }).waitFor();
  await page.getByTestId('stText').filter({ hasText: "['0 days 00:01:30', '0 days 00:00:02']" }).waitFor();
  await waitForAppRun(page);
  await frame.locator('table[role="grid"] td', { hasText: /^90$/ }).waitFor({ state: 'attached' });
  await screenshot(page, 'data-editor-duration');
  await page.close();
});

test('in a form, edits wait for the submit button', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(form.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  await editCell(page, [box.x + 100, box.y + ROW + ROW / 2], '5');
  await frame.locator('table[role="grid"] td', { hasText: /^5$/ }).waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('stText').innerText(), "out={'a': [1, 2]}");
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('stText').filter({ hasText: "out={'a': [5, 2]}" }).waitFor();
  await page.close();
});

test('list and multiselect cells are edited as chips: typed items and picked options added, chips removed', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1000, height: 600 });
  await page.goto(lists.url);
  await waitForAppRun(page);
  const frame = page.getByTestId('stDataFrame');
  await frame.locator('table[role="grid"] td').first().waitFor({ state: 'attached' });
  const box = await frame.getByTestId('data-grid-canvas').boundingBox();
  // Row 1's tags (b, c): "b" removed, "q" typed and added with Enter, a second Enter commits.
  await page.mouse.dblclick(box.x + 100, box.y + ROW + ROW + ROW / 2);
  const editor = page.getByTestId('multi-select-cell');
  await editor.waitFor();
  assert.deepEqual(await editor.getByRole('button', { name: /^Remove / }).evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))), ['Remove b', 'Remove c']);
  await editor.getByRole('button', { name: 'Remove b' }).click();
  const items = page.getByTestId('stDataFrameCellListInput');
  await items.fill('q');
  await items.press('Enter');
  await editor.getByRole('button', { name: 'Remove q' }).waitFor();
  await screenshot(page, 'data-editor-list-editor');
  await items.press('Enter');
  await page.getByTestId('stText').filter({ hasText: "'tags': [['a'], ['c', 'q']]" }).waitFor();
  await waitForAppRun(page);
  // Row 1's pick (none): the options not picked are listed; y is clicked, z typed.
  await page.mouse.dblclick(box.x + 500, box.y + ROW + ROW + ROW / 2);
  const options = page.getByTestId('multi-select-cell');
  await options.getByRole('option', { name: 'y' }).click();
  assert.deepEqual(await options.getByRole('option').allTextContents(), ['x', 'z']);
  await screenshot(page, 'data-editor-multiselect-editor');
  const pick = page.getByTestId('stDataFrameCellMultiselect');
  await pick.fill('z');
  await pick.press('Enter');
  await pick.press('Enter');
  await page.getByTestId('stText').filter({ hasText: "'pick': [['x'], ['y', 'z']]" }).waitFor();
  await waitForAppRun(page);
  await screenshot(page, 'data-editor-lists');
  await page.close();
});
