import { describe, expect, test } from "vitest";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { selectionValue } from "./VegaLiteChart";
import { vegaRows } from "./vegaData";
import { luminance, merge, streamlitConfig, chartTheme } from "./vegaTheme";

describe("chart selections", () => {
  test("a point selection reports its list of field values, an interval its ranges", () => {
    expect(selectionValue({ a: ["x"], vlPoint: { or: [{ a: "x" }] } })).toEqual([{ a: "x" }]);
    expect(selectionValue({ x: [1, 4] })).toEqual({ x: [1, 4] });
    expect(selectionValue(null)).toEqual({});
    expect(selectionValue({})).toEqual({});
  });
});

describe("chart data", () => {
  test("Arrow rows with int64 as numbers and the range index as (index)", () => {
    const table = tableFromArrays({ a: BigInt64Array.from([1n, 2n]), b: Float64Array.from([0.5, 1.5]) });
    const rows = vegaRows(tableToIPC(table, "stream"));
    expect(rows).toEqual([{ a: 1, b: 0.5 }, { a: 2, b: 1.5 }]);
    expect(vegaRows(null)).toEqual([]);
  });
});

describe("chart theme", () => {
  test("light and dark backgrounds are told apart", () => {
    expect(luminance("#ffffff")).toBeGreaterThan(0.5);
    expect(luminance("#0e1117")).toBeLessThan(0.5);
    expect(luminance("rgb(14, 17, 23)")).toBeLessThan(0.5);
  });

  test("the user's config is merged over Streamlit's, arrays replaced", () => {
    const config = streamlitConfig(chartTheme(), { axis: { labelFontSize: 20 }, range: { category: ["#000"] } });
    const axis = config.axis as Record<string, unknown>;
    expect(axis.labelFontSize).toBe(20);
    expect(axis.gridColor).toBe("#e6eaf1");
    expect((config.range as Record<string, unknown>).category).toEqual(["#000"]);
    expect(merge({ a: { b: 1, c: 2 } }, { a: { c: 3 } })).toEqual({ a: { b: 1, c: 3 } });
  });
});
