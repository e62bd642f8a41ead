//! st.dataframe selections: the grid's selection to the widget's JSON value
//! (rows as positions in the data whatever the sort order) and back.
import { type GridColumnModel } from "./columns";
import { CompactSelection, type GridSelection } from "@glideapps/glide-data-grid";
import { rustlit } from "../../proto";

export const Mode = rustlit.Dataframe.SelectionMode;
export const EMPTY_SELECTION: GridSelection = { columns: CompactSelection.empty(), rows: CompactSelection.empty() };

export interface SelectionJson {
  selection?: { rows?: number[]; columns?: string[]; cells?: [number, string][] };
}

export function selectionJson(sel: GridSelection, models: GridColumnModel[], perm: Int32Array | null, cellMode: string): string {
  const original = (row: number) => (perm ? perm[row] : row);
  const name = (col: number) => { const m = models[col]; return m && !m.column.isIndex ? m.column.name : null; };
  const rows = sel.rows.toArray().map(original);
  const columns = sel.columns.toArray().map(name).filter((n): n is string => n !== null);
  const cells: [number, string][] = [];
  if (cellMode !== "none" && sel.current) {
    const { x, y, width, height } = sel.current.range;
    for (let r = y; r < y + height; r++) {
      for (let c = x; c < x + width; c++) {
        const n = name(c);
        if (n !== null) cells.push([original(r), n]);
      }
    }
  }
  return JSON.stringify({ selection: { rows, columns, cells } });
}

export function gridSelectionOf(json: string, models: GridColumnModel[], perm: Int32Array | null): GridSelection {
  let parsed: SelectionJson;
  try {
    parsed = JSON.parse(json) as SelectionJson;
  } catch {
    return EMPTY_SELECTION;
  }
  const shown = new Map<number, number>();
  if (perm) perm.forEach((original, row) => shown.set(original, row));
  const display = (row: number) => (perm ? shown.get(row) : row);
  let rows = CompactSelection.empty();
  for (const r of parsed.selection?.rows ?? []) {
    const d = display(r);
    if (d !== undefined) rows = rows.add(d);
  }
  let columns = CompactSelection.empty();
  for (const c of parsed.selection?.columns ?? []) {
    const i = models.findIndex((m) => !m.column.isIndex && m.column.name === c);
    if (i >= 0) columns = columns.add(i);
  }
  const cell = parsed.selection?.cells?.[0];
  let current: GridSelection["current"];
  if (cell) {
    const row = display(cell[0]);
    const col = models.findIndex((m) => !m.column.isIndex && m.column.name === cell[1]);
    if (row !== undefined && col >= 0) current = { cell: [col, row], range: { x: col, y: row, width: 1, height: 1 }, rangeStack: [] };
  }
  return { columns, rows, current };
}
