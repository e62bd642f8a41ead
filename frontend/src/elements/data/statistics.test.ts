import { describe, expect, test } from "vitest";
import { tableFromArrays, tableToIPC, vectorFromArray, Table, Bool, Utf8, Float64, TimestampMillisecond, DateDay, Dictionary, Int32 } from "apache-arrow";
import { dataModel, decodeArrow, type DataColumn } from "./arrowTable";
import { columnStatistics, dateRange, gridKind, histogram, metricRows, percentile, shareBars, statsType, typeIcon } from "./statistics";

/** The frame the e2e test and the 1.67 screenshots used (values read from 1.67's menu). */
function frame(): DataColumn[] {
  const ms = (s: string) => Date.parse(`${s}Z`);
  const table = new Table({
    num: vectorFromArray([1.5, 2.0, null, 4.25, 10.0, 2.0], new Float64()),
    text: vectorFromArray(["apple", "banana", "", null, "apple", "cherry pie"], new Utf8()),
    flag: vectorFromArray([true, false, true, null, true, true], new Bool()),
    when: vectorFromArray([ms("2024-01-01T10:00"), ms("2024-03-15T12:30"), null, ms("2024-06-30T00:00"), ms("2025-01-01T00:00"), ms("2024-02-29T08:15")], new TimestampMillisecond()),
    day: vectorFromArray([ms("2024-01-01T00:00"), ms("2024-01-05T00:00"), ms("2024-02-01T00:00"), null, ms("2024-01-03T00:00"), ms("2024-12-31T00:00")].map((v) => (v === null ? null : new Date(v))), new DateDay()),
    cat: vectorFromArray(["a", "b", "a", null, "c", "a"], new Dictionary(new Utf8(), new Int32())),
  });
  return dataModel(decodeArrow(tableToIPC(table, "stream"))).columns;
}

const rows = (cols: DataColumn[], name: string) => {
  const c = cols.find((x) => x.name === name)!;
  const kind = gridKind(c, undefined);
  const s = columnStatistics(c, kind, 6);
  return s ? Object.fromEntries(metricRows(s).map((r) => [r.label, r.value])) : null;
};

describe("column statistics (1.67's numbers for the same frame)", () => {
  test("kinds, icons and which kinds have statistics", () => {
    const cols = frame();
    expect(cols.map((c) => gridKind(c, undefined))).toEqual(["number", "text", "checkbox", "datetime", "date", "selectbox"]);
    expect(cols.map((c) => typeIcon(gridKind(c, undefined), c))).toEqual(["tag", "notes", "check_box", "calendar_today", "calendar_month", "arrow_drop_down_circle"]);
    expect(["number", "progress", "text", "checkbox", "datetime", "date", "time", "list", "selectbox", "object"].map(statsType))
      .toEqual(["numeric", "numeric", "text", "boolean", "datetime", "datetime", null, null, null, null]);
    expect(gridKind(cols[1]!, "link")).toBe("link");
  });

  test("numbers", () => {
    expect(rows(frame(), "num")).toEqual({
      Values: "5", Empty: "1 (16.7%)", Distinct: "4", Average: "3.95", "Standard deviation": "3.17", Minimum: "1.5",
      "25th percentile": "2", Median: "2", "75th percentile": "4.25", Maximum: "10", Sum: "19.75",
    });
  });

  test("text: counts, lengths and the top values", () => {
    const cols = frame();
    expect(rows(cols, "text")).toEqual({
      Values: "4", Empty: "2 (33.3%)", Distinct: "3", "Minimum length": "5", "Maximum length": "10", "Average length": "6.5",
    });
    const s = columnStatistics(cols[1]!, "text", 6)!;
    expect(shareBars(s as never).map((b) => [b.label, b.valueLabel])).toEqual([["apple", "50%"], ["banana", "25%"], ["cherry pie", "25%"]]);
  });

  test("booleans", () => {
    const cols = frame();
    expect(rows(cols, "flag")).toEqual({ Values: "5", Empty: "1 (16.7%)" });
    expect(shareBars(columnStatistics(cols[2]!, "checkbox", 6) as never).map((b) => b.valueLabel)).toEqual(["80%", "20%"]);
  });

  test("datetimes and dates", () => {
    const cols = frame();
    expect(rows(cols, "when")).toEqual({
      Values: "5", Empty: "1 (16.7%)", Minimum: "Jan 1, 2024, 10:00 AM", "25th percentile": "Feb 29, 2024, 08:15 AM",
      Median: "Mar 15, 2024, 12:30 PM", "75th percentile": "Jun 30, 2024, 12:00 AM", Maximum: "Jan 1, 2025, 12:00 AM",
      Average: "May 16, 2024, 06:09 AM", Range: "1 year",
    });
    expect(rows(cols, "day")).toEqual({
      Values: "5", Empty: "1 (16.7%)", Minimum: "Jan 1, 2024", "25th percentile": "Jan 3, 2024", Median: "Jan 5, 2024",
      "75th percentile": "Feb 1, 2024", Maximum: "Dec 31, 2024", Average: "Mar 21, 2024", Range: "12 months",
    });
    expect(dateRange(0, 90_000)).toBe("2 minutes");
    expect(dateRange(0, 1000)).toBe("1 second");
  });

  test("a column of missing values has only counts; a RangeIndex has numbers", () => {
    const m = dataModel(decodeArrow(tableToIPC(tableFromArrays({ x: Float64Array.from([NaN, NaN]) }), "stream")));
    const s = columnStatistics(m.columns[0]!, "number", 2)!;
    expect(metricRows(s, true)).toEqual([{ label: "Values", value: "0" }, { label: "Empty", value: "2 (100%)" }]);
  });

  test("percentiles interpolate; histograms have √n bins (at most 15) from min to max", () => {
    expect(percentile([1, 1, 3, 4, 5, 9], 25)).toBe(1.5);
    expect(percentile([1, 1, 3, 4, 5, 9], 75)).toBe(4.75);
    expect(histogram([1.5, 2, 2, 4.25, 10]).map((b) => b.count)).toEqual([4, 0, 1]);
    expect(histogram(Array.from({ length: 1000 }, (_, i) => i)).length).toBe(15);
    expect(histogram([3, 3])).toEqual([{ start: 3, end: 3, count: 2 }]);
  });

  test("above 100,000 rows the statistics come from a sample of 10,000", () => {
    const n = 250_000;
    const m = dataModel(decodeArrow(tableToIPC(tableFromArrays({ x: Float64Array.from({ length: n }, (_, i) => i) }), "stream")));
    const s = columnStatistics(m.columns[0]!, "number", n)!;
    expect(s.isSampled).toBe(true);
    expect(s.count).toBe(10_000);
    const small = columnStatistics(m.columns[0]!, "number", 1000)!;
    expect([small.isSampled, small.count]).toEqual([false, 1000]);
  });
});
