//! A small printf for slider and number_input labels ("%d", "%0.2f", "%.1e", "%s",
//! "%x", "%i", "%u", "%g", "%%", flags "-+ 0,", width, precision). Text around the
//! conversion is kept, so "%d%%" or "$%.2f" work like in Streamlit.
const SPEC = /%([-+ 0#,]*)(\d+)?(?:\.(\d+))?([diufFeEgGxXos%])/g;

function pad(s: string, width: number, flags: string): string {
  if (s.length >= width) return s;
  if (flags.includes("-")) return s.padEnd(width, " ");
  if (flags.includes("0") && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0] : "";
    return sign + s.slice(sign.length).padStart(width - sign.length, "0");
  }
  return s.padStart(width, " ");
}

function withSign(s: string, value: number, flags: string): string {
  if (value >= 0 && !s.startsWith("-")) {
    if (flags.includes("+")) return "+" + s;
    if (flags.includes(" ")) return " " + s;
  }
  return s;
}

function groupThousands(s: string): string {
  const [int, frac] = s.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

export function sprintf(format: string, value: number): string {
  return format.replace(SPEC, (_m, flags: string, width: string | undefined, prec: string | undefined, conv: string) => {
    const p = prec === undefined ? undefined : Number(prec);
    let s: string;
    switch (conv) {
      case "%":
        return "%";
      case "d":
      case "i":
      case "u":
        s = Math.trunc(value).toString();
        break;
      case "f":
      case "F":
        s = value.toFixed(p ?? 6);
        break;
      case "e":
      case "E":
        s = value.toExponential(p ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        if (conv === "E") s = s.toUpperCase();
        break;
      case "g":
      case "G":
        s = Number(value.toPrecision(p === 0 ? 1 : (p ?? 6))).toString();
        if (conv === "G") s = s.toUpperCase();
        break;
      case "x":
      case "X":
        s = Math.trunc(value).toString(16);
        if (conv === "X") s = s.toUpperCase();
        break;
      case "o":
        s = Math.trunc(value).toString(8);
        break;
      default:
        s = String(value);
    }
    if (flags.includes(",")) s = groupThousands(s);
    s = withSign(s, value, flags);
    return pad(s, width ? Number(width) : 0, flags);
  });
}

/** Formats a number with an optional printf format, falling back to the data type's default. */
export function formatNumber(value: number, format: string | null | undefined, isInt: boolean): string {
  if (format) return sprintf(format, value);
  if (isInt) return Math.trunc(value).toString();
  // Streamlit's default float format is "%0.2f" for sliders and number inputs.
  return value.toFixed(2);
}
