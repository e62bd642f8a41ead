//! st.metric's sparkline geometry (`chart_data`/`chart_type`), as 1.67 draws
//! it with Vega-Lite: x spans the points evenly, y spans their range (no zero,
//! no nice rounding), 2 px padding above and below; a lone value is drawn as
//! two equal points; an area fills down to the smallest value, or to zero when
//! the values cross it; bars are narrow (5 px) pills at the points' x, rising
//! from the bottom of that range.

export type SparkKind = "line" | "bar" | "area";

export interface SparkShape {
  /** The line's (or the area's top edge's) path. */
  line: string;
  /** The filled area (area charts). */
  area?: string;
  /** One rounded bar per value (bar charts). */
  bars?: { x: number; y: number; width: number; height: number }[];
}

export const SPARK_HEIGHT = 56;
const PAD = 2;
const BAR_WIDTH = 5;

export function sparkShape(values: number[], kind: SparkKind, width: number, height = SPARK_HEIGHT): SparkShape {
  const points = values.length === 1 ? [values[0], values[0]] : values;
  if (points.length === 0 || width <= 0) return { line: "" };
  let min = points[0];
  let max = points[0];
  for (const v of points) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const top = PAD;
  const bottom = height - PAD;
  const y = (v: number) => (max === min ? (top + bottom) / 2 : bottom - ((v - min) / (max - min)) * (bottom - top));
  const n = points.length;
  const x = (i: number) => (n === 1 ? 0 : (i / (n - 1)) * width);
  if (kind === "bar") {
    // Narrow rounded bars at the points' x (inside the chart at its ends), rising from the bottom;
    // the smallest value's bar is a dot.
    const bars = points.map((v, i) => {
      const left = Math.min(Math.max(0, x(i) - BAR_WIDTH / 2), Math.max(0, width - BAR_WIDTH));
      const yTop = Math.min(max === min ? top : y(v), bottom - BAR_WIDTH);
      return { x: left, y: yTop, width: BAR_WIDTH, height: bottom - yTop };
    });
    return { line: "", bars };
  }
  const line = points.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(2)},${y(v).toFixed(2)}`).join("");
  if (kind === "line") return { line };
  const base = min < 0 && max > 0 ? y(0) : bottom;
  const area = `${line}L${x(n - 1).toFixed(2)},${base.toFixed(2)}L${x(0).toFixed(2)},${base.toFixed(2)}Z`;
  return { line, area };
}
