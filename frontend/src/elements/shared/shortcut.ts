//! Buttons' keyboard shortcuts (`shortcut=`), as 1.67 binds them: the server
//! sends one spelling ("ctrl+shift+s", modifiers then one key); ctrl, cmd and
//! mod all mean the platform's command key (Cmd on a Mac, Ctrl elsewhere); the
//! hint on the button reads "Ctrl + Shift + S" (⌘ and ⌥ on a Mac). While the
//! focus is in a field, typing never clicks a button (see `firesInField`).
import { useEffect, useRef } from "react";

export interface Shortcut {
  /** The command key (ctrl, cmd or mod). */
  command: boolean;
  alt: boolean;
  shift: boolean;
  /** A lowercase letter or digit, `f1`..`f19`, or a named key (`enter`, `left`, ...). */
  key: string;
}

const NAMED: Record<string, string> = {
  enter: "Enter", space: "Space", tab: "Tab", escape: "Esc", backspace: "Backspace", delete: "Delete",
  home: "Home", end: "End", pageup: "PageUp", pagedown: "PageDown", left: "←", right: "→", up: "↑", down: "↓",
};

// `KeyboardEvent.key` (lowercased) of the named keys.
const EVENT_KEYS: Record<string, string> = {
  enter: "enter", " ": "space", spacebar: "space", tab: "tab", escape: "escape", esc: "escape",
  backspace: "backspace", delete: "delete", del: "delete", home: "home", end: "end", pageup: "pageup",
  pagedown: "pagedown", arrowleft: "left", left: "left", arrowright: "right", right: "right",
  arrowup: "up", up: "up", arrowdown: "down", down: "down",
};

export function parseShortcut(text: string | null | undefined): Shortcut | null {
  if (!text) return null;
  const tokens = text.split("+").map((t) => t.trim().toLowerCase()).filter(Boolean);
  const key = tokens.filter((t) => !["ctrl", "cmd", "mod", "alt", "shift"].includes(t)).pop();
  if (!key) return null;
  return {
    command: tokens.some((t) => t === "ctrl" || t === "cmd" || t === "mod"),
    alt: tokens.includes("alt"),
    shift: tokens.includes("shift"),
    key,
  };
}

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** The hint the button shows: "Ctrl + Shift + S", or "⌘ + Shift + S" on a Mac. */
export function shortcutLabel(s: Shortcut, mac: boolean): string {
  const parts: string[] = [];
  if (s.command) parts.push(mac ? "⌘" : "Ctrl");
  if (s.alt) parts.push(mac ? "⌥" : "Alt");
  if (s.shift) parts.push("Shift");
  parts.push(NAMED[s.key] ?? s.key.toUpperCase());
  return parts.join(" + ");
}

/** The key an event is for, in the shortcut's spelling; the physical key for letters and digits,
 *  so that Alt (Option on a Mac, which changes the character) still matches. */
function eventKey(e: KeyboardEvent): string {
  const code = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(e.code);
  if (code) return (code[1] ?? code[2]).toLowerCase();
  const key = e.key.toLowerCase();
  return EVENT_KEYS[key] ?? key;
}

function editableTarget(e: KeyboardEvent): boolean {
  for (const node of e.composedPath()) {
    if (!(node instanceof HTMLElement)) continue;
    if (["INPUT", "TEXTAREA", "SELECT"].includes(node.tagName) || node.isContentEditable) return true;
  }
  return false;
}

/** Whether `e` presses `s`. Shift may be held for a shortcut that does not name it (1.67 fires "K"
 *  for "k"); the command key and Alt must be exactly as named. */
export function matches(e: KeyboardEvent, s: Shortcut, mac: boolean): boolean {
  const command = mac ? e.metaKey : e.ctrlKey;
  const other = mac ? e.ctrlKey : e.metaKey;
  if (command !== s.command || other || e.altKey !== s.alt) return false;
  if (s.shift && !e.shiftKey) return false;
  if (eventKey(e) !== s.key) return false;
  return !editableTarget(e) || firesInField(e, s);
}

// Keys that edit or move in a field: without the command key or Alt they are the field's.
const FIELD_KEYS = new Set(["space", "tab", "enter", "left", "right", "up", "down", "home", "end", "pageup", "pagedown", "backspace", "delete"]);

/** 1.67's rule in a field: a shortcut with the command key or Alt fires; otherwise only Escape,
 *  or Shift with a key that types nothing (Shift+F2), and never a key the field uses. */
function firesInField(e: KeyboardEvent, s: Shortcut): boolean {
  if (s.command || s.alt) return true;
  const passes = e.key === "Escape" || (e.shiftKey && e.key.length > 1);
  const typing = s.key.length === 1 || FIELD_KEYS.has(s.key);
  return passes && !typing;
}

/** Clicks `target` when the shortcut is pressed anywhere on the page, unless disabled. */
export function useShortcut(text: string | null | undefined, disabled: boolean, target: React.RefObject<HTMLElement | null>) {
  const latest = useRef(target);
  latest.current = target;
  useEffect(() => {
    const shortcut = parseShortcut(text);
    if (!shortcut || disabled) return;
    const mac = isMac();
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || !matches(e, shortcut, mac)) return;
      e.preventDefault();
      latest.current.current?.click();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [text, disabled]);
}
