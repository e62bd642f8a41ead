//! 1.67's `width` parameter, which the protocol keeps in one place for every
//! element and block (`Element.width_config`, `Block.width_config`).
import type { CSSProperties } from "react";
import type { rustlit } from "../proto";

/** The style of a node's outer box for its width; undefined = the default (stretch). */
export function widthStyle(config: rustlit.IWidthConfig | null | undefined): CSSProperties | undefined {
  if (config?.pixelWidth) return { width: config.pixelWidth, maxWidth: "100%" };
  if (config?.useContent) return { width: "fit-content", maxWidth: "100%" };
  return undefined;
}
