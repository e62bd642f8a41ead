//! Dates for date_input, time_input and date/time sliders: ISO strings on the
//! wire, moment-style display formats ("YYYY/MM/DD", "HH:mm"), and slider values
//! in microseconds since the epoch read as UTC (naive datetimes).
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Formats a UTC date with the tokens YYYY, MM, DD, HH, mm, ss. */
export function formatDate(d: Date, format: string): string {
  return format.replace(/YYYY|MM|DD|HH|mm|ss/g, (t) => {
    switch (t) {
      case "YYYY":
        return pad(d.getUTCFullYear(), 4);
      case "MM":
        return pad(d.getUTCMonth() + 1);
      case "DD":
        return pad(d.getUTCDate());
      case "HH":
        return pad(d.getUTCHours());
      case "mm":
        return pad(d.getUTCMinutes());
      default:
        return pad(d.getUTCSeconds());
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
