//! The element registry: one entry per `Element.type` case, holding its
//! renderer and, for widgets, how the element becomes a widget id and values.
//!
//! The table is a mapped type over `ElementKind` (the generated oneof's case
//! names), so a kind added to the proto without an entry here fails `tsc`.
//! Widget specs are plain functions of the kind's message: the widget manager
//! registers a widget's value from the delta, independently of its renderer.
import type { ComponentType } from "react";
import type { IElement } from "../proto";
import { elementKind, type ElementKind } from "../proto/kinds";
import type { WidgetSpec } from "../widgets/widgetManager";
import { choice, held, labels, text, trigger } from "../widgets/specs";
import { Code } from "../elements/text/Code";
import { Empty } from "../elements/text/Empty";
import { Heading } from "../elements/text/Heading";
import { JsonElement } from "../elements/text/Json";
import { Markdown } from "../elements/text/Markdown";
import { Text } from "../elements/text/Text";
import { Alert } from "../elements/status/Alert";
import { ExceptionElement } from "../elements/status/Exception";
import { Metric, Progress, Spinner, Toast } from "../elements/status/Status";
import { ChatInput } from "../elements/chat/ChatInput";
import { CustomComponent } from "../elements/components/CustomComponent";
import { IFrame } from "../elements/components/IFrame";
import { AudioInput } from "../elements/media/AudioInput";
import { CameraInput } from "../elements/media/CameraInput";
import { FileUploader } from "../elements/media/FileUploader";
import { Button } from "../elements/widgets/Button";
import { ButtonGroup } from "../elements/widgets/ButtonGroup";
import { Checkbox } from "../elements/widgets/Checkbox";
import { ColorPicker } from "../elements/widgets/ColorPicker";
import { DateInput } from "../elements/widgets/DateInput";
import { DownloadButton } from "../elements/widgets/DownloadButton";
import { Feedback } from "../elements/widgets/Feedback";
import { FormSubmitButton } from "../elements/widgets/FormSubmitButton";
import { LinkButton } from "../elements/widgets/LinkButton";
import { Multiselect } from "../elements/widgets/Multiselect";
import { NumberInput } from "../elements/widgets/NumberInput";
import { PageLink } from "../elements/widgets/PageLink";
import { Radio } from "../elements/widgets/Radio";
import { SelectSlider } from "../elements/widgets/SelectSlider";
import { Selectbox } from "../elements/widgets/Selectbox";
import { Slider } from "../elements/widgets/Slider";
import { TextArea } from "../elements/widgets/TextArea";
import { TextInput } from "../elements/widgets/TextInput";
import { TimeInput } from "../elements/widgets/TimeInput";

/** The message of one element kind, e.g. `rustlit.IMarkdown` for "markdown". */
export type ElementMessage<K extends ElementKind> = NonNullable<IElement[K]>;

export interface ElementEntry<K extends ElementKind> {
  /** Renders the kind's message (`el`). */
  render: ComponentType<{ el: ElementMessage<K> }>;
  /** For widgets: the id, initial and forced value the widget manager holds. */
  widget?: (el: ElementMessage<K>) => WidgetSpec | null;
}

/** Uploaders hold the list of files the browser uploaded for them. */
const uploads = (w: { id?: string | null }): WidgetSpec => ({
  id: w.id ?? "",
  initial: { fileUploaderStateValue: { files: [] } },
  forced: null,
});

export const ELEMENTS: { readonly [K in ElementKind]: ElementEntry<K> } = {
  // text
  heading: { render: Heading },
  markdown: { render: Markdown },
  text: { render: Text },
  code: { render: Code },
  json: { render: JsonElement },
  empty: { render: Empty },
  // status
  alert: { render: Alert },
  exception: { render: ExceptionElement },
  progress: { render: Progress },
  spinner: { render: Spinner },
  toast: { render: Toast },
  metric: { render: Metric },
  // widgets
  button: { render: Button, widget: trigger },
  downloadButton: { render: DownloadButton, widget: trigger },
  formSubmitButton: {
    render: FormSubmitButton,
    widget: (b) => ({ ...trigger(b), submitsForm: b.formId ?? "" }),
  },
  linkButton: {
    render: LinkButton,
    // Only a link button with on_click is a widget.
    widget: (b) => (b.id ? trigger(b) : null),
  },
  pageLink: { render: PageLink },
  checkbox: { render: Checkbox, widget: (c) => held(c, (v) => ({ boolValue: !!v })) },
  slider: {
    render: Slider,
    widget: (s) => held(s, (v) => ({ doubleArrayValue: { data: [...(v ?? [])] } })),
  },
  textInput: { render: TextInput, widget: (t) => held(t, text) },
  textArea: { render: TextArea, widget: (t) => held(t, text) },
  numberInput: {
    render: NumberInput,
    widget: (n) =>
      held(n, (v) =>
        v === null || v === undefined ? { noneValue: true } : n.dataType === 0 ? { intValue: Math.round(v) } : { doubleValue: v },
      ),
  },
  selectbox: { render: Selectbox, widget: (s) => held(s, (i) => choice(s.options, i)) },
  radio: { render: Radio, widget: (r) => held(r, (i) => choice(r.options, i)) },
  multiselect: { render: Multiselect, widget: (m) => held(m, labels) },
  buttonGroup: { render: ButtonGroup, widget: (b) => held(b, labels) },
  selectSlider: { render: SelectSlider, widget: (s) => held(s, labels) },
  dateInput: { render: DateInput, widget: (d) => held(d, labels) },
  timeInput: { render: TimeInput, widget: (t) => held(t, text) },
  colorPicker: {
    render: ColorPicker,
    widget: (c) => ({
      id: c.id ?? "",
      initial: { stringValue: c.default ?? "#000000" },
      forced: c.setValue ? { stringValue: c.value ?? "" } : null,
    }),
  },
  feedback: { render: Feedback, widget: (f) => held(f, (v) => ({ intValue: v ?? -1 })) },
  // media
  fileUploader: { render: FileUploader, widget: uploads },
  cameraInput: { render: CameraInput, widget: uploads },
  audioInput: { render: AudioInput, widget: uploads },
  // chat: a chat input holds no value; a submit is sent once (WidgetManager.submitChat).
  chatInput: { render: ChatInput, widget: trigger },
  // components: a component has no value until its frontend sends one.
  componentInstance: { render: CustomComponent, widget: trigger },
  iframe: { render: IFrame },
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

/** Reads the widget id and values out of an element; null for non-widgets. */
export function widgetSpec(element: IElement): WidgetSpec | null {
  const found = elementEntry(element);
  return found?.entry.widget?.(found.el) ?? null;
}
