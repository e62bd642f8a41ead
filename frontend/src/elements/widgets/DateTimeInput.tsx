//! st.datetime_input (`stDateTimeInput`), as in Streamlit 1.67: one field of
//! segments (year, month, day, hour, minute; `stDateTimeInputField`) edited by
//! typing digits and with the arrow keys, and a calendar popover
//! (`stDateTimeInputCalendarButton`, `stDateTimeInputCalendar`) with a time row.
//! Edits stay in the field until the user commits them: Enter, the focus
//! leaving the field, or closing the calendar. A value outside [min, max] is
//! not sent; the field shows 1.67's error instead.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { labelsValue } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import {
  dateOrder,
  EMPTY,
  isEmpty,
  PLACEHOLDER,
  partsOf,
  shown,
  stepped,
  typeDigit,
  WIDTH,
  wireOf,
  type Parts,
  type SegmentKind,
} from "./dateTimeParts";
import { DateTimeCalendar } from "./DateTimeCalendar";
import "./input.css";
import "./datetime.css";

export function DateTimeInput({ el }: { el: rustlit.IDateTimeInput }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const label = plainLabel(w.label ?? "");
  const format = el.format || "YYYY/MM/DD";
  const held = labelsValue(useHeldValue(w))[0] ?? "";
  const defaultEmpty = (w.default?.stringArrayValue?.data ?? []).length === 0;
  const disabled = !!w.disabled;
  const clearable = defaultEmpty && !disabled && !el.required;
  const step = el.step || 900;
  const min = el.min ?? "";
  const max = el.max ?? "";

  const [parts, setParts] = useState<Parts>(() => partsOf(held));
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const typed = useRef<{ kind: SegmentKind | null; text: string }>({ kind: null, text: "" });
  const partsRef = useRef(parts);
  partsRef.current = parts;

  useEffect(() => {
    setParts(partsOf(held));
    setError(null);
  }, [held]);

  const send = useCallback(
    (data: string[]) => widgets.setValue(id, { stringArrayValue: { data } }, !el.ignoreRerun),
    [widgets, id, el.ignoreRerun],
  );

  /** Sends the field's value if it is complete and allowed; returns whether the field is in a valid state. */
  const commit = useCallback(
    (p: Parts = partsRef.current) => {
      if (isEmpty(p)) {
        if (el.required) {
          setError("This field is required.");
          return false;
        }
        if (clearable) {
          setError(null);
          if (held) send([]);
        } else setParts(partsOf(held));
        return true;
      }
      const text = wireOf(p);
      if (text === null) {
        // Partly typed: the field goes back to the value the app holds.
        setParts(partsOf(held));
        setError(null);
        return false;
      }
      if ((min && text < min) || (max && text > max)) {
        setError(rangeError(text > max && !!max, min ? shown(min, format) : "", max ? shown(max, format) : ""));
        return false;
      }
      setError(null);
      setParts(partsOf(text));
      if (text !== held) send([text]);
      return true;
    },
    [el.required, clearable, held, send, min, max, format],
  );

  const { order, sep } = dateOrder(format);

  const focusSibling = (from: HTMLElement, delta: number) => {
    const scope = from.closest("[data-segments]");
    const all = Array.from(scope?.querySelectorAll<HTMLElement>("[role=spinbutton]") ?? []);
    all[all.indexOf(from) + delta]?.focus();
  };

  const onSegmentKey = (kind: SegmentKind) => (e: KeyboardEvent<HTMLSpanElement>) => {
    if (disabled) return;
    const target = e.currentTarget;
    if (/^[0-9]$/.test(e.key)) {
      e.preventDefault();
      const before = typed.current.kind === kind ? typed.current.text : "";
      const r = typeDigit(kind, before, e.key);
      typed.current = { kind, text: r.done ? "" : r.typed };
      setParts((p) => ({ ...p, [kind]: r.value }));
      setError(null);
      if (r.done) focusSibling(target, 1);
    } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
      if (e.altKey && e.key === "ArrowDown") {
        e.preventDefault();
        setOpen(true);
        return;
      }
      e.preventDefault();
      typed.current = { kind: null, text: "" };
      setParts((p) => stepped(p, kind, e.key === "ArrowUp", step, new Date()));
    } else if (e.key === "ArrowRight" || e.key === "ArrowLeft") {
      e.preventDefault();
      focusSibling(target, e.key === "ArrowRight" ? 1 : -1);
    } else if (e.key === "Backspace" || e.key === "Delete") {
      e.preventDefault();
      typed.current = { kind: null, text: "" };
      setParts((p) => ({ ...p, [kind]: null }));
    } else if (e.key === "Enter") {
      e.preventDefault();
      commit();
    }
  };

  const segment = (kind: SegmentKind, value: number | null) => (
    <span
      key={kind}
      role="spinbutton"
      tabIndex={disabled ? -1 : 0}
      className="st-dt-segment"
      data-type={kind}
      data-placeholder={value === null ? "true" : undefined}
      aria-label={`${kind}, ${label}`}
      aria-valuenow={value ?? undefined}
      aria-valuemin={kind === "year" ? 1 : kind === "month" || kind === "day" ? 1 : 0}
      aria-valuemax={{ year: 9999, month: 12, day: 31, hour: 23, minute: 59 }[kind]}
      aria-disabled={disabled || undefined}
      onKeyDown={onSegmentKey(kind)}
      onFocus={() => (typed.current = { kind: null, text: "" })}
    >
      {value === null ? PLACEHOLDER[kind] : String(value).padStart(WIDTH[kind], "0")}
    </span>
  );

  const fields = (p: Parts) => {
    const out: ReactNode[] = [];
    order.forEach((kind, i) => {
      if (i > 0) out.push(<span key={`s${i}`} className="st-dt-literal" aria-hidden="true">{sep}</span>);
      out.push(segment(kind, p[kind]));
    });
    out.push(<span key="comma" className="st-dt-literal" aria-hidden="true">, </span>);
    out.push(segment("hour", p.hour), <span key="colon" className="st-dt-literal" aria-hidden="true">:</span>, segment("minute", p.minute));
    return out;
  };

  const close = useCallback(() => {
    setOpen(false);
    commit();
  }, [commit]);

  // A press outside the widget (and its calendar) closes the calendar and commits.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) close();
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open, close]);

  return (
    <div
      className={`stDateTimeInput${disabled ? " st-disabled" : ""}`}
      data-testid="stDateTimeInput"
      ref={root}
      onBlur={(e) => {
        if (!open && !e.currentTarget.contains(e.relatedTarget as Node | null)) commit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape" && open) {
          e.preventDefault();
          close();
        }
      }}
    >
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div className={`st-input-root st-dt-root${error ? " st-dt-invalid" : ""}`}>
        <div className="st-dt-field" data-testid="stDateTimeInputField" data-segments="" role="group" aria-label={label}>
          {fields(parts)}
        </div>
        {error ? (
          <span className="st-dt-error" data-testid="stDateTimeInputError" title={error.replaceAll("**", "")} role="alert">
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path fill="currentColor" d="M11 15h2v2h-2zm0-8h2v6h-2zm1-5C6.47 2 2 6.5 2 12a10 10 0 1 0 10-10zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16z" />
            </svg>
          </span>
        ) : null}
        {clearable && !isEmpty(parts) ? (
          <button
            type="button"
            className="st-dt-button"
            data-testid="stDateTimeInputClearButton"
            aria-label="Clear date and time"
            tabIndex={-1}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setParts({ ...EMPTY });
              commit({ ...EMPTY });
            }}
          >
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
              <path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z" />
            </svg>
          </button>
        ) : null}
        <button
          type="button"
          className="st-dt-button"
          data-testid="stDateTimeInputCalendarButton"
          aria-label="Choose date and time"
          aria-haspopup="dialog"
          aria-expanded={open}
          disabled={disabled}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => (open ? close() : setOpen(true))}
        >
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path fill="currentColor" d="M20 3h-1V1h-2v2H7V1H5v2H4c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 18H4V10h16v11zm0-13H4V5h16v3z" />
          </svg>
        </button>
      </div>
      {open && !disabled ? (
        <DateTimeCalendar
          parts={parts}
          min={min}
          max={max}
          onPick={(y, m, d) => {
            setError(null);
            setParts((p) => ({ ...p, year: y, month: m, day: d, hour: p.hour ?? 0, minute: p.minute ?? 0 }));
          }}
          time={
            <div data-segments="" className="st-dt-field st-dt-time">
              {segment("hour", parts.hour)}
              <span className="st-dt-literal" aria-hidden="true">:</span>
              {segment("minute", parts.minute)}
            </div>
          }
        />
      ) : null}
    </div>
  );
}

/** 1.67's message for a value outside [min, max] (bold "Error" in markdown). */
function rangeError(afterMax: boolean, min: string, max: string): string {
  const head = "**Error**: Date and time set outside allowed range. Please select a date and time";
  if (afterMax) return `${head} on or before ${max}.`;
  return max ? `${head} between ${min} and ${max}.` : `${head} on or after ${min}.`;
}
