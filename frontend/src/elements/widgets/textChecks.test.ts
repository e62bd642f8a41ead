import { describe, expect, it } from "vitest";
import { REQUIRED_MESSAGE, textProblem } from "./textChecks";

describe("text_input checks", () => {
  it("required refuses empty and blank text only", () => {
    expect(textProblem("", { required: true })).toBe(REQUIRED_MESSAGE);
    expect(textProblem("   ", { required: true })).toBe(REQUIRED_MESSAGE);
    expect(textProblem("x", { required: true })).toBeNull();
    expect(textProblem("", { required: false })).toBeNull();
  });

  it("a pattern is checked on non-empty text, unanchored, with the app's message or the generic one", () => {
    const digits = { required: false, regex: "^\\d{3}$", message: "Three digits, please." };
    expect(textProblem("12", digits)).toBe("Three digits, please.");
    expect(textProblem("123", digits)).toBeNull();
    expect(textProblem("", digits)).toBeNull();
    expect(textProblem("zzz", { required: false, regex: "^a" })).toBe("Invalid input. Must match pattern: /^a/su");
    expect(textProblem("xay", { required: false, regex: "a" })).toBeNull();
    // "s": a dot matches a newline too; "u": code points.
    expect(textProblem("a\nb", { required: false, regex: "^a.b$" })).toBeNull();
    expect(textProblem("😀", { required: false, regex: "^.$" })).toBeNull();
  });

  it("required wins over the pattern for empty text; a broken pattern checks nothing", () => {
    expect(textProblem(" ", { required: true, regex: "^a" })).toBe(REQUIRED_MESSAGE);
    expect(textProblem("x", { required: false, regex: "(" })).toBeNull();
  });
});
