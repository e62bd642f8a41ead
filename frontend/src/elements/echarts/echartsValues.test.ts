import { describe, expect, test } from "vitest";
import { dateLabel, timeAxisPointers, tooltipNumber, tooltipValue } from "./echartsValues";

describe("1.67's tooltip values under the Streamlit theme", () => {
  test("numbers are shortened by size", () => {
    expect(tooltipNumber(1234.5)).toBe("1,234.5");
    expect(tooltipNumber(1234.56789)).toBe("1,234.5679");
    expect(tooltipNumber(3)).toBe("3");
    expect(tooltipNumber(0.123456789)).toBe("0.123457");
    expect(tooltipNumber(0.00001234567)).toBe("1.23457E-5");
    expect(tooltipNumber(-0)).toBe("0");
    expect(tooltipNumber(Number.NaN)).toBe("-");
    expect(tooltipNumber(-98765.4321)).toBe("-98,765.4321");
  });

  test("ISO datetimes become dates, blanks and other values a dash", () => {
    expect(tooltipValue("2024-03-05T00:00:00.000")).toBe("2024-03-05");
    expect(tooltipValue("2024-03-05T13:04:09.000")).toBe("2024-03-05 13:04:09");
    expect(tooltipValue("plain")).toBe("plain");
    expect(tooltipValue("  ")).toBe("-");
    expect(tooltipValue(null)).toBe("-");
    expect(tooltipValue(true)).toBe("true");
    expect(tooltipValue([1.5, "x"])).toEqual(["1.5", "x"]);
  });

  test("dates in UTC or local time", () => {
    expect(dateLabel(Date.UTC(2024, 0, 2), true)).toBe("2024-01-02");
    expect(dateLabel(Date.UTC(2024, 0, 2, 5, 6, 7), true)).toBe("2024-01-02 05:06:07");
    expect(dateLabel("not a date", false)).toBe("-");
  });
});

describe("time axis pointers", () => {
  test("a time axis gets a date label unless the option labels pointers itself", () => {
    const option: Record<string, unknown> = { useUTC: true, xAxis: { type: "time" }, yAxis: [{ type: "value" }] };
    timeAxisPointers(option);
    const x = option.xAxis as { axisPointer: { label: { formatter: (p: unknown) => string } } };
    expect(x.axisPointer.label.formatter({ value: Date.UTC(2024, 5, 1) })).toBe("2024-06-01");
    expect((option.yAxis as Record<string, unknown>[])[0].axisPointer).toBeUndefined();

    const own = { xAxis: { type: "time" }, tooltip: { axisPointer: { label: { formatter: "{value}" } } } };
    timeAxisPointers(own);
    expect((own.xAxis as Record<string, unknown>).axisPointer).toBeUndefined();
  });
});
