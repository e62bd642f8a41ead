//! The page's active theme, light or dark, and the viewer's choice.
//!
//! public/theme-init.js sets `<html data-theme>` before the first paint (from
//! the server's theme.css and the stored choice); from then on this module
//! owns it: the app menu's System / Light / Dark items call `setThemeChoice`,
//! and with "System" the page follows `prefers-color-scheme` as it changes.
//! The choice is kept as Streamlit 1.67 keeps it: localStorage key
//! `stActiveTheme-<path the page was loaded at>-v2`, a JSON string.
//! Everything that draws with colours outside CSS (charts, the dataframe
//! grid, components' theme object) re-reads the variables when `useThemeVersion`
//! changes.
import { useSyncExternalStore } from "react";

export type ThemeBase = "light" | "dark";
export type ThemeChoice = "System" | "Light" | "Dark";

const hasDom = typeof document !== "undefined" && typeof window !== "undefined";
const STORAGE_KEY = hasDom ? `stActiveTheme-${window.location.pathname}-v2` : "stActiveTheme-/-v2";

let version = 0;
const listeners = new Set<() => void>();

function notify(): void {
  version += 1;
  for (const listener of listeners) listener();
}

/** `false` when config.toml fixes a single custom theme (1.67 offers no choice then). */
export function themeSwitchable(): boolean {
  if (!hasDom) return true;
  return document.documentElement.getAttribute("data-theme-mode") !== "fixed";
}

/** The theme the page shows now. */
export function activeThemeBase(): ThemeBase {
  if (!hasDom) return "light";
  return document.documentElement.getAttribute("data-theme") === "dark" ? "dark" : "light";
}

function systemPrefersDark(): boolean {
  return hasDom && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** The viewer's stored choice ("System" when none). */
export function themeChoice(): ThemeChoice {
  if (!hasDom) return "System";
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : null;
    return value === "Light" || value === "Dark" ? value : "System";
  } catch {
    return "System";
  }
}

function resolve(choice: ThemeChoice): ThemeBase {
  if (choice === "Light") return "light";
  if (choice === "Dark") return "dark";
  return systemPrefersDark() ? "dark" : "light";
}

function apply(base: ThemeBase): void {
  if (!hasDom) return;
  const root = document.documentElement;
  if (root.getAttribute("data-theme") === base) return;
  root.setAttribute("data-theme", base);
  notify();
}

/** The menu's choice: stored (as 1.67 does) and applied at once. */
export function setThemeChoice(choice: ThemeChoice): void {
  if (!themeSwitchable()) return;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Storage may be unavailable (private mode): the choice lasts for this page only.
  }
  apply(resolve(choice));
  notify();
}

if (hasDom) {
  // The page was served without theme-init.js having run (tests, dev): pick now.
  if (!document.documentElement.hasAttribute("data-theme")) {
    document.documentElement.setAttribute("data-theme", resolve(themeChoice()));
  }
  if (typeof window.matchMedia === "function") {
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", () => {
      if (themeSwitchable() && themeChoice() === "System") apply(resolve("System"));
    });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes whenever the active theme (or the choice) changes. */
export function useThemeVersion(): number {
  return useSyncExternalStore(subscribe, () => version, () => version);
}

/** The active theme, re-rendering on change. */
export function useActiveTheme(): { base: ThemeBase; choice: ThemeChoice; switchable: boolean } {
  useThemeVersion();
  return { base: activeThemeBase(), choice: themeChoice(), switchable: themeSwitchable() };
}

export const subscribeTheme = subscribe;

/** A colour variable as the browser resolves it (`rgb(...)`), so that a custom
 *  theme's `color-mix()` values reach canvases and components as plain colours. */
export function cssColor(name: string, fallback: string): string {
  if (!hasDom || !document.body) return fallback;
  const raw = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  if (!raw) return fallback;
  const probe = document.createElement("span");
  probe.style.color = `var(${name})`;
  probe.style.display = "none";
  document.body.appendChild(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  const mixed = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(value);
  if (mixed) {
    // color-mix() results: as rgba(), which canvases (the grid) and components read.
    const [r, g, b] = [mixed[1], mixed[2], mixed[3]].map((c) => Math.round(Number(c) * 255));
    const a = mixed[4] === undefined ? 1 : Number(mixed[4]);
    return a === 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
  }
  return /^(rgba?\(|#)/.test(value) ? value : raw;
}

/** cssColor as `#rrggbb` when opaque (how Streamlit's theme hands colours to
 *  components and charts), else as the browser gives it. */
export function cssHex(name: string, fallback: string): string {
  const color = cssColor(name, fallback);
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(color);
  if (!m) return color;
  return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
}

/** `[r, g, b]` of `#rrggbb` or `rgb[a](...)`; null for anything else. */
export function rgbOf(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as [number, number, number];
  const m = /^rgba?\(([^)]+)\)$/i.exec(color.trim());
  if (!m) return null;
  const parts = m[1].split(/[\s,/]+/).slice(0, 3).map(Number);
  return parts.some((n) => Number.isNaN(n)) ? null : (parts as [number, number, number]);
}

/** `rgb` at opacity `a`, or `fallback` when `rgb` is null. */
export function withAlpha(rgb: [number, number, number] | null, a: number, fallback: string): string {
  return rgb ? `rgba(${rgb[0]}, ${rgb[1]}, ${rgb[2]}, ${a})` : fallback;
}
