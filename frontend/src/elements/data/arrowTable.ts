//! The Arrow IPC stream of a dataframe or table (SPEC-DATA §1.4) as columns the
//! grid and the static table show: index columns first (a pandas RangeIndex,
//! which travels only as metadata, becomes a computed column), then the data
//! columns; each cell as the text 1.67 shows by default.
import { tableFromIPC, type Table, type Vector, Type, type DataType } from "apache-arrow";

import { formatInterval, formatPeriod, pandasExtension, type PandasExtension } from "./pandasTypes";

export type ColumnKind = "number" | "text" | "boolean" | "datetime" | "date" | "time" | "duration" | "list" | "object" | "decimal" | "empty" | "period" | "interval";

export interface DataColumn {
  /** The Arrow field name (a RangeIndex: its pandas name, or "" ). */
  name: string;
  /** Header levels (MultiIndex headers give several); the last is the title. */
  headers: string[];
  isIndex: boolean;
  kind: ColumnKind;
  /** The cell's raw value (numbers as numbers, int64 as bigint, timestamps as ms). */
  value(row: number): unknown;
  /** Position counting index columns first (`_pos:N` in column config). */
  position: number;
  /** The pandas type name (`pandas_type`, or `numpy_type` for objects). */
  pandasType: string;
  /** Timezone of a tz-aware timestamp column. */
  timezone?: string;
  /** The Arrow type (none for a RangeIndex). */
  type?: DataType;
  /** The Arrow field name (none for a RangeIndex): what a server-side sort names. */
  field?: string;
  /** A categorical (Arrow dictionary) column's categories, used or not. */
  categories?: unknown[];
  /** A pandas period or interval column's parameters. */
  extension?: PandasExtension;
}

export interface DataModel {
  rows: number;
  columns: DataColumn[];
}

interface PandasColumnMeta {
  name: unknown;
  field_name: string;
  pandas_type: string;
  numpy_type: string;
  metadata?: { timezone?: string } | null;
}

interface PandasMeta {
  index_columns: (string | { kind: "range"; name: string | null; start: number; stop: number; step: number })[];
  column_indexes: unknown[];
  columns: PandasColumnMeta[];
}

export function decodeArrow(data: Uint8Array | null | undefined): Table | null {
  if (!data || data.length === 0) return null;
  return tableFromIPC(data);
}

function kindOf(type: DataType): ColumnKind {
  switch (type.typeId) {
    case Type.Int: case Type.Float: return "number";
    case Type.Decimal: return "decimal";
    case Type.Utf8: case Type.LargeUtf8: return "text";
    case Type.Bool: return "boolean";
    case Type.Timestamp: return "datetime";
    case Type.Date: return "date";
    case Type.Time: return "time";
    case Type.Duration: return "duration";
    case Type.List: case Type.FixedSizeList: return "list";
    case Type.Null: return "empty";
    case Type.Dictionary: return kindOf((type as unknown as { dictionary: DataType }).dictionary);
    default: return "object";
  }
}

/** A header parsed back from the `str()` of a MultiIndex tuple. */
function headerLevels(name: string, levels: number): string[] {
  if (levels <= 1) return [name];
  try {
    const parsed: unknown = JSON.parse(name.replace(/\(/g, "[").replace(/\)/g, "]").replace(/'/g, '"'));
    if (Array.isArray(parsed)) return parsed.map((p) => (p === null ? "" : String(p)));
  } catch {
    // not a tuple: one level
  }
  return [name];
}

export function dataModel(table: Table | null): DataModel {
  if (!table) return { rows: 0, columns: [] };
  const rows = table.numRows;
  let meta: PandasMeta | null = null;
  const raw = table.schema.metadata.get("pandas");
  if (raw) {
    try {
      meta = JSON.parse(raw) as PandasMeta;
    } catch {
      meta = null;
    }
  }
  const levels = meta?.column_indexes.length ?? 1;
  const byField = new Map<string, PandasColumnMeta>();
  for (const c of meta?.columns ?? []) byField.set(c.field_name, c);
  const indexNames = new Set(meta?.index_columns.filter((c): c is string => typeof c === "string"));
  const index: DataColumn[] = [];
  const data: DataColumn[] = [];
  for (const range of meta?.index_columns ?? []) {
    if (typeof range === "string") continue;
    index.push({
      name: range.name ?? "",
      headers: [range.name ?? ""],
      isIndex: true,
      kind: "number",
      value: (row) => range.start + row * range.step,
      position: 0,
      pandasType: "range",
    });
  }
  table.schema.fields.forEach((field, i) => {
    const vector = table.getChildAt(i) as Vector | null;
    const pandas = byField.get(field.name);
    const isIndex = indexNames.has(field.name);
    let name = field.name;
    if (isIndex) name = pandas?.name == null ? "" : String(pandas.name);
    const column: DataColumn = {
      name,
      headers: isIndex ? [name] : headerLevels(field.name, levels),
      isIndex,
      kind: kindOf(field.type),
      value: (row) => vector?.get(row),
      position: 0,
      pandasType: pandas ? (pandas.pandas_type === "object" ? pandas.numpy_type : pandas.pandas_type) : String(field.type),
      type: field.type,
      field: field.name,
    };
    const tz = (field.type as unknown as { timezone?: string | null }).timezone;
    if (tz) column.timezone = tz;
    const extension = pandasExtension(field);
    if (extension) {
      column.kind = extension.kind;
      column.extension = extension;
    }
    if (field.type.typeId === Type.Dictionary) {
      const dictionary = (vector?.data[0] as unknown as { dictionary?: Vector } | undefined)?.dictionary;
      if (dictionary) column.categories = Array.from(dictionary.toArray() as ArrayLike<unknown>);
    }
    (isIndex ? index : data).push(column);
  });
  // Index columns in the order pandas lists them.
  const order = (meta?.index_columns ?? []).map((c) => (typeof c === "string" ? c : null));
  index.sort((a, b) => order.indexOf(a.pandasType === "range" ? null : a.name) - order.indexOf(b.pandasType === "range" ? null : b.name));
  const columns = [...index, ...data];
  columns.forEach((c, i) => { c.position = i; });
  return { rows, columns };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function unitDivisor(type: DataType): number {
  // TimeUnit: SECOND=0, MILLISECOND=1, MICROSECOND=2, NANOSECOND=3 (per second)
  const unit = (type as unknown as { unit: number }).unit;
  return [1, 1e3, 1e6, 1e9][unit] ?? 1;
}

function isoDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function isoTime(ms: number, withMillis: boolean): string {
  const d = new Date(ms);
  const base = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return withMillis && d.getUTCMilliseconds() ? `${base}.${pad(d.getUTCMilliseconds(), 3)}` : base;
}

/** Wall-clock milliseconds of `ms` (UTC epoch) in `timeZone`, or `ms` itself without one. */
function inZone(ms: number, timeZone: string | undefined): number {
  if (!timeZone) return ms;
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit",
    }).formatToParts(new Date(ms));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
    return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"), ms % 1000);
  } catch {
    return ms;
  }
}

/** `YYYY-MM-DD HH:mm:ss`, in `timeZone` with its offset (`+01:00`) when there is one. */
export function defaultDatetime(ms: number, timeZone: string | undefined): string {
  const wall = inZone(ms, timeZone);
  const text = `${isoDate(wall)} ${isoTime(wall, true)}`;
  if (!timeZone) return text;
  const minutes = Math.round((wall - ms) / 60000);
  const sign = minutes < 0 ? "-" : "+";
  return `${text}${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4, useGrouping: false });

/** 1.67's default number text in the grid: no thousands separators (ints, floats and the index
 *  alike: 199990, 1234567.891), at most 4 decimals, trailing zeros trimmed. */
export function formatNumber(value: number | bigint): string {
  if (typeof value === "bigint") return value.toString();
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  return numberFormat.format(value);
}

function jsonValue(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value && typeof value === "object") {
    const v = value as { toJSON?: () => unknown; toArray?: () => unknown };
    if (typeof v.toJSON === "function") return jsonValue(v.toJSON());
    if (Array.isArray(value)) return value.map(jsonValue);
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, jsonValue(x)]));
  }
  return value;
}

const tableFloat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 4, maximumFractionDigits: 4 });
const gridFloat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });
const tableFloatText = (v: number) => (Number.isFinite(v) ? tableFloat.format(v) : formatNumber(v));
const gridFloatText = (v: number) => (Number.isFinite(v) ? gridFloat.format(v) : formatNumber(v));

/**
 * A cell's text in st.table, which 1.67 formats unlike the grid: floats (index too) with
 * thousands separators and exactly four decimals (1,234,567.8910), other numbers plain, and
 * missing values blank.
 */
export function formatTableCell(column: DataColumn, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (column.kind === "number" && typeof value === "number" && column.type?.typeId === Type.Float) {
    return Number.isFinite(value) ? tableFloat.format(value) : formatNumber(value);
  }
  if (column.extension?.kind === "interval") {
    return formatInterval(value, column.extension.closed, column.type, { number: tableFloatText, datetime: defaultDatetime });
  }
  return formatCell(column, value, "");
}

/** The raw value as a number for sorting (strings and the rest: null). */
export function sortKey(column: DataColumn, row: number): number | string | null {
  const value = column.value(row);
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "string") return value;
  if (column.kind === "decimal") return Number(String(value));
  return formatCell(column, value, "");
}

/** The cell's text as 1.67 shows it without a format; `missing` for null. */
export function formatCell(column: DataColumn, value: unknown, missing: string): string {
  const type = column.type;
  if (value === null || value === undefined) return missing;
  switch (column.kind) {
    case "number":
      return typeof value === "number" || typeof value === "bigint" ? formatNumber(value) : String(value);
    case "boolean":
      return value ? "true" : "false";
    case "datetime":
      return defaultDatetime(Number(value), column.timezone);
    case "date":
      return isoDate(Number(value));
    case "time": {
      const div = type ? unitDivisor(type) : 1e6;
      return isoTime((Number(value) / div) * 1000, true);
    }
    case "duration": {
      const div = type ? unitDivisor(type) : 1e9;
      return formatDuration(Number(value) / div);
    }
    case "decimal": {
      const scale = (type as unknown as { scale?: number } | undefined)?.scale ?? 0;
      const digits = String(value);
      if (!scale) return digits;
      const neg = digits.startsWith("-");
      const abs = (neg ? digits.slice(1) : digits).padStart(scale + 1, "0");
      return `${neg ? "-" : ""}${abs.slice(0, -scale)}.${abs.slice(-scale)}`;
    }
    case "list": {
      const v = value as { toArray?: () => ArrayLike<unknown> };
      const items = typeof v.toArray === "function" ? Array.from(v.toArray()) : [value];
      return JSON.stringify(items.map(jsonValue));
    }
    case "text":
      return String(value).replace(/\r?\n/g, " ");
    case "period":
      return column.extension?.kind === "period" ? formatPeriod(value as number | bigint, column.extension.freq) : String(value);
    case "interval":
      return formatInterval(value, column.extension?.kind === "interval" ? column.extension.closed : "right", type,
        { number: gridFloatText, datetime: defaultDatetime });
    default:
      if (value instanceof Uint8Array) return new TextDecoder().decode(value);
      if (typeof value === "object") return JSON.stringify(jsonValue(value));
      return String(value);
  }
}

/**
 * A list cell's items as text: an Arrow list's values, or a text cell split at its commas (1.67
 * shows and edits text under a list or multiselect column as comma-separated items, spaces kept).
 */
export function listItems(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (typeof value === "string") return value === "" ? [] : value.split(",");
  const v = value as { toArray?: () => ArrayLike<unknown> };
  const items: unknown[] = typeof v.toArray === "function" ? Array.from(v.toArray()) : Array.isArray(value) ? value : [value];
  return items.filter((x) => x !== null && x !== undefined).map((x) => String(x));
}

/** A duration in seconds, humanized ("a few seconds", "2 hours"), as 1.67 shows durations by default. */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  const sign = seconds < 0 ? "-" : "";
  const units: [number, string, string][] = [
    [31536000, "a year", "years"], [2592000, "a month", "months"], [86400, "a day", "days"],
    [3600, "an hour", "hours"], [60, "a minute", "minutes"],
  ];
  if (s < 45) return `${sign}a few seconds`;
  for (const [size, one, many] of units) {
    const n = Math.round(s / size);
    if (s >= size * 0.75) return `${sign}${n <= 1 ? one : `${n} ${many}`}`;
  }
  return `${sign}a minute`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** A moment.js-style pattern (`YYYY-MM-DD HH:mm:ss`, `MMM D, YYYY`, `h:mm A`, ...) applied to wall-clock ms. */
export function formatMoment(pattern: string, ms: number): string {
  const d = new Date(ms);
  const tokens: Record<string, () => string> = {
    YYYY: () => String(d.getUTCFullYear()),
    YY: () => String(d.getUTCFullYear()).slice(-2),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => pad(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    dddd: () => DAYS[d.getUTCDay()],
    ddd: () => DAYS[d.getUTCDay()].slice(0, 3),
    HH: () => pad(d.getUTCHours()),
    H: () => String(d.getUTCHours()),
    hh: () => pad(d.getUTCHours() % 12 || 12),
    h: () => String(d.getUTCHours() % 12 || 12),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    SSS: () => pad(d.getUTCMilliseconds(), 3),
    A: () => (d.getUTCHours() < 12 ? "AM" : "PM"),
    a: () => (d.getUTCHours() < 12 ? "am" : "pm"),
  };
  return pattern.replace(/\[([^\]]*)]|YYYY|YY|MMMM|MMM|MM|M|DD|D|dddd|ddd|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g,
    (token, literal: string | undefined) => (literal !== undefined ? literal : tokens[token]()));
}

/** Relative time ("3 days ago", "in 2 hours"), as the `distance` format shows it. */
export function formatDistance(ms: number, now: number): string {
  const seconds = (ms - now) / 1000;
  const text = formatDuration(seconds).replace(/^-/, "");
  return seconds < 0 ? `${text} ago` : `in ${text}`;
}

/** A datetime, date or time cell with a column config `format` (and a datetime `timezone`). */
export function formatTemporal(column: DataColumn, value: unknown, format: string | undefined, timezone: string | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!format) return column.kind === "datetime" && timezone ? defaultDatetime(Number(value), timezone) : null;
  let ms: number;
  if (column.kind === "time") {
    const div = column.type ? unitDivisor(column.type) : 1e6;
    ms = (Number(value) / div) * 1000;
  } else if (column.kind === "datetime" || column.kind === "date") {
    ms = Number(value);
  } else {
    return null;
  }
  const zone = timezone ?? column.timezone;
  const wall = column.kind === "datetime" ? inZone(ms, zone) : ms;
  switch (format) {
    case "iso8601":
      if (column.kind === "date") return isoDate(ms);
      if (column.kind === "time") return isoTime(ms, true);
      return new Date(ms).toISOString();
    case "localized":
      if (column.kind === "date") return new Date(ms).toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "medium" });
      if (column.kind === "time") return new Date(ms).toLocaleTimeString("en-US", { timeZone: "UTC", timeStyle: "medium" });
      return new Date(wall).toLocaleString("en-US", { timeZone: "UTC", dateStyle: "medium", timeStyle: "medium" });
    case "distance":
    case "calendar":
      return formatDistance(ms, Date.now());
    default:
      return formatMoment(format, wall);
  }
}
