import { describe, expect, it } from "vitest";
import { rustlit } from "./index";
import { blockKind, elementKind } from "./kinds";

describe("kinds", () => {
  it("reads the oneof case of plain objects and of decoded messages alike", () => {
    expect(elementKind({ textInput: {} })).toBe("textInput");
    expect(blockKind({ key: "k", chatMessage: {} })).toBe("chatMessage");
    const bytes = rustlit.Element.encode({ checkbox: {} }).finish();
    expect(elementKind(rustlit.Element.decode(bytes))).toBe("checkbox");
    const block = rustlit.Block.decode(rustlit.Block.encode({ tabContainer: {} }).finish());
    expect(blockKind(block)).toBe("tabContainer");
  });

  it("is null when no case is set", () => {
    expect(elementKind({})).toBeNull();
    expect(blockKind({ key: "k", tab: null })).toBeNull();
  });
});
