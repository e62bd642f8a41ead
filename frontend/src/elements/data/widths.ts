//! Automatic column widths measured as glide-data-grid measures them for 1.67 (its column sizer):
//! the cells of the first nine rows and the last one (every row up to ten), each the canvas width
//! of its text in the grid's font plus padding (cell kinds without text have fixed sizes), cells
//! at least twice the average dropped when there are more than five, then the header's title;
//! the widest, rounded up, between 50 and 500 px. Without a canvas (tests) the text estimate of
//! `columns.ts` stays.
import { GridCellKind, type GridCell, type Theme } from "@glideapps/glide-data-grid";
import { useEffect, useState } from "react";
import { cellOf, type GridColumnModel } from "./columns";

const PADDING = 8;
/** 1.67's bubble padding and margin (its theme's `spacing.sm` and `spacing.twoXS`: 8 and 4 px). */
const BUBBLE_PADDING = 8;
const BUBBLE_MARGIN = 4;
/** Room glide gives a header icon (the editable mark). */
const HEADER_ICON = 28;
/** What glide assumes for a cell it cannot measure. */
const UNMEASURED = 150;
const MIN_WIDTH = 50;
const MAX_AUTO_WIDTH = 500;
const SAMPLE_ROWS = 10;

type Measure = (text: string) => number;

let context: CanvasRenderingContext2D | null | undefined;
function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
    } catch {
      context = null; // jsdom without a canvas implementation
    }
  }
  return context;
}

/** A cell's width as glide's renderer for its kind measures it. */
export function cellWidth(cell: GridCell, measure: Measure): number {
  switch (cell.kind) {
    case GridCellKind.Text: case GridCellKind.Number: case GridCellKind.Uri:
      return measure((cell.displayData ?? "").split("\n", 1)[0] ?? "") + 2 * PADDING;
    case GridCellKind.Boolean: return 50;
    case GridCellKind.Image: return cell.data.length * 50;
    case GridCellKind.Bubble: {
      if (cell.data.length === 0) return 2 * PADDING;
      const items = cell.data.reduce((sum, item) => sum + measure(item) + 2 * BUBBLE_PADDING + BUBBLE_MARGIN, 0);
      return items + 2 * PADDING - BUBBLE_MARGIN;
    }
    default: return UNMEASURED;
  }
}

/** The rows glide samples: all up to ten, else the first nine and the last. */
export function sampleRows(rows: number): number[] {
  if (rows <= SAMPLE_ROWS) return Array.from({ length: rows }, (_, i) => i);
  return [...Array.from({ length: SAMPLE_ROWS - 1 }, (_, i) => i), rows - 1];
}

/** glide's column measure over the sampled cells' widths and the title's. */
export function fitWidth(title: string, sizes: number[], hasIcon: boolean, measure: Measure): number {
  let widest = 0;
  if (sizes.length > 5) {
    const average = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    for (const s of sizes) if (s < average * 2) widest = Math.max(widest, s);
  } else {
    for (const s of sizes) widest = Math.max(widest, s);
  }
  widest = Math.max(widest, measure(title) + 2 * PADDING + (hasIcon ? HEADER_ICON : 0));
  return Math.max(MIN_WIDTH, Math.min(MAX_AUTO_WIDTH, Math.ceil(widest)));
}

/**
 * `models` with the width of each column without a configured width measured on a canvas in
 * the grid's font (unchanged without a canvas). `hasIcon` says which headers carry an icon.
 */
export function measureWidths(
  models: GridColumnModel[], rows: number, missing: string, theme: Partial<Theme>, hasIcon: (m: GridColumnModel) => boolean,
): GridColumnModel[] {
  const ctx = canvas();
  if (!ctx) return models;
  ctx.font = `${theme.baseFontStyle ?? "0.875rem"} ${theme.fontFamily ?? "sans-serif"}`;
  const measure: Measure = (text) => ctx.measureText(text).width;
  const sample = sampleRows(rows);
  return models.map((m) => {
    if (m.config.width !== undefined) return m;
    return { ...m, width: autoWidthOf(m, sample, missing, measure, hasIcon(m)) };
  });
}

function autoWidthOf(m: GridColumnModel, sample: number[], missing: string, measure: Measure, hasIcon: boolean): number {
  const checkbox = m.config.type_config?.type === "checkbox" || (!m.config.type_config?.type && m.column.kind === "boolean");
  const sizes = sample.map((r) => {
    const value = m.column.value(r);
    // 1.67's missing cells have no text to measure (the placeholder is painted over them).
    if (value === null || value === undefined) return checkbox ? 50 : 2 * PADDING;
    return cellWidth(cellOf(m, value, missing, undefined), measure);
  });
  return fitWidth(m.title, sizes, hasIcon, measure);
}

/** The "Autosize" of a column menu: its measured width, or null without a canvas. */
export function measuredWidth(m: GridColumnModel, rows: number, missing: string, theme: Partial<Theme>, hasIcon: boolean): number | null {
  const ctx = canvas();
  if (!ctx) return null;
  ctx.font = `${theme.baseFontStyle ?? "0.875rem"} ${theme.fontFamily ?? "sans-serif"}`;
  return autoWidthOf(m, sampleRows(rows), missing, (t) => ctx.measureText(t).width, hasIcon);
}

/** Becomes true once the page's web fonts have loaded, so widths measured before are redone. */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(() => typeof document === "undefined" || !document.fonts || document.fonts.status === "loaded");
  useEffect(() => {
    if (ready || typeof document === "undefined" || !document.fonts) return;
    let live = true;
    void document.fonts.ready.then(() => { if (live) setReady(true); });
    return () => { live = false; };
  }, [ready]);
  return ready;
}
