import { describe, expect, it } from "vitest";
import { formatDate, formatMicros, parseFormatted } from "./dates";

// 2024-05-07 15:04:09.250 UTC, a Tuesday.
const d = new Date(Date.UTC(2024, 4, 7, 15, 4, 9, 250));

describe("formatDate", () => {
  it("formats Streamlit's default slider formats", () => {
    expect(formatDate(d, "YYYY-MM-DD")).toBe("2024-05-07");
    expect(formatDate(d, "HH:mm")).toBe("15:04");
    expect(formatDate(d, "YYYY/MM/DD")).toBe("2024/05/07");
  });
  it("knows moment.js names, 12-hour clocks, ordinals and literals", () => {
    expect(formatDate(d, "ddd ha")).toBe("Tue 3pm");
    expect(formatDate(d, "dddd, MMMM Do YYYY")).toBe("Tuesday, May 7th 2024");
    expect(formatDate(d, "MMM D, YY h:mm:ss.SSS A")).toBe("May 7, 24 3:04:09.250 PM");
    expect(formatDate(d, "[Week of] MM/DD")).toBe("Week of 05/07");
    expect(formatDate(new Date(Date.UTC(2024, 0, 11, 0, 5)), "Do hh:mm a")).toBe("11th 12:05 am");
  });
  it("reads slider microseconds as UTC wall-clock time", () => {
    // 2000-01-01 13:30, where time sliders place their values.
    expect(formatMicros(946733400000000, "HH:mm")).toBe("13:30");
    expect(formatMicros(-86400000000, "YYYY-MM-DD")).toBe("1969-12-31");
  });
});

describe("parseFormatted", () => {
  it("parses a date typed in the widget's format and refuses impossible ones", () => {
    expect(parseFormatted("31.12.2024", "DD.MM.YYYY")?.toISOString()).toBe("2024-12-31T00:00:00.000Z");
    expect(parseFormatted("2024/02/30", "YYYY/MM/DD")).toBeNull();
    expect(parseFormatted("nonsense", "YYYY/MM/DD")).toBeNull();
  });
});
