//! st.graphviz_chart: the DOT source laid out by Graphviz (WebAssembly, in this
//! family's lazy chunk) with the graph's own engine, drawn as SVG at the size
//! Graphviz gives it (no wider than the column; "stretch" fills it), in 1.67's
//! `stGraphVizChart` box with the body font, and a fullscreen button.
//! Compiling WebAssembly needs the CSP's 'wasm-unsafe-eval' (src/server/security.rs);
//! JavaScript eval stays forbidden. A graph Graphviz cannot read shows nothing
//! and logs the error, as 1.67 does.
import { useEffect, useRef, useState } from "react";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import type { rustlit } from "../../proto";
import { safeSvg } from "./svg";

type Engine = Parameters<Graphviz["layout"]>[2];
const ENGINES = new Set(["circo", "dot", "fdp", "sfdp", "neato", "osage", "patchwork", "twopi", "nop", "nop2"]);

let loading: Promise<Graphviz> | null = null;
/** Graphviz compiled once per page, on the first graph. */
function graphviz(): Promise<Graphviz> {
  if (!loading) loading = Graphviz.load();
  return loading;
}

const FULLSCREEN_ICON = "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z";
const CLOSE_FULLSCREEN_ICON = "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z";

export function GraphVizChart({ el, widthConfig, heightConfig }: {
  el: rustlit.IGraphVizChart;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}) {
  const target = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const spec = el.spec ?? "";
  const engine = el.engine || "dot";

  useEffect(() => {
    let cancelled = false;
    graphviz()
      .then((g) => {
        const node = target.current;
        if (cancelled || !node) return;
        const svg = safeSvg(g.layout(spec, "svg", (ENGINES.has(engine) ? engine : "dot") as Engine));
        node.replaceChildren(...(svg ? [svg] : []));
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        target.current?.replaceChildren();
        console.error("GraphVizChart:", error);
      });
    return () => {
      cancelled = true;
    };
  }, [spec, engine]);

  useEffect(() => {
    if (!fullscreen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") setFullscreen(false);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [fullscreen]);

  const alt = el.alt?.trim() || undefined;
  const fullWidth = fullscreen || !!widthConfig?.useStretch;
  const fullHeight = fullscreen || !!heightConfig?.useStretch;
  const pixelHeight = !fullscreen && heightConfig?.pixelHeight ? heightConfig.pixelHeight : undefined;
  const label = fullscreen ? "Close fullscreen" : "Fullscreen";
  const classes = ["stGraphVizChart", fullWidth ? "st-graphviz-full-width" : "", fullHeight ? "st-graphviz-full-height" : ""];
  return (
    <div
      data-testid="stFullScreenFrame"
      className={`st-fullscreen-frame st-graphviz-frame${fullscreen ? " st-graphviz-fullscreen" : ""}`}
      style={pixelHeight ? { height: pixelHeight, overflow: "auto" } : fullHeight ? { height: "100%" } : undefined}
    >
      <div className="st-element-toolbar" data-testid="stElementToolbar">
        <div data-testid="stElementToolbarButtonContainer" className="st-element-toolbar-buttons">
          <div data-testid="stElementToolbarButton">
            <span data-testid="stTooltipHoverTarget">
              <button
                type="button"
                kind="elementToolbar"
                data-testid="stBaseButton-elementToolbar"
                aria-label={alt ? `${label}: ${alt}` : label}
                title={label}
                className="st-element-toolbar-button"
                onClick={() => setFullscreen((f) => !f)}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon" width="1rem" height="1rem">
                  <path d={fullscreen ? CLOSE_FULLSCREEN_ICON : FULLSCREEN_ICON} />
                </svg>
              </button>
            </span>
          </div>
        </div>
      </div>
      <div
        ref={target}
        id={`st-graphviz-chart-${el.elementId ?? ""}`}
        className={classes.filter(Boolean).join(" ")}
        data-testid="stGraphVizChart"
        role={alt ? "figure" : undefined}
        aria-label={alt}
      />
    </div>
  );
}
