//! st.date_input (`stDateInput`): a text field showing the date(s) in the widget's
//! format and a month calendar (`stDateInputCalendar`). A single date reruns on
//! pick; a range reruns once both ends are picked. Typing a date and pressing
//! Enter also picks it.
import { useEffect, useState } from "react";
import type { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { formatDate, isoDate, parseFormatted, parseIsoDate } from "../shared/dates";
import { labelsValue } from "../shared/values";
import { InvalidMark, useFieldCheck } from "../shared/FieldCheck";
import { requiredProblem } from "../shared/fieldChecks";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./input.css";
import "./inputs2.css";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function DateInput({ el }: { el: rustlit.IDateInput }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const format = el.format || "YYYY/MM/DD";
  const values = labelsValue(useHeldValue(w));
  const dates = values.map(parseIsoDate).filter((d): d is Date => d !== null);
  const shown = dates.map((d) => formatDate(d, format)).join(" – ");
  const [text, setText] = useState(shown);
  const [open, setOpen] = useState(false);
  const [picking, setPicking] = useState<Date[]>([]);
  const first = dates[0] ?? new Date(Date.UTC(new Date().getFullYear(), new Date().getMonth(), 1));
  const [month, setMonth] = useState(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)));
  useEffect(() => setText(shown), [shown]);
  const min = parseIsoDate(el.min ?? "");
  const max = parseIsoDate(el.max ?? "");
  const disabled = !!w.disabled;
  const required = !!el.required;
  const checks = useFieldCheck(id, required, (v: string | null) => requiredProblem(v, required), values[0] ?? null);
  const inRange = (d: Date) => (!min || d >= min) && (!max || d <= max);
  const send = (ds: Date[]) => widgets.setValue(id, { stringArrayValue: { data: ds.map(isoDate) } });

  const pick = (d: Date) => {
    if (!el.isRange) {
      setOpen(false);
      if (isoDate(d) !== values[0]) send([d]);
      return;
    }
    if (picking.length === 1) {
      const range = picking[0] <= d ? [picking[0], d] : [d, picking[0]];
      setPicking([]);
      setOpen(false);
      send(range);
    } else {
      setPicking([d]);
    }
  };

  const days: (Date | null)[] = [];
  const y = month.getUTCFullYear();
  const m = month.getUTCMonth();
  for (let i = 0; i < new Date(Date.UTC(y, m, 1)).getUTCDay(); i++) days.push(null);
  for (let d = 1; d <= new Date(Date.UTC(y, m + 1, 0)).getUTCDate(); d++) days.push(new Date(Date.UTC(y, m, d)));
  const marked = picking.length ? picking : dates;

  return (
    <div className={`stDateInput${disabled ? " st-disabled" : ""}`} data-testid="stDateInput">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} required={required} />
      <div className={`st-input-root${open ? " st-focused" : ""}${checks.problem ? " st-invalid" : ""}`}>
        <input
          className="st-input"
          value={text}
          aria-required={required || undefined}
          aria-invalid={checks.problem ? true : undefined}
          disabled={disabled}
          placeholder={el.isRange ? `${format} – ${format}` : format}
          aria-label={plainLabel(w.label ?? "")}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            // Clicks inside the calendar keep the focus (it prevents mousedown),
            // so a blur means the user went elsewhere: drop a half-picked range.
            setOpen(false);
            setPicking([]);
            setText(shown);
          }}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
            if (e.key !== "Enter") return;
            const parsed = text.split(/\s+[–-]\s+/).map((t) => parseFormatted(t, format));
            if (parsed.every((d): d is Date => d !== null && inRange(d)) && parsed.length === (el.isRange ? 2 : 1)) {
              setOpen(false);
              send(parsed as Date[]);
            } else setText(shown);
          }}
        />
        {checks.problem ? <InvalidMark reason={checks.problem} testId="stDateInputError" /> : null}
        <svg className="st-date-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <rect x="4" y="5.5" width="16" height="14.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </div>
      {open && !disabled ? (
        <div className="st-calendar" data-testid="stDateInputCalendar" onMouseDown={(e) => e.preventDefault()}>
          <div className="st-calendar-head">
            <button type="button" aria-label="Previous month" onClick={() => setMonth(new Date(Date.UTC(y, m - 1, 1)))}>‹</button>
            <span>{`${MONTHS[m]} ${y}`}</span>
            <button type="button" aria-label="Next month" onClick={() => setMonth(new Date(Date.UTC(y, m + 1, 1)))}>›</button>
          </div>
          <div className="st-calendar-grid" role="grid">
            {["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"].map((d) => (
              <span key={d} className="st-calendar-weekday">{d}</span>
            ))}
            {days.map((d, i) =>
              d ? (
                <button
                  key={i}
                  type="button"
                  role="gridcell"
                  className={`st-calendar-day${marked.some((x) => +x === +d) ? " st-selected" : ""}`}
                  aria-label={formatDate(d, "YYYY-MM-DD")}
                  disabled={!inRange(d)}
                  onClick={() => pick(d)}
                >
                  {d.getUTCDate()}
                </button>
              ) : (
                <span key={i} />
              ),
            )}
          </div>
        </div>
      ) : null}
    </div>
  );
}
