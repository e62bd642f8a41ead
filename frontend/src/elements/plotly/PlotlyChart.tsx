//! st.plotly_chart: the figure rendered by plotly.js (this family's own lazy
//! chunk) with Streamlit's plotly theme from the page's tokens, the chart's
//! width (the container's for stretch) and pixel height, and selections
//! (points, box, lasso) reported as the widget's value in 1.67's shape
//! (SPEC-DATA §8). plotly.js-dist-min needs no eval, so the page's CSP holds.
import { useEffect, useMemo, useRef, useState } from "react";
import Plotly, { type PlotlyHTMLElement } from "plotly.js-dist-min";
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { themedFigure } from "./plotlyTheme";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function parse(text: string | null | undefined): Json {
  try {
    const parsed: unknown = JSON.parse(text || "{}");
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** Point keys that hold plotly's internal objects, not values. */
const SKIPPED = new Set(["data", "fullData", "xaxis", "yaxis", "bbox"]);

/** A selected point as 1.67 reports it: plain values, keys in snake_case, the trace's legendgroup. */
export function pointValue(point: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(point)) {
    if (SKIPPED.has(k) || typeof v === "function") continue;
    try {
      out[snake(k)] = JSON.parse(JSON.stringify(v ?? null)) as unknown;
    } catch {
      // a circular plotly object: not part of the selection
    }
  }
  const trace = isObject(point.data) ? point.data : null;
  if (trace && trace.legendgroup !== undefined) out.legendgroup = trace.legendgroup;
  return out;
}

/** The x/y lists of an SVG path of straight segments ("M1,2L3,4Z"). */
export function pathPoints(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const m of path.matchAll(/[ML]\s*(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+)/gi)) {
    x.push(Number(m[1]));
    y.push(Number(m[2]));
  }
  return { x, y };
}

/** The widget value for a plotly_selected event. */
export function selectionState(event: unknown, modes: readonly string[]): Json {
  const ev = isObject(event) ? event : {};
  const points = (Array.isArray(ev.points) ? ev.points : []).filter(isObject).map(pointValue);
  const indices = new Set<number>();
  for (const p of Array.isArray(ev.points) ? ev.points.filter(isObject) : []) {
    if (typeof p.pointIndex === "number") indices.add(p.pointIndex);
    if (Array.isArray(p.pointIndices)) for (const i of p.pointIndices) if (typeof i === "number") indices.add(i);
  }
  const box: Json[] = [];
  const lasso: Json[] = [];
  for (const s of Array.isArray(ev.selections) ? ev.selections.filter(isObject) : []) {
    if (s.type === "rect" && modes.includes("box")) {
      box.push({ xref: s.xref, yref: s.yref, x: [s.x0, s.x1], y: [s.y0, s.y1] });
    } else if (s.type === "path" && typeof s.path === "string" && modes.includes("lasso")) {
      lasso.push({ xref: s.xref, yref: s.yref, ...pathPoints(s.path) });
    }
  }
  return { selection: { points, point_indices: [...indices], box, lasso } };
}

const SELECT_BUTTONS: Record<string, string> = { box: "select2d", lasso: "lasso2d" };

export function PlotlyChart({ el, widthConfig, heightConfig }: {
  el: rustlit.IPlotlyChart;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}) {
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const widgetId = el.widget?.id ?? "";
  const widgets = useWidgets();
  const modes = useMemo(() => (widgetId ? el.selectionMode ?? [] : []), [widgetId, el.selectionMode]);

  useEffect(() => {
    const node = box.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setAvailable(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const figure = useMemo(() => {
    const { data, layout } = themedFigure(parse(el.spec), el.theme ?? "");
    const config: Json = { displaylogo: false, ...parse(el.config) };
    const removed = Object.entries(SELECT_BUTTONS).filter(([m]) => !modes.includes(m)).map(([, b]) => b);
    const own = Array.isArray(config.modeBarButtonsToRemove) ? config.modeBarButtonsToRemove : [];
    config.modeBarButtonsToRemove = [...own, ...removed];
    if (widgetId) {
      if (layout.clickmode === undefined) layout.clickmode = modes.includes("points") ? "event+select" : "none";
      if (layout.hovermode === undefined) layout.hovermode = "closest";
      if (layout.dragmode === undefined) {
        layout.dragmode = modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
      }
    }
    return { data, layout, config };
  }, [el, modes, widgetId]);

  const pixelWidth = widthConfig?.pixelWidth ?? 0;
  const width = pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;
  const height = heightConfig?.pixelHeight || 450;

  useEffect(() => {
    const node = target.current;
    if (!node || width <= 0) return;
    let cancelled = false;
    const layout = { ...figure.layout, width, height, autosize: false };
    void Plotly.react(node, figure.data, layout, figure.config).then((plot: PlotlyHTMLElement) => {
      if (cancelled || !widgetId) return;
      plot.removeAllListeners?.("plotly_selected");
      plot.removeAllListeners?.("plotly_deselect");
      plot.on("plotly_selected", (event) => {
        widgets.setValue(widgetId, { stringValue: JSON.stringify(selectionState(event, modes)) });
      });
      plot.on("plotly_deselect", () => {
        widgets.setValue(widgetId, { stringValue: JSON.stringify(selectionState({}, modes)) });
      });
    });
    return () => {
      cancelled = true;
    };
  }, [figure, width, height, widgetId, widgets, modes]);

  useEffect(() => {
    const node = target.current;
    return () => {
      if (node) Plotly.purge(node);
    };
  }, []);

  return (
    <div ref={box} className="st-plotly-box" style={{ width: "100%" }}>
      <div ref={target} className="stPlotlyChart" data-testid="stPlotlyChart" role="img" aria-label={el.alt ?? undefined} />
    </div>
  );
}
