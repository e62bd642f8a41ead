//! The theme object sent with every `streamlit:render` (SPEC §9.4), from the
//! light theme's CSS variables so components match the page.

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
 *  takes the second family), so the page's own longer stack must not leak here. */
const BODY_FONT = '"Source Sans", sans-serif';

export function componentTheme(): ComponentTheme {
  return {
    primaryColor: cssVar("--st-primary", "#ff4b4b"),
    backgroundColor: cssVar("--st-bg", "#ffffff"),
    secondaryBackgroundColor: cssVar("--st-secondary-bg", "#f0f2f6"),
    textColor: cssVar("--st-text", "#31333f"),
    base: "light",
    font: BODY_FONT,
    bodyFont: BODY_FONT,
    linkText: cssVar("--st-link", "#0068c9"),
    fadedText05: "rgba(49, 51, 63, 0.1)",
    fadedText10: "rgba(49, 51, 63, 0.2)",
    fadedText20: "rgba(49, 51, 63, 0.3)",
    fadedText40: "rgba(49, 51, 63, 0.4)",
    fadedText60: "rgba(49, 51, 63, 0.6)",
    fadedText70: "rgba(49, 51, 63, 0.7)",
    bgMix: "rgba(248, 249, 251, 1)",
    darkenedBgMix100: "hsla(220, 27%, 68%, 1)",
    darkenedBgMix40: "rgba(151, 166, 195, 0.4)",
    darkenedBgMix25: "rgba(151, 166, 195, 0.25)",
    darkenedBgMix15: "rgba(151, 166, 195, 0.15)",
    lightenedBg05: "hsla(0, 0%, 100%, 1)",
  };
}
