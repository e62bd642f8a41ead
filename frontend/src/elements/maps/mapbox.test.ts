import { describe, expect, test } from "vitest";
import { isMapboxStyle, mapboxUrl } from "./mapbox";

const T = "pk.abc";

describe("mapbox:// URLs for maplibre", () => {
  test("a style, its sprite, glyphs and tilesets become API URLs with the token", () => {
    expect(mapboxUrl("mapbox://styles/mapbox/light-v9", T)).toBe("https://api.mapbox.com/styles/v1/mapbox/light-v9?access_token=pk.abc");
    expect(mapboxUrl("mapbox://sprites/mapbox/light-v9@2x.json", T)).toBe(
      "https://api.mapbox.com/styles/v1/mapbox/light-v9/sprite@2x.json?access_token=pk.abc",
    );
    expect(mapboxUrl("mapbox://sprites/mapbox/light-v9.png", T)).toBe(
      "https://api.mapbox.com/styles/v1/mapbox/light-v9/sprite.png?access_token=pk.abc",
    );
    expect(mapboxUrl("mapbox://fonts/mapbox/Open Sans Regular,Arial Unicode MS Regular/0-255.pbf", T)).toBe(
      "https://api.mapbox.com/fonts/v1/mapbox/Open Sans Regular,Arial Unicode MS Regular/0-255.pbf?access_token=pk.abc",
    );
    expect(mapboxUrl("mapbox://mapbox.mapbox-streets-v8,mapbox.mapbox-terrain-v2", T)).toBe(
      "https://api.mapbox.com/v4/mapbox.mapbox-streets-v8,mapbox.mapbox-terrain-v2.json?secure&access_token=pk.abc",
    );
    expect(mapboxUrl("mapbox://tiles/mapbox.satellite/3/4/2.png", T)).toBe("https://api.mapbox.com/v4/mapbox.satellite/3/4/2.png?access_token=pk.abc");
  });

  test("Mapbox's hosts get the token once; other hosts are left alone", () => {
    expect(mapboxUrl("https://a.tiles.mapbox.com/v4/x/1/2/3.vector.pbf", T)).toBe(
      "https://api.mapbox.com/v4/x/1/2/3.vector.pbf?access_token=pk.abc",
    );
    expect(mapboxUrl("https://b.tiles.mapbox.com/other/path.png", T)).toBe("https://b.tiles.mapbox.com/other/path.png?access_token=pk.abc");
    expect(mapboxUrl("https://api.mapbox.com/v4/x.json?secure&access_token=mine", T)).toBe("https://api.mapbox.com/v4/x.json?secure&access_token=mine");
    const carto = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json";
    expect(mapboxUrl(carto, T)).toBe(carto);
    expect(mapboxUrl("https://evil.example/api.mapbox.com/x", T)).toBe("https://evil.example/api.mapbox.com/x");
    expect(mapboxUrl("https://api.mapbox.com.evil.example/x", T)).toBe("https://api.mapbox.com.evil.example/x");
  });

  test("only mapbox:// styles are Mapbox styles", () => {
    expect(isMapboxStyle("mapbox://styles/mapbox/dark-v9")).toBe(true);
    expect(isMapboxStyle("https://basemaps.cartocdn.com/gl/positron-gl-style/style.json")).toBe(false);
    expect(isMapboxStyle(null)).toBe(false);
  });
});
