//! st.html (`stHtml`). The body is sanitised with DOMPurify as 1.67 does (the
//! HTML profile: no scripts, event handlers, javascript: URLs, SVG or MathML;
//! styles stay; links keep `target="_blank"` with `noopener`). A document the
//! script allowed JavaScript in is never put in this page: it is loaded from
//! the component origin in a sandboxed iframe, which reports its height.
import DOMPurify from "dompurify";
import { useMemo, useRef } from "react";
import { rustlit } from "../../proto";
import { useAppState } from "../../app/context";
import { componentOrigin, originOf, sandboxFor } from "../../components/origin";
import { Alert } from "../status/Alert";
import { useReportedHeight } from "./reportedHeight";
import "./iframe.css";

const KEEP_BLANK_TARGET = "data-rustlit-blank-target";

DOMPurify.addHook("beforeSanitizeAttributes", (node) => {
  if (node instanceof Element && node.getAttribute("target") === "_blank") node.setAttribute(KEEP_BLANK_TARGET, "");
});
DOMPurify.addHook("afterSanitizeAttributes", (node) => {
  if (node instanceof Element && node.hasAttribute(KEEP_BLANK_TARGET)) {
    node.removeAttribute(KEEP_BLANK_TARGET);
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
});

/** The body as the page may show it. */
export function sanitizeHtml(body: string): string {
  return DOMPurify.sanitize(body, { USE_PROFILES: { html: true }, FORCE_BODY: true });
}

function ScriptedHtml({ el }: { el: rustlit.IHtml }) {
  const template = useAppState((s) => s.session?.componentOrigin ?? "");
  const problem = useAppState((s) => s.session?.componentOriginProblem ?? "");
  const prefix = useAppState((s) => s.session?.componentPathPrefix ?? "");
  const frame = useRef<HTMLIFrameElement>(null);
  const height = useReportedHeight(frame);
  const origin = componentOrigin(template, el.originLabel ?? "");
  if (!origin) return <Alert el={{ body: problem, format: rustlit.Alert.Format.WARNING }} />;
  const src = `${origin}${prefix}${el.htmlPath ?? ""}`;
  return (
    <div className="stHtml" data-testid="stHtml">
      <iframe
        ref={frame}
        className="st-html-frame"
        title="st.html"
        src={src}
        sandbox={sandboxFor(originOf(src, window.location.href), window.location.origin)}
        style={{ width: "100%", height: height ?? 0, border: "none", display: "block" }}
      />
    </div>
  );
}

export function Html({ el }: { el: rustlit.IHtml }) {
  const body = el.body ?? "";
  const clean = useMemo(() => sanitizeHtml(body), [body]);
  if (el.htmlPath) return <ScriptedHtml el={el} />;
  return <div className="stHtml" data-testid="stHtml" dangerouslySetInnerHTML={{ __html: clean }} />;
}
