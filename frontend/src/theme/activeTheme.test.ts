// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { activeThemeBase, cssHex, rgbOf, setThemeChoice, themeChoice, themeSwitchable } from "./activeTheme";
import { componentTheme } from "../components/theme";

const key = () => `stActiveTheme-${window.location.pathname}-v2`;

afterEach(() => {
  document.documentElement.removeAttribute("data-theme-mode");
  window.localStorage.clear();
  setThemeChoice("Light");
  window.localStorage.clear();
});

describe("the viewer's theme choice", () => {
  it("is applied at once and kept as Streamlit 1.67 keeps it", () => {
    setThemeChoice("Dark");
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    expect(activeThemeBase()).toBe("dark");
    expect(window.localStorage.getItem(key())).toBe('"Dark"');
    expect(themeChoice()).toBe("Dark");
    // Components are told the dark base.
    expect(componentTheme().base).toBe("dark");
    setThemeChoice("Light");
    expect(activeThemeBase()).toBe("light");
    expect(componentTheme().base).toBe("light");
  });

  it("reads an unknown stored value as System", () => {
    window.localStorage.setItem(key(), '"Purple"');
    expect(themeChoice()).toBe("System");
  });

  it("cannot change a single custom theme from config.toml", () => {
    setThemeChoice("Light");
    document.documentElement.setAttribute("data-theme-mode", "fixed");
    expect(themeSwitchable()).toBe(false);
    setThemeChoice("Dark");
    expect(activeThemeBase()).toBe("light");
  });
});

describe("colours", () => {
  it("parse hex and rgb, and fall back outside a themed page", () => {
    expect(rgbOf("#c53948")).toEqual([197, 57, 72]);
    expect(rgbOf("rgb(1, 2, 3)")).toEqual([1, 2, 3]);
    expect(rgbOf("tomato")).toBeNull();
    expect(cssHex("--st-undefined", "#2f2d2b")).toBe("#2f2d2b");
  });
});
