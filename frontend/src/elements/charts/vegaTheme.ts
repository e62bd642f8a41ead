//! Streamlit 1.67's Vega-Lite configuration ("streamlit" theme) and the plain
//! one (theme None), built from the page's theme tokens (styles/theme.css), so a
//! dark page gets the dark palette. Values are 1.67's: fonts, label and grid
//! colours, palettes, paddings and the 350 px default chart height.

import { cssHex as cssColor } from "../../theme/activeTheme";

/** A CSS variable of the page (the light theme's value outside a browser). */
function token(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

/** Relative luminance of a CSS colour (hex or rgb[a]); 1 when it cannot be read. */
export function luminance(color: string): number {
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1].length === 3 ? hex[1].split("").map((c) => c + c).join("") : hex[1];
    rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  } else {
    const m = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
    if (m) rgb = m[1].split(/[\s,/]+/).slice(0, 3).map(Number);
  }
  if (!rgb || rgb.some((n) => Number.isNaN(n))) return 1;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const GRAY = { gray30: "#e6eaf1", gray70: "#808495", gray85: "#31333F" };
const BLUE = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];
const CATEGORICAL_LIGHT = ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"];
const CATEGORICAL_DARK = ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"];

/** Built-in colour names the built-in charts pass through (`color="red"`), as the theme paints them. */
export const NAMED_COLORS: Record<string, string> = {
  red: "#ff4b4b", orange: "#ffa421", yellow: "#faca2b", green: "#21c354", blue: "#1c83e1",
  violet: "#803df5", gray: "#a3a8b8", grey: "#a3a8b8",
};

export interface ChartTheme {
  light: boolean;
  background: string;
  text: string;
  font: string;
  primary: string;
  categorical: string[];
}

/** The page's chart colours and font. */
export function chartTheme(): ChartTheme {
  const background = cssColor("--st-bg", "#ffffff");
  const light = luminance(background) > 0.5;
  return {
    light,
    background,
    text: cssColor("--st-text", light ? "#2f2d2b" : "#edebe8"),
    font: token("--st-font", '"Source Sans", sans-serif'),
    primary: cssColor("--st-primary", "#c53948"),
    categorical: light ? CATEGORICAL_LIGHT : CATEGORICAL_DARK,
  };
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** `base` with `over` merged in, recursively; arrays and scalars of `over` replace. */
export function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Json, v) : v;
  }
  return out;
}

/** The "streamlit" theme's Vega-Lite config (1.67's), the user's config merged over it. */
export function streamlitConfig(t: ChartTheme, user: Json | undefined): Json {
  const labels = t.light ? GRAY.gray70 : GRAY.gray30;
  const grid = t.light ? GRAY.gray30 : GRAY.gray85;
  const config: Json = {
    font: t.font,
    background: t.background,
    fieldTitle: "verbal",
    autosize: { type: "fit", contains: "padding" },
    title: {
      align: "left", anchor: "start", color: t.text, titleFontStyle: "normal", fontWeight: 600,
      fontSize: 16, orient: "top", offset: 26,
    },
    header: {
      titleFontWeight: 400, titleFontSize: 16, titleColor: labels, titleFontStyle: "normal",
      labelFontSize: 12, labelFontWeight: 400, labelColor: labels, labelFontStyle: "normal",
    },
    axis: {
      labelFontSize: 12, labelFontWeight: 400, labelColor: labels, labelFontStyle: "normal",
      titleFontWeight: 400, titleFontSize: 14, titleColor: labels, titleFontStyle: "normal",
      ticks: false, gridColor: grid, domain: false, domainWidth: 1, domainColor: grid,
      labelFlush: true, labelFlushOffset: 1, labelBound: false, labelLimit: 100,
      titlePadding: 16, labelPadding: 16, labelSeparation: 4, labelOverlap: true,
    },
    legend: {
      labelFontSize: 14, labelFontWeight: 400, labelColor: labels, titleFontSize: 14, titleFontWeight: 400,
      titleFontStyle: "normal", titleColor: labels, titlePadding: 8, labelPadding: 16, columnPadding: 8,
      rowPadding: 4, padding: 8, symbolStrokeWidth: 4,
    },
    range: {
      category: t.categorical,
      diverging: DIVERGING,
      ramp: t.light ? BLUE : [...BLUE].reverse(),
      heatmap: t.light ? BLUE : [...BLUE].reverse(),
    },
    view: { columns: 1, strokeWidth: 0, stroke: "transparent", continuousHeight: 350, continuousWidth: 400 },
    concat: { columns: 1 },
    facet: { columns: 1 },
    mark: { tooltip: { content: "encoding" }, color: t.categorical[0] },
    bar: { binSpacing: 4, discreteBandSize: { band: 0.85 } },
    axisDiscrete: { grid: false },
    axisXPoint: { grid: false },
    axisTemporal: { grid: false },
    axisXBand: { grid: false },
  };
  return user ? merge(config, user) : config;
}

/** Theme None: Vega-Lite's look with the page's background and text colours. */
export function plainConfig(t: ChartTheme, user: Json | undefined): Json {
  const grid = t.light ? GRAY.gray30 : GRAY.gray85;
  const fonts = { labelFont: t.font, titleFont: t.font, labelFontSize: 12, titleFontSize: 12 };
  const config: Json = {
    background: t.background,
    axis: { labelColor: t.text, titleColor: t.text, gridColor: grid, ...fonts },
    legend: { labelColor: t.text, titleColor: t.text, ...fonts },
    title: { color: t.text, subtitleColor: t.text, ...fonts },
    header: { labelColor: t.text, titleColor: t.text, ...fonts },
    view: { stroke: grid, continuousHeight: 350, continuousWidth: 400 },
    mark: { tooltip: true },
  };
  return user ? merge(config, user) : config;
}
