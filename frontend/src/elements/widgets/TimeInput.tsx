//! st.time_input (`stTimeInput`): a field showing "HH:MM" with a drop-down of times
//! at the widget's step; picking one, or typing a time and pressing Enter, reruns.
import { useEffect, useRef, useState } from "react";
import type { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { optionalString } from "../shared/values";
import { InvalidMark, useFieldCheck } from "../shared/FieldCheck";
import { requiredProblem } from "../shared/fieldChecks";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./input.css";
import "./inputs2.css";

const pad = (n: number) => String(n).padStart(2, "0");

export function TimeInput({ el }: { el: rustlit.ITimeInput }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const value = optionalString(useHeldValue(w));
  const [text, setText] = useState(value ?? "");
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => setText(value ?? ""), [value]);
  const step = el.step || 900;
  const withSeconds = step % 60 !== 0;
  const times: string[] = [];
  for (let s = 0; s < 24 * 3600; s += step) {
    const t = `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}`;
    times.push(withSeconds ? `${t}:${pad(s % 60)}` : t);
  }
  const disabled = !!w.disabled;
  const required = !!el.required;
  const checks = useFieldCheck(id, required, (v: string | null) => requiredProblem(v, required), value);
  const pick = (t: string) => {
    setOpen(false);
    if (t !== value) widgets.setValue(id, { stringValue: t });
  };
  useEffect(() => {
    if (open) list.current?.querySelector(".st-selected")?.scrollIntoView({ block: "nearest" });
  }, [open]);
  return (
    <div className={`stTimeInput${disabled ? " st-disabled" : ""}`} data-testid="stTimeInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} required={required} />
      <div className={`st-input-root${open ? " st-focused" : ""}${checks.problem ? " st-invalid" : ""}`}>
        <input
          className="st-input"
          value={text}
          aria-required={required || undefined}
          aria-invalid={checks.problem ? true : undefined}
          disabled={disabled}
          placeholder={withSeconds ? "HH:MM:SS" : "HH:MM"}
          aria-label={plainLabel(w.label ?? "")}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            setText(value ?? "");
          }}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
            if (e.key !== "Enter") return;
            const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
            if (m && +m[1] < 24 && +m[2] < 60) pick(`${pad(+m[1])}:${m[2]}${withSeconds ? `:${m[3] ?? "00"}` : ""}`);
            else setText(value ?? "");
          }}
        />
        {checks.problem ? <InvalidMark reason={checks.problem} testId="stTimeInputError" /> : null}
      </div>
      {open && !disabled ? (
        <ul className="st-select-list" role="listbox" ref={list} data-testid="stTimeInputDropdown">
          {times.map((t) => (
            <li
              key={t}
              role="option"
              aria-selected={t === value}
              className={`st-select-option${t === value ? " st-selected" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(t)}
            >
              {t}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
