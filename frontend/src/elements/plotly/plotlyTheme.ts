//! Streamlit 1.67's plotly look from the page's theme tokens: the placeholder
//! colours (`#0000NN`) of the `streamlit` template replaced by the theme's
//! palettes (or plotly's stock colours for theme None), and the layout defaults
//! (font, colours, grid, bold title) under the figure's own layout.
import { chartTheme, type ChartTheme } from "../charts/vegaTheme";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const SEQUENTIAL = ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"];
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];
const PLOTLY_CATEGORICAL = ["#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A", "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"];
const PLOTLY_SEQUENTIAL = ["#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786", "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"];
const PLOTLY_DIVERGING = ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"];

/** The colour each placeholder number stands for, on this page. */
export function placeholderColors(t: ChartTheme, streamlit: boolean): Map<string, string> {
  const map = new Map<string, string>();
  const put = (first: number, colors: string[]) =>
    colors.forEach((c, i) => map.set(`#${String(first + i).padStart(6, "0")}`, c));
  put(1, streamlit ? t.categorical : PLOTLY_CATEGORICAL);
  put(11, streamlit ? SEQUENTIAL : PLOTLY_SEQUENTIAL);
  put(21, streamlit ? DIVERGING : PLOTLY_DIVERGING);
  put(32, ["#29b09d", "#ff2b2b", t.light ? "#0068c9" : "#83c9ff"]);
  put(36, [
    t.light ? "#808495" : "#a3a8b8",
    t.text,
    t.background,
    t.light ? "rgba(49, 51, 63, 0.1)" : "rgba(250, 250, 250, 0.1)",
    t.light ? "#f0f2f6" : "#262730",
  ]);
  return map;
}

/** A copy of `value` with every placeholder colour string replaced. */
export function replacePlaceholders(value: unknown, colors: Map<string, string>): unknown {
  if (typeof value === "string") return colors.get(value.toLowerCase()) ?? value;
  if (Array.isArray(value)) return value.map((v) => replacePlaceholders(v, colors));
  if (isObject(value)) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = replacePlaceholders(v, colors);
    return out;
  }
  return value;
}

/** `over` merged onto `base`, objects merged key by key (`over` wins). */
function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Json, v) : v;
  }
  return out;
}

/** The layout defaults of the theme, which the figure's own layout overrides. */
export function themeLayout(t: ChartTheme, streamlit: boolean): Json {
  const grid = t.light ? "#e6eaf1" : "#31333F";
  const labels = t.light ? "#808495" : "#a3a8b8";
  const font = { family: t.font, color: t.text, size: 12 };
  const base: Json = { font, paper_bgcolor: t.background, plot_bgcolor: t.background };
  if (!streamlit) return base;
  const axis = {
    gridcolor: grid, zerolinecolor: grid, linecolor: grid, automargin: true,
    tickfont: { color: labels, size: 12 }, title: { font: { color: labels, size: 14 } },
  };
  return {
    ...base,
    title: { font: { family: t.font, color: t.text, size: 16, weight: "bold" }, pad: { l: 8 } },
    legend: { font: { color: t.text, size: 12 }, title: { font: { color: labels, size: 12 } } },
    margin: { l: 16, r: 16, t: 48, b: 16, pad: 0 },
    hoverlabel: { font: { family: t.font } },
    xaxis: axis,
    yaxis: axis,
    coloraxis: { colorbar: { tickfont: { color: labels }, title: { font: { color: labels } } } },
  };
}

/** The figure's data and layout as plotly.js renders them on this page. */
export function themedFigure(spec: Json, theme: string): { data: unknown[]; layout: Json } {
  const t = chartTheme();
  const streamlit = theme === "streamlit";
  const colors = placeholderColors(t, streamlit);
  const data = Array.isArray(spec.data) ? (replacePlaceholders(spec.data, colors) as unknown[]) : [];
  const own = isObject(spec.layout) ? (replacePlaceholders(spec.layout, colors) as Json) : {};
  return { data, layout: merge(themeLayout(t, streamlit), own) };
}
