//! st.echarts_chart: the option rendered by Apache ECharts (this family's own
//! lazy chunk) on a canvas or SVG, with the Streamlit theme from the page's chart
//! tokens (or ECharts' own look for theme None), the Arrow datasets as rows, the
//! container's width for stretch charts, and selections (series `selectedMode`,
//! brushes) reported as the widget's value in 1.67's shape. Its toolbar (on
//! hover) shows a dataset in the dataframe grid, downloads the chart as an image
//! and shows it fullscreen. Double-click clears the selection.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import * as echarts from "echarts";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { useStretchHeight } from "../../render/size";
import { ChartFrame, FullscreenButton, ICONS, ToolbarButton, useFullscreen } from "../shared/ChartFrame";
import { allSeries, fillDatasets, frameRows, parseOption, plainTheme, prepareOption, streamlitTheme, type Frame } from "./echartsOption";
import { ofBrushSelected, picksOfSelectChanged, selectionState, type Area, type BrushBatch, type Picks } from "./echartsSelection";

// "Show data" shows the chart's dataset in the dataframe grid, from the data family's chunk.
const DataGrid = lazy(() => import("../data").then((m) => ({ default: m.Dataframe })));

const CONTENT_HEIGHT = 350;

export function EChartsChart({ el, widthConfig, heightConfig }: {
  el: rustlit.IEChartsChart;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const [available, setWidth] = useState(0);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const [showData, setShowData] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const widget = el.widget ?? {};
  const widgetId = widget.id ?? "";
  const widgets = useWidgets();
  const held = useHeldValue(widget);
  const heldText = held && "stringValue" in held ? held.stringValue ?? null : null;
  const heldRef = useRef(heldText);
  heldRef.current = heldText;
  const svg = el.renderer === 1 || String(el.renderer) === "SVG";
  // The brush areas drawn last: a rerun sets the option anew, which clears ECharts' brush covers,
  // so they are drawn again after it, as 1.67 does (the selection stays visible).
  const brushes = useRef<BrushBatch[]>([]);

  useEffect(() => {
    const node = box.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  // Rows are decoded once per element message (it is immutable in the tree).
  const frames = useMemo(() => {
    const out: Record<string, Frame> = {};
    for (const d of el.datasets ?? []) if (d.name) out[d.name] = frameRows(d.data?.data);
    return out;
  }, [el.datasets]);

  const option = useMemo(() => {
    const o = parseOption(el.spec);
    fillDatasets(o, frames);
    return prepareOption(o, { alt: el.alt ?? null, selecting: !!widgetId, streamlit: el.theme === "streamlit" });
  }, [el.spec, el.alt, el.theme, frames, widgetId]);
  const series = useMemo(() => allSeries(parseOption(el.spec)), [el.spec]);

  const pixelWidth = fullscreen ? 0 : widthConfig?.pixelWidth ?? 0;
  const width = pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;
  const stretch = useStretchHeight(frame, heightConfig, CONTENT_HEIGHT);
  const height = fullscreen
    ? Math.max(150, window.innerHeight - 96)
    : heightConfig?.useStretch ? stretch.height : heightConfig?.pixelHeight || CONTENT_HEIGHT;

  // One ECharts instance per theme and renderer; the option is set on it as it changes.
  useEffect(() => {
    const node = target.current;
    if (!node) return;
    const theme = el.theme === "streamlit" ? streamlitTheme() : plainTheme();
    const instance = echarts.init(node, theme ?? undefined, { renderer: svg ? "svg" : "canvas" });
    chart.current = instance;
    return () => {
      chart.current = null;
      instance.dispose();
    };
  }, [el.theme, svg]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || width <= 0) return;
    instance.resize({ width, height });
  }, [width, height, el.theme, svg]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    try {
      instance.setOption(option, { notMerge: true });
      setError(null);
    } catch (e: unknown) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [option, el.theme, svg]);

  // Selections: point picks and brushes, reported together as one value.
  useEffect(() => {
    const instance = chart.current;
    const node = target.current;
    if (!instance || !node || !widgetId) return;
    let points: Picks = new Map();
    let brushed: Picks = new Map();
    let areas: Area[] = [];
    const report = () => {
      const next = JSON.stringify(selectionState(points, brushed, areas, series));
      if (next !== heldRef.current) widgets.setValue(widgetId, { stringValue: next });
    };
    // Re-applies the held point selection (after a rerun or a remount).
    try {
      const parsed: unknown = JSON.parse(heldRef.current || "{}");
      const selected = (parsed as { selection?: { selected?: unknown } }).selection?.selected;
      if (Array.isArray(selected)) {
        for (const g of selected as { series_index?: unknown; data_indices?: unknown; data_type?: unknown }[]) {
          if (typeof g.series_index !== "number" || !Array.isArray(g.data_indices)) continue;
          const s = series[g.series_index];
          if (!s?.selectedMode) continue;
          instance.dispatchAction({ type: "select", seriesIndex: g.series_index, dataIndex: g.data_indices, dataType: g.data_type === "main" ? undefined : g.data_type });
        }
        points = picksOfSelectChanged({
          selected: selected.map((g: { series_index?: unknown; data_indices?: unknown; data_type?: unknown }) => ({
            seriesIndex: g.series_index, dataIndex: g.data_indices, dataType: g.data_type,
          })).filter((g) => typeof g.seriesIndex === "number" && series[g.seriesIndex]?.selectedMode),
        });
      }
    } catch {
      // nothing held yet
    }
    const onSelect = (event: unknown) => {
      points = picksOfSelectChanged(event);
      report();
    };
    // As 1.67: a brush is reported once, when its drag ends (not at every move of it, each of
    // which would rerun the script), and a cleared brush at once.
    const onBrush = (event: unknown) => {
      const b = ofBrushSelected(event);
      const cleared = areas.length > 0 && b.areas.length === 0;
      brushed = b.picks;
      areas = b.areas;
      brushes.current = b.batches;
      if (cleared) report();
    };
    const onBrushEnd = () => report();
    const onDoubleClick = () => {
      for (const [k, set] of points) {
        const [index, dataType] = k.split("/");
        instance.dispatchAction({ type: "unselect", seriesIndex: Number(index), dataIndex: [...set], dataType: dataType === "main" ? undefined : dataType });
      }
      instance.dispatchAction({ type: "brush", areas: [] });
      brushes.current = [];
      points = new Map();
      brushed = new Map();
      areas = [];
      report();
    };
    instance.on("selectchanged", onSelect);
    instance.on("brushselected", onBrush);
    instance.on("brushend", onBrushEnd);
    node.addEventListener("dblclick", onDoubleClick);
    // Draws the brushes of before the rerun again; their `brushselected` event (handled above)
    // restores the brushed picks, equal to the value held, so nothing is reported.
    for (const batch of brushes.current) {
      if (batch.areas.length === 0) continue;
      try {
        instance.dispatchAction({ type: "brush", brushIndex: batch.brushIndex, areas: batch.areas });
      } catch (e: unknown) {
        console.warn("st.echarts_chart: a brush selection could not be drawn again", e);
      }
    }
    return () => {
      instance.off("selectchanged", onSelect);
      instance.off("brushselected", onBrush);
      instance.off("brushend", onBrushEnd);
      node.removeEventListener("dblclick", onDoubleClick);
    };
  }, [option, series, widgetId, widgets, el.theme, svg]);

  const download = () => {
    const instance = chart.current;
    if (!instance) return;
    const url = instance.getDataURL({ type: svg ? "svg" : "png", pixelRatio: 2, backgroundColor: getComputedStyle(document.documentElement).getPropertyValue("--st-bg").trim() || "#fff" });
    const a = document.createElement("a");
    a.href = url;
    a.download = svg ? "chart.svg" : "chart.png";
    a.click();
  };
  // The data the chart draws: its first Arrow dataset.
  const chartData = el.datasets?.find((d) => d.data?.data?.length)?.data?.data;
  const dataElement = useMemo<rustlit.IDataframe | null>(
    () => (chartData ? { widget: { id: "" }, arrowData: { data: chartData }, columns: "{}", columnOrder: [], selectionMode: [] } : null),
    [chartData],
  );

  return (
    <ChartFrame
      frameRef={frame}
      className="st-echarts-frame"
      fullscreen={fullscreen}
      fullscreenClass="st-echarts-fullscreen"
      style={fullscreen ? undefined : stretch.style}
      toolbar={<>
        {showData !== null ? <ToolbarButton label="Show chart" onClick={() => setShowData(null)} icon={ICONS.chart} /> : null}
        {showData === null && dataElement ? (
          <ToolbarButton label="Show data" onClick={() => setShowData(height)} icon={ICONS.table} />
        ) : null}
        {showData === null ? <ToolbarButton label={`Download as ${svg ? "SVG" : "PNG"}`} onClick={download} icon={ICONS.download} /> : null}
        {showData === null ? <FullscreenButton fullscreen={fullscreen} onToggle={toggleFullscreen} /> : null}
      </>}
    >
      {showData !== null && dataElement ? (
        <Suspense fallback={<div style={{ height: showData }} />}>
          <DataGrid el={dataElement} heightConfig={{ pixelHeight: showData }} />
        </Suspense>
      ) : null}
      <div ref={box} className="st-echarts-box" style={{ display: showData !== null ? "none" : undefined }}>
        <div
          ref={target}
          className="stEChartsChart"
          data-testid="stEChartsChart"
          style={{ width: width > 0 ? width : "100%", height }}
        />
        {error !== null ? <div role="alert" data-testid="stEChartsChartError">ECharts chart error: {error}</div> : null}
      </div>
    </ChartFrame>
  );
}
