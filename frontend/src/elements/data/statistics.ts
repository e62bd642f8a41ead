//! The column menu's "Statistics" as 1.67 computes them in the browser from the Arrow data the
//! grid already holds: a column's 1.67 kind (which decides the type icon, and whether there are
//! statistics at all), its values (every row, or a sample of 10,000 above 100,000 rows), and per
//! kind the counts, distinct values, average, standard deviation, percentiles, extremes, sum,
//! text lengths, date range, a histogram or the top values. Computed only when the submenu opens.
import type { DataColumn } from "./arrowTable";

/** Rows above which the statistics come from a sample, and the sample's size (1.67's). */
export const SAMPLE_ABOVE = 100_000;
export const SAMPLE_SIZE = 10_000;
const MAX_BINS = 15;
const TOP_VALUES = 5;

/**
 * The kind 1.67 gives a column: its configured type, else one picked from the Arrow type
 * (categoricals are select boxes, periods, intervals and other objects "object", an all-missing
 * column text).
 */
export function gridKind(column: DataColumn, configType: string | undefined): string {
  if (configType) return configType;
  if (column.categories) return "selectbox";
  switch (column.kind) {
    case "number": case "decimal": case "duration": return "number";
    case "text": case "empty": return "text";
    case "boolean": return "checkbox";
    case "datetime": case "date": case "time": case "list": return column.kind;
    default: return "object";
  }
}

const TYPE_ICONS: Record<string, string> = {
  text: "notes", checkbox: "check_box", selectbox: "arrow_drop_down_circle", list: "list", multiselect: "checklist",
  link: "link", button: "smart_button", datetime: "calendar_today", date: "calendar_month", time: "access_time",
  line_chart: "show_chart", bar_chart: "bar_chart", area_chart: "area_chart", image: "image", audio: "audio_file",
  video: "video_file", progress: "commit", json: "code_blocks", markdown: "markdown", object: "data_object",
};

/** The Material icon at the top of the column menu (1.67: `notes` for a kind without its own). */
export function typeIcon(kind: string, column: DataColumn): string {
  if (kind === "number") return column.kind === "duration" ? "timelapse" : "tag";
  return TYPE_ICONS[kind] ?? "notes";
}

export type StatsType = "numeric" | "text" | "datetime" | "boolean";

/** Which statistics a 1.67 kind has (none: no "Statistics" entry in the menu). */
export function statsType(kind: string): StatsType | null {
  if (kind === "number" || kind === "progress") return "numeric";
  if (kind === "text") return "text";
  if (kind === "datetime" || kind === "date") return "datetime";
  if (kind === "checkbox") return "boolean";
  return null;
}

export interface Bin { start: number; end: number; count: number }
export interface TopValue { value: string; count: number; percentage: number }

interface Common { count: number; isSampled: boolean }
export interface NumericStats extends Common {
  type: "numeric"; empty: number; unique: number; sum: number; mean: number; stdDev: number;
  min: number; q25: number; median: number; q75: number; max: number; histogram: Bin[];
}
export interface TextStats extends Common {
  type: "text"; empty: number; unique: number; minLength: number; maxLength: number; avgLength: number; topValues: TopValue[];
}
export interface DatetimeStats extends Common {
  type: "datetime"; empty: number; dateOnly: boolean; timezone?: string;
  min: number; q25: number; median: number; q75: number; max: number; mean: number; range: string; histogram: Bin[];
}
export interface BooleanStats extends Common {
  type: "boolean"; empty: number; trueCount: number; falseCount: number; truePercentage: number; falsePercentage: number;
}
export type ColumnStats = NumericStats | TextStats | DatetimeStats | BooleanStats;

/** Every row's raw value, or every `rows / 10,000`th row's (at most 10,000) above 100,000 rows. */
export function columnValues(column: DataColumn, rows: number): { values: unknown[]; isSampled: boolean } {
  const values: unknown[] = [];
  if (rows <= SAMPLE_ABOVE) {
    for (let r = 0; r < rows; r++) values.push(column.value(r));
    return { values, isSampled: false };
  }
  const step = Math.max(1, Math.floor(rows / SAMPLE_SIZE));
  for (let r = 0; r < rows && values.length < SAMPLE_SIZE; r += step) values.push(column.value(r));
  return { values, isSampled: true };
}

/** The value at percentile `p` of sorted `values`, interpolated between neighbours. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return lo === hi ? sorted[lo]! : sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** Equal-width bins from min to max, √n of them (at most 15); one bin when all values are equal. */
export function histogram(sorted: number[]): Bin[] {
  const n = sorted.length;
  if (n === 0) return [];
  const min = sorted[0]!;
  const max = sorted[n - 1]!;
  if (min === max) return [{ start: min, end: max, count: n }];
  const bins = n <= 1 ? 1 : Math.min(MAX_BINS, Math.ceil(Math.sqrt(n)));
  const width = (max - min) / bins;
  const out: Bin[] = [];
  for (let i = 0; i < bins; i++) out.push({ start: min + i * width, end: i === bins - 1 ? max : min + (i + 1) * width, count: 0 });
  for (const v of sorted) out[Math.min(Math.floor((v - min) / width), bins - 1)]!.count++;
  return out;
}

/** A numeric cell as a number: durations in seconds; a decimal as its unscaled digits, as 1.67 reads it. */
function numberOf(column: DataColumn, value: unknown): number | null {
  if (value === null || value === undefined) return null;
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "bigint") n = Number(value);
  else if (typeof value === "boolean") n = value ? 1 : 0;
  else n = Number(String(value));
  if (Number.isNaN(n)) return null;
  if (column.kind === "duration" && column.type) {
    // TimeUnit SECOND..NANOSECOND is 0..3.
    n /= [1, 1e3, 1e6, 1e9][(column.type as unknown as { unit: number }).unit] ?? 1;
  }
  return n;
}

function numericStats(column: DataColumn, values: unknown[], isSampled: boolean): NumericStats {
  const nums: number[] = [];
  let empty = 0;
  for (const v of values) {
    const n = numberOf(column, v);
    if (n === null) empty++;
    else if (Number.isFinite(n)) nums.push(n);
  }
  const count = nums.length;
  const base = { type: "numeric" as const, count, empty, isSampled };
  if (count === 0) {
    return { ...base, unique: 0, sum: 0, mean: 0, stdDev: 0, min: 0, q25: 0, median: 0, q75: 0, max: 0, histogram: [] };
  }
  const sorted = [...nums].sort((a, b) => a - b);
  const sum = nums.reduce((a, b) => a + b, 0);
  const mean = sum / count;
  const variance = nums.reduce((a, v) => a + (v - mean) ** 2, 0) / count;
  return {
    ...base, unique: new Set(nums).size, sum, mean, stdDev: Math.sqrt(variance),
    min: sorted[0]!, q25: percentile(sorted, 25), median: percentile(sorted, 50), q75: percentile(sorted, 75),
    max: sorted[count - 1]!, histogram: histogram(sorted),
  };
}

function textStats(values: unknown[], isSampled: boolean): TextStats {
  const counts = new Map<string, number>();
  const lengths: number[] = [];
  let empty = 0;
  for (const v of values) {
    let text: string;
    if (v === null || v === undefined) { empty++; continue; }
    if (typeof v === "string") {
      if (v === "") { empty++; continue; }
      text = v;
    } else if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") {
      text = v.toString();
    } else {
      continue; // other objects are neither values nor empty in 1.67's count
    }
    counts.set(text, (counts.get(text) ?? 0) + 1);
    lengths.push(text.length);
  }
  const count = lengths.length;
  // Stable sort: equal counts keep their first appearance's order.
  const topValues = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_VALUES)
    .map(([value, n]) => ({ value, count: n, percentage: count > 0 ? (n / count) * 100 : 0 }));
  const total = lengths.reduce((a, b) => a + b, 0);
  return {
    type: "text", count, empty, unique: counts.size, isSampled, topValues,
    minLength: count ? Math.min(...lengths) : 0, maxLength: count ? Math.max(...lengths) : 0, avgLength: count ? total / count : 0,
  };
}

function timeOf(value: unknown): number {
  if (value === null || value === undefined) return NaN;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number" || typeof value === "bigint") return Number(value);
  return typeof value === "string" ? Date.parse(value) : NaN;
}

/** "1 year", "12 months", "3 weeks", ... from min to max, in the largest unit reaching 1 (1.67's). */
export function dateRange(min: number, max: number): string {
  const seconds = (max - min) / 1000;
  const units: [number, string][] = [
    [seconds / 31557600, "year"], [seconds / 2630016, "month"], [seconds / 604800, "week"],
    [seconds / 86400, "day"], [seconds / 3600, "hour"], [seconds / 60, "minute"],
  ];
  const [n, unit] = units.find(([v]) => v >= 1) ?? [seconds, "second"];
  const rounded = Math.round(n);
  return rounded === 1 ? `1 ${unit}` : `${rounded} ${unit}s`;
}

function datetimeStats(column: DataColumn, values: unknown[], isSampled: boolean, dateOnly: boolean): DatetimeStats {
  const times: number[] = [];
  let empty = 0;
  for (const v of values) {
    const t = timeOf(v);
    if (Number.isFinite(t)) times.push(t);
    else empty++;
  }
  const count = times.length;
  const base = { type: "datetime" as const, count, empty, isSampled, dateOnly, timezone: column.timezone };
  if (count === 0) return { ...base, min: 0, q25: 0, median: 0, q75: 0, max: 0, mean: 0, range: "", histogram: [] };
  const sorted = [...times].sort((a, b) => a - b);
  // A running mean: a sum of epoch milliseconds would lose precision.
  let mean = 0;
  times.forEach((t, i) => { mean += (t - mean) / (i + 1); });
  const min = sorted[0]!;
  const max = sorted[count - 1]!;
  return {
    ...base, min, max, mean, q25: percentile(sorted, 25), median: percentile(sorted, 50), q75: percentile(sorted, 75),
    range: dateRange(min, max), histogram: histogram(sorted),
  };
}

function booleanStats(values: unknown[], isSampled: boolean): BooleanStats {
  let trueCount = 0;
  let falseCount = 0;
  let empty = 0;
  for (const v of values) {
    if (v === true || v === "true") trueCount++;
    else if (v === false || v === "false") falseCount++;
    else empty++;
  }
  const count = trueCount + falseCount;
  return {
    type: "boolean", count, empty, trueCount, falseCount, isSampled,
    truePercentage: count ? (trueCount / count) * 100 : 0, falsePercentage: count ? (falseCount / count) * 100 : 0,
  };
}

/** The statistics of a column of `kind` over `rows` rows (null: the kind has none). */
export function columnStatistics(column: DataColumn, kind: string, rows: number): ColumnStats | null {
  const type = statsType(kind);
  if (!type) return null;
  const { values, isSampled } = columnValues(column, rows);
  switch (type) {
    case "numeric": return numericStats(column, values, isSampled);
    case "text": return textStats(values, isSampled);
    case "datetime": return datetimeStats(column, values, isSampled, kind === "date");
    case "boolean": return booleanStats(values, isSampled);
  }
}

// ---- as 1.67 shows them (in the browser's locale)

/** A number with at most `digits` decimals and the locale's grouping; "-" when not finite. */
export function statNumber(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: 0 }) : "-";
}

function emptyShare(count: number, empty: number): string {
  const total = count + empty;
  return `${statNumber(empty, 0)} (${statNumber(total > 0 ? (empty / total) * 100 : 0, 1)}%)`;
}

/** A timestamp as 1.67 shows it: "Jan 1, 2024" for dates, "Jan 1, 2024, 10:00 AM" otherwise (UTC without a zone). */
export function statTime(ms: number, dateOnly: boolean, timezone: string | undefined): string {
  const timeZone = timezone ?? "UTC";
  const d = new Date(ms);
  return dateOnly
    ? d.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric", timeZone })
    : d.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone });
}

export interface MetricRow { label: string; value: string }

/** The label/value list under the chart. */
export function metricRows(s: ColumnStats, onlyCounts = false): MetricRow[] {
  const counts = [{ label: "Values", value: statNumber(s.count, 0) }, { label: "Empty", value: emptyShare(s.count, s.empty) }];
  if (onlyCounts) return counts;
  switch (s.type) {
    case "numeric":
      return [
        ...counts, { label: "Distinct", value: statNumber(s.unique, 0) },
        { label: "Average", value: statNumber(s.mean) }, { label: "Standard deviation", value: statNumber(s.stdDev) },
        { label: "Minimum", value: statNumber(s.min) }, { label: "25th percentile", value: statNumber(s.q25) },
        { label: "Median", value: statNumber(s.median) }, { label: "75th percentile", value: statNumber(s.q75) },
        { label: "Maximum", value: statNumber(s.max) }, { label: "Sum", value: statNumber(s.sum) },
      ];
    case "text":
      return [
        ...counts, { label: "Distinct", value: statNumber(s.unique, 0) },
        { label: "Minimum length", value: statNumber(s.minLength, 0) }, { label: "Maximum length", value: statNumber(s.maxLength, 0) },
        { label: "Average length", value: statNumber(s.avgLength, 1) },
      ];
    case "datetime": {
      const t = (ms: number) => statTime(ms, s.dateOnly, s.timezone);
      return [
        ...counts, { label: "Minimum", value: t(s.min) }, { label: "25th percentile", value: t(s.q25) },
        { label: "Median", value: t(s.median) }, { label: "75th percentile", value: t(s.q75) },
        { label: "Maximum", value: t(s.max) }, { label: "Average", value: t(s.mean) }, { label: "Range", value: s.range },
      ];
    }
    case "boolean":
      return counts;
  }
}

export interface ShareBar { label: string; percent: number; valueLabel: string; title: string }

/** The top values (text) or True/False (boolean) as bars with their share. */
export function shareBars(s: TextStats | BooleanStats): ShareBar[] {
  const bar = (label: string, count: number, percent: number) => {
    const valueLabel = `${percent.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
    return { label, percent, valueLabel, title: `${label}: ${count.toLocaleString(undefined, { maximumFractionDigits: 0 })} (${valueLabel})` };
  };
  if (s.type === "text") return s.topValues.map((v) => bar(v.value, v.count, v.percentage));
  return [bar("True", s.trueCount, s.truePercentage), bar("False", s.falseCount, s.falsePercentage)];
}

/** A histogram bin's range as its tooltip shows it. */
export function binRange(s: NumericStats | DatetimeStats, bin: Bin): string {
  if (s.type === "numeric") {
    const n = (v: number) => (Number.isInteger(v) ? v.toLocaleString() : v.toLocaleString(undefined, { maximumFractionDigits: 2 }));
    return `${n(bin.start)} – ${n(bin.end)}`;
  }
  const t = (ms: number) => {
    const timeZone = s.timezone ?? "UTC";
    const d = new Date(ms);
    return s.dateOnly
      ? d.toLocaleDateString(undefined, { month: "short", day: "numeric", year: "numeric", timeZone })
      : d.toLocaleString(undefined, { month: "short", day: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone });
  };
  return `${t(bin.start)} – ${t(bin.end)}`;
}
