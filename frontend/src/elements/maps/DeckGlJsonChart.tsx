//! st.map and st.pydeck_chart: the deck's JSON turned into deck.gl layers by
//! @deck.gl/json's converter (whose `@@=` accessors are parsed, never eval'd),
//! drawn over a Carto base map by maplibre-gl when its style can load. Both
//! libraries are this family's own lazy chunk. maplibre-gl's CSP build runs its
//! worker from a file the app serves (same origin, so the page's
//! `script-src 'self'` allows it; no blob: worker). Without network the style
//! and tiles fail to load: the map is then the layers alone on the page's
//! background, as in 1.67, and the failure is logged once as a warning. Tooltips and
//! selections (single/multi object) as 1.67 has them (SPEC-DATA §9). The element
//! toolbar clears a selection and shows the map fullscreen (Escape closes it).
//! A `mapbox://` style draws with the deck's Mapbox token (`./mapbox`); without
//! one there is no base map, as 1.67's mapbox-gl cannot load it either.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useThemeVersion } from "../../theme/activeTheme";
import DeckGL from "@deck.gl/react";
import type { Layer, PickingInfo } from "@deck.gl/core";
import type { JSONConverter } from "@deck.gl/json";
import { Map as BaseMap } from "react-map-gl/maplibre";
import maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-csp-worker.js?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { useStretchHeight } from "../../render/size";
import { ChartFrame, FullscreenButton, ICONS, ToolbarButton, useFullscreen } from "../shared/ChartFrame";
import { chartTheme } from "../charts/vegaTheme";
import { EMPTY_SELECTION, hexRgb, nextSelection, chunksFor, parseDeck, parseSelection, prepareDeck, tooltipFor, type Selection } from "./deckSpec";
import { loadConverter, readyConverter } from "./deckClasses";
import { isMapboxStyle, mapboxRequests } from "./mapbox";
import "./maps.css";

maplibregl.setWorkerUrl(workerUrl);

// The colour props 1.67 dims for unselected objects, by layer type.
const COLOR_PROPS: Record<string, string[]> = {
  ScatterplotLayer: ["getFillColor"], ColumnLayer: ["getFillColor"], GridCellLayer: ["getFillColor"],
  PolygonLayer: ["getFillColor"], SolidPolygonLayer: ["getFillColor"], GeoJsonLayer: ["getFillColor", "getLineColor"],
  ArcLayer: ["getTargetColor", "getSourceColor"], LineLayer: ["getColor"], PathLayer: ["getColor"],
  IconLayer: ["getColor"], TextLayer: ["getColor"], PointCloudLayer: ["getColor"], TripsLayer: ["getColor"],
  H3HexagonLayer: ["getFillColor"], H3ClusterLayer: ["getFillColor"], GreatCircleLayer: ["getTargetColor", "getSourceColor"],
};

type Json = Record<string, unknown>;
type Rgba = [number, number, number, number];
type ColorAccessor = Rgba | ((object: unknown, info: unknown) => number[]);

function resolveColor(original: unknown, object: unknown, info: unknown): Rgba | null {
  const c = typeof original === "function" ? (original as (o: unknown, i: unknown) => unknown)(object, info) : original;
  if (!Array.isArray(c)) return null;
  return [Number(c[0] ?? 0), Number(c[1] ?? 0), Number(c[2] ?? 0), typeof c[3] === "number" ? c[3] : 255];
}

/** A copy of `layer` whose colours show the selection: selected objects opaque, the rest faded. */
function withSelection(layer: Layer, selected: number[], primary: string, gray: string): Layer {
  const props = COLOR_PROPS[layer.constructor.name] ?? COLOR_PROPS[(layer.constructor as { layerName?: string }).layerName ?? ""];
  if (!props) return layer;
  const [pr, pg, pb] = hexRgb(primary);
  const [gr, gg, gb] = hexRgb(gray);
  const changes: Json = { updateTriggers: { ...(layer.props.updateTriggers ?? {}) } };
  for (const prop of props) {
    const original = (layer.props as unknown as Json)[prop];
    const accessor: ColorAccessor = (object, info) => {
      const index = (info as { index: number }).index;
      const isSelected = selected.includes(index);
      const c = resolveColor(original, object, info);
      if (!c) return isSelected ? [pr, pg, pb, 255] : [gr, gg, gb, 102];
      return [c[0], c[1], c[2], isSelected ? Math.max(c[3], 255) : Math.min(c[3], 102)];
    };
    changes[prop] = accessor;
    (changes.updateTriggers as Json)[prop] = [selected];
  }
  return layer.clone(changes);
}

let styleWarned = false;
let tokenWarned = false;

export function DeckGlJsonChart({ el, widthConfig, heightConfig }: {
  el: rustlit.IDeckGlJsonChart;
  widthConfig?: rustlit.IWidthConfig | null;
  heightConfig?: rustlit.IHeightConfig | null;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [available, setAvailable] = useState(0);
  // The base map's style or tiles failed to load (no network): the layers alone (marked by a class).
  const [noBaseMap, setNoBaseMap] = useState(false);
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const widgets = useWidgets();
  const widget = el.widget ?? {};
  const widgetId = widget.id ?? "";
  const held = useHeldValue(widget);
  const mode = el.selectionMode === 2 ? "multi" : el.selectionMode === 1 ? "single" : null;
  const selecting = Boolean(widgetId && mode);
  const selection: Selection = useMemo(
    () => (selecting && held && "stringValue" in held ? parseSelection(held.stringValue) : EMPTY_SELECTION),
    [selecting, held],
  );

  useEffect(() => {
    const node = box.current;
    if (!node || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => setAvailable(Math.floor(entry.contentRect.width)));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useThemeVersion(); // re-rendered, with the new colours, when the viewer switches theme
  const theme = chartTheme();
  const deck = useMemo(() => parseDeck(el.json), [el.json]);
  // A deck naming lazily loaded classes (geo, tile, mesh, CARTO layers, extensions) waits for
  // their chunks (each fetched once per page) before it converts.
  const chunks = useMemo(() => chunksFor(deck), [deck]);
  const chunkKey = chunks.join(",");
  const [loaded, setLoaded] = useState<{ key: string; converter: JSONConverter } | null>(null);
  const converter = readyConverter(chunks) ?? (loaded?.key === chunkKey ? loaded.converter : null);
  useEffect(() => {
    if (converter) return;
    let cancelled = false;
    loadConverter(chunks).then((c) => {
      if (!cancelled) setLoaded({ key: chunkKey, converter: c });
    }).catch((e: unknown) => console.warn(`st.pydeck_chart: deck.gl's ${chunkKey} could not load`, e));
    return () => {
      cancelled = true;
    };
  }, [chunks, chunkKey, converter]);
  const { props, mapStyle } = useMemo(() => {
    const prepared = prepareDeck(deck, { primary: theme.primary, light: theme.light, selecting });
    let converted: Json = {};
    try {
      if (converter) converted = (converter.convert(prepared.deck) as Json | null) ?? {};
    } catch (e) {
      console.warn("st.pydeck_chart: the deck could not be converted", e);
    }
    return { props: converted, mapStyle: prepared.mapStyle };
  }, [deck, converter, theme.primary, theme.light, selecting]);
  const token = el.mapboxToken ?? "";
  const needsToken = isMapboxStyle(mapStyle) && !token;
  useEffect(() => {
    if (!needsToken || tokenWarned) return;
    tokenWarned = true;
    console.warn(
      "st.pydeck_chart: a Mapbox style needs a Mapbox token (pydeck.Deck(api_keys={'mapbox': ...}) or MAPBOX_API_KEY); showing the layers alone",
    );
  }, [needsToken]);
  const baseStyle = needsToken ? null : mapStyle;
  const transformRequest = useMemo(() => (token ? mapboxRequests(token) : undefined), [token]);

  const layers = useMemo(() => {
    const list = (Array.isArray(props.layers) ? props.layers : []) as Layer[];
    const active = Object.values(selection.indices).some((ids) => ids.length > 0);
    if (!selecting || !active) return list;
    const gray = theme.light ? "#d5dae5" : "#3d3f4b";
    return list.map((layer) => withSelection(layer, selection.indices[String(layer.id)] ?? [], theme.primary, gray));
  }, [props.layers, selection, selecting, theme.primary, theme.light]);

  // The view follows the user; a new initialViewState from the script replaces it.
  const initialViewState = props.initialViewState as Json | undefined;
  const [viewState, setViewState] = useState<Json | undefined>(initialViewState);
  const lastInitial = useRef(JSON.stringify(initialViewState ?? null));
  useEffect(() => {
    const text = JSON.stringify(initialViewState ?? null);
    if (text !== lastInitial.current) {
      lastInitial.current = text;
      setViewState(initialViewState);
    }
  }, [initialViewState]);

  const zoomBy = (delta: number) =>
    setViewState((v) => (v ? { ...v, zoom: (typeof v.zoom === "number" ? v.zoom : 0) + delta } : v));

  const getTooltip = useCallback((info: PickingInfo) => tooltipFor(el.tooltip, info.object) as never, [el.tooltip]);

  const onClick = useCallback(
    (info: PickingInfo) => {
      if (!selecting || !mode) return;
      const layerId = String(info.layer?.id ?? null);
      const next = nextSelection(selection, mode, layerId, info.index, info.object);
      if (JSON.stringify(next) === JSON.stringify(selection)) return;
      widgets.setValue(widgetId, { stringValue: JSON.stringify({ selection: next }) });
    },
    [selecting, mode, selection, widgets, widgetId],
  );

  const pixelWidth = fullscreen ? 0 : widthConfig?.pixelWidth ?? 0;
  const width = pixelWidth > 0 ? Math.min(pixelWidth, available || pixelWidth) : available;
  // 500 px by default; "stretch": the room a container of fixed height leaves, else 100 px (as
  // 1.67). Fullscreen: the window's height less the frame's padding.
  const tall = useStretchHeight(frame, heightConfig, heightConfig?.pixelHeight || 500, { inside: 0, outside: 100 });
  const height = fullscreen ? Math.max(200, window.innerHeight - 80) : tall.height;
  const hasSelection = selecting && Object.values(selection.indices).some((ids) => ids.length > 0);
  const clearSelection = () => widgets.setValue(widgetId, { stringValue: JSON.stringify({ selection: EMPTY_SELECTION }) });
  const views = props.views as never;
  const hasViews = props.views !== undefined && props.views !== null;

  return (
    <ChartFrame
      frameRef={frame}
      fullscreen={fullscreen}
      fullscreenClass="st-deck-fullscreen"
      style={fullscreen ? undefined : tall.style}
      toolbar={<>
        {hasSelection ? <ToolbarButton label="Clear selection" onClick={clearSelection} icon={ICONS.close} /> : null}
        <FullscreenButton fullscreen={fullscreen} onToggle={toggleFullscreen} />
      </>}
    >
    <div ref={box} className="st-deck-box" style={{ width: "100%" }}>
      <div
        className={noBaseMap || !baseStyle ? "stDeckGlJsonChart st-deck-no-base-map" : "stDeckGlJsonChart"}
        data-testid="stDeckGlJsonChart"
        role={el.alt ? "figure" : undefined}
        aria-label={el.alt ?? undefined}
        style={{ width: width || "100%", height, position: "relative" }}
      >
        {width > 0 && viewState ? (
          <DeckGL
            viewState={viewState as never}
            onViewStateChange={({ viewState: v }) => setViewState(v as Json)}
            layers={layers}
            views={views}
            controller={!hasViews}
            getTooltip={getTooltip}
            onClick={selecting ? onClick : undefined}
            parameters={props.parameters as never}
            width={width}
            height={height}
          >
            {baseStyle ? (
              <BaseMap
                mapLib={maplibregl}
                mapStyle={baseStyle}
                transformRequest={transformRequest}
                attributionControl={false}
                onError={(e) => {
                  setNoBaseMap(true);
                  if (!styleWarned) {
                    styleWarned = true;
                    console.warn("st.map: the base map could not load; showing the layers alone", e.error?.message ?? e);
                  }
                }}
              />
            ) : null}
          </DeckGL>
        ) : null}
        {mapStyle && viewState ? (
          // 1.67's zoom buttons (maplibre's control look) over a map view.
          <div className="st-deck-zoom maplibregl-ctrl maplibregl-ctrl-group" data-testid="stDeckGlJsonChartZoomButton">
            <button type="button" className="maplibregl-ctrl-zoom-in" aria-label="Zoom in" onClick={() => zoomBy(1)}>
              <span className="maplibregl-ctrl-icon" aria-hidden="true" />
            </button>
            <button type="button" className="maplibregl-ctrl-zoom-out" aria-label="Zoom out" onClick={() => zoomBy(-1)}>
              <span className="maplibregl-ctrl-icon" aria-hidden="true" />
            </button>
          </div>
        ) : null}
      </div>
    </div>
    </ChartFrame>
  );
}
