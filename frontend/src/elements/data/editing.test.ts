import { describe, expect, test } from "vitest";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { dataModel, decodeArrow } from "./arrowTable";
import {
  RowMap, addRow, checkedNumber, checkedText, columnEditor, deleteRows, emptyState, jsonOf, normaliseTime, parseInput,
  parseState, setCell, stateJson, type ColumnEditor,
} from "./editing";

const numberEditor: ColumnEditor = { kind: "number", key: "a", options: [], required: false, isInt: true, min: 0, max: 10 };

describe("the edit state", () => {
  test("round-trips in 1.67's JSON shape, rows as positions in the data", () => {
    const state = parseState('{"edited_rows": {"2": {"a": 1}}, "added_rows": [{"b": "x"}], "deleted_rows": [3, 1]}');
    expect(state.deleted).toEqual([1, 3]);
    expect(JSON.parse(stateJson(state, []))).toEqual({
      edited_rows: { 2: { a: 1 } }, added_rows: [{ b: "x" }], deleted_rows: [1, 3],
    });
    expect(JSON.parse(stateJson(parseState("not json"), []))).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [] });
  });

  test("edits, additions and deletions map shown rows to data positions", () => {
    let state = emptyState();
    let rows = new RowMap(4, state, null);
    state = deleteRows(state, rows, [1]);
    rows = new RowMap(4, state, null);
    expect(rows.rows).toBe(3);
    expect(rows.at(1)).toEqual({ original: 2 });
    state = setCell(state, rows, 1, "a", 5);
    state = addRow(state, new Map([["c", true]]));
    rows = new RowMap(4, state, null);
    state = setCell(state, rows, 3, "a", null);
    state = setCell(state, rows, 3, "b", "new");
    expect(JSON.parse(stateJson(state, []))).toEqual({
      edited_rows: { 2: { a: 5 } }, added_rows: [{ c: true, b: "new" }], deleted_rows: [1],
    });
    // Deleting an edited row drops its edits; deleting an added row removes it.
    state = deleteRows(state, rows, [1, 3]);
    expect(JSON.parse(stateJson(state, []))).toEqual({ edited_rows: {}, added_rows: [], deleted_rows: [1, 2] });
  });

  test("an added row missing a required value is not sent until it is complete", () => {
    let state = addRow(emptyState(), new Map());
    expect(JSON.parse(stateJson(state, ["name"])).added_rows).toEqual([]);
    state = setCell(state, new RowMap(0, state, null), 0, "name", "x");
    expect(JSON.parse(stateJson(state, ["name"])).added_rows).toEqual([{ name: "x" }]);
  });

  test("sorted rows keep their data positions", () => {
    const rows = new RowMap(3, emptyState(), Int32Array.from([2, 0, 1]));
    expect(rows.at(0)).toEqual({ original: 2 });
  });
});

describe("validation and values", () => {
  test("numbers below min are refused, above max clamped, ints truncated", () => {
    expect(checkedNumber(numberEditor, -1)).toBeNull();
    expect(checkedNumber(numberEditor, 12)).toBe(10);
    expect(checkedNumber(numberEditor, 3.7)).toBe(3);
    expect(checkedNumber({ ...numberEditor, isInt: false, step: 0.01 }, 3.14159)).toBe(3.14);
  });

  test("text is cut to max_chars and checked against validate", () => {
    const editor: ColumnEditor = { kind: "text", key: "t", options: [], required: false, isInt: false, maxChars: 3, validate: /^[a-z]+$/u };
    expect(checkedText(editor, "abcdef")).toBe("abc");
    expect(checkedText(editor, "AB")).toBeNull();
    expect(parseInput(editor, "A1")).toBeUndefined();
  });

  test("pasted text becomes the column's value", () => {
    expect(parseInput(numberEditor, "1,234")).toBe(10);
    expect(parseInput({ ...numberEditor, kind: "checkbox" }, "TRUE")).toBe(true);
    expect(parseInput({ ...numberEditor, kind: "time" }, "9:05")).toBe("09:05:00.000");
    expect(parseInput({ ...numberEditor, kind: "datetime" }, "2024-01-02 03:04:05")).toBe("2024-01-02T03:04:05.000");
    expect(normaliseTime("13:45:10.5")).toBe("13:45:10.500");
    const list: ColumnEditor = { kind: "list", key: "l", options: [], required: false, isInt: false };
    expect(parseInput(list, "a, b,,c")).toEqual(["a", "b", "c"]);
    expect(parseInput(list, '["x", 1]')).toEqual(["x", "1"]);
    const multi: ColumnEditor = { ...list, kind: "multiselect", options: [{ value: "x", label: "X" }] };
    expect(parseInput(multi, "x")).toEqual(["x"]);
    expect(parseInput(multi, "x, nope")).toBeUndefined();
  });

  test("Arrow values travel in the edit state's encoding", () => {
    const table = decodeArrow(tableToIPC(tableFromArrays({ n: Float64Array.from([1.5]), s: ["x"] }), "stream"));
    const [n, s] = dataModel(table).columns;
    const nEditor = columnEditor(n, {}, false, []);
    const sEditor = columnEditor(s, { required: true }, false, []);
    expect(nEditor?.kind).toBe("number");
    expect(sEditor?.required).toBe(true);
    expect(jsonOf(n, nEditor as ColumnEditor, n.value(0))).toBe(1.5);
    expect(jsonOf(s, sEditor as ColumnEditor, s.value(0))).toBe("x");
    expect(columnEditor(s, { disabled: true }, false, [])).toBeNull();
    expect(columnEditor(s, {}, true, [])).toBeNull();
    expect(columnEditor(s, { type_config: { type: "image" } }, false, [])).toBeNull();
    const select = columnEditor(s, { type_config: { type: "selectbox", options: ["x", { value: "y", label: "Why" }] } }, false, []);
    expect(select?.options).toEqual([{ value: "x", label: "x" }, { value: "y", label: "Why" }]);
  });

  test("text under a list or multiselect column is edited as its comma-separated items, as in 1.67", () => {
    const table = decodeArrow(tableToIPC(tableFromArrays({ m: ["a,b", "", "x, y"] }), "stream"));
    const [m] = dataModel(table).columns;
    const multi = columnEditor(m, { type_config: { type: "multiselect", options: ["a", "b", "c"] } }, false, []);
    const list = columnEditor(m, { type_config: { type: "list" } }, false, []);
    expect(multi?.kind).toBe("multiselect");
    expect(list?.kind).toBe("list");
    expect(jsonOf(m, multi as ColumnEditor, m.value(0))).toEqual(["a", "b"]);
    expect(jsonOf(m, multi as ColumnEditor, m.value(1))).toEqual([]);
    // 1.67 keeps the space after a comma.
    expect(jsonOf(m, list as ColumnEditor, m.value(2))).toEqual(["x", " y"]);
  });
});
