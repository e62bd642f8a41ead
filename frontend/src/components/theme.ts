//! The theme object sent with every `streamlit:render` (SPEC §9.4), from the
//! active theme's CSS variables (light or dark, and config.toml's custom
//! values), so components match the page; sent again when the theme changes.
import { activeThemeBase, cssHex as resolvedColor, rgbOf, withAlpha as alpha } from "../theme/activeTheme";

export interface ComponentTheme {
  primaryColor: string;
  backgroundColor: string;
  secondaryBackgroundColor: string;
  textColor: string;
  base: "light" | "dark";
  font: string;
  bodyFont: string;
  linkText: string;
  fadedText05: string;
  fadedText10: string;
  fadedText20: string;
  fadedText40: string;
  fadedText60: string;
  fadedText70: string;
  bgMix: string;
  darkenedBgMix100: string;
  darkenedBgMix40: string;
  darkenedBgMix25: string;
  darkenedBgMix15: string;
  lightenedBg05: string;
}

function cssVar(name: string, fallback: string): string {
  if (typeof document === "undefined") return fallback;
  const v = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return v || fallback;
}

/** Streamlit 1.67's body font stack, verbatim: components parse it (streamlit-aggrid
 *  takes the second family), so a longer stack must not leak here. */
const BODY_FONT = '"Source Sans", sans-serif';

export function componentTheme(): ComponentTheme {
  const base = activeThemeBase();
  const light = base === "light";
  const text = resolvedColor("--st-text", light ? "#2f2d2b" : "#edebe8");
  const bg = resolvedColor("--st-bg", light ? "#ffffff" : "#171614");
  const textRgb = rgbOf(text);
  const bgRgb = rgbOf(bg);
  const font = cssVar("--st-font", BODY_FONT);
  return {
    primaryColor: resolvedColor("--st-primary", light ? "#c53948" : "#cf4250"),
    backgroundColor: bg,
    secondaryBackgroundColor: resolvedColor("--st-secondary-bg", light ? "#f8f8f7" : "#2d2b27"),
    textColor: text,
    base,
    font,
    bodyFont: font,
    linkText: resolvedColor("--st-link", light ? "#244fb4" : "#85b8f8"),
    fadedText05: alpha(textRgb, 0.1, "rgba(47, 45, 43, 0.1)"),
    fadedText10: alpha(textRgb, 0.2, "rgba(47, 45, 43, 0.2)"),
    fadedText20: alpha(textRgb, 0.3, "rgba(47, 45, 43, 0.3)"),
    fadedText40: alpha(textRgb, 0.4, "rgba(47, 45, 43, 0.4)"),
    fadedText60: alpha(textRgb, 0.6, "rgba(47, 45, 43, 0.6)"),
    fadedText70: alpha(textRgb, 0.7, "rgba(47, 45, 43, 0.7)"),
    bgMix: resolvedColor("--st-code-bg", light ? "#f7f7f6" : "#242321"),
    darkenedBgMix100: alpha(textRgb, 0.3, "rgba(47, 45, 43, 0.3)"),
    darkenedBgMix40: alpha(textRgb, 0.12, "rgba(47, 45, 43, 0.12)"),
    darkenedBgMix25: alpha(textRgb, 0.08, "rgba(47, 45, 43, 0.08)"),
    darkenedBgMix15: alpha(textRgb, 0.05, "rgba(47, 45, 43, 0.05)"),
    lightenedBg05: alpha(bgRgb, 1, bg),
  };
}
