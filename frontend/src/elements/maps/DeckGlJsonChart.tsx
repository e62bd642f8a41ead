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
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useThemeVersion } from "../../theme/activeTheme";
import DeckGL from "@deck.gl/react";
import { FirstPersonView, MapView, OrbitView, OrthographicView, _GlobeView as GlobeView, type Layer, type PickingInfo } from "@deck.gl/core";
import * as layerClasses from "@deck.gl/layers";
import * as aggregationClasses from "@deck.gl/aggregation-layers";
import { JSONConfiguration, JSONConverter } from "@deck.gl/json";
import { Map as BaseMap } from "react-map-gl/maplibre";
import maplibregl from "maplibre-gl";
import workerUrl from "maplibre-gl/dist/maplibre-gl-csp-worker.js?url";
import "maplibre-gl/dist/maplibre-gl.css";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { useStretchHeight } from "../../render/size";
import { chartTheme } from "../charts/vegaTheme";
import { EMPTY_SELECTION, hexRgb, nextSelection, parseDeck, parseSelection, prepareDeck, tooltipFor, type Selection } from "./deckSpec";
import "./maps.css";

maplibregl.setWorkerUrl(workerUrl);

const onlyClasses = (module: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(module).filter(([, v]) => typeof v === "function"));

const converter = new JSONConverter({
  configuration: new JSONConfiguration({
    classes: {
      ...onlyClasses(layerClasses),
      ...onlyClasses(aggregationClasses),
      MapView, OrbitView, OrthographicView, FirstPersonView, GlobeView, _GlobeView: GlobeView,
    },
  }),
});

// The colour props 1.67 dims for unselected objects, by layer type.
const COLOR_PROPS: Record<string, string[]> = {
  ScatterplotLayer: ["getFillColor"], ColumnLayer: ["getFillColor"], GridCellLayer: ["getFillColor"],
  PolygonLayer: ["getFillColor"], SolidPolygonLayer: ["getFillColor"], GeoJsonLayer: ["getFillColor", "getLineColor"],
  ArcLayer: ["getTargetColor", "getSourceColor"], LineLayer: ["getColor"], PathLayer: ["getColor"],
  IconLayer: ["getColor"], TextLayer: ["getColor"], PointCloudLayer: ["getColor"], TripsLayer: ["getColor"],
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
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    if (!fullscreen) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === "Escape") setFullscreen(false);
    };
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [fullscreen]);
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
  const { props, mapStyle } = useMemo(() => {
    const prepared = prepareDeck(parseDeck(el.json), { primary: theme.primary, light: theme.light, selecting });
    let converted: Json = {};
    try {
      converted = (converter.convert(prepared.deck) as Json | null) ?? {};
    } catch (e) {
      console.warn("st.pydeck_chart: the deck could not be converted", e);
    }
    return { props: converted, mapStyle: prepared.mapStyle };
  }, [el.json, theme.primary, theme.light, selecting]);

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
    <div
      ref={frame}
      data-testid="stFullScreenFrame"
      className={`st-fullscreen-frame${fullscreen ? " st-deck-fullscreen" : ""}`}
      style={fullscreen ? undefined : tall.style}
    >
      <div className="st-element-toolbar" data-testid="stElementToolbar">
        <div data-testid="stElementToolbarButtonContainer" className="st-element-toolbar-buttons">
          {hasSelection ? <ToolbarButton label="Clear selection" onClick={clearSelection} icon={CLOSE_ICON} /> : null}
          <ToolbarButton
            label={fullscreen ? "Close fullscreen" : "Fullscreen"}
            onClick={() => setFullscreen((f) => !f)}
            icon={fullscreen ? CLOSE_FULLSCREEN_ICON : FULLSCREEN_ICON}
          />
        </div>
      </div>
    <div ref={box} className="st-deck-box" style={{ width: "100%" }}>
      <div
        className={noBaseMap || !mapStyle ? "stDeckGlJsonChart st-deck-no-base-map" : "stDeckGlJsonChart"}
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
            {mapStyle ? (
              <BaseMap
                mapLib={maplibregl}
                mapStyle={mapStyle}
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
    </div>
  );
}

const FULLSCREEN_ICON = "M7 14H5v5h5v-2H7v-3zm-2-4h2V7h3V5H5v5zm12 7h-3v2h5v-5h-2v3zM14 5v2h3v3h2V5h-5z";
const CLOSE_FULLSCREEN_ICON = "M5 16h3v3h2v-5H5v2zm3-8H5v2h5V5H8v3zm6 11h2v-3h3v-2h-5v5zm2-11V5h-2v5h5V8h-3z";
const CLOSE_ICON = "M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z";

/** One button of the map's toolbar (Streamlit's `stElementToolbarButton`). */
function ToolbarButton({ label, onClick, icon }: { label: string; onClick: () => void; icon: string }) {
  return (
    <div data-testid="stElementToolbarButton">
      <span data-testid="stTooltipHoverTarget">
        <button
          type="button"
          kind="elementToolbar"
          data-testid="stBaseButton-elementToolbar"
          aria-label={label}
          title={label}
          className="st-element-toolbar-button"
          onClick={onClick}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor" data-testid="stElementToolbarButtonIcon" width="1rem" height="1rem">
            <path d={icon} />
          </svg>
        </button>
      </span>
    </div>
  );
}
