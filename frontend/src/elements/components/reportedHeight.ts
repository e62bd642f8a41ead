//! The height a document on the component origin reports for itself (the
//! few lines st.html and st.iframe append post `{rustlitHtmlHeight}` to the
//! page). Only a number from that frame's own window counts, and it is
//! bounded, so a runaway document cannot grow the page forever.
import { type RefObject, useEffect, useState } from "react";

const MAX_HEIGHT = 100_000;

export function useReportedHeight(frame: RefObject<HTMLIFrameElement | null>, enabled = true): number | null {
  const [height, setHeight] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const onMessage = (event: MessageEvent) => {
      if (!frame.current || event.source !== frame.current.contentWindow) return;
      const reported = (event.data as { rustlitHtmlHeight?: unknown } | null)?.rustlitHtmlHeight;
      if (typeof reported === "number" && Number.isFinite(reported)) {
        setHeight(Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(reported))));
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [frame, enabled]);
  return height;
}
