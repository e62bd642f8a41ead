//! Widget values by widget id, and the one place that decides when a widget
//! interaction becomes a `RerunScript`. Renderers read values and report changes
//! here; the manager never touches the websocket — it hands complete widget-state
//! lists to the `requestRerun` callback the app wires to the connection.
import type { IElement, IWidgetState } from "../proto";

/** One value of the `WidgetState.value` oneof (without the id). */
export type WidgetValue =
  | { boolValue: boolean }
  | { doubleValue: number }
  | { intValue: number }
  | { stringValue: string }
  | { doubleArrayValue: { data: number[] } }
  | { noneValue: true };

export type RerunCallback = (widgetStates: IWidgetState[]) => void;

type Listener = () => void;

/** The id and initial value of the widget an element describes, if it is one. */
interface WidgetSpec {
  id: string;
  /** The value for a widget id the browser has not seen yet. */
  initial: WidgetValue | null;
  /** The value the server forces (session_state assignment), if any. */
  forced: WidgetValue | null;
}

const intOrNone = (v: number | null | undefined): WidgetValue =>
  v === null || v === undefined ? { noneValue: true } : { intValue: v };

/** Reads the widget id and values out of an element; null for non-widgets. */
export function widgetSpec(element: IElement): WidgetSpec | null {
  if (element.button) {
    return { id: element.button.id ?? "", initial: null, forced: null };
  }
  if (element.checkbox) {
    const c = element.checkbox;
    return {
      id: c.id ?? "",
      initial: { boolValue: !!c.default },
      forced: c.setValue ? { boolValue: !!c.value } : null,
    };
  }
  if (element.slider) {
    const s = element.slider;
    return {
      id: s.id ?? "",
      initial: { doubleArrayValue: { data: [...(s.default ?? [])] } },
      forced: s.setValue ? { doubleArrayValue: { data: [...(s.value ?? [])] } } : null,
    };
  }
  if (element.textInput) {
    const t = element.textInput;
    const text = (v: string | null | undefined): WidgetValue =>
      v === null || v === undefined ? { noneValue: true } : { stringValue: v };
    return { id: t.id ?? "", initial: text(t.default), forced: t.setValue ? text(t.value) : null };
  }
  if (element.numberInput) {
    const n = element.numberInput;
    const isInt = n.dataType === 0;
    const num = (v: number | null | undefined): WidgetValue =>
      v === null || v === undefined ? { noneValue: true } : isInt ? { intValue: Math.round(v) } : { doubleValue: v };
    return { id: n.id ?? "", initial: num(n.default), forced: n.setValue ? num(n.value) : null };
  }
  if (element.selectbox) {
    const s = element.selectbox;
    return { id: s.id ?? "", initial: intOrNone(s.default), forced: s.setValue ? intOrNone(s.value) : null };
  }
  if (element.radio) {
    const r = element.radio;
    return { id: r.id ?? "", initial: intOrNone(r.default), forced: r.setValue ? intOrNone(r.value) : null };
  }
  return null;
}

export class WidgetManager {
  private values = new Map<string, WidgetValue>();
  private listeners = new Map<string, Set<Listener>>();
  private requestRerun: RerunCallback;

  constructor(requestRerun: RerunCallback) {
    this.requestRerun = requestRerun;
  }

  /**
   * Called for every element delta: a new widget id starts from its default; a
   * forced value (`set_value`) overwrites what the browser holds.
   */
  registerElement(element: IElement): void {
    const spec = widgetSpec(element);
    if (!spec || !spec.id) return;
    if (spec.forced) {
      this.store(spec.id, spec.forced);
    } else if (spec.initial && !this.values.has(spec.id)) {
      this.store(spec.id, spec.initial);
    }
  }

  get(id: string): WidgetValue | undefined {
    return this.values.get(id);
  }

  /** A user changed a widget: remember the value and rerun with the full set. */
  setValue(id: string, value: WidgetValue): void {
    this.store(id, value);
    this.requestRerun(this.states());
  }

  /** A button was clicked: one rerun carries the trigger, then it is forgotten. */
  trigger(id: string): void {
    this.requestRerun([...this.states(), { id, triggerValue: true }]);
  }

  /** All values the browser holds, as sent in `RerunScript.widget_states`. */
  states(): IWidgetState[] {
    return [...this.values].map(([id, value]) => ({ id, ...value }));
  }

  /** After a successful run: forget widgets that are no longer on the page. */
  retainOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.values.keys()]) {
      if (!ids.has(id)) this.values.delete(id);
    }
  }

  subscribe(id: string, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  private store(id: string, value: WidgetValue): void {
    this.values.set(id, value);
    this.listeners.get(id)?.forEach((l) => l());
  }
}
