//! ECharts' selection events as st.echarts_chart's value (1.67's shape):
//! `{"selection": {"selected": [{series_index, series_id, series_name,
//! data_type, data_indices}], "areas": [{brush_index, brush_type,
//! coord_range}]}}`. `selected` is the union of point selections
//! (`selectchanged`) and brushed items (`brushSelected`), one entry per series
//! and data type that has any, indices sorted; brush areas without data
//! coordinates are left out.
import { isObject, type Json } from "./echartsOption";

export interface SelectedGroup {
  series_index: number;
  series_id: string | null;
  series_name: string | null;
  data_type: string;
  data_indices: number[];
}

export interface Area {
  brush_index: number;
  brush_type: string;
  coord_range: unknown;
}

/** Selected indices per "seriesIndex/dataType". */
export type Picks = Map<string, Set<number>>;

const pickKey = (series: number, dataType: string) => `${series}/${dataType}`;

function addPicks(into: Picks, series: unknown, dataType: unknown, indices: unknown): void {
  if (typeof series !== "number") return;
  const key = pickKey(series, typeof dataType === "string" && dataType ? dataType : "main");
  const list = Array.isArray(indices) ? indices : typeof indices === "number" ? [indices] : [];
  const set = into.get(key) ?? new Set<number>();
  for (const i of list) if (typeof i === "number") set.add(i);
  if (set.size > 0) into.set(key, set);
}

/** The point selections of a `selectchanged` event (it lists every series' current selection). */
export function picksOfSelectChanged(event: unknown): Picks {
  const picks: Picks = new Map();
  const selected = isObject(event) && Array.isArray(event.selected) ? event.selected : [];
  for (const s of selected) if (isObject(s)) addPicks(picks, s.seriesIndex, s.dataType, s.dataIndex);
  return picks;
}

/** One brush component's areas as ECharts reports them (pixel ranges, panels, data ranges). */
export interface BrushBatch {
  brushIndex: number;
  areas: Json[];
}

/**
 * The brushed items and areas of a `brushSelected` event, and its batches as a `brush` action can
 * draw them again (after a rerun sets the option anew, which clears the brush covers). Areas are
 * those with a data range, each under its brush component's index, brushes in index order.
 */
export function ofBrushSelected(event: unknown): { picks: Picks; areas: Area[]; batches: BrushBatch[] } {
  const picks: Picks = new Map();
  const batches: BrushBatch[] = [];
  const list = isObject(event) && Array.isArray(event.batch) ? event.batch : [];
  for (const batch of list) {
    if (!isObject(batch)) continue;
    for (const s of Array.isArray(batch.selected) ? batch.selected : []) {
      if (isObject(s)) addPicks(picks, s.seriesIndex, s.dataType, s.dataIndex);
    }
    const areas = (Array.isArray(batch.areas) ? batch.areas : []).filter(
      (a: unknown): a is Json => isObject(a) && typeof a.brushType === "string" && Array.isArray(a.coordRange),
    );
    batches.push({ brushIndex: typeof batch.brushIndex === "number" ? batch.brushIndex : 0, areas });
  }
  batches.sort((a, b) => a.brushIndex - b.brushIndex);
  const areas = batches.flatMap((b) => b.areas.map((a) => ({ brush_index: b.brushIndex, brush_type: String(a.brushType), coord_range: a.coordRange })));
  return { picks, areas, batches };
}

const label = (v: unknown): string | null => (typeof v === "string" || typeof v === "number" ? String(v) : null);

/** The widget value for the current picks and areas; ids and names are the ones the spec sets. */
export function selectionState(points: Picks, brushed: Picks, areas: Area[], series: Json[]): { selection: { selected: SelectedGroup[]; areas: Area[] } } {
  const union: Picks = new Map();
  for (const source of [points, brushed]) {
    for (const [k, set] of source) {
      const into = union.get(k) ?? new Set<number>();
      set.forEach((i) => into.add(i));
      union.set(k, into);
    }
  }
  const selected = [...union.entries()]
    .filter(([, set]) => set.size > 0)
    .map(([k, set]) => {
      const slash = k.indexOf("/");
      const index = Number(k.slice(0, slash));
      const spec = series[index];
      return {
        series_index: index,
        series_id: label(spec?.id),
        series_name: label(spec?.name),
        data_type: k.slice(slash + 1),
        data_indices: [...set].sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.series_index - b.series_index || a.data_type.localeCompare(b.data_type));
  return { selection: { selected, areas } };
}
