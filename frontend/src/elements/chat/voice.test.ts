import { describe, expect, it } from "vitest";
import type { IWidgetState } from "../../proto";
import { widgetSpec } from "../../registry/elements";
import { WidgetManager } from "../../widgets/widgetManager";
import { voiceFileName } from "./useVoiceMessage";

describe("voice messages", () => {
  it("are named as 1.67 names them (seen in 1.67: audio-2026-12-06T15-11-59-459Z.wav)", () => {
    expect(voiceFileName(new Date("2026-12-06T15:11:59.459Z"))).toBe("audio-2026-12-06T15-11-59-459Z.wav");
  });

  it("go in the same rerun as the text and files; a text-only message has no audio", () => {
    const sent: IWidgetState[][] = [];
    const wm = new WidgetManager((s) => sent.push(s));
    wm.register(widgetSpec({ chatInput: { widget: { id: "chat" }, acceptAudio: true } }));
    const file = { fileId: "f1", name: "notes.txt", size: 2 };
    const audio = { fileId: "a1", name: "audio-x.wav", size: 44 };
    wm.submitChat("chat", "hi", [file], audio);
    wm.submitChat("chat", "plain");
    expect(sent).toEqual([
      [{ id: "chat", value: { chatInputValue: { data: "hi", files: [file], audio } } }],
      [{ id: "chat", value: { chatInputValue: { data: "plain", files: [] } } }],
    ]);
  });
});
