//! Helpers for the widget specs in the element registry (src/registry/elements.ts):
//! how each kind's proto fields become the id, initial value and forced value
//! the widget manager registers. Option widgets hold their selected option
//! labels as a string array; radio/selectbox the label of the chosen option;
//! feedback an index (-1 = cleared); dates ISO strings; times "HH:MM".
import type { WidgetSpec, WidgetValue } from "./widgetManager";
import { labelAt } from "../elements/shared/values";

/** A text value; null/undefined is "no value" (`value=None`). */
export const text = (v: string | null | undefined): WidgetValue =>
  v === null || v === undefined ? { noneValue: true } : { stringValue: v };

/** Selected option labels. */
export const labels = (v: readonly string[] | null | undefined): WidgetValue => ({
  stringArrayValue: { data: [...(v ?? [])] },
});

/** A radio/selectbox value: the label of the option at `index`, or none. */
export const choice = (options: readonly string[] | null | undefined, index: number | null | undefined): WidgetValue => {
  const label = labelAt(options ?? [], index);
  return label === null ? { noneValue: true } : { stringValue: label };
};

/** The fields every value-holding widget message has. */
interface Held<T> {
  id?: string | null;
  default?: T | null;
  value?: T | null;
  setValue?: boolean | null;
}

/** A widget whose default and forced value convert the same way. */
export function held<T>(w: Held<T>, convert: (v: T | null | undefined) => WidgetValue): WidgetSpec {
  return { id: w.id ?? "", initial: convert(w.default), forced: w.setValue ? convert(w.value) : null };
}

/** A widget without a held value (buttons, components, chat input): just its id. */
export const trigger = (w: { id?: string | null }): WidgetSpec => ({ id: w.id ?? "", initial: null, forced: null });
