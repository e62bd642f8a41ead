//! The theme a components v2 component sees: 1.67 hands it as `--st-*` CSS
//! custom properties on the component's container (camelCase theme keys in
//! kebab case: `primaryColor` → `--st-primary-color`; booleans as "1"/"0",
//! lists joined by ","). rustlit builds the same object from the page's own
//! theme variables and sends it to the component's frame, which sets them on
//! its root; it is sent again when the theme changes.
import { activeThemeBase, cssHex, rgbOf, withAlpha } from "../../theme/activeTheme";

export type ThemeValue = string | number | boolean | readonly (string | number)[] | null | undefined;

/** lodash-style kebab case: `headingFontSize1` → `heading-font-size-1`. */
export function kebab(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([a-zA-Z])([0-9])/g, "$1-$2")
    .replace(/([0-9])([a-zA-Z])/g, "$1-$2")
    .toLowerCase();
}

/** The `--st-*` properties for a theme object, formatted as 1.67 formats them. */
export function cssVariables(theme: Record<string, ThemeValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(theme)) {
    const name = `--st-${kebab(key)}`;
    if (typeof value === "boolean") out[name] = value ? "1" : "0";
    else if (value === null || value === undefined) out[name] = "unset";
    else if (Array.isArray(value)) out[name] = value.join(",");
    else if (typeof value === "string" || typeof value === "number") out[name] = String(value);
    else out[name] = "unset";
  }
  return out;
}

/** A page variable as written in the theme (the bundled CSS is minified: ".5rem" is 1.67's "0.5rem"). */
function cssVar(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
  return value.replace(/(^|[\s,(])\.(\d)/g, (_, before: string, digit: string) => `${before}0.${digit}`);
}

/** Theme colours as 1.67 writes them: `#RRGGBB`. */
function color(name: string, fallback: string): string {
  const value = cssHex(name, fallback);
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toUpperCase() : value;
}

const HEADING_SIZES = ["2.75rem", "2.25rem", "1.75rem", "1.5rem", "1.25rem", "1rem"];
const HEADING_WEIGHTS = [700, 600, 600, 600, 600, 600];

// Colours the page has no variable for: 1.67's defaults for each base.
const PALETTE = {
  light: {
    red: "#D94A57", orange: "#E0682B", yellow: "#BB8300", blue: "#3B82F6", green: "#079464", violet: "#9B5DE5", gray: "#6B7280",
    categorical: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
    sequential: ["#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff", "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280"],
  },
  dark: {
    red: "#F2919A", orange: "#F2A56D", yellow: "#FBD54F", blue: "#85B8F8", green: "#7ED5B0", violet: "#BF8EF7", gray: "#A9A5A0",
    categorical: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
    sequential: ["#004280", "#0054a3", "#0068c9", "#1c83e1", "#3d9df3", "#60b4ff", "#83c9ff", "#a6dcff", "#c7ebff", "#e4f5ff"],
  },
} as const;
const DIVERGING = ["#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7", "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280"];

const HUES = ["red", "orange", "yellow", "blue", "green", "violet", "gray"] as const;

/** The page's theme as 1.67's component theme object. */
export function componentV2Theme(): Record<string, ThemeValue> {
  const base = activeThemeBase();
  const light = base === "light";
  const palette = PALETTE[base];
  const text = color("--st-text", light ? "#2F2D2B" : "#EDEBE8");
  const border = color("--st-border", light ? "#DCD8D4" : "#4A4742");
  const font = cssVar("--st-font", '"Source Sans", sans-serif').replace(/,\s+/g, ",");
  const theme: Record<string, ThemeValue> = {
    primaryColor: color("--st-primary", light ? "#C53948" : "#CF4250"),
    backgroundColor: color("--st-bg", light ? "#FFFFFF" : "#171614"),
    secondaryBackgroundColor: color("--st-secondary-bg", light ? "#F8F8F7" : "#2D2B27"),
    textColor: text,
    linkColor: color("--st-link", light ? "#244FB4" : "#85B8F8"),
    linkUnderline: cssVar("--st-link-decoration", "underline") !== "none",
    headingFont: cssVar("--st-heading-font", font).replace(/,\s+/g, ","),
    codeFont: cssVar("--st-font-code", '"Source Code Pro", monospace').replace(/,\s+/g, ","),
    baseRadius: cssVar("--st-radius", "0.5rem"),
    buttonRadius: cssVar("--st-button-radius", "0.5rem"),
    baseFontSize: cssVar("--st-root-font-size", "16px"),
    baseFontWeight: 400,
    codeFontWeight: 400,
    codeFontSize: cssVar("--st-font-size-sm", "0.875rem"),
    headingFontSizes: HEADING_SIZES,
    headingFontWeights: HEADING_WEIGHTS,
    borderColor: border,
    dataframeBorderColor: color("--st-df-border", light ? "#E8E5E2" : "#3A3834"),
    dataframeHeaderBackgroundColor: color("--st-df-header-bg", light ? "#F7F7F6" : "#2D2B27"),
    dataframeHeaderTextColor: withAlpha(rgbOf(text), 0.7, text),
    codeBackgroundColor: color("--st-code-bg", light ? "#F7F7F6" : "#242321"),
    font,
    chartCategoricalColors: palette.categorical,
    chartSequentialColors: palette.sequential,
    chartDivergingColors: DIVERGING,
    headingColor: text,
    borderColorLight: withAlpha(rgbOf(border), 0.45, border),
    codeTextColor: color("--st-code-text", text),
    widgetBorderColor: color("--st-input-border", border),
    metricValueFontSize: "2.25rem",
    metricValueFontWeight: 400,
  };
  HEADING_SIZES.forEach((size, i) => (theme[`headingFontSize${i + 1}`] = size));
  HEADING_WEIGHTS.forEach((weight, i) => (theme[`headingFontWeight${i + 1}`] = weight));
  for (const hue of HUES) {
    theme[`${hue}Color`] = palette[hue];
    theme[`${hue}BackgroundColor`] = color(`--st-md-${hue}-bg`, "");
    theme[`${hue}TextColor`] = color(`--st-md-${hue}`, "");
  }
  return theme;
}
