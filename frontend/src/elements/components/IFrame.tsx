//! components.html / components.iframe (`stIFrame`). An html document is loaded
//! from the component origin (its own origin per document on localhost), never
//! as `srcdoc`, which would run it in the app's origin.
import { useRef } from "react";
import { rustlit } from "../../proto";
import { useAppState } from "../../app/context";
import { allowFor, componentOrigin, originOf, sandboxFor } from "../../components/origin";
import { Alert } from "../status/Alert";
import "./iframe.css";
import { useReportedHeight } from "./reportedHeight";

/** components.html/iframe size by `height`; st.iframe sends a `heightConfig` (content: as its document reports). */
export function IFrame({ el, heightConfig }: { el: rustlit.IIFrame; heightConfig?: rustlit.IHeightConfig | null }) {
  const template = useAppState((s) => s.session?.componentOrigin ?? "");
  const problem = useAppState((s) => s.session?.componentOriginProblem ?? "");
  const prefix = useAppState((s) => s.session?.componentPathPrefix ?? "");
  const frame = useRef<HTMLIFrameElement>(null);
  const fitsContent = !!heightConfig?.useContent && !!el.htmlPath;
  const reported = useReportedHeight(frame, fitsContent);
  let src = el.src ?? "";
  if (el.htmlPath) {
    const origin = componentOrigin(template, el.originLabel ?? "");
    if (!origin) return <Alert el={{ body: problem, format: rustlit.Alert.Format.WARNING }} />;
    src = `${origin}${prefix}${el.htmlPath}`;
  }
  const appOrigin = window.location.origin;
  const scrolling = !!el.scrolling;
  const height = heightConfig?.pixelHeight
    ? heightConfig.pixelHeight
    : heightConfig?.useStretch
      ? "100%"
      : fitsContent
        ? (reported ?? 0)
        : (el.height ?? 150);
  return (
    <iframe
      ref={frame}
      className="stIFrame"
      data-testid="stIFrame"
      title={el.alt ?? "st.iframe"}
      src={src}
      allow={allowFor(el.allow)}
      sandbox={sandboxFor(originOf(src, window.location.href), appOrigin)}
      width={el.width ?? undefined}
      height={typeof height === "number" ? height : undefined}
      scrolling={scrolling ? "auto" : "no"}
      tabIndex={el.tabIndex ?? undefined}
      style={{ width: el.width ? `${el.width}px` : "100%", height, overflow: scrolling ? undefined : "hidden" }}
    />
  );
}
