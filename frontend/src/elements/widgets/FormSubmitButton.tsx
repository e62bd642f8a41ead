//! st.form_submit_button (`stFormSubmitButton`): submits its form — the form's
//! pending widget values and this button's trigger go out in one rerun.
import type { rustlit } from "../../proto";
import { useFormUploading, useWidgets } from "../../app/context";
import { useForm } from "../shared/form";
import { ButtonWidget, buttonKind } from "../shared/ButtonWidget";

export function FormSubmitButton({ el }: { el: rustlit.IFormSubmitButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const form = useForm();
  const formId = el.formId ?? form?.formId ?? "";
  // As in Streamlit: no submitting while the form's files are still uploading.
  const uploading = useFormUploading(formId);
  return (
    <ButtonWidget
      testId="stFormSubmitButton"
      kind={buttonKind(el.type)}
      kindSuffix="FormSubmit"
      label={w.label ?? ""}
      icon={el.icon}
      help={w.help}
      disabled={!!w.disabled || uploading}
      fullWidth={!!el.useContainerWidth}
      shortcut={el.shortcut}
      iconPosition={el.iconPosition}
      wrap={el.wrap}
      onClick={() => widgets.submitForm(formId, w.id ?? "", form?.clearOnSubmit ?? false)}
    />
  );
}
