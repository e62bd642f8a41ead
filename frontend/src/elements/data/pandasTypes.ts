//! pandas' own Arrow extension types, period and interval. They travel as their storage (a period
//! as an int64 ordinal counted in its frequency's units from 1970; an interval as a struct of
//! `left` and `right`) with the extension's name and parameters in the field metadata, which the
//! browser's Arrow reader does not interpret. 1.67 shows them as pandas prints them, so this module
//! turns the storage back into that text (observed in 1.67: `2024-03`, `2024Q1`,
//! `2024-03-04/2024-03-10`, `(0, 1]`, `[0.5000, 1.5000)`).
import { Type, type DataType, type Field } from "apache-arrow";

export type PandasExtension =
  | { kind: "period"; freq: string }
  | { kind: "interval"; closed: string };

/** The pandas extension a field carries, from its `ARROW:extension:*` metadata. */
export function pandasExtension(field: Field): PandasExtension | null {
  const name = field.metadata.get("ARROW:extension:name");
  if (name !== "pandas.period" && name !== "pandas.interval") return null;
  let params: { freq?: unknown; closed?: unknown } = {};
  try {
    params = JSON.parse(field.metadata.get("ARROW:extension:metadata") ?? "{}") as typeof params;
  } catch {
    // Parameters that do not parse: the defaults below.
  }
  if (name === "pandas.period") return { kind: "period", freq: typeof params.freq === "string" ? params.freq : "" };
  return { kind: "interval", closed: typeof params.closed === "string" ? params.closed : "right" };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const DAY_MS = 86_400_000;
const WEEKDAYS = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

function isoDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function clock(ms: number, parts: number): string {
  const d = new Date(ms);
  const fields = [pad(d.getUTCHours()), pad(d.getUTCMinutes()), pad(d.getUTCSeconds())].slice(0, Math.min(parts, 3));
  const text = `${isoDay(ms)} ${fields.length === 1 ? `${fields[0]}:00` : fields.join(":")}`;
  return parts > 3 ? `${text}.${pad(d.getUTCMilliseconds(), 3)}` : text;
}

/**
 * A period ordinal as pandas prints it. Frequencies with a multiplier (`2h`) and those 1.67 does
 * not spell out (business days, micro- and nanoseconds) show the ordinal itself, as in 1.67.
 */
export function formatPeriod(ordinal: number | bigint, freq: string): string {
  const n = Number(ordinal);
  const [base, anchor] = freq.split("-");
  const floorDiv = (a: number, b: number) => Math.floor(a / b);
  switch (base) {
    case "Y": case "A":
      return String(1970 + n);
    case "Q":
      return `${1970 + floorDiv(n, 4)}Q${n - 4 * floorDiv(n, 4) + 1}`;
    case "M": {
      const months = 1970 * 12 + n;
      return `${floorDiv(months, 12)}-${pad(months - 12 * floorDiv(months, 12) + 1)}`;
    }
    case "W": {
      // Week 0 ends on the anchor weekday (Sunday by default) in the last week of 1969;
      // 1969-12-31 (day -1) was a Wednesday.
      const weekday = Math.max(0, WEEKDAYS.indexOf(anchor ?? "SUN"));
      const lastDay = -1 - ((3 - weekday + 7) % 7) + 7 * n;
      return `${isoDay((lastDay - 6) * DAY_MS)}/${isoDay(lastDay * DAY_MS)}`;
    }
    case "D":
      return isoDay(n * DAY_MS);
    case "h": case "H":
      return clock(n * 3_600_000, 1);
    case "min": case "T":
      return clock(n * 60_000, 2);
    case "s": case "S":
      return clock(n * 1000, 3);
    case "ms": case "L":
      return clock(n, 4);
    default:
      return String(ordinal);
  }
}

/** How an interval's bounds are written: floats as the grid or the table writes them, timestamps
 *  (milliseconds, in their zone) as the grid's default datetime text. */
export interface BoundFormats {
  number: (value: number) => string;
  datetime: (ms: number, timeZone: string | undefined) => string;
}

function bound(value: unknown, type: DataType | undefined, formats: BoundFormats): string {
  if (value === null || value === undefined) return "";
  if (type?.typeId === Type.Timestamp) {
    const zone = (type as unknown as { timezone?: string | null }).timezone ?? undefined;
    // 1.67 writes the bounds in whole seconds.
    return formats.datetime(Math.floor(Number(value) / 1000) * 1000, zone);
  }
  if (type?.typeId === Type.Float && typeof value === "number") return formats.number(value);
  return String(value);
}

/** An interval struct (`{left, right}`) as `(left, right]`, brackets as its `closed` side says. */
export function formatInterval(value: unknown, closed: string, type: DataType | undefined, formats: BoundFormats): string {
  const v = value as { left?: unknown; right?: unknown; toJSON?: () => { left?: unknown; right?: unknown } };
  const sides = typeof v.toJSON === "function" ? v.toJSON() : v;
  const child = (type as unknown as { children?: { type: DataType }[] } | undefined)?.children?.[0]?.type;
  const open = closed === "left" || closed === "both" ? "[" : "(";
  const close = closed === "right" || closed === "both" ? "]" : ")";
  return `${open}${bound(sides.left, child, formats)}, ${bound(sides.right, child, formats)}${close}`;
}
