import { describe, expect, it } from "vitest";
import { buttonAt, buttonLabels, type ButtonData } from "./buttonCells";

const data = (labels: string[], alignment: ButtonData["alignment"] = "center"): ButtonData =>
  ({ kind: "button", labels, buttonType: "secondary", alignment });

describe("button cells", () => {
  it("labels come from the value: one, a list, or none", () => {
    expect(buttonLabels("Open")).toEqual(["Open"]);
    expect(buttonLabels(["Edit", "Delete"])).toEqual(["Edit", "Delete"]);
    expect(buttonLabels(null)).toEqual([]);
  });

  it("a click hits the button under it, and nothing beside a centred button", () => {
    const one = data(["Open"]);
    expect(buttonAt(one, 200, 100)).toBe("Open");
    expect(buttonAt(one, 200, 2)).toBeUndefined();
    const two = data(["Edit", "Delete"], "left");
    expect(buttonAt(two, 300, 10)).toBe("Edit");
    expect(buttonAt(two, 300, 290)).toBeUndefined();
    // The second button starts after the first one and the gap.
    const second = [...Array(300).keys()].find((x) => buttonAt(two, 300, x) === "Delete");
    expect(second).toBeGreaterThan(20);
  });
});
