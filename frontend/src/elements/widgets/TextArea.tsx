//! st.text_area (`stTextArea`): typing edits a local draft; blur or Ctrl/Cmd+Enter
//! commits it. In a form with enter_to_submit, Ctrl/Cmd+Enter also submits.
//! `required`: blank text is never sent; the field shows why, and a form holding
//! it is not submitted (shared/FieldCheck.tsx).
import { useId, useState } from "react";
import type { rustlit } from "../../proto";
import { useHeldValue } from "../../app/context";
import { InvalidMark, InvalidReason, useFieldCheck } from "../shared/FieldCheck";
import { textProblem } from "../shared/fieldChecks";
import { inputInstructions, useForm } from "../shared/form";
import { useTextDraft } from "../shared/useTextDraft";
import { optionalString } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./input.css";
import "./inputs2.css";

export function TextArea({ el }: { el: rustlit.ITextArea }) {
  const w = el.widget ?? {};
  const form = useForm();
  const id = w.id ?? "";
  const inputId = useId();
  const committed = optionalString(useHeldValue(w)) ?? "";
  const { draft, setDraft, dirty, commit } = useTextDraft(id, committed);
  const [focused, setFocused] = useState(false);
  const maxChars = el.maxChars ?? 0;
  const required = !!el.required;
  const checks = useFieldCheck(id, required, (text: string) => textProblem(text, { required }), draft);
  const attempt = () => checks.attempt(draft, () => commit());
  const errorId = `${inputId}-error`;
  return (
    <div className={`stTextArea${w.disabled ? " st-disabled" : ""}`} data-testid="stTextArea">
      <WidgetLabel
        label={w.label ?? ""}
        help={w.help}
        visibility={w.labelVisibility}
        disabled={!!w.disabled}
        htmlFor={inputId}
        required={required}
      />
      <div
        className={`st-input-root st-textarea-root${focused ? " st-focused" : ""}${checks.problem ? " st-invalid" : ""}`}
        data-testid="stTextAreaRootElement"
      >
        <textarea
          id={inputId}
          className="st-input st-textarea"
          value={draft}
          style={el.height ? { height: el.height } : undefined}
          placeholder={el.placeholder ?? ""}
          disabled={!!w.disabled}
          maxLength={maxChars > 0 ? maxChars : undefined}
          aria-label={plainLabel(w.label ?? "")}
          aria-required={required || undefined}
          aria-invalid={checks.problem ? true : undefined}
          aria-describedby={checks.problem ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            checks.clear();
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            attempt();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              attempt();
              if (form?.enterToSubmit) form.submit();
            }
          }}
        />
        {checks.problem ? <InvalidMark reason={checks.problem} testId="stTextAreaErrorIcon" /> : null}
      </div>
      <InvalidReason id={errorId} reason={checks.problem} />
      {(focused && dirty && !checks.problem) || maxChars > 0 ? (
        <div className="st-input-instructions st-textarea-instructions" data-testid="InputInstructions">
          {focused && dirty && !checks.problem ? inputInstructions(form, true) : ""}
          {maxChars > 0 ? <span className="st-input-count">{`${draft.length}/${maxChars}`}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
