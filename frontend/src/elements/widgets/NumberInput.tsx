//! st.number_input (`stNumberInput`): a text field (`stNumberInputField`) plus
//! step buttons (`stNumberInputStepDown/Up`). Enter, blur or a step commits.
//! Ints are sent as int_value, floats as double_value, an empty field as none
//! (unless `required`: then emptying the field keeps the last value, and a form
//! is not submitted while it holds none).
import { useEffect, useId, useState } from "react";
import { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { inputInstructions, useForm } from "../shared/form";
import { formatNumber } from "../shared/printf";
import { numberValue } from "../shared/values";
import { InvalidMark, useFieldCheck } from "../shared/FieldCheck";
import { ElementIcon } from "../shared/Icon";
import { requiredProblem } from "../shared/fieldChecks";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import type { WidgetValue } from "../../widgets/widgetManager";
import "./input.css";

export function NumberInput({ el }: { el: rustlit.INumberInput }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const form = useForm();
  const id = w.id ?? "";
  const inputId = useId();
  const isInt = el.dataType === rustlit.NumberInput.DataType.INT;
  const committed = numberValue(useHeldValue(w));
  const show = (v: number | null) => (v === null ? "" : formatNumber(v, el.format, isInt));
  const [draft, setDraft] = useState(show(committed));
  const [focused, setFocused] = useState(false);
  // Re-sync the field when the committed value changes (server set_value, step).
  useEffect(() => setDraft(show(committed)), [committed]); // eslint-disable-line react-hooks/exhaustive-deps
  const step = el.step || (isInt ? 1 : 0.01);
  const min = el.hasMin ? (el.min ?? 0) : -Infinity;
  const max = el.hasMax ? (el.max ?? 0) : Infinity;
  const required = !!el.required;
  const checks = useFieldCheck(id, required, (v: number | null) => requiredProblem(v, required), committed);

  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const toValue = (v: number | null): WidgetValue =>
    v === null ? { noneValue: true } : isInt ? { intValue: Math.round(v) } : { doubleValue: v };

  const commitNumber = (v: number | null) => {
    if (v !== null && (v < min || v > max)) {
      setDraft(show(committed));
      return;
    }
    if (v === committed) {
      setDraft(show(committed));
      return;
    }
    widgets.setValue(id, toValue(v));
  };

  const commitDraft = () => {
    const text = draft.trim();
    if (text === "") {
      if (committed !== null && w.default?.noneValue && !required) commitNumber(null);
      else setDraft(show(committed));
      return;
    }
    const parsed = Number(text);
    if (Number.isNaN(parsed)) {
      setDraft(show(committed));
      return;
    }
    commitNumber(isInt ? Math.round(parsed) : parsed);
  };

  const stepBy = (dir: 1 | -1) => {
    const base = committed ?? (el.hasMin ? min : 0);
    const next = clamp(Number((base + dir * step).toFixed(12)));
    commitNumber(next);
  };

  const dirty = draft !== show(committed);
  const disabled = !!w.disabled;
  return (
    <div className={`stNumberInput${disabled ? " st-disabled" : ""}`} data-testid="stNumberInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} htmlFor={inputId} required={required} />
      <div
        className={`st-input-root st-number-root${focused ? " st-focused" : ""}${checks.problem ? " st-invalid" : ""}`}
        data-testid="stNumberInputContainer"
      >
        {el.icon ? (
          <span className="st-input-icon" data-testid="stNumberInputIcon">
            <ElementIcon icon={el.icon} />
          </span>
        ) : null}
        <input
          id={inputId}
          className="st-input"
          data-testid="stNumberInputField"
          type="number"
          inputMode={isInt ? "numeric" : "decimal"}
          value={draft}
          step={step}
          min={el.hasMin ? min : undefined}
          max={el.hasMax ? max : undefined}
          placeholder={el.placeholder ?? ""}
          disabled={disabled}
          aria-label={plainLabel(w.label ?? "")}
          aria-required={required || undefined}
          aria-invalid={checks.problem ? true : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commitDraft();
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              commitDraft();
              // Enter in a form submits it (enter_to_submit, the default).
              if (form?.enterToSubmit) form.submit();
            }
            else if (e.key === "ArrowUp") {
              e.preventDefault();
              stepBy(1);
            } else if (e.key === "ArrowDown") {
              e.preventDefault();
              stepBy(-1);
            }
          }}
        />
        {checks.problem ? <InvalidMark reason={checks.problem} /> : null}
        <div className="st-number-steps">
          <button
            type="button"
            className="st-number-step"
            data-testid="stNumberInputStepDown"
            aria-label="Decrement"
            disabled={disabled || (committed !== null && committed - step < min)}
            onClick={() => stepBy(-1)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M3 8h10" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </button>
          <button
            type="button"
            className="st-number-step"
            data-testid="stNumberInputStepUp"
            aria-label="Increment"
            disabled={disabled || (committed !== null && committed + step > max)}
            onClick={() => stepBy(1)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M3 8h10M8 3v10" stroke="currentColor" strokeWidth="1.6" />
            </svg>
          </button>
        </div>
        {focused && dirty && inputInstructions(form, false) ? (
          <div className="st-input-instructions st-number-instructions" data-testid="InputInstructions">
            {inputInstructions(form, false)}
          </div>
        ) : null}
      </div>
    </div>
  );
}
