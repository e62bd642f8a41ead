import { describe, expect, it } from "vitest";
import { rustlit } from "../../proto";
import { WidgetManager } from "../../widgets/widgetManager";
import { widgetSpec } from "../../registry/elements";
import type { IWidgetState } from "../../proto";
import { enterSubmits, runBlocksSubmit } from "./ChatInput";
import { isNearEnd } from "../../app/stickToBottom";

const key = (k: Partial<Parameters<typeof enterSubmits>[0]>) => ({ key: "Enter", shiftKey: false, ctrlKey: false, metaKey: false, ...k });

describe("chat input", () => {
  it("Enter submits; Shift/Ctrl/Meta+Enter and IME composition do not", () => {
    expect(enterSubmits(key({}))).toBe(true);
    expect(enterSubmits(key({ shiftKey: true }))).toBe(false);
    expect(enterSubmits(key({ ctrlKey: true }))).toBe(false);
    expect(enterSubmits(key({ metaKey: true }))).toBe(false);
    expect(enterSubmits(key({ isComposing: true }))).toBe(false);
    expect(enterSubmits(key({ key: "a" }))).toBe(false);
  });

  it("only the disable and stop submit modes block submitting while the script runs", () => {
    const { SUBMIT, DISABLE, STOP } = rustlit.ChatInput.SubmitMode;
    expect(runBlocksSubmit(SUBMIT, true)).toBe(false);
    expect(runBlocksSubmit(DISABLE, true)).toBe(true);
    expect(runBlocksSubmit(STOP, true)).toBe(true);
    expect(runBlocksSubmit(STOP, false)).toBe(false);
    expect(runBlocksSubmit(undefined, true)).toBe(false);
  });

  it("a submit reruns once with the message; the browser does not keep it", () => {
    const sent: IWidgetState[][] = [];
    const wm = new WidgetManager((s) => sent.push(s));
    wm.register(widgetSpec({ checkbox: { widget: { id: "c", default: { boolValue: true } } } }));
    wm.register(widgetSpec({ chatInput: { widget: { id: "chat" }, placeholder: "Your message" } }));
    wm.submitChat("chat", "hello");
    expect(sent).toEqual([
      [
        { id: "c", value: { boolValue: true } },
        { id: "chat", value: { chatInputValue: { data: "hello", files: [] } } },
      ],
    ]);
    expect(wm.get("chat")).toBeUndefined();
    expect(wm.states()).toEqual([{ id: "c", value: { boolValue: true } }]);
  });

  it("counts the reader as at the end within a small slack", () => {
    expect(isNearEnd({ scrollTop: 0, scrollHeight: 500, clientHeight: 500 })).toBe(true);
    expect(isNearEnd({ scrollTop: 420, scrollHeight: 1000, clientHeight: 500 })).toBe(true);
    expect(isNearEnd({ scrollTop: 100, scrollHeight: 1000, clientHeight: 500 })).toBe(false);
  });
});
