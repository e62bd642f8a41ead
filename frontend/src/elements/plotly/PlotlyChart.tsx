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
import { useThemeVersion } from "../../theme/activeTheme";
import { selectionState } from "./plotlySelection";

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

  // The active theme (light/dark) is read when the figure is built: rebuilt on change.
  const themeVersion = useThemeVersion();
  const figure = useMemo(() => {
    const spec = parse(el.spec);
    const { data, layout } = themedFigure(spec, el.theme ?? "");
    const config: Json = { displaylogo: false, ...parse(el.config) };
    const removed = Object.entries(SELECT_BUTTONS).filter(([m]) => !modes.includes(m)).map(([, b]) => b);
    if (config.showSendToCloud !== true) removed.push("sendChartToCloud");
    const own = Array.isArray(config.modeBarButtonsToRemove) ? config.modeBarButtonsToRemove : [];
    config.modeBarButtonsToRemove = [...own, ...removed.filter((b) => !own.includes(b))];
    if (widgetId) {
      const points = modes.includes("points");
      if (layout.hovermode === undefined) layout.hovermode = "closest";
      // As 1.67: points win (pan, clicks select), then box, then lasso.
      if (layout.dragmode === undefined) {
        layout.dragmode = points ? "pan" : modes.includes("box") ? "select" : modes.includes("lasso") ? "lasso" : "pan";
      }
      if (layout.clickmode === undefined) {
        const dragSelects = layout.dragmode === "select" || layout.dragmode === "lasso";
        layout.clickmode = dragSelects ? "event" : points ? "event+select" : "none";
      }
    }
    return { data, layout, config, frames: Array.isArray(spec.frames) ? spec.frames : undefined };
  }, [el, modes, widgetId, themeVersion]); // eslint-disable-line react-hooks/exhaustive-deps -- the theme is read from the page

  const pixelWidth = widthConfig?.pixelWidth ?? 0;
  const width = pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;
  // height="stretch" is not applied yet: the figure's own height, else plotly.js's 450 px.
  const ownHeight = typeof figure.layout.height === "number" ? figure.layout.height : 450;
  const height = heightConfig?.pixelHeight || ownHeight;

  useEffect(() => {
    const node = target.current;
    if (!node || width <= 0) return;
    let cancelled = false;
    const layout = { ...figure.layout, width, height, autosize: false };
    void Plotly.react(node, { data: figure.data, layout, config: figure.config, frames: figure.frames }).then((plot: PlotlyHTMLElement) => {
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
      <div
        ref={target}
        className="stPlotlyChart"
        data-testid="stPlotlyChart"
        role={el.alt ? "figure" : undefined}
        aria-label={el.alt ?? undefined}
      />
    </div>
  );
}
