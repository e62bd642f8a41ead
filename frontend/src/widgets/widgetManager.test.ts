import { describe, expect, it } from "vitest";
import type { IWidgetState } from "../proto";
import { WidgetManager } from "./widgetManager";
import { widgetSpec } from "../registry/elements";

function setup() {
  const sent: IWidgetState[][] = [];
  const wm = new WidgetManager((s) => sent.push(s));
  return { wm, sent };
}

describe("WidgetManager", () => {
  it("a new widget id starts from its default", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ checkbox: { id: "c", default: true } }));
    wm.register(widgetSpec({ slider: { id: "s", default: [3] } }));
    wm.register(widgetSpec({ selectbox: { id: "sb", default: null } }));
    wm.register(widgetSpec({ numberInput: { id: "n", default: 2.5, dataType: 1 } }));
    wm.register(widgetSpec({ numberInput: { id: "i", default: 2, dataType: 0 } }));
    expect(wm.get("c")).toEqual({ boolValue: true });
    expect(wm.get("s")).toEqual({ doubleArrayValue: { data: [3] } });
    expect(wm.get("sb")).toEqual({ noneValue: true });
    expect(wm.get("n")).toEqual({ doubleValue: 2.5 });
    expect(wm.get("i")).toEqual({ intValue: 2 });
    // Radio and selectbox hold the option's label, as Streamlit 1.67 does.
    wm.register(widgetSpec({ radio: { id: "r", options: ["a", "b"], default: 1 } }));
    wm.register(widgetSpec({ selectbox: { id: "s2", options: ["x", "y"], default: 0, value: 1, setValue: true } }));
    expect(wm.get("r")).toEqual({ stringValue: "b" });
    expect(wm.get("s2")).toEqual({ stringValue: "y" });
    expect(sent).toHaveLength(0);
  });

  it("keeps the browser's value for a known id, unless set_value forces one", () => {
    const { wm } = setup();
    wm.register(widgetSpec({ textInput: { id: "t", default: "a" } }));
    wm.setValue("t", { stringValue: "typed" });
    wm.register(widgetSpec({ textInput: { id: "t", default: "a" } }));
    expect(wm.get("t")).toEqual({ stringValue: "typed" });
    wm.register(widgetSpec({ textInput: { id: "t", default: "a", value: "forced", setValue: true } }));
    expect(wm.get("t")).toEqual({ stringValue: "forced" });
  });

  it("a text input created with value=None holds None until the user types", () => {
    const { wm } = setup();
    wm.register(widgetSpec({ textInput: { id: "t" } }));
    expect(wm.get("t")).toEqual({ noneValue: true });
    wm.setValue("t", { stringValue: "x" });
    wm.register(widgetSpec({ textInput: { id: "t", value: null, setValue: true } }));
    expect(wm.get("t")).toEqual({ noneValue: true });
  });

  it("every change sends one rerun with the full set", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ checkbox: { id: "c" } }));
    wm.register(widgetSpec({ radio: { id: "r", default: 0 } }));
    wm.setValue("r", { intValue: 2 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual([
      { id: "c", boolValue: false },
      { id: "r", intValue: 2 },
    ]);
  });

  it("a button trigger goes out in exactly one rerun and is then forgotten", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ button: { id: "b" } }));
    wm.register(widgetSpec({ checkbox: { id: "c" } }));
    wm.trigger("b");
    wm.setValue("c", { boolValue: true });
    expect(sent[0]).toContainEqual({ id: "b", triggerValue: true });
    expect(sent[1].some((s) => s.id === "b")).toBe(false);
  });

  it("drops state for widgets that left the page", () => {
    const { wm } = setup();
    wm.register(widgetSpec({ checkbox: { id: "a" } }));
    wm.register(widgetSpec({ checkbox: { id: "b" } }));
    wm.retainOnly(new Set(["b"]));
    expect(wm.get("a")).toBeUndefined();
    expect(wm.states()).toEqual([{ id: "b", boolValue: false }]);
  });

  it("notifies subscribers of the changed id only", () => {
    const { wm } = setup();
    let a = 0;
    let b = 0;
    wm.subscribe("a", () => a++);
    wm.subscribe("b", () => b++);
    wm.setValue("a", { boolValue: true });
    expect([a, b]).toEqual([1, 0]);
  });
});
