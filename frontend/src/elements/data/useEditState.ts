//! st.data_editor's edits inside the grid: the edit state (SPEC-DATA §4.2) held per widget id,
//! each column's editor, the map from shown rows to data rows and added rows, and the grid
//! callbacks that read and change cells. Every change is sent as the widget's value; a new widget
//! id (the data or the options changed) starts again from what the browser holds for it.
//! A read-only grid (`editing` unset) gets no editors and an empty state.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import {
  GridCellKind,
  type DrawCellCallback,
  type EditableGridCell,
  type EditListItem,
  type Item,
  type ValidatedGridCell,
} from "@glideapps/glide-data-grid";
import { useWidgets } from "../../app/context";
import {
  RowMap, checkedNumber, checkedText, columnEditor, emptyState, jsonOf, parseState, setCell, stateJson,
  type ColumnEditor, type EditState, type JsonValue,
} from "./editing";
import { type GridColumnModel } from "./columns";
import { categoriesOf, valueOfCell } from "./editorValues";

export interface EditStateInputs {
  /** Set for st.data_editor: whether a change reruns the script. */
  editing: { ignoreRerun: boolean } | undefined;
  widgetId: string;
  /** The widget value the browser holds (the edit state's JSON, or ""). */
  held: string;
  models: GridColumnModel[];
  gridDisabled: boolean;
  /** Rows in the data. */
  rows: number;
  /** The sort order: shown row → data row (null: unsorted). */
  perm: Int32Array | null;
  /** The JSON last sent for this widget (shared with the grid, which forgets it on a new id). */
  sent: RefObject<string | null>;
}

export function useEditState({ editing, widgetId, held, models, gridDisabled, rows, perm, sent }: EditStateInputs) {
  const widgets = useWidgets();
  const [edits, setEdits] = useState<EditState>(() => parseState(editing ? held : ""));
  const editsFor = useRef(widgetId);
  useEffect(() => {
    if (!editing || editsFor.current === widgetId) return;
    editsFor.current = widgetId;
    sent.current = null;
    setEdits(parseState(held));
  }, [editing, widgetId, held, sent]);
  const editors = useMemo(
    () => models.map((m) => (editing ? columnEditor(m.column, m.config, gridDisabled, categoriesOf(m.column)) : null)),
    [models, editing, gridDisabled],
  );
  const required = useMemo(() => editors.filter((e): e is ColumnEditor => !!e && e.required).map((e) => e.key), [editors]);
  const rowMap = useMemo(() => new RowMap(rows, editing ? edits : emptyState(), perm), [rows, edits, perm, editing]);

  const commit = useCallback((next: EditState) => {
    setEdits(next);
    if (!editing || !widgetId) return;
    const json = stateJson(next, required);
    if (json === (sent.current ?? held)) return;
    sent.current = json;
    widgets.setValue(widgetId, { stringValue: json }, !editing.ignoreRerun);
  }, [editing, widgetId, required, held, widgets, sent]);

  /** The value a cell shows now, in the edit state's encoding. */
  const currentValue = useCallback((col: number, row: number): JsonValue => {
    const editor = editors[col];
    const m = models[col];
    const at = rowMap.at(row);
    if (!editor || !m || !at) return null;
    if ("added" in at) return edits.added[at.added]?.get(editor.key) ?? null;
    const edited = edits.edited.get(at.original)?.get(editor.key);
    return edited !== undefined ? edited : jsonOf(m.column, editor, m.column.value(at.original));
  }, [editors, models, rowMap, edits]);

  const onCellsEdited = useCallback((items: readonly EditListItem[]) => {
    let next = edits;
    for (const { location: [col, row], value: cell } of items) {
      const editor = editors[col];
      if (!editor) continue;
      let value = valueOfCell(editor, cell);
      if (value === undefined) continue;
      const before = currentValue(col, row);
      // An editor closed on an empty cell without typing leaves it empty (not "").
      if (value === "" && before === null) value = null;
      if (JSON.stringify(value) === JSON.stringify(before)) continue;
      next = setCell(next, rowMap, row, editor.key, value);
    }
    if (next !== edits) commit(next);
    return true;
  }, [edits, editors, rowMap, commit, currentValue]);

  // A required cell of an added row that is still empty gets 1.67's red corner mark.
  const drawCell = useCallback((args: Parameters<DrawCellCallback>[0], draw: () => void) => {
    draw();
    const editor = editors[args.col];
    if (!editor?.required) return;
    const at = rowMap.at(args.row);
    if (!at || !("added" in at)) return;
    const value = edits.added[at.added]?.get(editor.key);
    if (value !== null && value !== undefined) return;
    const { ctx, rect } = args;
    ctx.beginPath();
    ctx.moveTo(rect.x + rect.width - 8, rect.y + 1);
    ctx.lineTo(rect.x + rect.width - 1, rect.y + 1);
    ctx.lineTo(rect.x + rect.width - 1, rect.y + 8);
    ctx.closePath();
    ctx.fillStyle = "#ff2b2b";
    ctx.fill();
  }, [editors, rowMap, edits]);

  const validateCell = useCallback(([col]: Item, cell: EditableGridCell): boolean | ValidatedGridCell => {
    const editor = editors[col];
    if (!editor) return false;
    if (cell.kind === GridCellKind.Number && cell.data !== undefined && cell.data !== null) {
      const checked = checkedNumber(editor, cell.data);
      if (checked === null) return false;
      return checked === cell.data ? true : { ...cell, data: checked };
    }
    if (cell.kind === GridCellKind.Text || cell.kind === GridCellKind.Uri) {
      const checked = checkedText(editor, cell.data);
      if (checked === null) return false;
      return checked === cell.data ? true : { ...cell, data: checked };
    }
    return true;
  }, [editors]);

  return { edits, editors, rowMap, commit, currentValue, onCellsEdited, drawCell, validateCell };
}
