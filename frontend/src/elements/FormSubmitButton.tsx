//! st.form_submit_button (`stFormSubmitButton`): submits its form — the form's
//! pending widget values and this button's trigger go out in one rerun.
import type { rustlit } from "../proto";
import { useWidgets } from "../app/context";
import { useForm } from "./shared/form";
import { ElementIcon } from "./shared/Icon";
import { StreamlitMarkdown } from "./shared/StreamlitMarkdown";
import { HelpIcon } from "./shared/Tooltip";
import "./button.css";

export function FormSubmitButton({ el }: { el: rustlit.IFormSubmitButton }) {
  const widgets = useWidgets();
  const form = useForm();
  const kind = el.type === "primary" || el.type === "tertiary" ? el.type : "secondary";
  const formId = el.formId ?? form?.formId ?? "";
  const clear = () => widgets.submitForm(formId, el.id ?? "", form?.clearOnSubmit ?? false);
  return (
    <div className={`stFormSubmitButton${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stFormSubmitButton">
      <div className="st-button-row">
        <button
          type="button"
          kind={`${kind}FormSubmit`}
          className={`st-button st-button-${kind}`}
          data-testid={`stBaseButton-${kind}FormSubmit`}
          disabled={!!el.disabled}
          onClick={clear}
        >
          <ElementIcon icon={el.icon} className="st-button-icon" />
          <StreamlitMarkdown body={el.label ?? ""} inline />
        </button>
        {el.help ? <HelpIcon help={el.help} /> : null}
      </div>
    </div>
  );
}
