import { describe, expect, test } from "vitest";
import { DARK_STYLE, LIGHT_STYLE, fillTemplate, nextSelection, parseSelection, prepareDeck, tooltipFor, chunksFor } from "./deckSpec";

describe("prepareDeck", () => {
  test("primary fill colours become the theme's primary at 1.67's alpha", () => {
    const { deck } = prepareDeck({ layers: [{ "@@type": "ScatterplotLayer", getFillColor: "primary" }] }, { primary: "#ff4b4b", light: true, selecting: false });
    expect((deck.layers as Record<string, unknown>[])[0].getFillColor).toEqual([255, 75, 75, 160]);
  });
  test("the base map follows the theme unless the deck names one or has other views", () => {
    expect(prepareDeck({}, { primary: "#000", light: true, selecting: false }).mapStyle).toBe(LIGHT_STYLE);
    expect(prepareDeck({}, { primary: "#000", light: false, selecting: false }).mapStyle).toBe(DARK_STYLE);
    expect(prepareDeck({ mapStyle: "https://x/style.json" }, { primary: "#000", light: false, selecting: false }).mapStyle).toBe("https://x/style.json");
    expect(prepareDeck({ mapStyle: "" }, { primary: "#000", light: true, selecting: false }).mapStyle).toBe(LIGHT_STYLE);
    expect(prepareDeck({ mapStyle: "__MAP_STYLE__" }, { primary: "#000", light: true, selecting: false }).mapStyle).toBeNull();
    expect(prepareDeck({ views: [{ "@@type": "OrbitView" }] }, { primary: "#000", light: true, selecting: false }).mapStyle).toBeNull();
  });
  test("selecting makes layers pickable unless one says otherwise", () => {
    const layers = (d: Record<string, unknown>) => d.layers as Record<string, unknown>[];
    expect(layers(prepareDeck({ layers: [{}] }, { primary: "#000", light: true, selecting: true }).deck)[0].pickable).toBe(true);
    const own = prepareDeck({ layers: [{ pickable: false }, {}] }, { primary: "#000", light: true, selecting: true }).deck;
    expect(layers(own).map((l) => l.pickable)).toEqual([false, undefined]);
  });
});

describe("tooltips", () => {
  test("fields come from the object or its properties; html is escaped", () => {
    expect(fillTemplate("{a} {b} {c}", { a: "<x>", properties: { b: 2 } }, true)).toBe("&lt;x&gt; 2 {c}");
    expect(tooltipFor('{"text": "Name: {name}"}', { name: "n" })).toEqual({ text: "Name: n" });
    expect(tooltipFor('{"html": "<b>{name}</b>", "style": {"color": "red"}}', { name: "&" })).toEqual({ html: "<b>&amp;</b>", style: { color: "red" } });
    expect(tooltipFor('{"text": "x"}', null)).toBeNull();
    expect(tooltipFor(null, { a: 1 })).toBeNull();
  });
});

describe("selections", () => {
  const empty = { indices: {}, objects: {} };
  test("single-object toggles one object; the background clears", () => {
    const one = nextSelection(empty, "single", "L", 2, { n: 2 });
    expect(one).toEqual({ indices: { L: [2] }, objects: { L: [{ n: 2 }] } });
    expect(nextSelection(one, "single", "L", 2, { n: 2 })).toEqual(empty);
    expect(nextSelection(one, "single", "L", -1, null)).toEqual(empty);
  });
  test("multi-object adds and removes per layer", () => {
    let s = nextSelection(empty, "multi", "L", 0, "a");
    s = nextSelection(s, "multi", "L", 3, "d");
    s = nextSelection(s, "multi", "M", 1, "x");
    expect(s).toEqual({ indices: { L: [0, 3], M: [1] }, objects: { L: ["a", "d"], M: ["x"] } });
    s = nextSelection(s, "multi", "M", 1, "x");
    expect(s).toEqual({ indices: { L: [0, 3] }, objects: { L: ["a", "d"] } });
  });
  test("the widget value's JSON", () => {
    expect(parseSelection('{"selection": {"indices": {"L": [1]}, "objects": {"L": [{}]}}}')).toEqual({ indices: { L: [1] }, objects: { L: [{}] } });
    expect(parseSelection("nonsense")).toEqual(empty);
  });
});

describe("chunksFor", () => {
  test("names the chunks of the lazily loaded classes a deck's layers use, each once", () => {
    expect(chunksFor({ layers: [{ "@@type": "ScatterplotLayer" }, { "@@type": "H3HexagonLayer" }, { "@@type": "TripsLayer" }] })).toEqual(["geoLayers"]);
    expect(chunksFor({ layers: [{ "@@type": "TileLayer" }, { "@@type": "MVTLayer" }, { "@@type": "TerrainLayer" }] })).toEqual(["tileLayers"]);
    expect(chunksFor({ layers: [{ "@@type": "VectorTileLayer" }, { "@@type": "SimpleMeshLayer" }, { "@@type": "GreatCircleLayer" }] }))
      .toEqual(["cartoLayers", "geoLayers", "meshLayers"]);
  });
  test("finds classes and functions nested in layers (extensions, colour functions) but not in data rows", () => {
    const deck = {
      layers: [{
        "@@type": "GeoJsonLayer",
        extensions: [{ "@@type": "DataFilterExtension", filterSize: 1 }],
        getFillColor: { "@@function": "colorBins", attr: "v", domain: [1, 2] },
        data: [{ "@@type": "TileLayer" }],
      }],
    };
    expect(chunksFor(deck)).toEqual(["cartoLayers", "deckExtensions"]);
  });
  test("core, layer and aggregation classes need no other chunk", () => {
    expect(chunksFor({ layers: [{ "@@type": "ScatterplotLayer" }, { "@@type": "HexagonLayer" }], views: [{ "@@type": "MapView" }] })).toEqual([]);
    expect(chunksFor({ layers: "H3HexagonLayer" })).toEqual([]);
    expect(chunksFor({})).toEqual([]);
  });
});
