//! The element registry: one entry per `Element.type` case, holding its
//! renderer. Widgets are generic: a kind whose message has a `widget` field is one.
//!
//! The table is a mapped type over `ElementKind` (the generated oneof's case
//! names), so a kind added to the proto without an entry here fails `tsc`.
//! The widget manager registers a widget's value from the delta (its `widget`
//! field), independently of its renderer.
import type { ComponentType } from "react";
import type { IElement, IWidget } from "../proto";
import { elementKind, type ElementKind } from "../proto/kinds";
import type { WidgetSpec } from "../widgets/widgetManager";
import { specOf } from "../widgets/specs";
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
  /**
   * Widgets need no entry of their own: a message with a `widget` field is a
   * widget (see `widgetSpec`). This only adds what one kind knows beyond it.
   */
  widget?: (el: ElementMessage<K>, spec: WidgetSpec) => WidgetSpec;
}

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
  button: { render: Button },
  downloadButton: { render: DownloadButton },
  formSubmitButton: { render: FormSubmitButton, widget: (b, spec) => ({ ...spec, submitsForm: b.formId ?? "" }) },
  linkButton: { render: LinkButton },
  pageLink: { render: PageLink },
  checkbox: { render: Checkbox },
  slider: { render: Slider },
  textInput: { render: TextInput },
  textArea: { render: TextArea },
  numberInput: { render: NumberInput },
  selectbox: { render: Selectbox },
  radio: { render: Radio },
  multiselect: { render: Multiselect },
  buttonGroup: { render: ButtonGroup },
  selectSlider: { render: SelectSlider },
  dateInput: { render: DateInput },
  timeInput: { render: TimeInput },
  colorPicker: { render: ColorPicker },
  feedback: { render: Feedback },
  // media
  fileUploader: { render: FileUploader },
  cameraInput: { render: CameraInput },
  audioInput: { render: AudioInput },
  // chat: a chat input holds no value; a submit is sent once (WidgetManager.submitChat).
  chatInput: { render: ChatInput },
  // components: a component has no value until its frontend sends one.
  componentInstance: { render: CustomComponent },
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
  const spec = specOf((found?.el as { widget?: IWidget | null } | undefined)?.widget);
  if (!found || !spec) return null;
  return found.entry.widget ? found.entry.widget(found.el, spec) : spec;
}
