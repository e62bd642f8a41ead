//! st.plotly_chart: the figure rendered by plotly.js (this family's own lazy
//! chunk) with Streamlit's plotly theme from the page's tokens, the chart's
//! width (the container's for stretch) and pixel height, and selections
//! (points, box, lasso) reported as the widget's value in 1.67's shape
//! (SPEC-DATA §8). plotly.js-dist-min needs no eval, so the page's CSP holds.
import { useEffect, useMemo, useRef, useState } from "react";
import Plotly, { type PlotlyHTMLElement } from "plotly.js-dist-min";
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { useStretchHeight } from "../../render/size";
import { ChartFrame, useFullscreen } from "../shared/ChartFrame";
import { takeTurn } from "../../render/chartTurns";
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
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  const widgetId = el.widget?.id ?? "";
  const widgets = useWidgets();
  const modes = useMemo(() => (widgetId ? el.selectionMode ?? [] : []), [widgetId, el.selectionMode]);
  const [fullscreen, toggleFullscreen] = useFullscreen();

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
    // As 1.67: the modebar's last group is Streamlit's fullscreen button.
    const added = Array.isArray(config.modeBarButtonsToAdd) ? config.modeBarButtonsToAdd : [];
    config.modeBarButtonsToAdd = [...added, {
      name: fullscreen ? "Close fullscreen" : "Fullscreen",
      icon: fullscreen ? CLOSE_FULLSCREEN_ICON : FULLSCREEN_ICON,
      click: toggleFullscreen,
    }];
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
  }, [el, modes, widgetId, fullscreen, toggleFullscreen, themeVersion]); // eslint-disable-line react-hooks/exhaustive-deps -- the theme is read from the page

  const pixelWidth = widthConfig?.pixelWidth ?? 0;
  const width = fullscreen
    ? Math.max(200, window.innerWidth - 64)
    : pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;
  // "content": the figure's own height, else plotly.js's 450 px; "stretch": the room a container of
  // fixed height leaves, else that.
  const ownHeight = typeof figure.layout.height === "number" ? figure.layout.height : 450;
  const tall = useStretchHeight(frame, heightConfig, heightConfig?.pixelHeight || ownHeight, { inside: 0, outside: ownHeight });
  const height = fullscreen ? Math.max(200, window.innerHeight - 80) : tall.height;

  useEffect(() => {
    const node = target.current;
    if (!node || width <= 0) return;
    let cancelled = false;
    const layout = { ...figure.layout, width, height, autosize: false };
    // Charts draw one at a time (render/chartTurns.ts), so input is handled between them.
    const turn = takeTurn();
    void turn.ready.then(() => (cancelled ? null : Plotly.react(node, { data: figure.data, layout, config: figure.config, frames: figure.frames }))).then((plot: PlotlyHTMLElement | null) => {
      if (!plot || cancelled || !widgetId) return;
      plot.removeAllListeners?.("plotly_selected");
      plot.removeAllListeners?.("plotly_deselect");
      plot.on("plotly_selected", (event) => {
        widgets.setValue(widgetId, { stringValue: JSON.stringify(selectionState(event, modes)) });
      });
      plot.on("plotly_deselect", () => {
        widgets.setValue(widgetId, { stringValue: JSON.stringify(selectionState({}, modes)) });
      });
    }).finally(turn.done);
    return () => {
      cancelled = true;
      turn.done();
    };
  }, [figure, width, height, widgetId, widgets, modes]);

  useEffect(() => {
    const node = target.current;
    return () => {
      if (node) Plotly.purge(node);
    };
  }, []);

  return (
    <ChartFrame frameRef={frame} fullscreen={fullscreen} style={fullscreen ? FULLSCREEN_STYLE : tall.style}>
      <div ref={box} className="st-plotly-box" style={{ width: "100%" }}>
        <div
          ref={target}
          className="stPlotlyChart"
          data-testid="stPlotlyChart"
          role={el.alt ? "figure" : undefined}
          aria-label={el.alt ?? undefined}
        />
      </div>
    </ChartFrame>
  );
}

const FULLSCREEN_STYLE = {
  position: "fixed", inset: 0, zIndex: 1000100, background: "var(--st-bg)", padding: "3rem 2rem 2rem", overflow: "auto",
} as const;

// Plotly modebar icons (its own 1000-unit grid, y up): four corners out, and in.
const FULLSCREEN_ICON = {
  width: 1000,
  height: 1000,
  ascent: 1000,
  descent: 0,
  path: "M0 1000h350v-125h-225v-225h-125zM650 1000h350v-350h-125v225h-225zM0 0h125v225h225v125h-350zM1000 0v350h-125v-225h-225v-125z",
};
const CLOSE_FULLSCREEN_ICON = {
  width: 1000,
  height: 1000,
  ascent: 1000,
  descent: 0,
  path: "M225 1000h125v-350h-350v125h225zM650 1000h125v-225h225v-125h-350zM0 350h350v-350h-125v225h-225zM650 350h350v-125h-225v-225h-125z",
};
