//! Widget values by widget id, and the one place that decides when a widget
//! interaction becomes a `RerunScript`. Renderers read values and report changes
//! here; the manager never touches the websocket — it hands complete widget-state
//! lists to the `requestRerun` callback the app wires to the connection.
import type { IUploadedFileInfo, IWidgetState } from "../proto";
import type { ComponentValue } from "../components/bridge";

/** One member of the `WidgetValue` oneof (what `WidgetState.value` holds). */
export type WidgetValue =
  | { boolValue: boolean }
  | { doubleValue: number }
  | { intValue: number }
  | { stringValue: string }
  | { doubleArrayValue: { data: number[] } }
  | ComponentValue
  | { noneValue: true }
  | { stringArrayValue: { data: string[] } }
  | { fileUploaderStateValue: { files: IUploadedFileInfo[] } };

/** `fragmentId`: the fragment of the widget that asked ("" = the whole script). */
export type RerunCallback = (widgetStates: IWidgetState[], fragmentId: string) => void;

type Listener = () => void;

/** The id and initial value of the widget an element describes, if it is one. */
export interface WidgetSpec {
  id: string;
  /** The value for a widget id the browser has not seen yet. */
  initial: WidgetValue | null;
  /** The value the server forces (session_state assignment), if any. */
  forced: WidgetValue | null;
  /** For a form submit button: the id of the form it submits. */
  submitsForm?: string;
  /** bind="query-params": the URL parameter the value is kept in. */
  queryParamKey?: string;
  /** A date/time slider bound to the URL: its values go there as ISO text. */
  urlDateType?: UrlDateType;
}

export type UrlDateType = "date" | "time" | "datetime";

/**
 * Writes a bound widget's URL parameter: `values` (repeated for a list), or
 * null to drop it (the value is the default).
 */
export type UrlParamWriter = (param: string, values: string[] | null) => void;

/** The listener key of a form's uploads (no widget id starts with NUL). */
const uploadsKey = (formId: string) => `\u0000uploads:${formId}`;

export class WidgetManager {
  private values = new Map<string, WidgetValue>();
  // Forms: a widget inside a form keeps its changes here until the form is
  // submitted; `formOf` and `defaults` come from the rendered tree.
  private pending = new Map<string, Map<string, WidgetValue>>();
  private formOf = new Map<string, string>();
  private defaults = new Map<string, WidgetValue>();
  private listeners = new Map<string, Set<Listener>>();
  // Uploads still being sent, by form: a form cannot be submitted without
  // the files its user picked (Streamlit disables its submit button).
  private uploads = new Map<string, number>();
  // In-browser checks of widgets (text_input's `required` and `validate`): a
  // form is submitted only when every check of its widgets passes, as 1.67
  // blocks the submit; each check shows its own error.
  private checks = new Map<string, () => boolean>();
  /** The fragment that wrote each widget (absent = the script's body). */
  private fragmentOf = new Map<string, string>();
  /** bind="query-params": the URL parameter of each bound widget. */
  private boundParam = new Map<string, string>();
  private urlDateType = new Map<string, UrlDateType>();
  private requestRerun: RerunCallback;
  private writeUrlParam: UrlParamWriter;

  constructor(requestRerun: RerunCallback, writeUrlParam: UrlParamWriter = () => {}) {
    this.requestRerun = requestRerun;
    this.writeUrlParam = writeUrlParam;
  }

  /**
   * Called for every element delta with the element's widget spec (from the
   * element registry; null for non-widgets): a new widget id starts from its
   * default; a forced value (`set_value`) overwrites what the browser holds.
   */
  register(spec: WidgetSpec | null, fragmentId = ""): void {
    if (!spec || !spec.id) return;
    if (fragmentId) this.fragmentOf.set(spec.id, fragmentId);
    else this.fragmentOf.delete(spec.id);
    if (spec.queryParamKey) this.boundParam.set(spec.id, spec.queryParamKey);
    else this.boundParam.delete(spec.id);
    if (spec.urlDateType) this.urlDateType.set(spec.id, spec.urlDateType);
    else this.urlDateType.delete(spec.id);
    if (spec.initial) this.defaults.set(spec.id, spec.initial);
    if (spec.forced) {
      this.discardPending(spec.id);
      this.store(spec.id, spec.forced);
    } else if (spec.initial && !this.values.has(spec.id)) {
      this.store(spec.id, spec.initial);
    }
  }

  /** A trigger that holds no value (a grid's button column): only the fragment its click reruns. */
  registerTrigger(id: string, fragmentId = ""): void {
    if (fragmentId) this.fragmentOf.set(id, fragmentId);
    else this.fragmentOf.delete(id);
  }

  get(id: string): WidgetValue | undefined {
    const form = this.formOf.get(id);
    const pending = form === undefined ? undefined : this.pending.get(form)?.get(id);
    return pending ?? this.values.get(id);
  }

  /**
   * A user changed a widget: remember the value and rerun with the full set —
   * unless the widget is in a form, where the change waits for the submit, or
   * `rerun` is false.
   */
  setValue(id: string, value: WidgetValue, rerun = true): void {
    const form = this.formOf.get(id);
    if (form !== undefined) {
      let values = this.pending.get(form);
      if (!values) this.pending.set(form, (values = new Map()));
      values.set(id, value);
      this.listeners.get(id)?.forEach((l) => l());
      return;
    }
    this.store(id, value);
    this.syncUrl(id, value);
    // `rerun` false (a data editor with on_change="ignore"): the value goes with the next rerun.
    if (rerun) this.requestRerun(this.states(), this.fragment(id));
  }

  /**
   * A container that tracks its state (stateful tabs, expander, popover) is
   * one widget: `register` it with its value as the server last sent it;
   * a value the server changed is adopted without a rerun.
   */
  registerContainer(spec: WidgetSpec, fragmentId = ""): void {
    this.register({ ...spec, forced: null }, fragmentId);
    if (spec.forced) this.adopt(spec.id, spec.forced);
  }

  /** The server says widget `id` holds `value` now: hold it too, without a rerun. */
  adopt(id: string, value: WidgetValue): void {
    if (!sameValue(this.values.get(id), value)) this.store(id, value);
  }

  /** A user change of a bound widget goes to the URL: its value, or no parameter at the default. */
  private syncUrl(id: string, value: WidgetValue): void {
    const param = this.boundParam.get(id);
    if (param === undefined) return;
    const initial = this.defaults.get(id);
    this.writeUrlParam(param, initial && sameValue(initial, value) ? null : urlValues(value, this.urlDateType.get(id)));
  }

  /**
   * The widget states a Back/Forward rerun sends: a bound widget's value
   * comes from the URL of the entry (`search`), so it is left out when the
   * entry has its parameter and sent as its default when it has none.
   */
  statesForHistory(search: string): IWidgetState[] {
    const params = new URLSearchParams(search);
    const out: IWidgetState[] = [];
    for (const [id, value] of this.values) {
      const param = this.boundParam.get(id);
      if (param === undefined) {
        out.push({ id, value });
        continue;
      }
      if (params.has(param)) continue;
      const initial = this.defaults.get(id);
      if (initial) {
        this.store(id, initial);
        out.push({ id, value: initial });
      }
    }
    return out;
  }

  /** The fragment a change of widget `id` reruns ("" = the whole script). */
  fragment(id: string): string {
    return this.fragmentOf.get(id) ?? "";
  }

  /** The tree says widget `id` is inside form `formId` ("" = in no form). */
  setForm(id: string, formId: string): void {
    if (formId) this.formOf.set(id, formId);
    else this.formOf.delete(id);
  }

  /**
   * An upload for widget `id` began; call the returned function when it
   * ended, whichever way. Only uploads inside a form are tracked.
   */
  uploadStarted(id: string): () => void {
    const form = this.formOf.get(id);
    if (form === undefined) return () => {};
    this.countUpload(form, 1);
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.countUpload(form, -1);
    };
  }

  /** Whether files picked in a form are still being sent. */
  isUploading(formId: string): boolean {
    return (this.uploads.get(formId) ?? 0) > 0;
  }

  /** Calls `listener` when a form's uploads begin or end. */
  subscribeUploads(formId: string, listener: Listener): () => void {
    return this.subscribe(uploadsKey(formId), listener);
  }

  private countUpload(form: string, change: number): void {
    const count = (this.uploads.get(form) ?? 0) + change;
    if (count > 0) this.uploads.set(form, count);
    else this.uploads.delete(form);
    this.listeners.get(uploadsKey(form))?.forEach((l) => l());
  }

  /** Registers widget `id`'s check for form submits; call the returned function to drop it. */
  addCheck(id: string, check: () => boolean): () => void {
    this.checks.set(id, check);
    return () => {
      if (this.checks.get(id) === check) this.checks.delete(id);
    };
  }

  /** Runs the checks of a form's widgets, every one (so each shows its error); true when all pass. */
  private formPasses(formId: string): boolean {
    let passes = true;
    for (const [id, check] of this.checks) {
      if (this.formOf.get(id) === formId && !check()) passes = false;
    }
    return passes;
  }

  /** Whether a form has changes the user has not submitted yet. */
  hasPending(formId: string): boolean {
    return (this.pending.get(formId)?.size ?? 0) > 0;
  }

  /**
   * Submits a form: its pending values become current, one rerun carries them
   * with the submit button's trigger; with `clearOnSubmit` the form's widgets
   * then go back to their defaults locally (sent with the next rerun).
   */
  submitForm(formId: string, submitterId: string, clearOnSubmit: boolean): void {
    if (this.isUploading(formId) || !this.formPasses(formId)) return;
    const values = this.pending.get(formId);
    this.pending.delete(formId);
    values?.forEach((v, id) => {
      this.store(id, v);
      this.syncUrl(id, v);
    });
    this.requestRerun([...this.states(), { id: submitterId, value: { triggerValue: true } }], this.fragment(submitterId));
    if (clearOnSubmit) {
      for (const [id, form] of this.formOf) {
        const initial = this.defaults.get(id);
        if (form === formId && initial) this.store(id, initial);
      }
    }
  }

  private discardPending(id: string): void {
    const form = this.formOf.get(id);
    if (form !== undefined) this.pending.get(form)?.delete(id);
  }

  /** A button was clicked: one rerun carries the trigger, then it is forgotten. */
  trigger(id: string): void {
    this.requestRerun([...this.states(), { id, value: { triggerValue: true } }], this.fragment(id));
  }

  /**
   * A chat message (text, files, a voice message) was submitted: like a click, one rerun carries it (as the
   * chat input's value) and the browser does not keep it.
   */
  submitChat(id: string, text: string, files: IUploadedFileInfo[] = [], audio?: IUploadedFileInfo): void {
    const value = { data: text, files, ...(audio ? { audio } : {}) };
    this.requestRerun([...this.states(), { id, value: { chatInputValue: value } }], this.fragment(id));
  }

  /**
   * A components v2 component fired events (`events`: a JSON list of
   * {event, value}): like a click, one rerun carries them on the trigger
   * widget and the browser does not keep them. `state`, the component's own
   * value changed in the same batch, is kept and goes with that rerun.
   */
  sendEvents(triggerId: string, events: string, state?: { id: string; value: WidgetValue }): void {
    if (state) this.store(state.id, state.value);
    this.requestRerun([...this.states(), { id: triggerId, value: { jsonTriggerValue: events } }], this.fragment(triggerId));
  }

  /** A menu option was chosen: like a click, one rerun carries it and the browser does not keep it. */
  choose(id: string, option: string): void {
    this.requestRerun([...this.states(), { id, value: { stringTriggerValue: option } }], this.fragment(id));
  }

  /** All values the browser holds, as sent in `RerunScript.widget_states`. */
  states(): IWidgetState[] {
    return [...this.values].map(([id, value]) => ({ id, value }));
  }

  /** After a successful run: forget widgets that are no longer on the page. */
  retainOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.values.keys()]) {
      if (!ids.has(id)) this.values.delete(id);
    }
    for (const id of [...this.fragmentOf.keys()]) {
      if (!ids.has(id)) this.fragmentOf.delete(id);
    }
    for (const id of [...this.boundParam.keys()]) {
      if (!ids.has(id)) this.boundParam.delete(id);
    }
    for (const id of [...this.defaults.keys()]) {
      if (!ids.has(id)) {
        this.defaults.delete(id);
        this.discardPending(id);
        this.formOf.delete(id);
      }
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

/** Whether two widget values are the same (as the protocol would encode them). */
export function sameValue(a: WidgetValue | undefined, b: WidgetValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A value as the URL holds it (1.67's format): booleans as true/false,
 * numbers as text, a list as repeated parameters, nothing (None, an empty
 * list) as an empty value.
 */
export function urlValues(value: WidgetValue, dateType?: UrlDateType): string[] {
  if ("boolValue" in value) return [value.boolValue ? "true" : "false"];
  if ("doubleValue" in value) return [String(value.doubleValue)];
  if ("intValue" in value) return [String(value.intValue)];
  if ("stringValue" in value) return [value.stringValue];
  if ("stringArrayValue" in value) {
    const data = value.stringArrayValue.data.filter((v) => v !== "");
    return data.length ? data : [""];
  }
  if ("doubleArrayValue" in value) {
    const data = value.doubleArrayValue.data;
    if (!data.length) return [""];
    return data.map((v) => (dateType ? isoText(v, dateType) : String(v)));
  }
  return [""];
}

/** Microseconds since the epoch as 1.67 writes a date/time slider's URL value (seconds only when not zero). */
export function isoText(micros: number, dateType: UrlDateType): string {
  const iso = new Date(micros / 1000).toISOString();
  if (dateType === "date") return iso.slice(0, 10);
  if (dateType === "time") {
    const t = iso.slice(11, 19);
    return t.endsWith(":00") ? t.slice(0, 5) : t;
  }
  return iso.slice(17, 19) === "00" ? iso.slice(0, 16) : iso.slice(0, 19);
}
