import { describe, expect, it } from "vitest";
import { pageWindow, slotsForWidth } from "./pageWindow";

// Each expectation is what Streamlit 1.67 shows for 20 pages ("…" = null).
const show = (pages: number, current: number, slots: number) =>
  pageWindow(pages, current, slots).map((p) => (p === null ? "…" : p === current ? `[${p}]` : String(p))).join(" ");

describe("pageWindow", () => {
  it("keeps the first and last page and a window around the current one", () => {
    expect(show(20, 1, 7)).toBe("[1] 2 3 4 5 … 20");
    expect(show(20, 4, 7)).toBe("1 … 3 [4] 5 … 20");
    expect(show(20, 10, 7)).toBe("1 … 9 [10] 11 … 20");
    expect(show(20, 17, 7)).toBe("1 … 16 [17] 18 … 20");
    expect(show(20, 18, 7)).toBe("1 … 16 17 [18] 19 20");
    expect(show(20, 4, 9)).toBe("1 … 2 3 [4] 5 6 … 20");
    expect(show(20, 10, 8)).toBe("1 … 9 [10] 11 12 … 20");
    expect(show(20, 17, 6)).toBe("1 … [17] 18 … 20");
    expect(show(20, 10, 5)).toBe("1 … [10] … 20");
    expect(show(20, 15, 17)).toBe("1 … 7 8 9 10 11 12 13 14 [15] 16 17 18 19 … 20");
  });

  it("shows every page when they fit, and shrinks to the current page with few slots", () => {
    expect(show(7, 4, 7)).toBe("1 2 3 [4] 5 6 7");
    expect(show(8, 4, 7)).toBe("1 … 3 [4] 5 … 8");
    expect(show(20, 10, 4)).toBe("[10] … 20");
    expect(show(20, 20, 3)).toBe("1 … [20]");
    expect(show(20, 5, 2)).toBe("[5]");
    expect(show(20, 5, 0)).toBe("");
  });

  it("fits as many slots as the width allows next to the arrows", () => {
    expect(slotsForWidth(704)).toBe(17);
    expect(slotsForWidth(528)).toBe(12);
  });
});
