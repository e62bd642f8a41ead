//! st.data_editor's edits in the browser: the edit state 1.67 sends back
//! (`{"edited_rows": {"<row>": {"<column>": value}}, "added_rows": [...],
//! "deleted_rows": [...]}`, SPEC-DATA §4.2), which rows the grid shows, what
//! each column's editor is, and the values as they travel (JSON: numbers,
//! strings, booleans, ISO dates and times).
import { listItems, type DataColumn } from "./arrowTable";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The user's edits: cell edits of original rows, added rows, deleted original rows (sorted). */
export interface EditState {
  edited: Map<number, Map<string, JsonValue>>;
  added: Map<string, JsonValue>[];
  deleted: number[];
}

export function emptyState(): EditState {
  return { edited: new Map(), added: [], deleted: [] };
}

/** The edit state held for the widget (JSON text), or an empty one. */
export function parseState(json: string | null | undefined): EditState {
  const state = emptyState();
  if (!json) return state;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return state;
  }
  if (!parsed || typeof parsed !== "object") return state;
  const raw = parsed as { edited_rows?: unknown; added_rows?: unknown; deleted_rows?: unknown };
  if (raw.edited_rows && typeof raw.edited_rows === "object") {
    for (const [row, cells] of Object.entries(raw.edited_rows as Record<string, unknown>)) {
      const r = Number(row);
      if (!Number.isInteger(r) || !cells || typeof cells !== "object") continue;
      state.edited.set(r, new Map(Object.entries(cells as Record<string, JsonValue>)));
    }
  }
  if (Array.isArray(raw.added_rows)) {
    for (const row of raw.added_rows) {
      if (row && typeof row === "object") state.added.push(new Map(Object.entries(row as Record<string, JsonValue>)));
    }
  }
  if (Array.isArray(raw.deleted_rows)) {
    state.deleted = raw.deleted_rows.filter((r): r is number => Number.isInteger(r)).sort((a, b) => a - b);
  }
  return state;
}

/**
 * The state as sent: added rows keep only their non-null cells, and an added row that misses a
 * required editable value is left out until it is complete.
 */
export function stateJson(state: EditState, required: readonly string[]): string {
  const edited: Record<string, Record<string, JsonValue>> = {};
  for (const [row, cells] of [...state.edited].sort((a, b) => a[0] - b[0])) {
    if (cells.size) edited[String(row)] = Object.fromEntries(cells);
  }
  const added: Record<string, JsonValue>[] = [];
  for (const row of state.added) {
    if (required.some((key) => row.get(key) === null || row.get(key) === undefined)) continue;
    const cells: Record<string, JsonValue> = {};
    for (const [key, value] of row) if (value !== null && value !== undefined) cells[key] = value;
    added.push(cells);
  }
  return JSON.stringify({ edited_rows: edited, added_rows: added, deleted_rows: state.deleted });
}

function cloneState(state: EditState): EditState {
  return {
    edited: new Map([...state.edited].map(([r, cells]) => [r, new Map(cells)])),
    added: state.added.map((row) => new Map(row)),
    deleted: [...state.deleted],
  };
}

/** Which rows the grid shows, in order: original rows (not deleted, sorted if asked), then added rows. */
export class RowMap {
  readonly originals: Int32Array;
  readonly added: number;

  constructor(rows: number, state: EditState, perm: Int32Array | null) {
    const gone = new Set(state.deleted);
    const order = perm ?? Int32Array.from({ length: rows }, (_, i) => i);
    this.originals = order.filter((r) => !gone.has(r));
    this.added = state.added.length;
  }

  get rows(): number {
    return this.originals.length + this.added;
  }

  /** A shown row: an original row (its position in the data) or an added row (its index). */
  at(row: number): { original: number } | { added: number } | null {
    if (row < 0) return null;
    if (row < this.originals.length) return { original: this.originals[row] };
    if (row < this.rows) return { added: row - this.originals.length };
    return null;
  }
}

/** `state` with one cell set (an original row's edit, or an added row's cell). */
export function setCell(state: EditState, rows: RowMap, row: number, key: string, value: JsonValue): EditState {
  const at = rows.at(row);
  if (!at) return state;
  const next = cloneState(state);
  if ("original" in at) {
    let cells = next.edited.get(at.original);
    if (!cells) next.edited.set(at.original, (cells = new Map()));
    cells.set(key, value);
  } else {
    next.added[at.added].set(key, value);
  }
  return next;
}

/** `state` with a new row (holding the columns' defaults) at the end. */
export function addRow(state: EditState, defaults: Map<string, JsonValue>): EditState {
  const next = cloneState(state);
  next.added.push(new Map(defaults));
  return next;
}

/** `state` without the shown rows `shown`: original rows become deletions (their edits go), added rows go. */
export function deleteRows(state: EditState, rows: RowMap, shown: readonly number[]): EditState {
  const next = cloneState(state);
  const addedGone = new Set<number>();
  for (const row of shown) {
    const at = rows.at(row);
    if (!at) continue;
    if ("original" in at) {
      if (!next.deleted.includes(at.original)) next.deleted.push(at.original);
      next.edited.delete(at.original);
    } else {
      addedGone.add(at.added);
    }
  }
  next.deleted.sort((a, b) => a - b);
  next.added = next.added.filter((_, i) => !addedGone.has(i));
  return next;
}

// ------------------------------------------------------------------ column editors

export type EditorKind = "text" | "number" | "checkbox" | "select" | "date" | "time" | "datetime" | "link" | "list" | "multiselect";

export interface SelectOption {
  value: JsonValue;
  label: string;
}

export interface ColumnEditor {
  kind: EditorKind;
  /** The column's key in the edit state: its name, or `_index`. */
  key: string;
  options: SelectOption[];
  min?: number;
  max?: number;
  step?: number;
  maxChars?: number;
  validate?: RegExp;
  required: boolean;
  default?: JsonValue;
  isInt: boolean;
  timezone?: string;
  format?: string;
}

export interface EditConfig {
  disabled?: boolean;
  required?: boolean;
  default?: unknown;
  type_config?: {
    type?: string; format?: string; min_value?: unknown; max_value?: unknown; step?: unknown;
    max_chars?: number; validate?: string; options?: unknown[];
  };
}

/** Column types 1.67 never edits. */
const READ_ONLY_TYPES = new Set(["image", "audio", "video", "json", "progress", "line_chart", "bar_chart", "area_chart",
  "button"]);

function editorKindOf(column: DataColumn, type: string | undefined): EditorKind | null {
  switch (type) {
    case "text": case "markdown": return "text";
    case "number": return "number";
    case "checkbox": return "checkbox";
    case "selectbox": return "select";
    case "date": return "date";
    case "time": return "time";
    case "datetime": return "datetime";
    case "link": return "link";
    // Lists are edited as lists, and so is text (as comma-separated items, as in 1.67).
    case "list": return ["list", "empty", "text"].includes(column.kind) ? "list" : null;
    case "multiselect": return ["list", "empty", "text"].includes(column.kind) ? "multiselect" : null;
    default: break;
  }
  if (type && READ_ONLY_TYPES.has(type)) return null;
  switch (column.kind) {
    case "number": case "decimal": case "duration": return "number";
    case "text": case "empty": return column.type && isDictionary(column) ? "select" : "text";
    case "boolean": return "checkbox";
    case "list": return "list";
    case "datetime": return "datetime";
    case "date": return "date";
    case "time": return "time";
    default: return null;
  }
}

function isDictionary(column: DataColumn): boolean {
  return (column.type as unknown as { dictionary?: unknown } | undefined)?.dictionary !== undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

/**
 * The editor of a column, or null when it is read-only: the whole grid disabled, the column
 * disabled, a RangeIndex, a display-only type, or data without an editor (objects, lists, durations).
 */
export function columnEditor(column: DataColumn, config: EditConfig, gridDisabled: boolean, categories: JsonValue[]): ColumnEditor | null {
  if (gridDisabled || config.disabled || column.pandasType === "range") return null;
  const tc = config.type_config ?? {};
  const kind = editorKindOf(column, tc.type);
  if (!kind) return null;
  const isInt = column.kind === "number" && /int/.test(column.pandasType);
  const options: SelectOption[] = [];
  if (kind === "select" || kind === "multiselect") {
    const given = tc.options ?? categories;
    for (const o of given) {
      if (o && typeof o === "object" && "value" in (o as object)) {
        const option = o as { value: JsonValue; label?: unknown };
        options.push({ value: option.value, label: typeof option.label === "string" ? option.label : String(option.value) });
      } else {
        options.push({ value: o as JsonValue, label: String(o) });
      }
    }
  }
  return {
    kind,
    key: column.isIndex ? "_index" : column.name,
    options,
    min: num(tc.min_value),
    max: num(tc.max_value),
    step: num(tc.step),
    maxChars: tc.max_chars,
    validate: compileRegex(tc.validate),
    required: !!config.required,
    default: config.default === undefined ? undefined : (config.default as JsonValue),
    isInt,
    timezone: column.timezone,
    format: tc.format,
  };
}

function compileRegex(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern, "us");
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ values

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function unitPerSecond(column: DataColumn, fallback = 1e6): number {
  const unit = (column.type as unknown as { unit?: number } | undefined)?.unit;
  return unit === undefined ? fallback : [1, 1e3, 1e6, 1e9][unit] ?? fallback;
}

function isoOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/** An Arrow cell value in the edit state's encoding for `editor` (SPEC-DATA §4.2). */
export function jsonOf(column: DataColumn, editor: ColumnEditor, value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  switch (editor.kind) {
    case "number":
      // Durations are edited as seconds (1.67 sends them so).
      if (column.kind === "duration") return Number(value) / unitPerSecond(column, 1e9);
      if (typeof value === "bigint") return Number(value);
      if (typeof value === "number") return value;
      if (column.kind === "decimal") return Number(decimalText(column, value));
      return Number.isFinite(Number(value)) ? Number(value) : null;
    case "checkbox":
      return typeof value === "boolean" ? value : Boolean(value);
    case "datetime":
    case "date":
    case "time": {
      let ms: number;
      if (column.kind === "time") ms = (Number(value) / unitPerSecond(column)) * 1000;
      else if (column.kind === "datetime" || column.kind === "date") ms = Number(value);
      else return String(value);
      const iso = isoOf(ms);
      if (editor.kind === "date") return iso.slice(0, 10);
      if (editor.kind === "time") return iso.slice(11);
      return column.timezone ? `${iso}Z` : iso;
    }
    case "list":
    case "multiselect":
      return listItems(value);
    case "select":
      if (typeof value === "bigint") return Number(value);
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
    default:
      return typeof value === "bigint" ? value.toString() : String(value);
  }
}

function decimalText(column: DataColumn, value: unknown): string {
  const scale = (column.type as unknown as { scale?: number } | undefined)?.scale ?? 0;
  const digits = String(value);
  if (!scale) return digits;
  const neg = digits.startsWith("-");
  const abs = (neg ? digits.slice(1) : digits).padStart(scale + 1, "0");
  return `${neg ? "-" : ""}${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
}

/** A typed number after the column's rules: null (invalid: below min), clamped to max, rounded to its step. */
export function checkedNumber(editor: ColumnEditor, value: number): number | null {
  if (!Number.isFinite(value)) return null;
  if (editor.min !== undefined && value < editor.min) return null;
  let v = editor.max !== undefined ? Math.min(value, editor.max) : value;
  const step = editor.step ?? (editor.isInt ? 1 : undefined);
  if (step !== undefined && step > 0) {
    const decimals = (String(step).split(".")[1] ?? "").length;
    v = editor.isInt ? Math.trunc(v) : Number(v.toFixed(decimals));
  }
  return v;
}

/** A typed text after the column's rules: null (invalid: the `validate` regex does not match), cut to max_chars. */
export function checkedText(editor: ColumnEditor, value: string): string | null {
  const text = editor.maxChars && editor.maxChars > 0 ? [...value].slice(0, editor.maxChars).join("") : value;
  if (editor.validate && text !== "" && !editor.validate.test(text)) return null;
  return text;
}

/** The text a pasted or typed string becomes for `editor` (undefined: not accepted). */
export function parseInput(editor: ColumnEditor, text: string): JsonValue | undefined {
  const t = text.trim();
  switch (editor.kind) {
    case "number": {
      if (t === "") return null;
      const n = Number(t.replace(/,/g, ""));
      const checked = Number.isNaN(n) ? null : checkedNumber(editor, n);
      return checked === null ? undefined : checked;
    }
    case "checkbox": {
      const lower = t.toLowerCase();
      if (["true", "yes", "1", "checked"].includes(lower)) return true;
      if (["false", "no", "0", "unchecked", ""].includes(lower)) return false;
      return undefined;
    }
    case "select": {
      const found = editor.options.find((o) => o.label === t || String(o.value) === t);
      return found ? found.value : t === "" ? null : undefined;
    }
    case "list":
    case "multiselect": {
      const items = t.startsWith("[") ? parseJsonList(t) : t.split(",").map((x) => x.trim()).filter((x) => x !== "");
      if (!items) return undefined;
      if (editor.kind === "multiselect" && items.some((x) => !editor.options.some((o) => String(o.value) === x))) return undefined;
      return items;
    }
    case "date":
      return /^\d{4}-\d{2}-\d{2}/.test(t) ? t.slice(0, 10) : t === "" ? null : undefined;
    case "time":
      return /^\d{1,2}:\d{2}/.test(t) ? normaliseTime(t) : t === "" ? null : undefined;
    case "datetime": {
      if (t === "") return null;
      const ms = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(t) ? t : `${t.replace(" ", "T")}Z`);
      if (Number.isNaN(ms)) return undefined;
      return editor.timezone ? `${isoOf(ms)}Z` : isoOf(ms);
    }
    default: {
      const checked = checkedText(editor, text);
      return checked === null ? undefined : checked;
    }
  }
}

/** `HH:mm`, `HH:mm:ss` or `HH:mm:ss.sss` as `HH:mm:ss.sss`. */
export function normaliseTime(t: string): string {
  const [hm, frac = ""] = t.split(".");
  const parts = hm.split(":");
  const [h = "00", m = "00", s = "00"] = parts;
  return `${pad(Number(h))}:${pad(Number(m))}:${pad(Number(s))}.${frac.padEnd(3, "0").slice(0, 3)}`;
}

/** A pasted JSON array (as the grid copies list cells) as strings, or null. */
function parseJsonList(text: string): string[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((x) => x !== null && x !== undefined).map((x) => String(x)) : null;
  } catch {
    return null;
  }
}
