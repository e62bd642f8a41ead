import { describe, expect, test } from "vitest";
import { entryGuard, lazyOnlyModules } from "./entryGuard";

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

describe("entryGuard", () => {
  const run = (bundle: Record<string, unknown>) => {
    const plugin = entryGuard();
    const hook = plugin.generateBundle as (this: unknown, options: unknown, bundle: unknown) => void;
    hook.call({ error: (message: string) => { throw new Error(message); } }, {}, bundle);
  };
  const chunk = (fileName: string, isEntry: boolean, ids: string[]) =>
    ({ type: "chunk", fileName, isEntry, modules: Object.fromEntries(ids.map((id) => [id, {}])) });

  test("fails the build when the entry script holds a lazy-only module, naming it", () => {
    const bundle = {
      "assets/index.js": chunk("assets/index.js", true, ["/f/src/main.tsx", "/f/node_modules/@luma.gl/gpgpu/dist/utils/expression.js"]),
    };
    expect(() => run(bundle)).toThrow(/assets\/index\.js holds .*@luma\.gl\/gpgpu\/dist\/utils\/expression\.js/);
  });
  test("lets lazy chunks hold them", () => {
    const bundle = {
      "assets/index.js": chunk("assets/index.js", true, ["/f/src/main.tsx"]),
      "assets/maps.js": chunk("assets/maps.js", false, ["/f/node_modules/@deck.gl/core/dist/index.js"]),
    };
    expect(() => run(bundle)).not.toThrow();
  });
});
