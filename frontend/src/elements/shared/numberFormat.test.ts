import { describe, expect, it } from "vitest";
import { formatMetricText, formatNumberAs, printf } from "./numberFormat";

// Expected texts are what Streamlit 1.67 shows in Chromium (en-US) for st.metric(..., format=f)
// and a NumberColumn(format=f) on the same numbers.
describe("1.67's number formats", () => {
  it("formats the presets", () => {
    const shown = (f: string) => [formatNumberAs(f, 1234.567), formatNumberAs(f, -12.5)];
    expect(shown("plain")).toEqual(["1234.567", "-12.5"]);
    expect(shown("localized")).toEqual(["1,234.567", "-12.5"]);
    expect(shown("percent")).toEqual(["123,456.7%", "-1,250%"]);
    expect(shown("dollar")).toEqual(["$1,234.57", "-$12.50"]);
    expect(shown("euro")).toEqual(["€1,234.57", "-€12.50"]);
    expect(shown("yen")).toEqual(["¥1,235", "-¥13"]);
    expect(shown("accounting")).toEqual(["1,234.57", "(12.50)"]);
    expect(shown("bytes")).toEqual(["1.2KB", "-12.5B"]);
    expect(shown("compact")).toEqual(["1.2K", "-13"]);
    expect(shown("scientific")).toEqual(["1.235E3", "-1.25E1"]);
    expect(shown("engineering")).toEqual(["1.235E3", "-12.5E0"]);
  });

  it("writes bytes in decimal units up to TB", () => {
    const bytes = [0, 999, 1000, 1024, 1536, 1234567, 9876543210, -2048, 0.5, 1e15].map((v) => formatNumberAs("bytes", v));
    expect(bytes).toEqual(["0B", "999B", "1KB", "1KB", "1.5KB", "1.2MB", "9.9GB", "-2KB", "0.5B", "1000TB"]);
  });

  it("keeps small and large numbers readable in the notations", () => {
    expect(formatNumberAs("compact", 0.001234)).toBe("0.0012");
    expect(formatNumberAs("engineering", 123456789)).toBe("123.457E6");
    expect(formatNumberAs("scientific", 1e-7)).toBe("1E-7");
  });

  it("formats printf strings, an exponent unpadded", () => {
    expect(printf("%d", 1234.567)).toBe("1234");
    expect(formatNumberAs("%d", -12.5)).toBe("-12");
    expect(formatNumberAs("%.2f", 1234.567)).toBe("1234.57");
    expect(formatNumberAs("%,d", 1234.567)).toBe("1,234");
    expect(formatNumberAs("%,.2f", 1234.567)).toBe("1,234.57");
    expect(formatNumberAs("%e", 1234.567)).toBe("1.234567e+3");
    expect(formatNumberAs("£ %.1f", -12.5)).toBe("£ -12.5");
    expect(formatNumberAs("%s items", 1234.567)).toBe("1234.567 items");
    expect(formatNumberAs("nonsense", 3)).toBe("nonsense");
    const both = (f: string) => [formatNumberAs(f, 42.75), formatNumberAs(f, -3.5)];
    expect(both("%d%%")).toEqual(["42%", "-3%"]);
    expect(both("%.1f%%")).toEqual(["42.8%", "-3.5%"]);
    expect(both("100%% %d")).toEqual(["100% 42", "100% -3"]);
    expect(both("%05d")).toEqual(["00042", "-0003"]);
    expect(both("%+d")).toEqual(["+42", "-3"]);
    expect(both("%x")).toEqual(["2a", "fffffffd"]);
    expect(both("%.0f")).toEqual(["43", "-4"]);
    expect(both("%s")).toEqual(["42.75", "-3.5"]);
  });

  it("leaves a metric's text alone unless it reads as a number", () => {
    expect(formatMetricText("1234.5", "dollar")).toBe("$1,234.50");
    expect(formatMetricText("-5", "dollar")).toBe("-$5.00");
    expect(formatMetricText("1,234", "dollar")).toBe("1,234");
    expect(formatMetricText("12 apples", "dollar")).toBe("12 apples");
    expect(formatMetricText("—", "dollar")).toBe("—");
    expect(formatMetricText("", "dollar")).toBe("");
    expect(formatMetricText("1234.5", null)).toBe("1234.5");
  });
});
