//! Widgets are one concept in the protocol: every widget message starts with a
//! `Widget` (id, label, help, disabled, label visibility, and its default and
//! forced value typed as the browser sends values back). This turns one into
//! what the widget manager registers, for every kind alike.
import { rustlit, type IBlock, type IWidget, type IWidgetValue } from "../proto";
import type { WidgetSpec, WidgetValue } from "./widgetManager";

/** The set member of a `WidgetValue` oneof as the manager holds it; null when none is set. */
export function fromWire(v: IWidgetValue | null | undefined): WidgetValue | null {
  const member = v ? (Object.keys(v) as (keyof IWidgetValue)[]).find((k) => v[k] !== null && v[k] !== undefined) : undefined;
  if (!v || !member) return null;
  // protobufjs decodes sint64 as a Long object; the manager holds plain numbers.
  if (member === "intValue") return { intValue: Number(v.intValue) };
  return { [member]: v[member] } as WidgetValue;
}

/** The id, initial and forced value of a widget; null for no widget or an empty id (not a widget). */
export function specOf(w: IWidget | null | undefined): WidgetSpec | null {
  if (!w?.id) return null;
  const spec: WidgetSpec = { id: w.id, initial: fromWire(w.default), forced: w.setValue ? fromWire(w.value) : null };
  if (w.queryParamKey) spec.queryParamKey = w.queryParamKey;
  return spec;
}

/**
 * The widget a container is when it tracks its state (1.67's stateful
 * `st.expander`, `st.popover`, `st.tabs`): its id, the default (for a URL
 * binding) and the value the server sent. A tab container's value (the
 * selected label) needs its tabs, which arrive after it: its renderer adopts
 * it (`WidgetManager.adopt`).
 */
export function containerSpec(block: IBlock | null | undefined): WidgetSpec | null {
  const tabs = block?.tabContainer;
  if (tabs?.id) {
    const spec: WidgetSpec = { id: tabs.id, initial: null, forced: null };
    if (tabs.queryParamKey) {
      spec.queryParamKey = tabs.queryParamKey;
      spec.initial = { stringValue: tabs.defaultTabLabel ?? "" };
    }
    return spec;
  }
  const exp = block?.expandable;
  if (exp?.id) {
    const value = { boolValue: !!exp.expanded };
    const spec: WidgetSpec = { id: exp.id, initial: value, forced: value };
    if (exp.queryParamKey) {
      spec.queryParamKey = exp.queryParamKey;
      spec.initial = { boolValue: !!exp.defaultExpanded };
    }
    return spec;
  }
  const pop = block?.popover;
  if (pop?.id) return { id: pop.id, initial: { boolValue: false }, forced: { boolValue: !!pop.open } };
  return null;
}

/** A slider's spec with its date type, when it holds dates or times (its URL value is then ISO text). */
export function sliderSpec(spec: WidgetSpec, dataType: rustlit.Slider.DataType | null | undefined): WidgetSpec {
  const T = rustlit.Slider.DataType;
  const urlDateType =
    dataType === T.DATE ? "date" : dataType === T.TIME ? "time" : dataType === T.DATETIME ? "datetime" : undefined;
  return urlDateType ? { ...spec, urlDateType } : spec;
}
