//! The pieces of st.datetime_input's value: five segments (year, month, day,
//! hour, minute) that the user edits one at a time, the wire text
//! "YYYY-MM-DDTHH:MM" they make when all are filled, and the key rules of a
//! segment (typing digits, arrow keys with the widget's step).

export type SegmentKind = "year" | "month" | "day" | "hour" | "minute";
export type Parts = Record<SegmentKind, number | null>;

export const EMPTY: Parts = { year: null, month: null, day: null, hour: null, minute: null };
export const LIMITS: Record<SegmentKind, [number, number]> = {
  year: [1, 9999],
  month: [1, 12],
  day: [1, 31],
  hour: [0, 23],
  minute: [0, 59],
};
export const WIDTH: Record<SegmentKind, number> = { year: 4, month: 2, day: 2, hour: 2, minute: 2 };
export const PLACEHOLDER: Record<SegmentKind, string> = { year: "yyyy", month: "mm", day: "dd", hour: "––", minute: "––" };

const pad = (n: number, w: number) => String(n).padStart(w, "0");

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The parts of a wire value ("YYYY-MM-DDTHH:MM"), or all empty. */
export function partsOf(text: string | undefined): Parts {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(text ?? "");
  if (!m) return { ...EMPTY };
  return { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5] };
}

/** The wire text of complete parts (a day past the month's end is its last day), else null. */
export function wireOf(p: Parts): string | null {
  const { year, month, day, hour, minute } = p;
  if (year === null || month === null || day === null || hour === null || minute === null) return null;
  const d = Math.min(day, daysIn(year, month));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}T${pad(hour, 2)}:${pad(minute, 2)}`;
}

export const isEmpty = (p: Parts) => Object.values(p).every((v) => v === null);

/** The date order and separator of a format such as "DD.MM.YYYY". */
export function dateOrder(format: string): { order: SegmentKind[]; sep: string } {
  const sep = /[/.-]/.exec(format)?.[0] ?? "/";
  const kinds: Record<string, SegmentKind> = { YYYY: "year", MM: "month", DD: "day" };
  const order = format.split(sep).map((t) => kinds[t]).filter((k): k is SegmentKind => !!k);
  return { order: order.length === 3 ? order : ["year", "month", "day"], sep };
}

/** A wire value as the field shows it in `format`: "17.05.2024, 14:30". */
export function shown(text: string, format: string): string {
  const p = partsOf(text);
  const { order, sep } = dateOrder(format);
  const date = order.map((k) => pad(p[k] ?? 0, WIDTH[k])).join(sep);
  return `${date}, ${pad(p.hour ?? 0, 2)}:${pad(p.minute ?? 0, 2)}`;
}

/** One more step up or down with wrap-around; minutes and hours move by the widget's step when it is whole minutes/hours. */
export function stepped(p: Parts, kind: SegmentKind, up: boolean, stepSeconds: number, today: Date): Parts {
  const current = p[kind];
  const [lo, hi] = LIMITS[kind];
  if (current === null) {
    const start: Record<SegmentKind, number> = {
      year: today.getFullYear(),
      month: today.getMonth() + 1,
      day: today.getDate(),
      hour: 0,
      minute: 0,
    };
    return { ...p, [kind]: start[kind] };
  }
  if (kind === "minute" && stepSeconds % 60 === 0 && stepSeconds / 60 > 1) {
    const total = snap((p.hour ?? 0) * 60 + current, stepSeconds / 60, up, 1440);
    return { ...p, hour: Math.floor(total / 60), minute: total % 60 };
  }
  if (kind === "hour" && stepSeconds % 3600 === 0 && stepSeconds / 3600 > 1) {
    return { ...p, hour: snap(current, stepSeconds / 3600, up, 24), minute: 0 };
  }
  const hiNow = kind === "day" && p.year !== null && p.month !== null ? daysIn(p.year, p.month) : hi;
  let next = current + (up ? 1 : -1);
  if (next > hiNow) next = lo;
  if (next < lo) next = hiNow;
  return { ...p, [kind]: next };
}

/** The next multiple of `step` above (or below) `value`, wrapping within [0, limit). */
function snap(value: number, step: number, up: boolean, limit: number): number {
  const next = up ? Math.floor(value / step) * step + step : Math.ceil(value / step) * step - step;
  if (next >= limit) return 0;
  if (next < 0) return Math.floor((limit - 1) / step) * step;
  return next;
}

/**
 * Typing a digit into a segment that already holds `typed` digits: the new
 * value and whether the segment is complete (focus moves on). A digit that
 * would overflow the segment starts it afresh.
 */
export function typeDigit(kind: SegmentKind, typed: string, digit: string): { value: number; typed: string; done: boolean } {
  const [, hi] = LIMITS[kind];
  let text = typed + digit;
  if (Number(text) > hi || text.length > WIDTH[kind]) text = digit;
  const value = Number(text);
  const done = text.length >= WIDTH[kind] || (kind !== "year" && value * 10 > hi);
  return { value: kind === "year" || value >= LIMITS[kind][0] ? value : LIMITS[kind][0], typed: text, done };
}
