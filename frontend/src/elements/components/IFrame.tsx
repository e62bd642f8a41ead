//! components.html / components.iframe (`stIFrame`). An html document is loaded
//! from the component origin (its own origin per document on localhost), never
//! as `srcdoc`, which would run it in the app's origin.
import { rustlit } from "../../proto";
import { useAppState } from "../../app/context";
import { allowFor, componentOrigin, originOf, sandboxFor } from "../../components/origin";
import { Alert } from "../status/Alert";
import "./iframe.css";

export function IFrame({ el }: { el: rustlit.IIFrame }) {
  const template = useAppState((s) => s.session?.componentOrigin ?? "");
  const problem = useAppState((s) => s.session?.componentOriginProblem ?? "");
  let src = el.src ?? "";
  if (el.htmlPath) {
    const origin = componentOrigin(template, el.originLabel ?? "");
    if (!origin) return <Alert el={{ body: problem, format: rustlit.Alert.Format.WARNING }} />;
    src = `${origin}${el.htmlPath}`;
  }
  const appOrigin = window.location.origin;
  const scrolling = !!el.scrolling;
  return (
    <iframe
      className="stIFrame"
      data-testid="stIFrame"
      title="st.iframe"
      src={src}
      allow={allowFor(el.allow)}
      sandbox={sandboxFor(originOf(src, window.location.href), appOrigin)}
      width={el.width ?? undefined}
      height={el.height ?? 150}
      scrolling={scrolling ? "auto" : "no"}
      tabIndex={el.tabIndex ?? undefined}
      style={{ width: el.width ? `${el.width}px` : "100%", overflow: scrolling ? undefined : "hidden" }}
    />
  );
}
