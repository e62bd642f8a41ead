// LAZY_NAMES (which chunk to fetch for a class the deck names) must agree with
// what each chunk module gives the converter; a name missing from one side
// would leave a layer unknown or fetch a chunk for nothing.
import { expect, test } from "vitest";
import { LAZY_NAMES, type ClassChunk } from "./deckSpec";

test("each lazily loaded name is what its chunk exports, and nothing else", async () => {
  const modules: Record<ClassChunk, { classes: Record<string, unknown>; functions?: Record<string, unknown> }> = {
    geoLayers: await import("./geoLayers"),
    tileLayers: await import("./tileLayers"),
    meshLayers: await import("./meshLayers"),
    cartoLayers: await import("./cartoLayers"),
    deckExtensions: await import("./deckExtensions"),
  };
  for (const [chunk, module] of Object.entries(modules)) {
    const exported = Object.entries({ ...module.classes, ...module.functions })
      .filter(([, v]) => typeof v === "function").map(([name]) => name).sort();
    const listed = Object.entries(LAZY_NAMES).filter(([, c]) => c === chunk).map(([name]) => name).sort();
    expect(exported, chunk).toEqual(listed);
  }
}, 60_000);
