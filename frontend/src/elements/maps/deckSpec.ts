//! What the browser does to a pydeck JSON deck before deck.gl's JSON converter
//! sees it, as 1.67 does (SPEC-DATA §9): "primary" fill colours become the
//! theme's primary colour, a selecting chart's layers become pickable, the base
//! map defaults to Carto's light or dark style, and tooltips fill `{field}`
//! placeholders from the hovered object. Pure functions, tested in deckSpec.test.ts.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

export const LIGHT_STYLE = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json";
export const DARK_STYLE = "https://basemaps.cartocdn.com/gl/dark-matter-gl-style/style.json";

/** A selection as the widget's value holds it. */
export interface Selection {
  indices: Record<string, number[]>;
  objects: Record<string, unknown[]>;
}
export const EMPTY_SELECTION: Selection = { indices: {}, objects: {} };

/** "#rrggbb" (or "#rgb") as [r, g, b]; black for anything else. */
export function hexRgb(color: string): [number, number, number] {
  let hex = color.trim().replace(/^#/, "");
  if (hex.length === 3 || hex.length === 4) hex = [...hex.slice(0, 3)].map((c) => c + c).join("");
  const n = Number.parseInt(hex.slice(0, 6), 16);
  if (!/^[0-9a-f]{6}/i.test(hex) || Number.isNaN(n)) return [0, 0, 0];
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The parsed deck, or an empty one. */
export function parseDeck(text: string | null | undefined): Json {
  try {
    const parsed: unknown = JSON.parse(text || "{}");
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The lazily loaded chunks of deck.gl classes (each a module of this folder, fetched the first
 * time a deck names one of its classes): the core, layer and aggregation classes are in the maps
 * chunk itself; these are larger and rarer.
 */
export type ClassChunk = "geoLayers" | "tileLayers" | "meshLayers" | "cartoLayers" | "deckExtensions";

/** Which chunk holds each lazily loaded class or function, as 1.67's converter names them. */
export const LAZY_NAMES: Readonly<Record<string, ClassChunk>> = {
  ...Object.fromEntries(
    ["A5Layer", "GeohashLayer", "GreatCircleLayer", "H3ClusterLayer", "H3HexagonLayer", "QuadkeyLayer", "S2Layer", "TripsLayer", "_GeoCellLayer"]
      .map((n) => [n, "geoLayers"]),
  ),
  ...Object.fromEntries(
    ["MVTLayer", "TerrainLayer", "Tile3DLayer", "TileLayer", "_Tile2DHeader", "_Tileset2D", "_WMSLayer", "_getURLFromTemplate"].map((n) => [n, "tileLayers"]),
  ),
  ScenegraphLayer: "meshLayers",
  SimpleMeshLayer: "meshLayers",
  ...Object.fromEntries(
    ["ClusterTileLayer", "H3TileLayer", "HeatmapTileLayer", "PointLabelLayer", "QuadbinTileLayer", "RasterTileLayer", "VectorTileLayer",
      "colorBins", "colorCategories", "colorContinuous"].map((n) => [n, "cartoLayers"]),
  ),
  ...Object.fromEntries(
    ["BrushingExtension", "ClipExtension", "CollisionFilterExtension", "DataFilterExtension", "FillStyleExtension", "Fp64Extension",
      "MaskExtension", "PathStyleExtension", "TerrainExtension", "_TerrainExtension"].map((n) => [n, "deckExtensions"]),
  ),
};

/**
 * The chunks a deck needs: every `@@type` (layers, views, extensions) and `@@function` it names,
 * wherever they are. Layer `data` is not walked: pydeck puts the rows there, and they name no class.
 */
export function chunksFor(deck: Json): ClassChunk[] {
  const found = new Set<ClassChunk>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isObject(value)) return;
    for (const key of ["@@type", "@@function"]) {
      const name = value[key];
      if (typeof name === "string" && Object.hasOwn(LAZY_NAMES, name)) found.add(LAZY_NAMES[name]);
    }
    for (const [key, inner] of Object.entries(value)) if (key !== "data") visit(inner);
  };
  visit(deck);
  return [...found].sort();
}

/** Whether the deck's views are map views only (or none), so a base map fits under them. */
export function mapViewsOnly(views: unknown): boolean {
  if (views === undefined || views === null) return true;
  const list = Array.isArray(views) ? views : [views];
  return list.every((v) => isObject(v) && v["@@type"] === "MapView");
}

/**
 * The deck prepared for the converter: primary colours resolved, layers pickable when selecting and
 * none says otherwise, and the base map style (`null`: no base map).
 */
export function prepareDeck(deck: Json, opts: { primary: string; light: boolean; selecting: boolean }): { deck: Json; mapStyle: string | null } {
  const out: Json = { ...deck };
  const [r, g, b] = hexRgb(opts.primary);
  if (Array.isArray(out.layers)) {
    const layers = out.layers.filter(isObject);
    const anyPickable = layers.some((l) => Object.hasOwn(l, "pickable"));
    out.layers = out.layers.map((layer) => {
      if (!isObject(layer)) return layer;
      const copy: Json = { ...layer };
      if (copy.getFillColor === "primary") copy.getFillColor = [r, g, b, 160];
      if (opts.selecting && !anyPickable) copy.pickable = true;
      return copy;
    });
  }
  let mapStyle: string | null = null;
  const given = out.mapStyle;
  // As 1.67: the sentinel means no base map; no style at all (pydeck's map_style="" too) means
  // Carto's, light or dark with the theme.
  if (given === "__MAP_STYLE__") mapStyle = null;
  else if (typeof given === "string" && given.length > 0) mapStyle = given;
  else if (Array.isArray(given) && typeof given[0] === "string") mapStyle = given[0];
  else if (given === undefined || given === null || given === "") mapStyle = opts.light ? LIGHT_STYLE : DARK_STYLE;
  if (!mapViewsOnly(out.views)) mapStyle = null;
  delete out.mapStyle;
  return { deck: out, mapStyle };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
const escapeHtml = (v: unknown) => String(v).replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `template` with each `{field}` replaced by the object's (or its `properties`') value, escaped for HTML. */
export function fillTemplate(template: string, object: unknown, html: boolean): string {
  if (!isObject(object)) return template;
  return template.replace(/{(.*?)}/g, (whole, field: string) => {
    let value: unknown;
    if (Object.hasOwn(object, field)) value = object[field];
    else if (isObject(object.properties) && Object.hasOwn(object.properties, field)) value = object.properties[field];
    else return whole;
    return html ? escapeHtml(value) : String(value);
  });
}

/** deck.gl's tooltip for the hovered object from the deck's tooltip JSON; null for none. */
export function tooltipFor(tooltip: string | null | undefined, object: unknown): Json | null {
  if (!tooltip || object === undefined || object === null) return null;
  const parsed = parseDeck(tooltip);
  if (typeof parsed.html === "string" && parsed.html) return { ...parsed, html: fillTemplate(parsed.html, object, true) };
  if (typeof parsed.text === "string" && parsed.text) return { ...parsed, text: fillTemplate(parsed.text, object, false) };
  return null;
}

/** The selection after a click on object `index` of layer `layerId` (index -1: the background). */
export function nextSelection(current: Selection, mode: "single" | "multi", layerId: string, index: number, object: unknown): Selection {
  if (index < 0) return EMPTY_SELECTION;
  if (mode === "single") {
    if (current.indices[layerId]?.[0] === index) return EMPTY_SELECTION;
    return { indices: { [layerId]: [index] }, objects: { [layerId]: [object] } };
  }
  const picked = new Map<number, unknown>((current.indices[layerId] ?? []).map((i, n) => [i, current.objects[layerId]?.[n]]));
  if (picked.has(index)) picked.delete(index);
  else picked.set(index, object);
  const indices = { ...current.indices };
  const objects = { ...current.objects };
  if (picked.size === 0) {
    delete indices[layerId];
    delete objects[layerId];
  } else {
    indices[layerId] = [...picked.keys()];
    objects[layerId] = [...picked.values()];
  }
  return { indices, objects };
}

/** The selection in a widget value's JSON text. */
export function parseSelection(text: string | null | undefined): Selection {
  const parsed = parseDeck(text);
  const sel = parsed.selection;
  if (!isObject(sel) || !isObject(sel.indices) || !isObject(sel.objects)) return EMPTY_SELECTION;
  return { indices: sel.indices as Selection["indices"], objects: sel.objects as Selection["objects"] };
}
