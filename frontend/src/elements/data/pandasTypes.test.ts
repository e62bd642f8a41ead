import { describe, expect, test } from "vitest";
import { Field, Float64, Int64, Struct, TimeUnit, Timestamp } from "apache-arrow";
import { defaultDatetime, formatNumber } from "./arrowTable";
import { formatInterval, formatPeriod, pandasExtension } from "./pandasTypes";

// Expected texts are what Streamlit 1.67 draws for the same pandas values (2024-03-05 06:07:08.123).
describe("pandas periods and intervals as 1.67 shows them", () => {
  test("the extension is read from the field metadata", () => {
    const meta = (name: string, params: string) => new Map([["ARROW:extension:name", name], ["ARROW:extension:metadata", params]]);
    expect(pandasExtension(new Field("p", new Int64(), true, meta("pandas.period", '{"freq": "W-SUN"}')))).toEqual({ kind: "period", freq: "W-SUN" });
    expect(pandasExtension(new Field("i", new Int64(), true, meta("pandas.interval", '{"subtype": "int64", "closed": "both"}')))).toEqual({ kind: "interval", closed: "both" });
    expect(pandasExtension(new Field("x", new Int64(), true, meta("other", "{}")))).toBeNull();
  });

  test("a period ordinal in each frequency 1.67 spells out", () => {
    expect(formatPeriod(54, "Y-DEC")).toBe("2024");
    expect(formatPeriod(216, "Q-DEC")).toBe("2024Q1");
    expect(formatPeriod(650, "M")).toBe("2024-03");
    expect(formatPeriod(2828, "W-SUN")).toBe("2024-03-04/2024-03-10");
    expect(formatPeriod(19787, "D")).toBe("2024-03-05");
    expect(formatPeriod(474894, "h")).toBe("2024-03-05 06:00");
    expect(formatPeriod(28493647, "min")).toBe("2024-03-05 06:07");
    expect(formatPeriod(1709618828, "s")).toBe("2024-03-05 06:07:08");
    expect(formatPeriod(1709618828123n, "ms")).toBe("2024-03-05 06:07:08.123");
    // Before 1970, other anchors.
    expect(formatPeriod(-1, "Y-JUN")).toBe("1969");
    expect(formatPeriod(-3, "Q-NOV")).toBe("1969Q2");
    expect(formatPeriod(-1, "M")).toBe("1969-12");
  });

  test("frequencies 1.67 does not spell out show the ordinal", () => {
    expect(formatPeriod(14133, "B")).toBe("14133");
    expect(formatPeriod(-7242, "2h")).toBe("-7242");
    expect(formatPeriod(1709618828123456n, "us")).toBe("1709618828123456");
  });

  test("intervals with their closed side, floats and timestamps as 1.67 writes them", () => {
    const grid = { number: (v: number) => v.toFixed(4), datetime: defaultDatetime };
    const ints = new Struct([new Field("left", new Int64()), new Field("right", new Int64())]);
    expect(formatInterval({ left: 0n, right: 1n }, "right", ints, grid)).toBe("(0, 1]");
    expect(formatInterval({ left: 0n, right: 1n }, "both", ints, grid)).toBe("[0, 1]");
    expect(formatInterval({ left: 0n, right: 1n }, "neither", ints, grid)).toBe("(0, 1)");
    const floats = new Struct([new Field("left", new Float64()), new Field("right", new Float64())]);
    expect(formatInterval({ left: 0.123456, right: 1.5 }, "right", floats, grid)).toBe("(0.1235, 1.5000]");
    expect(formatInterval({ left: 0.5, right: 1.5 }, "left", floats, grid)).toBe("[0.5000, 1.5000)");
    const utc = new Struct([new Field("left", new Timestamp(TimeUnit.MICROSECOND, "UTC")), new Field("right", new Timestamp(TimeUnit.MICROSECOND, "UTC"))]);
    expect(formatInterval({ left: 1704103200500, right: 1704153600000 }, "right", utc, grid))
      .toBe("(2024-01-01 10:00:00+00:00, 2024-01-02 00:00:00+00:00]");
    const naive = new Struct([new Field("left", new Timestamp(TimeUnit.MICROSECOND)), new Field("right", new Timestamp(TimeUnit.MICROSECOND))]);
    expect(formatInterval({ left: 1704067200000, right: 1704153600000 }, "right", naive, { number: formatNumber, datetime: defaultDatetime }))
      .toBe("(2024-01-01 00:00:00, 2024-01-02 00:00:00]");
  });
});
