//! The element registry: one entry per `Element.type` case, holding its
//! renderer. Widgets are generic: a kind whose message has a `widget` field is one.
//!
//! The table is a mapped type over `ElementKind` (the generated oneof's case
//! names), so a kind added to the proto without an entry here fails `tsc`.
//! Renderers of the text and status families (and st.space) are in the initial bundle; the
//! widgets, media, chat, components, data, charts, plotly, maps, graphviz and echarts families are one chunk each, fetched
//! when the first element of the family renders (src/render/ElementView.tsx
//! shows the element's container meanwhile).
//! The widget manager registers a widget's value from the delta (its `widget`
//! field), independently of its renderer.
import { lazy, type ComponentType } from "react";
import type { IElement, IWidget, rustlit } from "../proto";
import { elementKind, type ElementKind } from "../proto/kinds";
import type { WidgetSpec } from "../widgets/widgetManager";
import { sliderSpec, specOf } from "../widgets/specs";
import { trackChunk } from "./chunks";
import { Code } from "../elements/text/Code";
import { Empty } from "../elements/text/Empty";
import { Heading } from "../elements/text/Heading";
import { Help } from "../elements/text/Help";
import { JsonElement } from "../elements/text/Json";
import { Markdown } from "../elements/text/Markdown";
import { Text } from "../elements/text/Text";
import { Alert } from "../elements/status/Alert";
import { ExceptionElement } from "../elements/status/Exception";
import { Metric, Progress, Spinner, Toast } from "../elements/status/Status";
import { Balloons, Snow } from "../elements/status/Celebration";
import { AuthRedirect } from "../elements/status/AuthRedirect";
import { Space } from "../elements/layout/Space";
import { Skeleton } from "../elements/status/Skeleton";

/** The message of one element kind, e.g. `rustlit.IMarkdown` for "markdown". */
export type ElementMessage<K extends ElementKind> = NonNullable<IElement[K]>;

export interface ElementEntry<K extends ElementKind> {
  /** Renders the kind's message (`el`), eagerly or from its family's chunk. */
  render: ComponentType<{
    el: ElementMessage<K>;
    widthConfig?: rustlit.IWidthConfig | null;
    heightConfig?: rustlit.IHeightConfig | null;
  }>;
  /**
   * Widgets need no entry of their own: a message with a `widget` field is a
   * widget (see `widgetSpec`). This only adds what one kind knows beyond it.
   */
  widget?: (el: ElementMessage<K>, spec: WidgetSpec) => WidgetSpec;
  /**
   * Widget ids the element carries besides its own `widget` (a grid's keyed button columns): each
   * is a trigger that reruns the element's fragment, as its own widget would.
   */
  triggers?: (el: ElementMessage<K>) => string[];
  /**
   * The kind's width in 1.67 when the element carries no `width_config` (Python sends one only
   * when the command's `width` is not its default); unset = the container's width.
   */
  width?: rustlit.IWidthConfig;
  /**
   * The renderer gives each of its parts a pixel `width` itself (st.image's row of images), so its
   * container only fits its content then.
   */
  sizesItself?: boolean;
  /**
   * How the element sizes in a row (st.container(horizontal=True)) when its width is its kind's
   * default; unset = it grows to share the row ("stretch"). See `RowSizing`.
   */
  row?: RowSizing | ((el: ElementMessage<K>) => RowSizing);
}

/**
 * An element's share of a row, as 1.67 sizes children of a horizontal container: "content" keeps
 * its natural width, "text" shrinks but never grows (prose), "input" grows from a 128 px basis
 * (fields), "stretch" grows from its natural width.
 */
export type RowSizing = "content" | "text" | "input" | "stretch";

/** A lazy renderer that can start fetching its chunk before it renders. */
type Preloadable = { preload?: () => Promise<unknown> };

/**
 * A family's chunk: `family(() => import("./x"))("Name")` is a lazy renderer
 * of the export `Name`. Every renderer of a family shares one import, so the
 * browser fetches the chunk once.
 */
function family<M extends object>(load: () => Promise<M>) {
  let loading: Promise<M> | null = null;
  const get = (): Promise<M> => {
    if (!loading) loading = trackChunk(load());
    return loading;
  };
  // A lazy component takes the props of the component it loads, so it keeps
  // that component's type and the table checks it against the kind's message.
  return <N extends keyof M>(name: N): M[N] => {
    const component = lazy(async () => ({ default: (await get())[name] as ComponentType<unknown> }));
    (component as Preloadable).preload = get;
    return component as unknown as M[N];
  };
}

/** Starts fetching the chunk of an element's renderer, if it has one (called when its delta arrives). */
export function preloadRenderer(element: IElement): void {
  void (elementEntry(element)?.entry.render as Preloadable | undefined)?.preload?.();
}

const widgets = family(() => import("../elements/widgets"));
const media = family(() => import("../elements/media"));
const chat = family(() => import("../elements/chat"));
const components = family(() => import("../elements/components"));
const data = family(() => import("../elements/data"));
const charts = family(() => import("../elements/charts"));
const plotly = family(() => import("../elements/plotly"));
const maps = family(() => import("../elements/maps"));
const graphviz = family(() => import("../elements/graphviz"));
const echarts = family(() => import("../elements/echarts"));

/** A button keeps its label's width in a row unless it was asked to fill its container. */
const buttonInRow = (b: { useContainerWidth?: boolean | null }): RowSizing => (b.useContainerWidth ? "stretch" : "content");

/** The width of widgets whose 1.67 default `width` is "content" (checkbox, radio, pills, ...). */
const CONTENT: rustlit.IWidthConfig = { useContent: true };

export const ELEMENTS: { readonly [K in ElementKind]: ElementEntry<K> } = {
  // text
  heading: { render: Heading, row: "text" },
  markdown: { render: Markdown, row: "text" },
  text: { render: Text, width: { useContent: true }, row: "text" },
  code: { render: Code },
  json: { render: JsonElement },
  empty: { render: Empty },
  help: { render: Help },
  // status
  alert: { render: Alert },
  exception: { render: ExceptionElement },
  progress: { render: Progress },
  spinner: { render: Spinner, width: CONTENT },
  skeleton: { render: Skeleton },
  toast: { render: Toast },
  metric: { render: Metric },
  balloons: { render: Balloons },
  // Read by the header and the sidebar (app/Logo.tsx); nothing where it sits.
  logo: { render: () => null },
  snow: { render: Snow },
  // st.login / st.logout: the page navigates to the login or logout route.
  authRedirect: { render: AuthRedirect },
  // widgets
  button: { render: widgets("Button"), row: buttonInRow },
  downloadButton: { render: widgets("DownloadButton"), row: buttonInRow },
  formSubmitButton: { render: widgets("FormSubmitButton"), widget: (b, spec) => ({ ...spec, submitsForm: b.formId ?? "" }), row: buttonInRow },
  linkButton: { render: widgets("LinkButton"), row: buttonInRow },
  pageLink: { render: widgets("PageLink"), row: "content" },
  checkbox: { render: widgets("Checkbox"), width: CONTENT, row: "content" },
  slider: { render: widgets("Slider"), widget: (s, spec) => sliderSpec(spec, s.dataType) },
  textInput: { render: widgets("TextInput"), row: "input" },
  textArea: { render: widgets("TextArea"), row: "input" },
  numberInput: { render: widgets("NumberInput"), row: "input" },
  selectbox: { render: widgets("Selectbox"), row: "input" },
  radio: { render: widgets("Radio"), width: CONTENT, row: "content" },
  multiselect: { render: widgets("Multiselect"), row: "input" },
  buttonGroup: { render: widgets("ButtonGroup"), width: CONTENT, row: "content" },
  selectSlider: { render: widgets("SelectSlider") },
  dateInput: { render: widgets("DateInput"), row: "input" },
  dateTimeInput: { render: widgets("DateTimeInput"), row: "input" },
  timeInput: { render: widgets("TimeInput"), row: "input" },
  colorPicker: { render: widgets("ColorPicker"), width: CONTENT, row: "content" },
  feedback: { render: widgets("Feedback"), width: CONTENT, row: "content" },
  pagination: { render: widgets("Pagination"), width: { useContent: true }, row: "content" },
  // A menu choice is a one-shot value, like a click (WidgetManager.choose).
  menuButton: { render: widgets("MenuButton"), row: buttonInRow },
  // media
  fileUploader: { render: media("FileUploader") },
  cameraInput: { render: media("CameraInput") },
  audioInput: { render: media("AudioInput") },
  imgs: { render: media("ImageList"), width: { useContent: true }, sizesItself: true },
  audio: { render: media("Audio") },
  video: { render: media("Video") },
  // chat: a chat input holds no value; a submit is sent once (WidgetManager.submitChat).
  chatInput: { render: chat("ChatInput") },
  // components: a component has no value until its frontend sends one.
  componentInstance: { render: components("CustomComponent") },
  iframe: { render: components("IFrame") },
  // components v2: state is the widget's JSON value; events go on its trigger widget (WidgetManager.sendEvents).
  bidiComponent: { render: components("BidiComponent"), triggers: (b) => (b.triggerWidget?.id ? [b.triggerWidget.id] : []) },
  html: { render: components("Html") },
  // data (glide-data-grid; apache-arrow is a chunk of its own, shared with charts)
  dataframe: { render: data("Dataframe"), triggers: buttonTriggers },
  table: { render: data("Table") },
  dataEditor: { render: data("DataEditor"), triggers: buttonTriggers },
  // charts (vega, vega-lite, vega-embed)
  vegaLiteChart: { render: charts("VegaLiteChart") },
  // plotly (plotly.js, a chunk of its own)
  plotlyChart: { render: plotly("PlotlyChart") },
  // maps (deck.gl and maplibre-gl, a chunk of their own)
  deckGlJsonChart: { render: maps("DeckGlJsonChart") },
  // graphviz (Graphviz as WebAssembly, a chunk of its own)
  graphvizChart: { render: graphviz("GraphVizChart"), width: { useContent: true } },
  // echarts (Apache ECharts, a chunk of its own)
  echartsChart: { render: echarts("EChartsChart") },
  // layout
  space: { render: Space },
};

/** The entry of an element's kind with the kind's message; null for an element with no kind set. */
export function elementEntry(element: IElement): { entry: ElementEntry<ElementKind>; el: ElementMessage<ElementKind> } | null {
  const kind = elementKind(element);
  const el = kind ? element[kind] : null;
  if (!kind || !el) return null;
  // The pair is consistent by construction (same `kind`); TypeScript cannot
  // correlate the two lookups of a union-typed key.
  return { entry: ELEMENTS[kind] as ElementEntry<ElementKind>, el };
}

/** The click widgets of a grid's keyed button columns. */
function buttonTriggers(el: { buttonClickWidgets?: rustlit.IButtonClickWidget[] | null }): string[] {
  return (el.buttonClickWidgets ?? []).map((b) => b.widgetId ?? "").filter(Boolean);
}

/** The ids of `triggers` (see ElementEntry) of an element; empty for most kinds. */
export function triggerIds(element: IElement): string[] {
  const found = elementEntry(element);
  return found?.entry.triggers ? found.entry.triggers(found.el) : [];
}

/** Reads the widget id and values out of an element; null for non-widgets. */
export function widgetSpec(element: IElement): WidgetSpec | null {
  const found = elementEntry(element);
  const spec = specOf((found?.el as { widget?: IWidget | null } | undefined)?.widget);
  if (!found || !spec) return null;
  return found.entry.widget ? found.entry.widget(found.el, spec) : spec;
}
