//! Reading typed values out of the widget manager's oneof values (a widget's
//! held value already falls back to its default: `useHeldValue`).
import type { WidgetValue } from "../../widgets/widgetManager";

/** An index (feedback) or null for "nothing selected". */
export function indexValue(v: WidgetValue | undefined): number | null {
  if (v && "intValue" in v) return v.intValue;
  return null;
}

/**
 * The selected label of a radio/selectbox, or null for "nothing selected".
 * A held label that is no longer an option shows the default, as the script
 * sees it, unless new options are accepted (a selectbox's typed value).
 */
export function choiceValue(
  v: WidgetValue | undefined,
  options: readonly string[],
  fallback: WidgetValue | undefined,
  acceptNew = false,
): string | null {
  if (v && "noneValue" in v) return null;
  if (v && "stringValue" in v && (acceptNew || options.includes(v.stringValue))) return v.stringValue;
  return fallback && "stringValue" in fallback && options.includes(fallback.stringValue) ? fallback.stringValue : null;
}

/** The label at `index`, or null when there is none. */
export function labelAt(options: readonly string[], index: number | null | undefined): string | null {
  return index === null || index === undefined || index < 0 || index >= options.length ? null : options[index];
}

/** A number (number_input) or null for an empty field. */
export function numberValue(v: WidgetValue | undefined): number | null {
  if (v && "intValue" in v) return v.intValue;
  if (v && "doubleValue" in v) return v.doubleValue;
  return null;
}

export function arrayValue(v: WidgetValue | undefined): number[] {
  if (v && "doubleArrayValue" in v) return v.doubleArrayValue.data;
  return [];
}

export function stringValue(v: WidgetValue | undefined): string {
  if (v && "stringValue" in v) return v.stringValue;
  return "";
}

/** Option labels (multiselect, pills, select_slider) or ISO dates (date_input). */
export function labelsValue(v: WidgetValue | undefined): string[] {
  if (v && "stringArrayValue" in v) return v.stringArrayValue.data;
  return [];
}

/** A string, or null for None (text_area/time_input created with value=None). */
export function optionalString(v: WidgetValue | undefined): string | null {
  if (v && "stringValue" in v) return v.stringValue;
  return null;
}
