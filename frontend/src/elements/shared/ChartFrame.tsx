//! The frame the charts draw in (Vega-Lite, ECharts, deck.gl and Plotly):
//! Streamlit's `stFullScreenFrame` with its element toolbar (shown on hover, see
//! shared.css) and the fullscreen state, which Escape ends. One place for what
//! each chart had its own copy of; each chart keeps its own buttons and its
//! fullscreen look (its class). Imported only by the chart families' lazy
//! chunks.
import { useCallback, useEffect, useState, type CSSProperties, type ReactNode, type Ref } from "react";

/** Material icon paths (24-unit grid) of the chart toolbars' buttons. */
export const ICONS = {
  table: "M3 3v18h18V3H3zm8 16H5v-6h6v6zm0-8H5V5h6v6zm8 8h-6v-6h6v6zm0-8h-6V5h6v6z",
  chart: "M5 9.2h3V19H5V9.2zM10.6 5h2.8v14h-2.8V5zm5.6 8H19v6h-2.8v-6z",
  download: "M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z",
  copy: "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z",
  close: "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z",
  fullscreen: "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z",
  closeFullscreen: "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z",
} as const;

/** Whether the chart is fullscreen, and a toggle; Escape leaves fullscreen. */
export function useFullscreen(): [boolean, () => void] {
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    if (!fullscreen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") setFullscreen(false);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [fullscreen]);
  const toggle = useCallback(() => setFullscreen((f) => !f), []);
  return [fullscreen, toggle];
}

/** One button of the toolbar (Streamlit's `stElementToolbarButton`). */
export function ToolbarButton({ label, onClick, icon }: { label: string; onClick: () => void; icon: string }) {
  return (
    <div data-testid="stElementToolbarButton">
      <span data-testid="stTooltipHoverTarget">
        <button
          type="button"
          kind="elementToolbar"
          data-testid="stBaseButton-elementToolbar"
          aria-label={label}
          title={label}
          className="st-element-toolbar-button"
          onClick={onClick}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon" width="1rem" height="1rem">
            <path d={icon} />
          </svg>
        </button>
      </span>
    </div>
  );
}

/** The toolbar's fullscreen button: "Fullscreen", or "Close fullscreen" while fullscreen. */
export function FullscreenButton({ fullscreen, onToggle }: { fullscreen: boolean; onToggle: () => void }) {
  return (
    <ToolbarButton
      label={fullscreen ? "Close fullscreen" : "Fullscreen"}
      onClick={onToggle}
      icon={fullscreen ? ICONS.closeFullscreen : ICONS.fullscreen}
    />
  );
}

/**
 * The frame: `className` always, `fullscreenClass` added while fullscreen, `toolbar` (buttons) in
 * the element toolbar when given (Plotly has its own modebar instead).
 */
export function ChartFrame({ frameRef, className, fullscreen, fullscreenClass, style, toolbar, children }: {
  frameRef?: Ref<HTMLDivElement>;
  className?: string;
  fullscreen: boolean;
  fullscreenClass?: string;
  style?: CSSProperties;
  toolbar?: ReactNode;
  children: ReactNode;
}) {
  const classes = ["st-fullscreen-frame", className, fullscreen ? fullscreenClass : undefined].filter(Boolean).join(" ");
  return (
    <div ref={frameRef} data-testid="stFullScreenFrame" className={classes} style={style}>
      {toolbar !== undefined ? (
        <div className="st-element-toolbar" data-testid="stElementToolbar">
          <div data-testid="stElementToolbarButtonContainer" className="st-element-toolbar-buttons">
            {toolbar}
          </div>
        </div>
      ) : null}
      {children}
    </div>
  );
}
