//! The calendar popover of st.datetime_input (`stDateTimeInputCalendar`), laid
//! out as 1.67's: previous/next month arrows around month and year pickers, a
//! grid of weeks (days of the neighbouring months faded), and a "Time" row
//! holding the hour and minute segments (`stDateTimeInputPopoverTime`).
//! Picking a day changes the field; the field commits when the popover closes.
import { useState, type ReactNode } from "react";
import { daysIn, type Parts } from "./dateTimeParts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

interface Props {
  parts: Parts;
  min: string; // "YYYY-MM-DDTHH:MM"
  max: string;
  onPick: (year: number, month: number, day: number) => void;
  time: ReactNode;
}

export function DateTimeCalendar({ parts, min, max, onPick, time }: Props) {
  const today = new Date();
  const [view, setView] = useState(() => ({
    year: parts.year ?? today.getFullYear(),
    month: parts.month ?? today.getMonth() + 1,
  }));
  const minDay = min.slice(0, 10);
  const maxDay = max.slice(0, 10);
  const minYear = Number(min.slice(0, 4)) || 1;
  const maxYear = Number(max.slice(0, 4)) || 9999;
  const move = (delta: number) =>
    setView(({ year, month }) => {
      const index = year * 12 + (month - 1) + delta;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    });

  const first = new Date(Date.UTC(view.year, view.month - 1, 1)).getUTCDay();
  const count = daysIn(view.year, view.month);
  const cells: { y: number; m: number; d: number; outside: boolean }[] = [];
  const before = daysIn(view.month === 1 ? view.year - 1 : view.year, view.month === 1 ? 12 : view.month - 1);
  for (let i = first - 1; i >= 0; i--) cells.push({ y: 0, m: 0, d: before - i, outside: true });
  for (let d = 1; d <= count; d++) cells.push({ y: view.year, m: view.month, d, outside: false });
  for (let d = 1; cells.length % 7 !== 0; d++) cells.push({ y: 0, m: 0, d, outside: true });
  const weeks: (typeof cells)[] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const selected = (c: (typeof cells)[number]) =>
    !c.outside && parts.year === c.y && parts.month === c.m && parts.day === c.d;
  const allowed = (c: (typeof cells)[number]) => {
    const day = `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
    return (!minDay || day >= minDay) && (!maxDay || day <= maxDay);
  };
  const years: number[] = [];
  for (let y = Math.max(minYear, view.year - 100); y <= Math.min(maxYear, view.year + 100); y++) years.push(y);
  if (!years.includes(view.year)) years.push(view.year);

  return (
    <div
      className="st-dt-calendar"
      data-testid="stDateTimeInputCalendar"
      role="dialog"
      aria-label="Choose date and time"
      onMouseDown={(e) => {
        // Keep the focus where it is (a segment), except on the pickers and the time segments.
        const target = e.target as HTMLElement;
        if (!(target instanceof HTMLSelectElement) && target.getAttribute("role") !== "spinbutton") e.preventDefault();
      }}
    >
      <div className="st-dt-calendar-head">
        <button type="button" className="st-dt-nav" aria-label="Previous month" onClick={() => move(-1)}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path fill="currentColor" d="M19 11H7.83l4.88-4.88a1 1 0 0 0-1.41-1.42l-6.59 6.59a1 1 0 0 0 0 1.41l6.59 6.59a1 1 0 0 0 1.41-1.41L7.83 13H19a1 1 0 0 0 0-2z" />
          </svg>
        </button>
        <div className="st-dt-pickers">
          <select
            aria-label="month"
            value={view.month}
            onChange={(e) => setView((v) => ({ ...v, month: Number(e.target.value) }))}
          >
            {MONTHS.map((name, i) => (
              <option key={name} value={i + 1}>{name}</option>
            ))}
          </select>
          <select aria-label="year" value={view.year} onChange={(e) => setView((v) => ({ ...v, year: Number(e.target.value) }))}>
            {years.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </div>
        <button type="button" className="st-dt-nav" aria-label="Next month" onClick={() => move(1)}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <path fill="currentColor" d="M5 13h11.17l-4.88 4.88a1 1 0 0 0 1.41 1.42l6.59-6.59a1 1 0 0 0 0-1.41L12.71 4.7a1 1 0 0 0-1.41 1.41L16.17 11H5a1 1 0 0 0 0 2z" />
          </svg>
        </button>
      </div>
      <table className="st-dt-grid" role="grid" aria-label={`${MONTHS[view.month - 1]} ${view.year}`}>
        <thead>
          <tr>
            {WEEKDAYS.map((d) => (
              <th key={d} abbr={d} scope="col">{d[0]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, wi) => (
            <tr key={wi}>
              {week.map((c, ci) => (
                <td key={ci} role="gridcell" aria-selected={selected(c) || undefined}>
                  {c.outside ? (
                    <span className="st-dt-day st-dt-outside">{c.d}</span>
                  ) : (
                    <button
                      type="button"
                      className={`st-dt-day${selected(c) ? " st-selected" : ""}`}
                      aria-label={`${WEEKDAYS[(first + c.d - 1) % 7]}, ${MONTHS[c.m - 1]} ${c.d}, ${c.y}`}
                      disabled={!allowed(c)}
                      onClick={() => onPick(c.y, c.m, c.d)}
                    >
                      {c.d}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="st-dt-time-row" data-testid="stDateTimeInputPopoverTime">
        <span>Time</span>
        {time}
      </div>
    </div>
  );
}
