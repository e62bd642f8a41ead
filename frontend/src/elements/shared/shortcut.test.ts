import { describe, expect, it } from "vitest";
import { matches, parseShortcut, shortcutLabel } from "./shortcut";

type Init = Partial<Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">> & { inField?: boolean };

function key(init: Init): KeyboardEvent {
  const target = init.inField ? [{ tagName: "INPUT", isContentEditable: false }] : [];
  return {
    key: "", code: "", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init,
    // composedPath's nodes: only HTMLElements count, so stand in with a class of that name.
    composedPath: () => target.map((t) => Object.assign(Object.create(FakeElement.prototype), t)),
  } as unknown as KeyboardEvent;
}
class FakeElement {}
(globalThis as { HTMLElement?: unknown }).HTMLElement ??= FakeElement;

describe("shortcut", () => {
  it("reads the server's spelling and labels it as 1.67 does", () => {
    const s = parseShortcut("ctrl+shift+s")!;
    expect(s).toEqual({ command: true, alt: false, shift: true, key: "s" });
    expect(shortcutLabel(s, false)).toBe("Ctrl + Shift + S");
    expect(shortcutLabel(s, true)).toBe("⌘ + Shift + S");
    expect(shortcutLabel(parseShortcut("cmd+enter")!, false)).toBe("Ctrl + Enter");
    expect(shortcutLabel(parseShortcut("alt+left")!, true)).toBe("⌥ + ←");
    expect(shortcutLabel(parseShortcut("f2")!, false)).toBe("F2");
    expect(parseShortcut("")).toBeNull();
  });

  it("matches the command key of the platform, Alt exactly, and Shift when named", () => {
    const k = parseShortcut("k")!;
    expect(matches(key({ key: "k", code: "KeyK" }), k, false)).toBe(true);
    expect(matches(key({ key: "K", code: "KeyK", shiftKey: true }), k, false)).toBe(true);
    expect(matches(key({ key: "k", code: "KeyK", ctrlKey: true }), k, false)).toBe(false);
    const save = parseShortcut("ctrl+s")!;
    expect(matches(key({ key: "s", code: "KeyS", ctrlKey: true }), save, false)).toBe(true);
    expect(matches(key({ key: "s", code: "KeyS", metaKey: true }), save, true)).toBe(true);
    expect(matches(key({ key: "s", code: "KeyS", ctrlKey: true }), save, true)).toBe(false);
    // Option changes the character on a Mac; the physical key still matches.
    expect(matches(key({ key: "¡", code: "Digit1", altKey: true }), parseShortcut("alt+1")!, true)).toBe(true);
    expect(matches(key({ key: "ArrowLeft", code: "ArrowLeft", ctrlKey: true }), parseShortcut("ctrl+left")!, false)).toBe(true);
    expect(matches(key({ key: "S", code: "KeyS", ctrlKey: true }), parseShortcut("ctrl+shift+s")!, false)).toBe(false);
  });

  it("leaves typing in a field alone", () => {
    expect(matches(key({ key: "k", code: "KeyK", inField: true }), parseShortcut("k")!, false)).toBe(false);
    expect(matches(key({ key: "Enter", inField: true }), parseShortcut("enter")!, false)).toBe(false);
    expect(matches(key({ key: "F2", inField: true }), parseShortcut("f2")!, false)).toBe(false);
    expect(matches(key({ key: "k", code: "KeyK", ctrlKey: true, inField: true }), parseShortcut("ctrl+k")!, false)).toBe(true);
    expect(matches(key({ key: "Escape", inField: true }), parseShortcut("escape")!, false)).toBe(true);
    expect(matches(key({ key: "F2", shiftKey: true, inField: true }), parseShortcut("shift+f2")!, false)).toBe(true);
  });
});
