import { describe, expect, it } from "vitest";
import { componentTheme } from "./theme";

describe("componentTheme", () => {
  it("sends Streamlit's body font stack, which components parse", () => {
    const theme = componentTheme();
    expect(theme.font).toBe('"Source Sans", sans-serif');
    expect(theme.bodyFont).toBe(theme.font);
    // streamlit-aggrid uses the second family of the stack as its grid font.
    expect(theme.font.split(",")[1]?.trim()).toBe("sans-serif");
  });

  it("has the keys of SPEC §9.4 plus those Streamlit 1.67 adds", () => {
    expect(Object.keys(componentTheme()).sort()).toEqual(
      [
        "primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor", "base", "font", "bodyFont",
        "linkText", "fadedText05", "fadedText10", "fadedText20", "fadedText40", "fadedText60", "fadedText70",
        "bgMix", "darkenedBgMix100", "darkenedBgMix40", "darkenedBgMix25", "darkenedBgMix15", "lightenedBg05",
      ].sort(),
    );
  });
});
