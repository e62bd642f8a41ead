//! st.echarts_chart's option as the browser hands it to ECharts: the Arrow
//! datasets put back as rows (with the frame's column order as `dimensions`),
//! the Streamlit theme built from the page's chart tokens (the same ones the
//! Vega-Lite charts read, so both follow light/dark and the palette), `alt` as
//! the aria description, tooltip `valueFormatter` number formats as functions,
//! and 1.67's defaults for large series, tooltip values and time axis pointers
//! (`./echartsValues`). Pure functions, tested without a browser.
import { tableFromIPC, Type, type Vector } from "apache-arrow";
import { chartTheme, streamlitConfig, type ChartTheme } from "../charts/vegaTheme";
import { sprintf } from "../shared/printf";
import { timeAxisPointers, tooltipValue } from "./echartsValues";

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseOption(text: string | null | undefined): Json {
  try {
    const parsed: unknown = JSON.parse(text || "{}");
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

export interface Frame {
  columns: string[];
  rows: Json[];
}

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    const v = value as { toJSON?: () => unknown; toArray?: () => unknown };
    if (typeof v.toArray === "function") return Array.from(v.toArray() as ArrayLike<unknown>, plain);
    if (typeof v.toJSON === "function") return v.toJSON();
  }
  return value;
}

/** An Arrow IPC stream as object rows, without the pandas index columns: datetimes as ISO-8601
 *  text (UTC), durations as milliseconds, missing values as null. */
export function frameRows(data: Uint8Array | null | undefined): Frame {
  if (!data || data.length === 0) return { columns: [], rows: [] };
  const table = tableFromIPC(data);
  let index = new Set<string>();
  const meta = table.schema.metadata.get("pandas");
  if (meta) {
    try {
      const parsed = JSON.parse(meta) as { index_columns?: unknown[] };
      index = new Set((parsed.index_columns ?? []).filter((c): c is string => typeof c === "string"));
    } catch {
      // no pandas metadata: every column is data
    }
  }
  const columns = table.schema.fields
    .map((field, i) => ({ field, vector: table.getChildAt(i) as Vector | null }))
    .filter(({ field }) => !index.has(field.name));
  const rows: Json[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Json = {};
    for (const { field, vector } of columns) {
      const raw: unknown = vector?.get(r) ?? null;
      const typeId = field.type.typeId;
      let value: unknown;
      if (raw === null) value = null;
      else if (typeId === Type.Timestamp || typeId === Type.Date) {
        const ms = raw instanceof Date ? raw.getTime() : Number(raw);
        value = Number.isFinite(ms) ? new Date(ms).toISOString() : null;
      } else if (typeId === Type.Duration) {
        const unit = (field.type as unknown as { unit?: number }).unit ?? 1;
        value = Number(raw) / [0.001, 1, 1e3, 1e6][unit];
      } else value = plain(raw);
      row[field.name] = value;
    }
    rows[r] = row;
  }
  return { columns: columns.map((c) => c.field.name), rows };
}

function eachVariant(option: Json, visit: (variant: Json) => void): void {
  const media = (o: Json) => {
    if (Array.isArray(o.media)) for (const m of o.media) if (isObject(m) && isObject(m.option)) visit(m.option);
  };
  visit(option);
  media(option);
  if (isObject(option.baseOption)) {
    visit(option.baseOption);
    media(option.baseOption);
  }
  if (Array.isArray(option.options)) {
    for (const o of option.options) {
      if (isObject(o)) {
        visit(o);
        media(o);
      }
    }
  }
}

const entries = (v: unknown): Json[] => (isObject(v) ? [v] : Array.isArray(v) ? v.filter(isObject) : []);

/** The option's series (top level, timeline and media variants). */
export function allSeries(option: Json): Json[] {
  const out: Json[] = [];
  eachVariant(option, (v) => out.push(...entries(v.series)));
  return out;
}

/** Puts the named Arrow datasets back into `dataset.source`, with `dimensions` in column order. */
export function fillDatasets(option: Json, frames: Record<string, Frame>): void {
  eachVariant(option, (variant) => {
    for (const dataset of entries(variant.dataset)) {
      const source = dataset.source;
      if (!isObject(source) || typeof source.name !== "string") continue;
      const frame = frames[source.name];
      if (!frame) continue;
      dataset.source = frame.rows;
      if (dataset.dimensions === undefined) dataset.dimensions = frame.columns;
    }
  });
}

const NAMED: Record<string, (v: number) => string> = {
  plain: (v) => String(v),
  localized: (v) => new Intl.NumberFormat().format(v),
  percent: (v) => `${new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v * 100)}%`,
  dollar: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(v),
  euro: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(v),
  yen: (v) => new Intl.NumberFormat("en-US", { style: "currency", currency: "JPY" }).format(v),
  compact: (v) => new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 }).format(v),
  scientific: (v) => new Intl.NumberFormat("en-US", { notation: "scientific", maximumFractionDigits: 3 }).format(v),
  engineering: (v) => new Intl.NumberFormat("en-US", { notation: "engineering", maximumFractionDigits: 3 }).format(v),
  accounting: (v) => {
    const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(v));
    return v < 0 ? `(${text})` : text;
  },
  bytes: (v) => {
    const units = ["B", "KB", "MB", "GB", "TB", "PB"];
    let n = Math.abs(v);
    let i = 0;
    while (n >= 1000 && i < units.length - 1) {
      n /= 1000;
      i++;
    }
    return `${v < 0 ? "-" : ""}${i === 0 ? n : n.toFixed(1)}${units[i]}`;
  },
};

/** A tooltip `valueFormatter` string (a named number format or printf) as ECharts' function;
 *  null for anything else, which the chart then ignores. */
export function valueFormatter(format: unknown): ((value: unknown) => string) | null {
  if (typeof format !== "string") return null;
  const named = NAMED[format];
  const one = named ?? (/%[-+ 0#,]*\d*(?:\.\d+)?[diufFeEgGxXos]/.test(format) ? (v: number) => sprintf(format, v) : null);
  if (!one) return null;
  const each = (v: unknown): string => {
    if (Array.isArray(v)) return v.map(each).join(", ");
    return typeof v === "number" && Number.isFinite(v) ? one(v) : v === null || v === undefined ? "-" : String(v);
  };
  return each;
}

/** The Streamlit theme for ECharts from the page's chart tokens (the Vega-Lite theme's colours):
 *  12 px body text, 14 px headings, axis labels and grid lines in the chart greys, the
 *  categorical palette, a transparent background, a bordered tooltip in the page's colours. */
export function streamlitTheme(t: ChartTheme = chartTheme()): Json {
  const vega = streamlitConfig(t, undefined);
  const axis = isObject(vega.axis) ? vega.axis : {};
  const labels = typeof axis.labelColor === "string" ? axis.labelColor : t.text;
  const grid = typeof axis.gridColor === "string" ? axis.gridColor : labels;
  const text = { color: labels, fontFamily: t.font, fontSize: 12 };
  const axisStyle = {
    axisLine: { lineStyle: { color: grid } },
    axisTick: { lineStyle: { color: grid } },
    axisLabel: { ...text, margin: 8, textBorderColor: t.background, textBorderWidth: 2 },
    nameTextStyle: text,
    splitLine: { lineStyle: { color: grid } },
  };
  const valueAxis = { ...axisStyle, axisLabel: { ...axisStyle.axisLabel, hideOverlap: true } };
  const select = { select: { itemStyle: { borderColor: t.text } } };
  return {
    color: t.categorical,
    backgroundColor: "transparent",
    darkMode: !t.light,
    textStyle: { fontFamily: t.font, color: labels, fontSize: 12 },
    title: {
      padding: [0, 0, 16, 0],
      textStyle: { color: t.text, fontFamily: t.font, fontSize: 14, fontWeight: "normal" },
      subtextStyle: { color: t.text, fontFamily: t.font, fontSize: 12 },
    },
    legend: { textStyle: text, pageIconColor: labels, pageTextStyle: { color: labels } },
    tooltip: {
      backgroundColor: t.background,
      borderColor: grid,
      textStyle: { color: t.text, fontFamily: t.font, fontSize: 12, fontWeight: "normal" },
      valueFormatter: tooltipValue,
    },
    axisPointer: { label: { color: t.text, backgroundColor: t.background, borderColor: grid, borderWidth: 1 } },
    categoryAxis: axisStyle,
    valueAxis,
    logAxis: valueAxis,
    timeAxis: valueAxis,
    angleAxis: axisStyle,
    radiusAxis: axisStyle,
    pie: { label: text },
    funnel: { label: text, itemStyle: { borderColor: t.background }, ...select },
    sunburst: { itemStyle: { borderColor: t.background } },
    treemap: { itemStyle: { borderColor: t.background } },
    bar: select,
    pictorialBar: select,
    scatter: select,
    heatmap: select,
    graph: select,
    ...(t.light ? {} : { line: { symbol: "circle" } }),
    visualMap: { textStyle: text },
    dataZoom: { borderColor: grid, textStyle: { color: labels } },
    brush: { brushStyle: { borderColor: t.primary } },
    toolbox: { iconStyle: { borderColor: labels } },
  };
}

const placed = (c: Json, side: "top" | "bottom") => c[side] !== undefined;

/** 1.67's layout under the Streamlit theme: a title centred on top, legends at the bottom, and a
 *  tight grid (8 px left, 32 px right, labels inside) below the title and above the legend. */
export function streamlitLayout(option: Json): void {
  const titles = entries(option.title).filter((c) => c.show !== false);
  for (const c of titles) if (c.left === undefined && c.right === undefined) c.left = "center";
  const legends = entries(option.legend).filter((c) => c.show !== false);
  for (const c of legends) if (!placed(c, "top") && !placed(c, "bottom")) c.bottom = 8;
  const zooms = entries(option.dataZoom).filter((c) => c.type === "slider" || c.type === undefined);
  const top = titles.length > 0 || legends.some((c) => placed(c, "top"));
  const bottom = legends.some((c) => placed(c, "bottom")) || zooms.length > 0;
  if (!("xAxis" in option || "yAxis" in option) || Array.isArray(option.grid)) return;
  const user = isObject(option.grid) ? option.grid : {};
  option.grid = {
    left: 8, right: 32, outerBoundsMode: "same",
    top: top ? (titles.some((c) => typeof c.subtext === "string" && c.subtext) ? 68 : 46) : 16,
    bottom: bottom ? 38 : 8,
    ...user,
  };
}

/** Theme None: ECharts' own look, readable on a dark page. */
export function plainTheme(t: ChartTheme = chartTheme()): Json | null {
  return t.light ? null : { backgroundColor: "transparent", darkMode: true, textStyle: { color: t.text } };
}

const LARGE_SCATTER = 20_000;
const LARGE_BAR = 2_000;
const DENSE_LINE = 2_000;

function seriesLength(series: Json, option: Json): number {
  if (Array.isArray(series.data)) return series.data.length;
  if (series.data !== undefined) return 0;
  const datasets = entries(option.dataset);
  const index = typeof series.datasetIndex === "number" ? series.datasetIndex : 0;
  const source = datasets[index]?.source;
  return Array.isArray(source) ? source.length : 0;
}

/** The option as ECharts gets it: aria, cursor, value formatters and 1.67's large-data defaults. */
export function prepareOption(option: Json, opts: { alt: string | null; selecting: boolean; streamlit: boolean }): Json {
  if (opts.streamlit) {
    streamlitLayout(isObject(option.baseOption) ? option.baseOption : option);
    timeAxisPointers(option);
  }
  if (opts.alt) {
    const aria = isObject(option.aria) ? option.aria : {};
    const label = isObject(aria.label) ? aria.label : {};
    option.aria = { ...aria, enabled: true, label: { ...label, description: opts.alt } };
  } else if (option.aria === undefined) {
    option.aria = { enabled: true };
  }
  const series = allSeries(option);
  const selects = opts.selecting || series.some((s) => s.selectedMode) || "brush" in option;
  for (const s of series) {
    if (!opts.selecting && s.cursor === undefined) s.cursor = "default";
    if (isObject(s.tooltip) && "valueFormatter" in s.tooltip) {
      const f = valueFormatter(s.tooltip.valueFormatter);
      if (f) s.tooltip.valueFormatter = f;
      else delete s.tooltip.valueFormatter;
    }
    if (selects) continue;
    const n = seriesLength(s, option);
    const objects = Array.isArray(s.data) && s.data.some(isObject);
    if (objects) continue;
    if (s.large === undefined && !("visualMap" in option) && s.colorBy !== "data"
        && ((s.type === "scatter" && n > LARGE_SCATTER) || (s.type === "bar" && n > LARGE_BAR))) s.large = true;
    if (s.type === "line" && s.showSymbol === undefined && n > DENSE_LINE) s.showSymbol = false;
  }
  eachVariant(option, (v) => {
    for (const tip of entries(v.tooltip)) {
      if (!("valueFormatter" in tip)) continue;
      const f = valueFormatter(tip.valueFormatter);
      if (f) tip.valueFormatter = f;
      else delete tip.valueFormatter;
    }
  });
  return option;
}
