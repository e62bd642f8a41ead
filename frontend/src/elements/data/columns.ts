//! The grid's column models: st.column_config parsed per column (label, width,
//! alignment, pinned, type, format), widths, sorting, and the read-only cell
//! each value becomes (formats, links, images, lists, progress, sparklines).
import { GridCellKind, type GridCell, type Theme } from "@glideapps/glide-data-grid";
import { cssColor, rgbOf, withAlpha } from "../../theme/activeTheme";
import { formatCell, formatDuration, formatNumber, formatTemporal, listItems, sortKey, type DataColumn } from "./arrowTable";
import { type ProgressCell, type SparklineCell } from "./cells";
import { formatNumberAs } from "../shared/numberFormat";

export interface ColumnConfig {
  label?: string;
  width?: "small" | "medium" | "large" | number;
  hidden?: boolean;
  alignment?: "left" | "center" | "right";
  pinned?: boolean;
  help?: string;
  type_config?: {
    type?: string; format?: string; min_value?: number; max_value?: number; step?: number; display_text?: string;
    y_min?: number; y_max?: number; color?: string;
    options?: (unknown | { value: unknown; label?: string })[];
    timezone?: string;
  };
}

export interface GridColumnModel {
  column: DataColumn;
  config: ColumnConfig;
  title: string;
  group: string;
  width: number;
  pinned: boolean;
}

export const ROW_HEIGHT = 35;
export const MARKER_WIDTH = 34;
export const SORT_LIMIT = 150_000;
export const NAMED_WIDTHS = { small: 75, medium: 200, large: 400 } as const;

export const THEME: Partial<Theme> = {
  accentColor: "#c53948",
  accentLight: "rgba(197, 57, 72, 0.1)",
  textDark: "#2f2d2b",
  textMedium: "rgba(47, 45, 43, 0.7)",
  textLight: "rgba(47, 45, 43, 0.4)",
  textHeader: "rgba(47, 45, 43, 0.6)",
  textHeaderSelected: "#2f2d2b",
  bgCell: "#ffffff",
  bgCellMedium: "#ffffff",
  bgHeader: "#f7f7f6",
  bgHeaderHasFocus: "#f7f7f6",
  bgHeaderHovered: "#f7f7f6",
  borderColor: "#e8e5e2",
  horizontalBorderColor: "#e8e5e2",
  fontFamily: '"Source Sans", sans-serif',
  baseFontStyle: "0.875rem",
  headerFontStyle: "0.875rem",
  editorFontSize: "0.875rem",
  bgIconHeader: "rgba(49, 51, 63, 0.6)",
  cellHorizontalPadding: 8,
};

/** THEME in the page's active theme (light, dark or config.toml's colours),
 *  as plain colours the grid's canvas can paint. */
export function gridTheme(): Partial<Theme> {
  const text = cssColor("--st-text", "#2f2d2b");
  const rgb = rgbOf(text);
  const primary = cssColor("--st-primary", "#c53948");
  const border = cssColor("--st-df-border", "#e8e5e2");
  const bg = cssColor("--st-bg", "#ffffff");
  const headerBg = cssColor("--st-df-header-bg", "#f7f7f6");
  return {
    ...THEME,
    accentColor: primary,
    accentLight: withAlpha(rgbOf(primary), 0.1, THEME.accentLight ?? ""),
    textDark: text,
    textMedium: withAlpha(rgb, 0.7, text),
    textLight: withAlpha(rgb, 0.4, text),
    textHeader: withAlpha(rgb, 0.6, text),
    textHeaderSelected: text,
    bgCell: bg,
    bgCellMedium: bg,
    bgHeader: headerBg,
    bgHeaderHasFocus: headerBg,
    bgHeaderHovered: headerBg,
    borderColor: border,
    horizontalBorderColor: border,
    fontFamily: cssColorFree("--st-font", '"Source Sans", sans-serif'),
    bgIconHeader: withAlpha(rgb, 0.6, text),
  };
}

function cssColorFree(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** The index column's cells: the header's background, faded text. */
export function indexCellTheme(theme: Partial<Theme>): Partial<Theme> {
  return { bgCell: theme.bgCell, textDark: theme.textHeader };
}

export function parseConfig(json: string | null | undefined): Record<string, ColumnConfig> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === "object" ? (parsed as Record<string, ColumnConfig>) : {};
  } catch {
    return {};
  }
}

/** The config of one column: its name, else `_pos:N`, else `_index` for index columns (SPEC-DATA §2.4). */
export function configFor(column: DataColumn, config: Record<string, ColumnConfig>): ColumnConfig {
  const merged: ColumnConfig = {};
  const byName = column.name !== "_index" ? config[column.name] : undefined;
  const found = byName ?? config[`_pos:${column.position}`] ?? (column.isIndex ? config._index : undefined);
  if (found) Object.assign(merged, found);
  if (column.isIndex && config._index && found !== config._index) {
    // `_index.hidden` (hide_index and data-specific hiding) applies to every index column.
    if (config._index.hidden !== undefined) merged.hidden = config._index.hidden;
  }
  return merged;
}

/** Content width estimate: header and the text of the first and last rows (min 50, max 500 px). */
export function autoWidth(title: string, column: DataColumn, rows: number, missing: string): number {
  let longest = title.length + 2;
  const measure = (r: number) => { longest = Math.max(longest, formatCell(column, column.value(r), missing).length); };
  for (let r = 0; r < Math.min(rows, 50); r++) measure(r);
  for (let r = Math.max(50, rows - 10); r < rows; r++) measure(r);
  return Math.max(50, Math.min(500, Math.round(longest * 7.5 + 20)));
}

/** What the page's column menus changed for one column (hidden, pinned, number/date format). */
export interface ColumnOverride {
  hidden?: boolean;
  pinned?: boolean;
  /** A format preset; "" is "Automatic" (the configured format dropped). */
  format?: string;
}

/** The config of one column with the page's menu changes applied. */
export function withOverride(cfg: ColumnConfig, override: ColumnOverride | undefined): ColumnConfig {
  if (!override) return cfg;
  const out: ColumnConfig = { ...cfg };
  if (override.hidden !== undefined) out.hidden = override.hidden;
  if (override.pinned !== undefined) out.pinned = override.pinned;
  if (override.format !== undefined) out.type_config = { ...cfg.type_config, format: override.format || undefined };
  return out;
}

/** A stable id per column (index or data, name, position), the grid's column id. */
export function columnKey(column: DataColumn): string {
  return `${column.isIndex ? "_index" : "_column"}-${column.name}-${column.position}`;
}

export function columnModels(
  columns: DataColumn[], config: Record<string, ColumnConfig>, order: string[], rows: number, missing: string,
  overrides: Record<string, ColumnOverride> = {},
): GridColumnModel[] {
  const models: GridColumnModel[] = [];
  const add = (column: DataColumn) => {
    const cfg = withOverride(configFor(column, config), overrides[columnKey(column)]);
    if (cfg.hidden) return;
    const headers = column.headers;
    const title = cfg.label ?? headers[headers.length - 1] ?? "";
    const group = headers.slice(0, -1).filter(Boolean).join(" / ");
    const width = typeof cfg.width === "number" ? cfg.width : cfg.width ? NAMED_WIDTHS[cfg.width] : autoWidth(title, column, rows, missing);
    models.push({ column, config: cfg, title, group, width, pinned: cfg.pinned ?? column.isIndex });
  };
  const index = columns.filter((c) => c.isIndex);
  const data = columns.filter((c) => !c.isIndex);
  index.forEach(add);
  if (order.length) {
    for (const name of order) data.filter((c) => c.name === name).forEach(add);
  } else {
    data.forEach(add);
  }
  // Pinned columns first (glide freezes the leftmost columns).
  return [...models.filter((m) => m.pinned), ...models.filter((m) => !m.pinned)];
}

export type Sort = { column: number; direction: "asc" | "desc" } | null;

export function sortedRows(model: GridColumnModel | undefined, rows: number, direction: "asc" | "desc"): Int32Array {
  const perm = new Int32Array(rows);
  for (let i = 0; i < rows; i++) perm[i] = i;
  if (!model) return perm;
  const keys: (number | string | null)[] = new Array(rows);
  for (let i = 0; i < rows; i++) keys[i] = sortKey(model.column, i);
  const collator = new Intl.Collator(undefined, { numeric: true });
  const sign = direction === "asc" ? 1 : -1;
  const arr = Array.from(perm);
  arr.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === null || y === null) return x === y ? a - b : x === null ? 1 : -1; // missing last
    let c: number;
    if (typeof x === "number" && typeof y === "number") c = x - y;
    else c = collator.compare(String(x), String(y));
    return c === 0 ? a - b : c * sign;
  });
  return Int32Array.from(arr);
}

/** `missingColor`: the placeholder of a missing value is drawn in the theme's faded text colour
 *  (1.67 paints it with glide's `textLight`, its 40% text colour), light or dark. */
export function cellOf(
  m: GridColumnModel, value: unknown, missing: string, display: string | undefined,
  missingColor: string = THEME.textLight ?? "",
): GridCell {
  const text = display ?? formatCell(m.column, value, missing);
  const align = m.config.alignment ?? (m.column.kind === "number" || m.column.kind === "decimal" ? "right" : "left");
  const type = m.config.type_config?.type;
  const base = { allowOverlay: true, readonly: true, contentAlign: align } as const;
  const checkbox = type === "checkbox" || (!type && m.column.kind === "boolean");
  if ((value === null || value === undefined) && checkbox) {
    // 1.67 leaves a missing checkbox blank (no placeholder text): glide's empty boolean.
    return { kind: GridCellKind.Boolean, data: null, allowOverlay: false, readonly: true, contentAlign: m.config.alignment };
  }
  if (value === null || value === undefined) {
    return { kind: GridCellKind.Text, data: "", displayData: missing, ...base, allowOverlay: false, themeOverride: { textDark: missingColor } };
  }
  if (checkbox) {
    return { kind: GridCellKind.Boolean, data: Boolean(value), allowOverlay: false, readonly: true, contentAlign: m.config.alignment };
  }
  if (type === "link") {
    const url = String(value);
    const label = m.config.type_config?.display_text;
    return { kind: GridCellKind.Uri, data: url, displayData: label && !label.includes("(") ? label : url, ...base, hoverEffect: true };
  }
  if (type === "image") {
    return { kind: GridCellKind.Image, data: [String(value)], displayData: [String(value)], ...base };
  }
  if (type === "list" || (!type && m.column.kind === "list")) {
    return { kind: GridCellKind.Bubble, data: listItems(value), ...base };
  }
  // A format chosen in the column menu applies to a column without a configured type too.
  const chosen = !type && !!m.config.type_config?.format;
  if (type === "datetime" || type === "date" || type === "time" || (chosen && ["datetime", "date", "time"].includes(m.column.kind))) {
    const cfg = m.config.type_config ?? {};
    const shown = display ?? formatTemporal(m.column, value, cfg.format, cfg.timezone) ?? text;
    return { kind: GridCellKind.Text, data: shown, displayData: shown, ...base };
  }
  if (type === "selectbox" || type === "multiselect") {
    // Options with a `label` (format_func) show the label for their value.
    const labels = new Map<string, string>();
    for (const o of m.config.type_config?.options ?? []) {
      const option = o as { value?: unknown; label?: unknown } | null;
      if (option && typeof option === "object" && typeof option.label === "string") labels.set(String(option.value), option.label);
    }
    if (type === "multiselect") {
      const items = listItems(value);
      return { kind: GridCellKind.Bubble, data: items.map((x) => labels.get(x) ?? x), ...base };
    }
    const shown = labels.get(String(value)) ?? text;
    return { kind: GridCellKind.Text, data: shown, displayData: shown, ...base };
  }
  if (type === "progress" && (typeof value === "number" || typeof value === "bigint")) {
    const cfg = m.config.type_config ?? {};
    const isInt = typeof value === "bigint" || m.column.pandasType.startsWith("int");
    const n = Number(value);
    const label = formatWith(cfg.format, n) ?? formatNumber(value);
    const cell: ProgressCell = {
      kind: GridCellKind.Custom, allowOverlay: false, readonly: true, copyData: String(value),
      data: { kind: "progress", value: n, min: cfg.min_value ?? 0, max: cfg.max_value ?? (isInt ? 100 : 1), label, color: cfg.color },
    };
    return cell;
  }
  if (type === "line_chart" || type === "bar_chart" || type === "area_chart") {
    const v = value as { toArray?: () => ArrayLike<unknown> };
    const items = typeof v.toArray === "function" ? Array.from(v.toArray(), (x) => Number(x)) : [];
    const cfg = m.config.type_config ?? {};
    const cell: SparklineCell = {
      kind: GridCellKind.Custom, allowOverlay: false, readonly: true, copyData: JSON.stringify(items),
      data: { kind: "sparkline", values: items, chart: type === "bar_chart" ? "bar" : type === "area_chart" ? "area" : "line",
        yMin: cfg.y_min, yMax: cfg.y_max, color: cfg.color },
    };
    return cell;
  }
  if ((type === "number" || (chosen && m.column.kind === "number")) && (typeof value === "number" || typeof value === "bigint")) {
    const formatted = display ?? formatWith(m.config.type_config?.format, Number(value)) ?? formatNumber(value);
    return { kind: GridCellKind.Number, data: Number(value), displayData: formatted, ...base };
  }
  if (m.column.kind === "number" && (typeof value === "number" || typeof value === "bigint")) {
    return { kind: GridCellKind.Number, data: Number(value), displayData: text, ...base };
  }
  return { kind: GridCellKind.Text, data: text, displayData: text, ...base };
}

/** Number `format`s of the column config: 1.67's presets and printf formats (shared with
 * st.metric, shared/numberFormat.ts), and the grid's own "duration". */
export function formatWith(format: string | undefined, value: number): string | null {
  return format === "duration" ? formatDuration(value) : formatNumberAs(format, value);
}
