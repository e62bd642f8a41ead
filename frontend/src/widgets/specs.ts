//! Widgets are one concept in the protocol: every widget message starts with a
//! `Widget` (id, label, help, disabled, label visibility, and its default and
//! forced value typed as the browser sends values back). This turns one into
//! what the widget manager registers, for every kind alike.
import type { IWidget, IWidgetValue } from "../proto";
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
  return { id: w.id, initial: fromWire(w.default), forced: w.setValue ? fromWire(w.value) : null };
}
