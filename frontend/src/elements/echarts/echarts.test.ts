import { describe, expect, it } from "vitest";
import { tableToIPC, tableFromArrays } from "apache-arrow";
import { fillDatasets, frameRows, prepareOption, streamlitLayout, streamlitTheme, valueFormatter } from "./echartsOption";
import { ofBrushSelected, picksOfSelectChanged, selectionState } from "./echartsSelection";

const theme = { light: true, background: "#ffffff", text: "#31333f", font: "Source Sans", primary: "#ff4b4b", categorical: ["#0068c9", "#83c9ff"] };

describe("echarts option", () => {
  it("puts Arrow datasets back as rows with the frame's column order", () => {
    const ipc = tableToIPC(tableFromArrays({ sales: Float64Array.from([1.5, 2]), product: ["a", "b"] }), "stream");
    const frame = frameRows(ipc);
    expect(frame.columns).toEqual(["sales", "product"]);
    expect(frame.rows).toEqual([{ product: "a", sales: 1.5 }, { product: "b", sales: 2 }]);
    const option = { dataset: [{ source: { name: "h" } }, { source: { name: "h" }, dimensions: ["x"] }] };
    fillDatasets(option, { h: frame });
    expect(option.dataset[0]).toEqual({ source: frame.rows, dimensions: ["sales", "product"] });
    expect(option.dataset[1].dimensions).toEqual(["x"]);
  });

  it("builds the Streamlit theme from the chart tokens", () => {
    const t = streamlitTheme(theme);
    expect(t.color).toEqual(["#0068c9", "#83c9ff"]);
    expect(t.darkMode).toBe(false);
    expect((t.valueAxis as { axisLabel: { hideOverlap: boolean } }).axisLabel.hideOverlap).toBe(true);
    expect(streamlitTheme({ ...theme, light: false }).line).toEqual({ symbol: "circle" });
  });

  it("lays out title, legend and a tight grid as 1.67 does", () => {
    const option: Record<string, unknown> = { title: { text: "T" }, legend: {}, xAxis: {}, yAxis: {} };
    streamlitLayout(option);
    expect(option.title).toEqual({ text: "T", left: "center" });
    expect(option.legend).toEqual({ bottom: 8 });
    expect(option.grid).toEqual({ left: 8, right: 32, outerBoundsMode: "same", top: 46, bottom: 38 });
    const bare: Record<string, unknown> = { xAxis: {}, yAxis: {}, grid: { left: 50 } };
    streamlitLayout(bare);
    expect(bare.grid).toEqual({ left: 50, right: 32, outerBoundsMode: "same", top: 16, bottom: 8 });
    const pie: Record<string, unknown> = { series: [{ type: "pie" }] };
    streamlitLayout(pie);
    expect(pie.grid).toBeUndefined();
  });

  it("sets aria, cursor, value formatters and large-data defaults", () => {
    const option = prepareOption({
      tooltip: { valueFormatter: "%.1f kg" },
      series: [
        { type: "scatter", data: Array.from({ length: 20_001 }, (_, i) => [i, i]) },
        { type: "bar", data: [1], tooltip: { valueFormatter: "{value} €" } },
      ],
    }, { alt: "Weights", selecting: false, streamlit: false });
    expect(option.aria).toEqual({ enabled: true, label: { description: "Weights" } });
    const series = option.series as Record<string, unknown>[];
    expect(series[0].large).toBe(true);
    expect(series[0].cursor).toBe("default");
    expect((series[1].tooltip as Record<string, unknown>).valueFormatter).toBeUndefined();
    const f = (option.tooltip as { valueFormatter: (v: unknown) => string }).valueFormatter;
    expect(f(2.25)).toBe("2.3 kg");
    expect(valueFormatter("dollar")?.(3)).toBe("$3.00");
    expect(valueFormatter("{value}")).toBeNull();
  });
});

describe("echarts selection", () => {
  it("unites point and brush picks per series, sorted, with the spec's ids and names", () => {
    const points = picksOfSelectChanged({ selected: [{ seriesIndex: 1, dataIndex: [3, 1] }, { seriesIndex: 0, dataIndex: [] }] });
    const brush = ofBrushSelected({
      batch: [{
        areas: [{ brushType: "lineX", coordRange: [0.5, 2.5] }, { brushType: "rect", range: [[0, 1], [0, 1]] }],
        selected: [{ seriesIndex: 1, dataIndex: [2, 3] }, { seriesIndex: 2, dataIndex: [0], dataType: "node" }],
      }],
    });
    const state = selectionState(points, brush.picks, brush.areas, [{}, { id: "s", name: "Sales" }, {}]);
    expect(state).toEqual({
      selection: {
        selected: [
          { series_index: 1, series_id: "s", series_name: "Sales", data_type: "main", data_indices: [1, 2, 3] },
          { series_index: 2, series_id: null, series_name: null, data_type: "node", data_indices: [0] },
        ],
        areas: [{ brush_index: 0, brush_type: "lineX", coord_range: [0.5, 2.5] }],
      },
    });
  });
  it("numbers areas by their brush component, and keeps the batches to draw them again", () => {
    const rect = { brushType: "rect", panelId: "grid--0", range: [[10, 90], [20, 80]], coordRange: [[0, 2], [5, 9]] };
    const brush = ofBrushSelected({
      batch: [
        { brushIndex: 1, areas: [{ brushType: "lineX", coordRange: [1, 2] }, { brushType: "lineX", coordRange: [4, 5] }], selected: [] },
        { brushIndex: 0, areas: [rect, { brushType: "rect", range: [[0, 1], [0, 1]] }], selected: [] },
      ],
    });
    expect(brush.areas).toEqual([
      { brush_index: 0, brush_type: "rect", coord_range: [[0, 2], [5, 9]] },
      { brush_index: 1, brush_type: "lineX", coord_range: [1, 2] },
      { brush_index: 1, brush_type: "lineX", coord_range: [4, 5] },
    ]);
    expect(brush.batches.map((b) => b.brushIndex)).toEqual([0, 1]);
    expect(brush.batches[0].areas).toEqual([rect]);
  });
});
