//! 1.67's `width` parameter, which the protocol keeps in one place for every
//! element and block (`Element.width_config`, `Block.width_config`).
import { useEffect, useState, type CSSProperties, type RefObject } from "react";
import type { rustlit } from "../proto";

/** The style of a node's outer box for its width; undefined = the default (stretch). */
export function widthStyle(config: rustlit.IWidthConfig | null | undefined): CSSProperties | undefined {
  if (config?.pixelWidth) return { width: config.pixelWidth, maxWidth: "100%" };
  if (config?.useContent) return { width: "fit-content", maxWidth: "100%" };
  return undefined;
}

/**
 * 1.67's `height="stretch"` for charts and maps: the element's container grows into the room its
 * block has left (a container of fixed height; `st-height-stretch` in blocks.css) and the chart
 * takes that height, never less than its content height. Returns the chart's height and the style
 * its outermost box needs (the content height as its floor); with any other height config,
 * `content` and no style.
 */
export function useStretchHeight(
  box: RefObject<HTMLElement | null>,
  config: rustlit.IHeightConfig | null | undefined,
  content: number,
): { height: number; style: CSSProperties | undefined } {
  const stretch = !!config?.useStretch;
  const [measured, setMeasured] = useState(0);
  useEffect(() => {
    const node = box.current;
    if (!stretch || !node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setMeasured(Math.floor(entry.contentRect.height)));
    observer.observe(node);
    return () => observer.disconnect();
  }, [box, stretch]);
  if (!stretch) return { height: content, style: undefined };
  return { height: Math.max(content, measured), style: { minHeight: content } };
}
