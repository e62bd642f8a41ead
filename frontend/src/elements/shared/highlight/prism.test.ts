import { describe, expect, it } from "vitest";
import { ALL_LANGUAGES } from "./languageNames";
import { exists, knows, loadAllLanguages, tokenize } from "./prism";

describe("prism", () => {
  it("lists exactly the languages and aliases refractor has", async () => {
    const { refractor } = await import("refractor/all");
    expect([...ALL_LANGUAGES].sort()).toEqual(refractor.listLanguages().sort());
  });

  it("knows the common languages before the rest are loaded, and the rest after", async () => {
    expect(knows("python")).toBe(true);
    expect(knows("py")).toBe(true);
    expect(exists("haskell")).toBe(true);
    expect(exists("nonsense")).toBe(false);
    // Prism's helpers on the same table are not grammars.
    expect(knows("extend")).toBe(false);
    expect(exists("extend")).toBe(false);
    await loadAllLanguages();
    expect(knows("haskell")).toBe(true);
  });

  it("flattens nested tokens onto runs carrying every enclosing class, text unchanged", () => {
    const code = 'x = f"a{b}"  # <b>\n';
    const segs = tokenize(code, "python");
    expect(segs.map((s) => s.text).join("")).toBe(code);
    expect(segs).toContainEqual({ className: "token comment", text: "# <b>" });
    expect(segs).toContainEqual({ className: "token string-interpolation token interpolation token punctuation", text: "{" });
    expect(segs).toContainEqual({ className: null, text: "x " });
  });
});
