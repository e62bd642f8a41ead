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

/**
 * The printf subset the formats use: `%d`/`%i`, `%.Nf`, `%,d` and `%,.Nf` (thousands), `%e`/`%E`
 * (an exponent without padding, `1.5e+3`, as 1.67's sprintf writes it), `%s`, with the text
 * around the conversion kept (`£ %.2f`, `%d pts`). A format with no conversion is shown as it is.
 */
export function printf(format: string, value: number): string {
  return format.replace(/%(,?)(?:\.(\d+))?([dieEfs])/, (_m, comma: string, digits: string | undefined, conv: string) => {
    const fixed = (places: number, n = value) => new Intl.NumberFormat("en-US", {
      minimumFractionDigits: places, maximumFractionDigits: places, useGrouping: comma === ",",
    }).format(n);
    // Integers are cut towards zero, not rounded (1.67: "%d" of 1234.567 is 1234).
    if (conv === "d" || conv === "i") return fixed(0, Math.trunc(value));
    if (conv === "f") return fixed(digits === undefined ? 6 : Number(digits));
    if (conv === "e" || conv === "E") {
      const s = digits === undefined ? value.toExponential() : value.toExponential(Number(digits));
      return conv === "E" ? s.toUpperCase() : s;
    }
    return String(value);
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
