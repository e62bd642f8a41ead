//! st.text_input (`stTextInput`): typing edits a local draft; Enter or blur commits
//! it (one rerun), or, with `live`, a pause in typing. While the draft differs,
//! "Press Enter to apply" is shown. 1.67's types set the input's kind (password
//! with a reveal button, email, url, tel, search with a clear button); `required`
//! and `validate` are checked before anything is sent: a text that fails is kept
//! in the field, marked invalid with its reason, and a form holding it is not
//! submitted (textChecks.ts).
import { useEffect, useId, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { inputInstructions, useForm } from "../shared/form";
import { ElementIcon } from "../shared/Icon";
import { useTextDraft } from "../shared/useTextDraft";
import { stringValue } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import { textProblem } from "./textChecks";
import "./input.css";

const Type = rustlit.TextInput.Type;

const INPUT_TYPES: Record<number, string> = {
  [Type.EMAIL]: "email",
  [Type.URL]: "url",
  [Type.PHONE]: "tel",
  [Type.SEARCH]: "search",
};

export function TextInput({ el }: { el: rustlit.ITextInput }) {
  const w = el.widget ?? {};
  const form = useForm();
  const widgets = useWidgets();
  const id = w.id ?? "";
  const inputId = useId();
  const committed = stringValue(useHeldValue(w));
  const { draft, setDraft, dirty, commit } = useTextDraft(id, committed);
  const [focused, setFocused] = useState(false);
  const [revealed, setRevealed] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const maxChars = el.maxChars ?? 0;
  const password = el.type === Type.PASSWORD;
  const search = el.type === Type.SEARCH;
  const rules = { required: !!el.required, regex: el.validateRegex, message: el.validateMessage };

  /** Sends `text` if it passes the checks; otherwise shows why and sends nothing. */
  const attempt = (text: string = draft) => {
    const found = textProblem(text, rules);
    setProblem(found);
    if (!found) commit(text);
  };

  // A form's submit checks the text as it stands (the latest draft, through a ref).
  const check = useRef<() => boolean>(() => true);
  check.current = () => {
    const found = textProblem(draft, rules);
    setProblem(found);
    return !found;
  };
  const checked = !!el.required || !!el.validateRegex;
  useEffect(() => (checked ? widgets.addCheck(id, () => check.current()) : undefined), [widgets, id, checked]);

  // live: a pause in typing commits (outside forms, where nothing is sent before the submit).
  const live = el.liveDebounceMs;
  const liveTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(liveTimer.current), []);
  const edit = (text: string) => {
    setDraft(text);
    setProblem(null);
    if (live === null || live === undefined || form) return;
    clearTimeout(liveTimer.current);
    if (live === 0) attempt(text);
    else liveTimer.current = setTimeout(() => attempt(text), live);
  };

  const errorId = `${inputId}-error`;
  return (
    <div className={`stTextInput${w.disabled ? " st-disabled" : ""}`} data-testid="stTextInput">
      <WidgetLabel
        label={w.label ?? ""}
        help={w.help}
        visibility={w.labelVisibility}
        disabled={!!w.disabled}
        htmlFor={inputId}
        required={!!el.required}
      />
      <div className={`st-input-root${focused ? " st-focused" : ""}${problem ? " st-invalid" : ""}`} data-testid="stTextInputRootElement">
        {el.icon ? (
          <span className="st-input-icon" data-testid="stTextInputIcon">
            <ElementIcon icon={el.icon} />
          </span>
        ) : null}
        <input
          id={inputId}
          className="st-input"
          data-testid="stTextInputField"
          type={password ? (revealed ? "text" : "password") : (INPUT_TYPES[el.type ?? 0] ?? "text")}
          value={draft}
          placeholder={el.placeholder ?? ""}
          disabled={!!w.disabled}
          maxLength={maxChars > 0 ? maxChars : undefined}
          aria-label={plainLabel(w.label ?? "")}
          aria-required={el.required ? true : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          autoComplete={el.autocomplete ?? ""}
          enterKeyHint={search ? "search" : undefined}
          onChange={(e) => edit(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            clearTimeout(liveTimer.current);
            attempt();
          }}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            clearTimeout(liveTimer.current);
            attempt();
            // Enter in a form submits it (enter_to_submit, the default); the form runs the checks.
            if (form?.enterToSubmit) form.submit();
          }}
        />
        {search && draft ? (
          <button
            type="button"
            className="st-input-button"
            data-testid="stTextInputClearButton"
            aria-label="Clear entry"
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setDraft("");
              attempt("");
            }}
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
              <circle cx="12" cy="12" r="10" fill="currentColor" />
              <path d="M8.5 8.5l7 7M15.5 8.5l-7 7" stroke="var(--st-secondary-bg)" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        ) : null}
        {password ? (
          <button type="button" className="st-input-button" aria-label={revealed ? "Hide password text" : "Show password text"} onClick={() => setRevealed(!revealed)}>
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
        {problem ? <InvalidIcon reason={problem} /> : null}
      </div>
      {problem ? (
        <span id={errorId} role="alert" className="st-visually-hidden">
          {problem}
        </span>
      ) : null}
      {/* While the field is marked invalid its "!" takes the hint's place. */}
      {(focused && dirty && !problem) || maxChars > 0 ? (
        <div className="st-input-instructions" data-testid="InputInstructions">
          {focused && dirty && !problem ? inputInstructions(form, false) : ""}
          {maxChars > 0 ? <span className="st-input-count">{`${draft.length}/${maxChars}`}</span> : null}
        </div>
      ) : null}
    </div>
  );
}

/** The invalid field's "!" at its right end; hovering it shows the reason (`stTooltipErrorContent`). */
function InvalidIcon({ reason }: { reason: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="st-input-error-icon" data-testid="stTextInputErrorIcon">
      <div data-testid="stTooltipErrorHoverTarget" onMouseEnter={() => setOpen(true)} onMouseLeave={() => setOpen(false)}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 7v6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          <circle cx="12" cy="16.5" r="1.1" fill="currentColor" />
        </svg>
      </div>
      {open ? (
        <div className="st-tooltip-content st-input-error-tooltip" data-testid="stTooltipErrorContent" role="tooltip">
          {reason}
        </div>
      ) : null}
    </div>
  );
}
