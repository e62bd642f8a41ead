import { describe, expect, test } from "vitest";
import { GridCellKind } from "@glideapps/glide-data-grid";
import { cellWidth, fitWidth, sampleRows } from "./widths";

// A stand-in for the canvas: 7 px per character.
const measure = (text: string) => text.length * 7;

describe("automatic column widths as glide measures them", () => {
  test("the sampled rows: all up to ten, else the first nine and the last", () => {
    expect(sampleRows(3)).toEqual([0, 1, 2]);
    expect(sampleRows(10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sampleRows(100_000)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 99_999]);
  });

  test("cells: text plus padding, fixed sizes without text, bubbles with their padding", () => {
    expect(cellWidth({ kind: GridCellKind.Text, data: "abc", displayData: "abc", allowOverlay: false }, measure)).toBe(21 + 16);
    expect(cellWidth({ kind: GridCellKind.Text, data: "", displayData: "ab\ncdef", allowOverlay: false }, measure)).toBe(14 + 16);
    expect(cellWidth({ kind: GridCellKind.Boolean, data: true, allowOverlay: false }, measure)).toBe(50);
    expect(cellWidth({ kind: GridCellKind.Bubble, data: ["a", "bb"], allowOverlay: false }, measure)).toBe((7 + 20) + (14 + 20) + 16 - 4);
    expect(cellWidth({ kind: GridCellKind.Bubble, data: [], allowOverlay: false }, measure)).toBe(16);
  });

  test("the widest of cells and title, outliers dropped above five cells, between 50 and 500", () => {
    expect(fitWidth("name", [20, 30], false, measure)).toBe(50);
    expect(fitWidth("a long column title", [20], false, measure)).toBe(19 * 7 + 16);
    expect(fitWidth("a long column title", [20], true, measure)).toBe(19 * 7 + 16 + 28);
    // 300 is at least twice the average of the six: dropped; with five cells it counts.
    expect(fitWidth("x", [60, 60, 60, 60, 60, 300], false, measure)).toBe(60);
    expect(fitWidth("x", [60, 60, 60, 60, 300], false, measure)).toBe(300);
    expect(fitWidth("x", [80.2], false, measure)).toBe(81);
    expect(fitWidth("x".repeat(200), [], false, measure)).toBe(500);
  });
});
