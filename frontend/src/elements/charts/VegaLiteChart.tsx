//! st.vega_lite_chart / st.altair_chart and the built-in charts: the spec
//! rendered by vega-embed (SVG), with Streamlit's chart theme, the Arrow
//! datasets decoded into rows, the container's width for stretch charts, and
//! selections reported as the widget's value (SPEC-DATA §7). Its toolbar (on hover) shows the
//! chart's data in the dataframe grid (the data family's chunk, fetched then), downloads a PNG,
//! copies the spec and shows the chart fullscreen.
//!
//! Expressions run through vega-interpreter (`ast: true`): the page's CSP
//! allows no eval.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import embed, { type Result, type VisualizationSpec } from "vega-embed";
import { expressionInterpreter } from "vega-interpreter";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { useStretchHeight } from "../../render/size";
import { takeTurn } from "../../render/chartTurns";
import { vegaRows } from "./vegaData";
import { chartTheme, NAMED_COLORS, plainConfig, streamlitConfig } from "./vegaTheme";
import { useThemeVersion } from "../../theme/activeTheme";
import { ChartFrame, FullscreenButton, ICONS, ToolbarButton, useFullscreen } from "../shared/ChartFrame";

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Encoding channels a point selection can project on (not tooltip, detail, order). */
const PROJECTABLE = new Set([
  "x", "y", "x2", "y2", "xOffset", "yOffset", "longitude", "latitude", "longitude2", "latitude2", "theta",
  "theta2", "radius", "radius2", "color", "fill", "stroke", "opacity", "fillOpacity", "strokeOpacity",
  "strokeWidth", "strokeDash", "size", "angle", "shape", "key", "text", "href", "url", "description",
]);

/** A point param without `encodings`/`fields` projects on the view's encoding channels, so the
 *  selection reports field values rather than Vega's internal row ids. */
function projectPoints(view: Json, inherited: Json | undefined): void {
  const encoding = isObject(view.encoding) ? view.encoding : inherited;
  if (Array.isArray(view.params) && encoding) {
    for (const p of view.params) {
      if (!isObject(p)) continue;
      const select = p.select;
      const isPoint = select === "point" || (isObject(select) && select.type === "point");
      if (!isPoint) continue;
      const sel: Json = isObject(select) ? { ...select } : { type: "point" };
      if (sel.encodings || sel.fields) continue;
      const channels = Object.keys(encoding).filter((c) => PROJECTABLE.has(c));
      if (channels.length > 0) p.select = { ...sel, encodings: channels };
    }
  }
  for (const key of ["layer", "hconcat", "vconcat", "concat"]) {
    const children = view[key];
    if (Array.isArray(children)) for (const c of children) if (isObject(c)) projectPoints(c, encoding);
  }
  if (isObject(view.spec)) projectPoints(view.spec, encoding);
}

/** Built-in colour names (`color="red"` of the built-in charts) as theme colours. */
function themeColorNames(view: Json): void {
  const paint = (v: unknown) => (typeof v === "string" && v in NAMED_COLORS ? NAMED_COLORS[v] : v);
  const visit = (node: Json) => {
    const color = isObject(node.encoding) ? node.encoding.color : undefined;
    if (isObject(color)) {
      if ("value" in color) color.value = paint(color.value);
      if (isObject(color.scale) && Array.isArray(color.scale.range)) color.scale.range = color.scale.range.map(paint);
    }
    if (Array.isArray(node.layer)) for (const l of node.layer) if (isObject(l)) visit(l);
  };
  visit(view);
}

/** What a selection signal reports back: a point's list of field values, an interval's ranges. */
export function selectionValue(value: unknown): unknown {
  if (!isObject(value)) return {};
  const point = value.vlPoint;
  if (isObject(point) && Array.isArray(point.or)) return point.or;
  return value;
}

function parseSpec(text: string | null | undefined): Json {
  try {
    const parsed: unknown = JSON.parse(text || "{}");
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

const COMPOSED = ["hconcat", "concat", "facet", "repeat"];

// "Show data" shows the chart's data in the dataframe grid, from the data family's chunk.
const DataGrid = lazy(() => import("../data").then((m) => ({ default: m.Dataframe })));

export function VegaLiteChart({ el, widthConfig, heightConfig }: {
  el: rustlit.IVegaLiteChart;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const widget = el.widget ?? {};
  const widgetId = widget.id ?? "";
  const widgets = useWidgets();
  const held = useHeldValue(widget);
  const heldRef = useRef(held);
  heldRef.current = held;
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const [showData, setShowData] = useState<number | null>(null);
  const view = useRef<Result | null>(null);
  const stretch = fullscreen || !widthConfig || !!widthConfig.useStretch;

  useEffect(() => {
    const node = box.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setAvailable(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // Rows are decoded once per element message (it is immutable in the tree).
  const data = useMemo(() => {
    const named: Record<string, unknown[]> = {};
    for (const d of el.datasets ?? []) if (d.name) named[d.name] = vegaRows(d.data?.data);
    return { unnamed: el.data?.data?.length ? vegaRows(el.data.data) : null, named };
  }, [el]);

  // The active theme (light/dark) is read when the spec is built: rebuilt on change.
  const themeVersion = useThemeVersion();
  const spec = useMemo(() => {
    const s = parseSpec(el.spec);
    const embedOptions = isObject(s.usermeta) && isObject(s.usermeta.embedOptions) ? s.usermeta.embedOptions : {};
    const streamlitTheme = el.theme === "streamlit" || embedOptions.theme === "streamlit";
    const theme = chartTheme();
    const userConfig = isObject(s.config) ? s.config : undefined;
    s.config = streamlitTheme ? streamlitConfig(theme, userConfig) : plainConfig(theme, userConfig);
    if (el.alt) s.description = el.alt;
    const datasets: Json = isObject(s.datasets) ? { ...s.datasets } : {};
    Object.assign(datasets, data.named);
    if (data.unnamed) {
      // The data argument feeds the spec's top-level data: inline when it has none, else under the
      // name it refers to (or "source").
      const name = isObject(s.data) && typeof s.data.name === "string" ? s.data.name : null;
      if (s.data === undefined) s.data = { values: data.unnamed };
      else if (name && !(name in datasets)) datasets[name] = data.unnamed;
      else datasets.source = data.unnamed;
    }
    if (Object.keys(datasets).length > 0) s.datasets = datasets;
    if (s.width === 0) delete s.width;
    if (s.height === 0) delete s.height;
    if (heightConfig?.pixelHeight) s.height = heightConfig.pixelHeight;
    // height="stretch": the chart's whole box (axes and legend included) fills the height given.
    if (heightConfig?.useStretch && s.autosize === undefined) s.autosize = { type: "fit", contains: "padding" };
    if (!isObject(s.padding) && s.padding === undefined) s.padding = { bottom: 20 };
    if (widgetId) projectPoints(s, undefined);
    themeColorNames(s);
    const rows = (data.unnamed?.length ?? 0) + Object.values(data.named).reduce((n, r) => n + r.length, 0);
    const renderer = typeof embedOptions.renderer === "string" ? embedOptions.renderer : rows > 2000 ? "canvas" : "svg";
    return { spec: s, renderer: renderer as "svg" | "canvas" };
  }, [el, data, heightConfig, widgetId, themeVersion]); // eslint-disable-line react-hooks/exhaustive-deps -- the theme is read from the page

  // height="stretch": the room a container of fixed height leaves, else the spec's height (or
  // 350 px); compositions keep their own.
  const ownHeight = typeof spec.spec.height === "number" ? spec.spec.height : 350;
  const tall = useStretchHeight(frame, heightConfig, ownHeight, { inside: 0, outside: ownHeight });
  const stretchHeight = heightConfig?.useStretch && !COMPOSED.some((k) => k in spec.spec) && !Array.isArray(spec.spec.vconcat)
    ? tall.height
    : 0;

  // A stretch chart takes its container's width, a pixel width that width; compositions that
  // lay out several views side by side keep their own.
  const pixelWidth = fullscreen ? 0 : widthConfig?.pixelWidth ?? 0;
  const fitWidth = (stretch || pixelWidth > 0) && !COMPOSED.some((k) => k in spec.spec);
  const width = !fitWidth ? 0 : pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;

  useEffect(() => {
    const node = target.current;
    if (!node || (fitWidth && width <= 0)) return;
    const s: Json = { ...spec.spec };
    if (fitWidth) {
      if (Array.isArray(s.vconcat)) s.vconcat = s.vconcat.map((c) => (isObject(c) ? { ...c, width } : c));
      else s.width = width;
    }
    // Fullscreen: a single view also takes the viewport's height (less the frame's padding).
    if (fullscreen && !Array.isArray(s.vconcat) && !COMPOSED.some((k) => k in s)) {
      s.height = Math.max(150, window.innerHeight - 96);
    } else if (stretchHeight > 0) {
      s.height = stretchHeight;
    }
    let result: Result | null = null;
    let cancelled = false;
    // Selection changes are reported debounced; a press anywhere else on the page (a form's
    // submit button, say) reports the pending ones first, so the press sees them.
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const pending = new Map<string, unknown>();
    const flush = () => {
      timers.forEach((t) => clearTimeout(t));
      timers.clear();
      const due = [...pending];
      pending.clear();
      for (const [name, value] of due) report(name, value);
    };
    const report = (name: string, value: unknown) => {
      const current = heldRef.current && "stringValue" in heldRef.current ? heldRef.current.stringValue : null;
      let state: Json = {};
      try {
        const parsed: unknown = JSON.parse(current || "{}");
        if (isObject(parsed) && isObject(parsed.selection)) state = parsed.selection;
      } catch {
        state = {};
      }
      const next = JSON.stringify({ selection: { ...state, [name]: selectionValue(value) } });
      if (next !== current) widgets.setValue(widgetId, { stringValue: next });
    };
    // Charts draw one at a time (render/chartTurns.ts), so input is handled between them.
    const turn = takeTurn();
    turn.ready.then(() => (cancelled ? null : embed(node, s as VisualizationSpec, {
      actions: false,
      ast: true,
      expr: expressionInterpreter,
      renderer: spec.renderer,
      defaultStyle: true,
    }))).then((r) => {
      if (!r) return;
      if (cancelled) {
        r.finalize();
        return;
      }
      result = r;
      view.current = r;
      if (!widgetId) return;
      for (const name of el.selectionMode ?? []) {
        r.view.addSignalListener(name, (_signal, value: unknown) => {
          clearTimeout(timers.get(name));
          pending.set(name, value);
          timers.set(name, setTimeout(() => {
            timers.delete(name);
            pending.delete(name);
            report(name, value);
          }, 150));
        });
      }
      document.addEventListener("pointerdown", onPress, true);
    }).catch((e: unknown) => {
      if (!cancelled) node.textContent = `Chart error: ${e instanceof Error ? e.message : String(e)}`;
    }).finally(turn.done);
    const onPress = (e: Event) => {
      if (!(e.target instanceof Node && node.contains(e.target))) flush();
    };
    return () => {
      cancelled = true;
      turn.done();
      document.removeEventListener("pointerdown", onPress, true);
      timers.forEach((t) => clearTimeout(t));
      if (view.current === result) view.current = null;
      result?.finalize();
    };
  }, [spec, width, fitWidth, fullscreen, stretchHeight, widgetId, widgets, el.selectionMode]);

  const downloadPng = () => {
    void view.current?.view.toImageURL("png", 2).then((url) => {
      const a = document.createElement("a");
      a.href = url;
      a.download = "chart.png";
      a.click();
    });
  };
  // The data the chart draws: its unnamed data, else its first named dataset.
  const chartData = el.data?.data?.length ? el.data.data : el.datasets?.find((d) => d.data?.data?.length)?.data?.data;
  const dataElement = useMemo<rustlit.IDataframe | null>(
    () => (chartData ? { widget: { id: "" }, arrowData: { data: chartData }, columns: "{}", columnOrder: [], selectionMode: [] } : null),
    [chartData],
  );
  const copySpec = () => {
    void navigator.clipboard?.writeText(JSON.stringify(parseSpec(el.spec), null, 2));
  };

  return (
    <ChartFrame
      frameRef={frame}
      className="st-chart-frame"
      fullscreen={fullscreen}
      fullscreenClass="st-chart-fullscreen"
      style={fullscreen || !stretchHeight ? undefined : tall.style}
      toolbar={<>
        {showData !== null ? (
          <ToolbarButton label="Show chart" onClick={() => setShowData(null)} icon={ICONS.chart} />
        ) : null}
        {showData === null && dataElement ? (
          <ToolbarButton
            label="Show data"
            onClick={() => setShowData(Math.round(target.current?.getBoundingClientRect().height ?? 0) || 350)}
            icon={ICONS.table}
          />
        ) : null}
        {showData === null ? <ToolbarButton label="Download as PNG" onClick={downloadPng} icon={ICONS.download} /> : null}
        <ToolbarButton label="Copy Vega-Lite spec" onClick={copySpec} icon={ICONS.copy} />
        {showData === null ? <FullscreenButton fullscreen={fullscreen} onToggle={toggleFullscreen} /> : null}
      </>}
    >
      {showData !== null && dataElement ? (
        <Suspense fallback={<div style={{ height: showData }} />}>
          <DataGrid el={dataElement} heightConfig={{ pixelHeight: showData }} />
        </Suspense>
      ) : null}
      <div ref={box} className="st-vega-box" style={{ width: stretch ? "100%" : "auto", display: showData !== null ? "none" : undefined }}>
        <div ref={target} className="stVegaLiteChart" data-testid="stVegaLiteChart" />
      </div>
    </ChartFrame>
  );
}
