//! 1.67's flex container options as CSS: the gap between children and how they
//! are placed along and across the block (layout.proto's Vertical/Horizontal).
import { createContext, useContext, type CSSProperties } from "react";

const GAP_REM: Record<string, number> = {
  none: 0, xxsmall: 0.25, xsmall: 0.5, small: 1, medium: 2, large: 4, xlarge: 6, xxlarge: 8,
};

/** The CSS length of a block's gap ("" and unknown names are 1.67's default, "small"). */
export function gapLength(gap: string | null | undefined, pixels: number | null | undefined): string {
  if (pixels != null) return `${pixels}px`;
  return `${GAP_REM[gap || "small"] ?? 1}rem`;
}

const FLEX_TERM: Record<string, string> = {
  start: "flex-start", center: "center", end: "flex-end", space_between: "space-between",
};

export interface FlexOptions {
  gap?: string | null;
  gapPixels?: number | null;
  justify?: string | null;
  align?: string | null;
}

/** The inline style for a block's flex options; only what differs from the stylesheet's defaults. */
export function flexStyle(o: FlexOptions): CSSProperties {
  const style: CSSProperties = {};
  if (o.gap || o.gapPixels != null) style.gap = gapLength(o.gap, o.gapPixels);
  if (o.justify && FLEX_TERM[o.justify]) style.justifyContent = FLEX_TERM[o.justify];
  if (o.align && FLEX_TERM[o.align]) style.alignItems = FLEX_TERM[o.align];
  return style;
}

/** True inside a row (st.container(horizontal=True)): st.space then adds width, not height. */
export const InRow = createContext(false);

/** True where 1.67 keeps a widget to one row when its `wrap` is unset: in a row
 * (st.container(horizontal=True)) and directly in a column of st.columns, not in
 * a container nested there. A vertical block resets it for its children. */
export const SingleRowByDefault = createContext(false);

/** Whether a widget with this `wrap` stays on one row (labels cut with an ellipsis,
 * chips and options scrolling sideways) where it is rendered. */
export function useSingleRow(wrap: boolean | null | undefined): boolean {
  const byDefault = useContext(SingleRowByDefault);
  return wrap === false || (wrap == null && byDefault);
}
