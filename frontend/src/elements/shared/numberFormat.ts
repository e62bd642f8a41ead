//! 1.67's number `format`s, one formatter for the two places that take them:
//! `st.metric(format=...)` and the data grid's NumberColumn/ProgressColumn
//! `format` (1.67 shares one too; values checked side by side with it). The
//! presets follow the browser's languages as 1.67 does; anything else is a
//! printf format. Kept apart from shared/printf.ts so that the initial bundle
//! (st.metric) does not pull in the widgets' sprintf.

function intl(value: number, options: Intl.NumberFormatOptions): string {
  const languages = typeof navigator === "undefined" ? undefined : navigator.languages;
  try {
    return new Intl.NumberFormat(languages as string[] | undefined, options).format(value);
  } catch (e) {
    // A language tag the engine does not know: its default locale.
    if (e instanceof RangeError) return new Intl.NumberFormat(undefined, options).format(value);
    throw e;
  }
}

function currency(value: number, code: string, digits: number): string {
  return intl(value, {
    style: "currency", currency: code, currencyDisplay: "narrowSymbol",
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  });
}

/** One printf conversion: `%[flags][width][.precision]type`; `,` is the thousands flag (`%,d`). */
const CONVERSION = /%([-+ 0,]*)(\d+)?(?:\.(\d+))?([diufeEsxXo%])/g;

function grouped(value: number, places: number, thousands: boolean): string {
  return new Intl.NumberFormat("en-US", {
    minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: thousands,
  }).format(value);
}

/**
 * printf as 1.67's formats read it (its sprintf): `%d`/`%i` cut towards zero, `%.Nf`, `%e`/`%E`
 * with an unpadded exponent (`1.5e+3`), `%x`/`%X`/`%o` of the 32-bit integer, `%s`, `%%`;
 * flags `+`, ` `, `-`, `0` with a width, and `,` for thousands. Text around them is kept; a
 * format without a conversion is shown as it is.
 */
export function printf(format: string, value: number): string {
  return format.replace(CONVERSION, (_m, flags: string, width: string | undefined, digits: string | undefined, conv: string) => {
    if (conv === "%") return "%";
    const abs = Math.abs(value);
    let negative = value < 0;
    let body: string;
    switch (conv) {
      case "f":
        body = grouped(abs, digits === undefined ? 6 : Number(digits), flags.includes(","));
        break;
      case "e":
      case "E":
        body = digits === undefined ? abs.toExponential() : abs.toExponential(Number(digits));
        if (conv === "E") body = body.toUpperCase();
        break;
      case "x":
      case "X":
      case "o":
        body = (Math.trunc(value) >>> 0).toString(conv === "o" ? 8 : 16);
        if (conv === "X") body = body.toUpperCase();
        negative = false;
        break;
      case "s":
        body = String(abs);
        break;
      default: // d, i, u
        body = grouped(Math.trunc(abs), 0, flags.includes(","));
        negative = negative && Math.trunc(abs) !== 0;
    }
    const sign = negative ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const room = Math.max(0, Number(width ?? 0) - sign.length - body.length);
    if (flags.includes("-")) return sign + body + " ".repeat(room);
    if (flags.includes("0") && conv !== "s") return sign + "0".repeat(room) + body;
    return " ".repeat(room) + sign + body;
  });
}

/** `value` in `format` (a preset or printf); null without a format. NaN and infinities show as "". */
export function formatNumberAs(format: string | null | undefined, value: number): string | null {
  if (!format) return null;
  if (!Number.isFinite(value)) return "";
  switch (format) {
    case "plain": return String(value);
    case "localized": return intl(value, {});
    case "percent": return intl(value, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: 2 });
    case "dollar": return currency(value, "USD", 2);
    case "euro": return currency(value, "EUR", 2);
    case "yen": return currency(value, "JPY", 0);
    case "compact":
    case "scientific":
    case "engineering":
      return intl(value, { notation: format });
    case "accounting": {
      // Thousands separated, two decimals, negatives in parentheses.
      const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
      return value < 0 ? `(${text})` : text;
    }
    case "bytes":
      // Decimal units (1 KB = 1000 B) to TB, one decimal at most. The compact "B" of billions
      // meets the unit's "B": that is gigabytes.
      return intl(value, { notation: "compact", style: "unit", unit: "byte", unitDisplay: "narrow", maximumFractionDigits: 1 })
        .replace("BB", "GB");
    default:
      return printf(format, value);
  }
}

/** A metric's value or delta as the script sent it (text), in `format` when it reads as a number. */
export function formatMetricText(text: string, format: string | null | undefined): string {
  if (!format || text.trim() === "") return text;
  const value = Number(text);
  return Number.isFinite(value) ? (formatNumberAs(format, value) ?? text) : text;
}
