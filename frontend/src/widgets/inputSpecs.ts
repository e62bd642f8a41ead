//! Widget ids and values of the input widgets beyond the foundation set (text
//! area, multiselect, colour picker, pills/segmented control, feedback, link
//! button, date/time inputs, select slider, form submit button). Option widgets
//! hold their selected option labels as a string array; feedback an index (-1 =
//! cleared); dates ISO strings; times "HH:MM".
import type { IElement } from "../proto";
import type { WidgetSpec, WidgetValue } from "./widgetManager";

const labels = (v: readonly string[] | null | undefined): WidgetValue => ({ stringArrayValue: { data: [...(v ?? [])] } });
const text = (v: string | null | undefined): WidgetValue =>
  v === null || v === undefined ? { noneValue: true } : { stringValue: v };

export function inputWidgetSpec(element: IElement): WidgetSpec | null {
  const withLabels = (w: { id?: string | null; default?: string[] | null; value?: string[] | null; setValue?: boolean | null }) => ({
    id: w.id ?? "",
    initial: labels(w.default),
    forced: w.setValue ? labels(w.value) : null,
  });
  if (element.textArea) {
    const t = element.textArea;
    return { id: t.id ?? "", initial: text(t.default), forced: t.setValue ? text(t.value) : null };
  }
  if (element.multiselect) return withLabels(element.multiselect);
  if (element.buttonGroup) return withLabels(element.buttonGroup);
  if (element.selectSlider) return withLabels(element.selectSlider);
  if (element.dateInput) return withLabels(element.dateInput);
  if (element.colorPicker) {
    const c = element.colorPicker;
    return { id: c.id ?? "", initial: { stringValue: c.default ?? "#000000" }, forced: c.setValue ? { stringValue: c.value ?? "" } : null };
  }
  if (element.timeInput) {
    const t = element.timeInput;
    return { id: t.id ?? "", initial: text(t.default), forced: t.setValue ? text(t.value) : null };
  }
  if (element.feedback) {
    const f = element.feedback;
    const index = (v: number | null | undefined): WidgetValue => ({ intValue: v ?? -1 });
    return { id: f.id ?? "", initial: index(f.default), forced: f.setValue ? index(f.value) : null };
  }
  if (element.linkButton) {
    return element.linkButton.id ? { id: element.linkButton.id, initial: null, forced: null } : null;
  }
  // A chat input holds no value: a submit is sent once (see WidgetManager.submitChat).
  if (element.chatInput) return { id: element.chatInput.id ?? "", initial: null, forced: null };
  if (element.downloadButton) {
    return { id: element.downloadButton.id ?? "", initial: null, forced: null };
  }
  const uploads = element.fileUploader ?? element.cameraInput ?? element.audioInput;
  if (uploads) return { id: uploads.id ?? "", initial: { fileUploaderStateValue: { files: [] } }, forced: null };
  if (element.formSubmitButton) {
    return { id: element.formSubmitButton.id ?? "", initial: null, forced: null, submitsForm: element.formSubmitButton.formId ?? "" };
  }
  return null;
}
