//! Reading typed values out of the widget manager's oneof values.
import type { WidgetValue } from "../../widgets/widgetManager";

/** An option index (radio/selectbox) or null for "nothing selected". */
export function indexValue(v: WidgetValue | undefined, fallback: number | null | undefined): number | null {
  if (v && "intValue" in v) return v.intValue;
  if (v && "noneValue" in v) return null;
  return fallback ?? null;
}

/** A number (number_input) or null for an empty field. */
export function numberValue(v: WidgetValue | undefined, fallback: number | null | undefined): number | null {
  if (v && "intValue" in v) return v.intValue;
  if (v && "doubleValue" in v) return v.doubleValue;
  if (v && "noneValue" in v) return null;
  return fallback ?? null;
}

export function arrayValue(v: WidgetValue | undefined, fallback: number[] | null | undefined): number[] {
  if (v && "doubleArrayValue" in v) return v.doubleArrayValue.data;
  return fallback ?? [];
}

export function stringValue(v: WidgetValue | undefined, fallback: string | null | undefined): string {
  if (v && "stringValue" in v) return v.stringValue;
  return fallback ?? "";
}
