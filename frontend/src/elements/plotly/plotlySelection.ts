//! A plotly_selected event as 1.67's selection value: points without plotly's
//! objects and with snake_case keys, the union of point indices, boxes and lassos.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** Point keys that hold plotly's internal objects, not values. */
const SKIPPED = new Set(["data", "fullData", "xaxis", "yaxis", "bbox"]);

/** A selected point as 1.67 reports it: plain values, keys in snake_case, the trace's legendgroup. */
export function pointValue(point: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(point)) {
    if (SKIPPED.has(k) || typeof v === "function") continue;
    try {
      out[snake(k)] = JSON.parse(JSON.stringify(v ?? null)) as unknown;
    } catch {
      // a circular plotly object: not part of the selection
    }
  }
  const trace = isObject(point.data) ? point.data : null;
  if (trace && trace.legendgroup !== undefined) out.legendgroup = trace.legendgroup;
  return out;
}

/** The x/y lists of an SVG path of straight segments ("M1,2L3,4Z"). */
export function pathPoints(path: string): { x: number[]; y: number[] } {
  const x: number[] = [];
  const y: number[] = [];
  for (const m of path.matchAll(/[ML]\s*(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+)/gi)) {
    x.push(Number(m[1]));
    y.push(Number(m[2]));
  }
  return { x, y };
}

/** The widget value for a plotly_selected event. */
export function selectionState(event: unknown, modes: readonly string[]): Json {
  const ev = isObject(event) ? event : {};
  const points = (Array.isArray(ev.points) ? ev.points : []).filter(isObject).map(pointValue);
  const indices = new Set<number>();
  for (const p of Array.isArray(ev.points) ? ev.points.filter(isObject) : []) {
    if (typeof p.pointIndex === "number") indices.add(p.pointIndex);
    if (Array.isArray(p.pointIndices)) for (const i of p.pointIndices) if (typeof i === "number") indices.add(i);
  }
  const box: Json[] = [];
  const lasso: Json[] = [];
  for (const s of Array.isArray(ev.selections) ? ev.selections.filter(isObject) : []) {
    if (s.type === "rect" && modes.includes("box")) {
      box.push({ xref: s.xref, yref: s.yref, x: [s.x0, s.x1], y: [s.y0, s.y1] });
    } else if (s.type === "path" && typeof s.path === "string" && modes.includes("lasso")) {
      lasso.push({ xref: s.xref, yref: s.yref, ...pathPoints(s.path) });
    }
  }
  return { selection: { points, point_indices: [...indices], box, lasso } };
}
