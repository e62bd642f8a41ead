import { describe, expect, it } from "vitest";
import { pathPoints, pointValue, selectionState } from "./plotlySelection";
import { placeholderColors, replacePlaceholders } from "./plotlyTheme";

const theme = { light: true, background: "#ffffff", text: "#31333f", font: "sans-serif", primary: "#ff4b4b",
  categorical: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"] };

describe("plotly theme", () => {
  it("replaces the template's placeholder colours with the theme's or plotly's palettes", () => {
    const spec = { marker: { color: "#000001" }, colorscale: [[0, "#000011"], [1, "#000020"]], bg: "#000038", keep: "#123456" };
    expect(replacePlaceholders(spec, placeholderColors(theme, true))).toEqual({
      marker: { color: "#0068c9" }, colorscale: [[0, "#e4f5ff"], [1, "#004280"]], bg: "#ffffff", keep: "#123456",
    });
    const plain = replacePlaceholders(spec, placeholderColors(theme, false)) as { marker: { color: string } };
    expect(plain.marker.color).toBe("#636efa");
  });
});

describe("plotly selections", () => {
  it("reports points in snake_case without plotly's objects, and the union of indices", () => {
    const trace = { legendgroup: "g" };
    const event = {
      points: [
        { curveNumber: 0, pointNumber: 2, pointIndex: 2, x: 3, y: 4, data: trace, fullData: {}, xaxis: {} },
        { curveNumber: 1, pointIndices: [5, 6], x: 1, y: 1, data: {} },
      ],
      selections: [
        { type: "rect", xref: "x", yref: "y", x0: 1, x1: 2, y0: 3, y1: 4 },
        { type: "path", xref: "x", yref: "y", path: "M1,2L3,4L5,6Z" },
      ],
    };
    expect(pointValue(event.points[0])).toEqual({ curve_number: 0, point_number: 2, point_index: 2, x: 3, y: 4, legendgroup: "g" });
    expect(selectionState(event, ["box", "points"])).toEqual({
      selection: {
        points: [pointValue(event.points[0]), pointValue(event.points[1])],
        point_indices: [2, 5, 6],
        box: [{ xref: "x", yref: "y", x: [1, 2], y: [3, 4] }],
        lasso: [],
      },
    });
    expect(pathPoints("M1.5,-2L3e1,4Z")).toEqual({ x: [1.5, 30], y: [-2, 4] });
    expect(selectionState({}, [])).toEqual({ selection: { points: [], point_indices: [], box: [], lasso: [] } });
  });
});
