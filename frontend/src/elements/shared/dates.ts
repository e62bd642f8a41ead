//! Dates for date_input, time_input and date/time sliders: ISO strings on the
//! wire, moment-style display formats ("YYYY/MM/DD", "HH:mm"), and slider values
//! in microseconds since the epoch read as UTC (naive datetimes).
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
};
// Longest tokens first; "[...]" is literal text, as in moment.js formats.
const TOKENS = /\[[^\]]*\]|YYYY|YY|MMMM|MMM|MM|Mo|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|A|a/g;

/**
 * Formats a UTC date with moment.js-style tokens (the formats Streamlit's date
 * and time widgets take): years YYYY/YY, months MMMM/MMM/MM/M/Mo, days DD/D/Do,
 * weekdays dddd/ddd/dd/d, hours HH/H/hh/h with A/a, minutes mm/m, seconds ss/s,
 * milliseconds SSS, and [literal] text.
 */
export function formatDate(d: Date, format: string): string {
  const hours = d.getUTCHours();
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  return format.replace(TOKENS, (t) => {
    switch (t) {
      case "YYYY":
        return pad(d.getUTCFullYear(), 4);
      case "YY":
        return pad(d.getUTCFullYear() % 100);
      case "MMMM":
        return MONTH_NAMES[d.getUTCMonth()];
      case "MMM":
        return MONTH_NAMES[d.getUTCMonth()].slice(0, 3);
      case "MM":
        return pad(d.getUTCMonth() + 1);
      case "Mo":
        return ordinal(d.getUTCMonth() + 1);
      case "M":
        return String(d.getUTCMonth() + 1);
      case "Do":
        return ordinal(d.getUTCDate());
      case "DD":
        return pad(d.getUTCDate());
      case "D":
        return String(d.getUTCDate());
      case "dddd":
        return DAY_NAMES[d.getUTCDay()];
      case "ddd":
        return DAY_NAMES[d.getUTCDay()].slice(0, 3);
      case "dd":
        return DAY_NAMES[d.getUTCDay()].slice(0, 2);
      case "d":
        return String(d.getUTCDay());
      case "HH":
        return pad(hours);
      case "H":
        return String(hours);
      case "hh":
        return pad(h12);
      case "h":
        return String(h12);
      case "mm":
        return pad(d.getUTCMinutes());
      case "m":
        return String(d.getUTCMinutes());
      case "ss":
        return pad(d.getUTCSeconds());
      case "s":
        return String(d.getUTCSeconds());
      case "SSS":
        return pad(d.getUTCMilliseconds(), 3);
      case "A":
        return hours < 12 ? "AM" : "PM";
      case "a":
        return hours < 12 ? "am" : "pm";
      default:
        return t.slice(1, -1);
    }
  });
}

export function formatMicros(micros: number, format: string): string {
  return formatDate(new Date(micros / 1000), format);
}

/** "YYYY-MM-DD" -> a UTC Date (null when malformed). */
export function parseIsoDate(s: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

export function isoDate(d: Date): string {
  return formatDate(d, "YYYY-MM-DD");
}

/** Parses text typed in a date format such as "DD.MM.YYYY" (null when it does not match). */
export function parseFormatted(text: string, format: string): Date | null {
  const order = format.match(/YYYY|MM|DD/g) ?? [];
  const parts = text.trim().split(/[/.-]/);
  if (parts.length !== 3 || order.length !== 3) return null;
  const get = (t: string) => Number(parts[order.indexOf(t)]);
  const [y, m, d] = [get("YYYY"), get("MM"), get("DD")];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date : null;
}
