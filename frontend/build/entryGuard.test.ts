import { describe, expect, test } from "vitest";
import { lazyOnlyModules } from "./entryGuard";

describe("lazyOnlyModules", () => {
  test("names chart, map and diagram library modules", () => {
    const ids = [
      "/app/frontend/node_modules/@luma.gl/gpgpu/dist/utils/expression.js",
      "/app/frontend/node_modules/vega-lite/build/index.js",
      "/app/frontend/node_modules/plotly.js-dist-min/plotly.min.js",
      "C:\\app\\node_modules\\@deck.gl\\core\\dist\\index.js",
    ];
    expect(lazyOnlyModules(ids)).toEqual(ids);
  });
  test("leaves the page's own code and the libraries every page uses", () => {
    const ids = [
      "/app/frontend/src/main.tsx",
      "/app/frontend/src/elements/maps/index.ts",
      "/app/frontend/node_modules/react-dom/cjs/react-dom-client.production.js",
      "/app/frontend/node_modules/protobufjs/src/index.js",
      "/app/frontend/node_modules/long/index.js",
      "/app/frontend/node_modules/micromark/index.js",
    ];
    expect(lazyOnlyModules(ids)).toEqual([]);
  });
});
