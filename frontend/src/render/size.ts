//! 1.67's `width` parameter, which the protocol keeps in one place for every
//! element and block (`Element.width_config`, `Block.width_config`), and text
//! elements' `text_alignment` (`Element.text_alignment_config`).
import { useEffect, useState, type CSSProperties, type RefObject } from "react";
import { rustlit } from "../proto";

const ALIGNMENTS: Record<number, "center" | "right" | "justify"> = {
  [rustlit.TextAlignmentConfig.Alignment.CENTER]: "center",
  [rustlit.TextAlignmentConfig.Alignment.RIGHT]: "right",
  [rustlit.TextAlignmentConfig.Alignment.JUSTIFY]: "justify",
};

/** The CSS text-align an element asks for; undefined = left, the page's own. */
export function textAlignment(config: rustlit.ITextAlignmentConfig | null | undefined): "center" | "right" | "justify" | undefined {
  return config?.alignment ? ALIGNMENTS[config.alignment] : undefined;
}

/** The style of a node's outer box for its width; undefined = the default (stretch). */
export function widthStyle(config: rustlit.IWidthConfig | null | undefined): CSSProperties | undefined {
  if (config?.pixelWidth) return { width: config.pixelWidth, maxWidth: "100%" };
  if (config?.useContent) return { width: "fit-content", maxWidth: "100%" };
  return undefined;
}

/**
 * Class and style of a block of 1.67's `height` (st.form, st.tabs): pixels fix its height, its
 * content scrolling inside; "stretch" fills the room its parent block has left (blocks.css).
 */
export function blockHeight(config: rustlit.IHeightConfig | null | undefined): { className?: string; style?: CSSProperties } {
  if (config?.pixelHeight) return { className: "st-block-fixed-height", style: { height: config.pixelHeight } };
  if (config?.useStretch) return { className: "st-block-stretch-height" };
  return {};
}

/**
 * 1.67's `height="stretch"` for charts and maps: in a container of fixed height the element's
 * container grows into the room its block has left (`st-height-stretch` in blocks.css) and the
 * chart takes that height, never less than `floor.inside`; anywhere else the chart is
 * `floor.outside` high (its content height). Returns the chart's height and the style its
 * outermost box (`box`) needs; with any other height config, `content` and no style.
 */
export function useStretchHeight(
  box: RefObject<HTMLElement | null>,
  config: rustlit.IHeightConfig | null | undefined,
  content: number,
  floor: { inside: number; outside: number } = { inside: content, outside: content },
): { height: number; style: CSSProperties | undefined } {
  const stretch = !!config?.useStretch;
  const [measured, setMeasured] = useState<{ height: number; fixed: boolean } | null>(null);
  useEffect(() => {
    const node = box.current;
    if (!stretch || !node || typeof ResizeObserver === "undefined") return;
    // The block that holds the element's container: only one of fixed height leaves room to fill.
    const fixed = !!node.closest(".stElementContainer")?.parentElement?.classList.contains("st-fixed-height");
    const observer = new ResizeObserver(([entry]) => setMeasured({ height: Math.floor(entry.contentRect.height), fixed }));
    observer.observe(node);
    return () => observer.disconnect();
  }, [box, stretch]);
  if (!stretch) return { height: content, style: undefined };
  if (!measured?.fixed) return { height: floor.outside, style: { minHeight: floor.outside } };
  return { height: Math.max(floor.inside, measured.height), style: { minHeight: floor.inside } };
}
