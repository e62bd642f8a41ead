//! st.text_input (`stTextInput`): typing edits a local draft; Enter or blur commits
//! it (one rerun). While the draft differs, "Press Enter to apply" is shown.
import { useId, useState } from "react";
import type { rustlit } from "../../proto";
import { useHeldValue } from "../../app/context";
import { inputInstructions, useForm } from "../shared/form";
import { useTextDraft } from "../shared/useTextDraft";
import { stringValue } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./input.css";

export function TextInput({ el }: { el: rustlit.ITextInput }) {
  const w = el.widget ?? {};
  const form = useForm();
  const id = w.id ?? "";
  const inputId = useId();
  const committed = stringValue(useHeldValue(w));
  const { draft, setDraft, dirty, commit } = useTextDraft(id, committed);
  const [focused, setFocused] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const maxChars = el.maxChars ?? 0;

  return (
    <div className={`stTextInput${w.disabled ? " st-disabled" : ""}`} data-testid="stTextInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={!!w.disabled} htmlFor={inputId} />
      <div className={`st-input-root${focused ? " st-focused" : ""}`} data-testid="stTextInputRootElement">
        <input
          id={inputId}
          className="st-input"
          data-testid="stTextInputField"
          type={el.password && !revealed ? "password" : "text"}
          value={draft}
          placeholder={el.placeholder ?? ""}
          disabled={!!w.disabled}
          maxLength={maxChars > 0 ? maxChars : undefined}
          aria-label={plainLabel(w.label ?? "")}
          autoComplete={el.password ? "new-password" : "off"}
          onChange={(e) => setDraft(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commit();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commit();
              // Enter in a form submits it (enter_to_submit, the default).
              if (form?.enterToSubmit) form.submit();
            }
          }}
        />
        {el.password ? (
          <button type="button" className="st-input-reveal" aria-label={revealed ? "Hide password text" : "Show password text"} onClick={() => setRevealed(!revealed)}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path
                d="M2 12s3.6-6.5 10-6.5S22 12 22 12s-3.6 6.5-10 6.5S2 12 2 12Z"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.6"
                strokeLinejoin="round"
              />
              <circle cx="12" cy="12" r="3" fill="none" stroke="currentColor" strokeWidth="1.6" />
              {revealed ? <path d="M4 4l16 16" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" /> : null}
            </svg>
          </button>
        ) : null}
      </div>
      {(focused && dirty) || maxChars > 0 ? (
        <div className="st-input-instructions" data-testid="InputInstructions">
          {focused && dirty ? inputInstructions(form, false) : ""}
          {maxChars > 0 ? <span className="st-input-count">{`${draft.length}/${maxChars}`}</span> : null}
        </div>
      ) : null}
    </div>
  );
}
