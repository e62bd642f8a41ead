//! How the Streamlit theme shows values ECharts would print raw, as 1.67 does:
//! tooltip values (long numbers shortened, ISO datetimes of Arrow data as dates)
//! and the axis-pointer label of a time axis (a date, or a date and time).

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

const DECIMALS = 4;
const SIGNIFICANT = 6;
const tiny = new Intl.NumberFormat("en-US", { notation: "scientific", maximumSignificantDigits: SIGNIFICANT });
const small = new Intl.NumberFormat("en-US", { maximumSignificantDigits: SIGNIFICANT, useGrouping: true });
const upTo = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: DECIMALS, useGrouping: true });
const exactly = new Intl.NumberFormat("en-US", { minimumFractionDigits: DECIMALS, maximumFractionDigits: DECIMALS, useGrouping: true });

/** A number as the tooltip shows it: below 1e-4 in scientific notation, below 1 to six
 *  significant digits, otherwise grouped with at most four decimals (exactly four when cut). */
export function tooltipNumber(n: number): string {
  if (!Number.isFinite(n)) return "-";
  if (Object.is(n, -0) || n === 0) return "0";
  const size = Math.abs(n);
  if (size < 10 ** -DECIMALS) return tiny.format(n);
  if (size < 1) return small.format(n);
  return (Number(n.toFixed(DECIMALS)) === n ? upTo : exactly).format(n);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z?$/;
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A time as `yyyy-MM-dd`, or `yyyy-MM-dd HH:mm:ss` unless it is exactly midnight; local time
 *  unless `utc` (the option's `useUTC`). */
export function dateLabel(value: unknown, utc: boolean): string {
  const d = value instanceof Date ? value : new Date(typeof value === "number" || typeof value === "string" ? value : NaN);
  if (Number.isNaN(d.getTime())) return "-";
  const [y, mo, day, h, mi, s, ms] = utc
    ? [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds()]
    : [d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()];
  const date = `${pad(y, 4)}-${pad(mo + 1)}-${pad(day)}`;
  return h === 0 && mi === 0 && s === 0 && ms === 0 ? date : `${date} ${pad(h)}:${pad(mi)}:${pad(s)}`;
}

function tooltipOne(v: unknown): string {
  if (typeof v === "number") return tooltipNumber(v);
  if (typeof v === "string") return ISO.test(v) ? dateLabel(v, false) : v.trim() === "" ? "-" : v;
  if (typeof v === "boolean") return String(v);
  return "-";
}

/** The theme's tooltip `valueFormatter` (a series' own, or the option's, replaces it). */
export function tooltipValue(value: unknown): string | string[] {
  return Array.isArray(value) ? value.map(tooltipOne) : tooltipOne(value);
}

const hasLabelFormatter = (pointer: unknown) => isObject(pointer) && isObject(pointer.label) && pointer.label.formatter != null;
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : isObject(v) ? [v] : []);

/**
 * Under the Streamlit theme, the axis pointer of each `time` x or y axis labels its value as a date
 * (with the time when not midnight), unless the option labels axis pointers itself anywhere.
 * `option` is changed in place (its base option when it has one).
 */
export function timeAxisPointers(option: Json): void {
  const base = isObject(option.baseOption) ? option.baseOption : option;
  const variants = [base, ...list(option.options), ...list(option.media).map((m) => m.option), ...list(base.media).map((m) => m.option)];
  const pointers = variants.filter(isObject).flatMap((v) => [
    ...list(v.tooltip).map((t) => t.axisPointer),
    ...list(v.grid).map((g) => (isObject(g.tooltip) ? g.tooltip.axisPointer : undefined)),
    ...list(v.axisPointer),
  ]);
  if (pointers.some(hasLabelFormatter)) return;
  const utc = base.useUTC === true;
  const formatter = (params: unknown) => dateLabel(isObject(params) ? params.value : undefined, utc);
  for (const name of ["xAxis", "yAxis"]) {
    for (const axis of list(base[name])) {
      if (axis.type !== "time" || hasLabelFormatter(axis.axisPointer)) continue;
      const pointer = isObject(axis.axisPointer) ? axis.axisPointer : {};
      const label = isObject(pointer.label) ? pointer.label : {};
      axis.axisPointer = { ...pointer, label: { ...label, formatter } };
    }
  }
}
