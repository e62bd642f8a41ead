//! deck.gl's JSON converter with the classes a deck names. The core, layer and
//! aggregation classes are part of the maps chunk; the rarer ones (geo, tile,
//! mesh and CARTO layers, extensions) are chunks of their own, each fetched once
//! per page by the first deck that names one of its classes (`chunksFor`).
import { FirstPersonView, MapView, OrbitView, OrthographicView, _GlobeView as GlobeView } from "@deck.gl/core";
import * as layerClasses from "@deck.gl/layers";
import * as aggregationClasses from "@deck.gl/aggregation-layers";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import type { ClassChunk } from "./deckSpec";

interface ChunkExports {
  classes: Record<string, unknown>;
  functions?: Record<string, unknown>;
}

// One dynamic import per chunk, so that vite names each chunk after its module.
const LOADERS: Record<ClassChunk, () => Promise<ChunkExports>> = {
  geoLayers: () => import("./geoLayers"),
  tileLayers: () => import("./tileLayers"),
  meshLayers: () => import("./meshLayers"),
  cartoLayers: () => import("./cartoLayers"),
  deckExtensions: () => import("./deckExtensions"),
};

const onlyClasses = (module: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(module).filter(([, v]) => typeof v === "function"));

function makeConverter(chunks: ChunkExports[]): JSONConverter {
  return new JSONConverter({
    configuration: new JSONConfiguration({
      classes: {
        ...onlyClasses(layerClasses),
        ...onlyClasses(aggregationClasses),
        ...Object.assign({}, ...chunks.map((c) => onlyClasses(c.classes))),
        MapView, OrbitView, OrthographicView, FirstPersonView, GlobeView, _GlobeView: GlobeView,
      },
      functions: Object.assign({}, ...chunks.map((c) => c.functions ?? {})),
    }),
  });
}

/** The converter for decks that name only the maps chunk's own classes. */
export const baseConverter = makeConverter([]);

const loading = new Map<ClassChunk, Promise<ChunkExports>>();
const converters = new Map<string, JSONConverter>([["", baseConverter]]);

/** The converter for these chunks if they are loaded already (no waiting), else null. */
export function readyConverter(chunks: readonly ClassChunk[]): JSONConverter | null {
  return converters.get(chunks.join(",")) ?? null;
}

/** The converter knowing the classes of these chunks, fetching the ones not loaded yet. */
export async function loadConverter(chunks: readonly ClassChunk[]): Promise<JSONConverter> {
  const key = chunks.join(",");
  const ready = converters.get(key);
  if (ready) return ready;
  const modules = await Promise.all(chunks.map((chunk) => {
    let pending = loading.get(chunk);
    if (!pending) {
      pending = LOADERS[chunk]();
      // A failed fetch may be retried by the next deck (or rerun) that needs the chunk.
      pending.catch(() => loading.delete(chunk));
      loading.set(chunk, pending);
    }
    return pending;
  }));
  const converter = converters.get(key) ?? makeConverter(modules);
  converters.set(key, converter);
  return converter;
}
