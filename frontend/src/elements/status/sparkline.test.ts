import { describe, expect, test } from "vitest";
import { sparkShape } from "./sparkline";

describe("st.metric's sparkline", () => {
  test("a line spans the width and the values' range", () => {
    const { line } = sparkShape([1, 3, 2], "line", 100, 56);
    expect(line).toBe("M0.00,54.00L50.00,2.00L100.00,28.00");
  });

  test("a lone value is a flat line through the middle", () => {
    expect(sparkShape([5], "line", 10, 56).line).toBe("M0.00,28.00L10.00,28.00");
  });

  test("an area fills down to the smallest value, or to zero when the values cross it", () => {
    expect(sparkShape([1, 2], "area", 10, 56).area).toBe("M0.00,54.00L10.00,2.00L10.00,54.00L0.00,54.00Z");
    expect(sparkShape([-1, 1], "area", 10, 56).area).toBe("M0.00,54.00L10.00,2.00L10.00,28.00L0.00,28.00Z");
  });

  test("bars rise from the bottom, one per value", () => {
    const { bars } = sparkShape([0, 10, 5], "bar", 100, 56);
    expect(bars?.length).toBe(3);
    expect(bars?.[0]).toMatchObject({ x: 0, height: 5 });
    expect(bars?.[1]).toMatchObject({ x: 47.5, y: 2, height: 52 });
    expect(bars?.[2]).toMatchObject({ x: 95, y: 28, height: 26 });
  });
});
