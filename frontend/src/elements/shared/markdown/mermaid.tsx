//! A ```mermaid fence drawn as a diagram (st.mermaid_chart, and any markdown
//! body with such a fence, as in 1.67). This module and mermaid are one lazy
//! chunk, fetched the first time a page shows a fence.
//!
//! As 1.67: mermaid with `securityLevel: "strict"` (labels are text, no click
//! handlers or scripts), SVG labels rather than HTML ones, the `base` theme
//! coloured from the page's tokens, and the SVG shown through an `<img>` from
//! a blob URL, so nothing in it can run or reach the page (the CSP allows
//! `blob:` images; mermaid needs no eval). A diagram mermaid cannot parse shows
//! `stMermaidError` with mermaid's message. The toolbar downloads a PNG,
//! copies the source and shows the diagram fullscreen.
import { useEffect, useMemo, useState } from "react";
import { cssColor, useThemeVersion } from "../../../theme/activeTheme";
import mermaid, { type MermaidConfig } from "mermaid";
import { authorLabel, diagramLabel } from "./mermaidLabel";

/** The SVG with a viewBox and its pixel size as width/height, so the `<img>` has a natural size. */
export function sizedSvg(markup: string): string {
  const svg = new DOMParser().parseFromString(markup, "image/svg+xml").querySelector("svg");
  if (!svg) return markup;
  let [w, h] = [0, 0];
  const box = svg.getAttribute("viewBox");
  if (box) {
    const [, , bw, bh] = box.split(/[\s,]+/).map(Number);
    if (bw > 0 && bh > 0) [w, h] = [bw, bh];
  }
  if (!w || !h) {
    w = Number.parseFloat(svg.getAttribute("width") ?? "") || 100;
    h = Number.parseFloat(svg.getAttribute("height") ?? "") || 100;
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
  }
  svg.setAttribute("width", String(w));
  svg.setAttribute("height", String(h));
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
  svg.style.removeProperty("max-width");
  return new XMLSerializer().serializeToString(svg);
}

/** Whether a CSS colour (hex or rgb) is dark. */
function isDark(color: string): boolean {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  const rgb = hex
    ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16))
    : (/^rgba?\(([^)]+)\)$/i.exec(color)?.[1].split(/[\s,/]+/).slice(0, 3).map(Number) ?? [255, 255, 255]);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] < 128;
}

/** A colour variable as a plain colour (custom themes use color-mix(), which mermaid cannot read). */
function token(name: string, fallback: string): string {
  return cssColor(name, fallback);
}

/** Mermaid's configuration from the page's theme, as 1.67 builds it. */
function themeConfig(): MermaidConfig {
  const bg = token("--st-bg", "#ffffff");
  const dark = isDark(bg);
  const text = token("--st-text", "#2f2d2b");
  const border = token("--st-border", "#dcd8d4");
  const secondary = token("--st-secondary-bg", "#f8f8f7");
  const faded = token("--st-text-faded", "rgba(47, 45, 43, 0.6)");
  const primary = token("--st-primary", "#c53948");
  const font = getComputedStyle(document.documentElement).getPropertyValue("--st-font").trim() || '"Source Sans", sans-serif';
  const names = ["blue", "green", "orange", "red", "violet", "yellow", "gray"] as const;
  const fill = Object.fromEntries(names.map((n) => [n, token(`--st-md-${n}-bg`, secondary)])) as Record<(typeof names)[number], string>;
  const ink = names.map((n) => token(`--st-md-${n}`, text));
  const palette = (prefix: string, count: number, start = 0) =>
    Object.fromEntries(names.slice(0, count).map((n, i) => [`${prefix}${i + start}`, fill[n]]));
  const gitLabels = Object.fromEntries([0, 1, 2, 3, 4, 5, 6, 7].map((i) => [`gitBranchLabel${i}`, bg]));
  const git = Object.fromEntries([...ink, primary].map((c, i) => [`git${i}`, c]));
  return {
    darkMode: dark,
    theme: "base",
    look: "classic",
    fontFamily: font,
    fontSize: 14,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    themeVariables: {
      darkMode: dark,
      primaryColor: fill.blue,
      primaryTextColor: text,
      primaryBorderColor: border,
      secondaryColor: fill.green,
      tertiaryColor: fill.orange,
      background: bg,
      mainBkg: secondary,
      fontFamily: font,
      fontSize: "14px",
      lineColor: faded,
      textColor: text,
      errorBkgColor: fill.red,
      errorTextColor: ink[3],
      noteBkgColor: fill.yellow,
      noteTextColor: text,
      doneTaskBkgColor: fill.green,
      doneTaskBorderColor: ink[1],
      critBkgColor: fill.red,
      critBorderColor: ink[3],
      todayLineColor: primary,
      gridColor: border,
      taskTextColor: text,
      taskTextOutsideColor: text,
      taskTextLightColor: text,
      taskTextDarkColor: text,
      sectionBkgColor: secondary,
      altSectionBkgColor: bg,
      ...palette("pie", 7, 1),
      pieStrokeColor: border,
      pieOuterStrokeColor: border,
      ...git,
      ...gitLabels,
      ...palette("mindmap", 5, 1),
      ...palette("cScale", 7),
      quadrant1Fill: fill.blue,
      quadrant2Fill: fill.green,
      quadrant3Fill: fill.orange,
      quadrant4Fill: fill.red,
      quadrantPointFill: primary,
      ...palette("fillType", 7),
      fillType7: secondary,
      xyChart: {
        backgroundColor: bg, titleColor: text, xAxisLabelColor: text, xAxisTitleColor: text, xAxisTickColor: faded,
        xAxisLineColor: faded, yAxisLabelColor: text, yAxisTitleColor: text, yAxisTickColor: faded, yAxisLineColor: faded,
        plotColorPalette: ink.join(", "),
      },
      radar: { curveOpacity: 0.5, curveStrokeWidth: 2.5 },
    },
  };
}

// Options a diagram's own `%%{init}%%` directive may not change.
const SECURE = ["secure", "securityLevel", "startOnLoad", "maxTextSize", "suppressErrorRendering", "maxEdges", "htmlLabels", "themeCSS", "fontFamily", "altFontFamily", "dompurifyConfig"];
let configured = "";
let counter = 0;

async function renderSvg(source: string, config: MermaidConfig): Promise<string> {
  const key = JSON.stringify(config);
  if (configured !== key) {
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", secure: SECURE, suppressErrorRendering: true, ...config });
    configured = key;
  }
  counter += 1;
  const { svg } = await mermaid.render(`st-mermaid-${counter}`, source);
  return sizedSvg(svg);
}

const DOWNLOAD_ICON = "M19 9h-4V3H9v6H5l7 7 7-7zM5 18v2h14v-2H5z";
const COPY_ICON = "M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z";
const FULLSCREEN_ICON = "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z";
const CLOSE_FULLSCREEN_ICON = "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z";

function ToolbarButton({ label, onClick, icon }: { label: string; onClick: () => void; icon: string }) {
  return (
    <div data-testid="stElementToolbarButton">
      <span data-testid="stTooltipHoverTarget">
        <button type="button" kind="elementToolbar" data-testid="stBaseButton-elementToolbar" aria-label={label} title={label} className="st-element-toolbar-button" onClick={onClick}>
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon" width="1rem" height="1rem">
            <path d={icon} />
          </svg>
        </button>
      </span>
    </div>
  );
}

type Drawn = { url: string } | { error: string } | null;

export function MermaidChart({ source }: { source: string }) {
  const [drawn, setDrawn] = useState<Drawn>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [copied, setCopied] = useState(false);
  // Drawn again in the new colours when the viewer switches theme.
  const themeVersion = useThemeVersion();
  const config = useMemo(themeConfig, [themeVersion]);

  useEffect(() => {
    let cancelled = false;
    let url: string | null = null;
    setDrawn(null);
    renderSvg(source, config).then(
      (svg) => {
        if (cancelled) return;
        url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
        setDrawn({ url });
      },
      (error: unknown) => {
        if (!cancelled) setDrawn({ error: error instanceof Error ? error.message : "Failed to render diagram" });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [source, config]);

  useEffect(() => {
    if (!fullscreen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") setFullscreen(false);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [fullscreen]);

  if (drawn === null) {
    return (
      <div className="st-mermaid" data-testid="stMermaidChart" aria-busy="true" aria-label="Loading mermaid diagram">
        <span className="st-md-skeleton" data-testid="stSkeleton" aria-hidden="true" />
      </div>
    );
  }
  if ("error" in drawn) {
    return (
      <div className="st-mermaid st-mermaid-has-error" data-testid="stMermaidChart">
        <div className="st-mermaid-error" data-testid="stMermaidError" role="alert">
          Mermaid diagram error: {drawn.error}
        </div>
      </div>
    );
  }
  const label = authorLabel(source);
  const labelled = (action: string) => (label ? `${action}: ${label}` : action);
  const downloadPng = () => {
    const image = new Image();
    image.addEventListener("load", () => {
      const [w, h] = [image.naturalWidth || 800, image.naturalHeight || 600];
      const canvas = document.createElement("canvas");
      canvas.width = w * 2;
      canvas.height = h * 2;
      const context = canvas.getContext("2d");
      if (!context) return;
      context.fillStyle = token("--st-bg", "#ffffff");
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.scale(2, 2);
      context.drawImage(image, 0, 0, w, h);
      const link = document.createElement("a");
      link.download = "mermaid-diagram.png";
      link.href = canvas.toDataURL("image/png");
      link.click();
    }, { once: true });
    image.src = drawn.url;
  };
  const copy = () => {
    void navigator.clipboard?.writeText(source).then(() => setCopied(true));
  };
  return (
    <div data-testid="stFullScreenFrame" className={`st-fullscreen-frame st-mermaid-frame${fullscreen ? " st-mermaid-fullscreen" : ""}`}>
      <div className="st-element-toolbar" data-testid="stElementToolbar">
        <div data-testid="stElementToolbarButtonContainer" className="st-element-toolbar-buttons">
          <ToolbarButton label={labelled("Download as PNG")} onClick={downloadPng} icon={DOWNLOAD_ICON} />
          <ToolbarButton label={copied ? "Copied" : labelled("Copy to clipboard")} onClick={copy} icon={COPY_ICON} />
          <ToolbarButton
            label={labelled(fullscreen ? "Close fullscreen" : "Fullscreen")}
            onClick={() => setFullscreen((f) => !f)}
            icon={fullscreen ? CLOSE_FULLSCREEN_ICON : FULLSCREEN_ICON}
          />
        </div>
      </div>
      <div className={`st-mermaid${fullscreen ? " st-mermaid-expanded" : ""}`} data-testid="stMermaidChart">
        <img src={drawn.url} alt={diagramLabel(source)} />
      </div>
    </div>
  );
}
