import { describe, expect, it } from "vitest";
import type { IWidgetState, rustlit } from "../proto";
import { WidgetManager } from "./widgetManager";
import { widgetSpec } from "../registry/elements";

function setup() {
  const sent: IWidgetState[][] = [];
  const wm = new WidgetManager((s) => sent.push(s));
  return { wm, sent };
}

/** A widget's common part as the server sends it (proto `Widget`). */
const w = (id: string, more: rustlit.IWidget = {}): rustlit.IWidget => ({ id, ...more });

describe("WidgetManager", () => {
  it("a change without a rerun (data editor, on_change=\"ignore\") travels with the next rerun", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ dataEditor: { widget: w("ed") } }));
    wm.register(widgetSpec({ checkbox: { widget: w("c", { default: { boolValue: false } }) } }));
    expect(wm.get("ed")).toBeUndefined();
    wm.setValue("ed", { stringValue: '{"edited_rows": {}}' }, false);
    expect(sent).toHaveLength(0);
    wm.setValue("c", { boolValue: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContainEqual({ id: "ed", value: { stringValue: '{"edited_rows": {}}' } });
  });

  it("a new widget id starts from its default, whatever the kind", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ checkbox: { widget: w("c", { default: { boolValue: true } }) } }));
    wm.register(widgetSpec({ slider: { widget: w("s", { default: { doubleArrayValue: { data: [3] } } }) } }));
    wm.register(widgetSpec({ selectbox: { widget: w("sb", { default: { noneValue: true } }) } }));
    wm.register(widgetSpec({ numberInput: { widget: w("i", { default: { intValue: 2 } }), dataType: 0 } }));
    wm.register(widgetSpec({ radio: { widget: w("r", { default: { stringValue: "b" } }), options: ["a", "b"] } }));
    expect(wm.get("c")).toEqual({ boolValue: true });
    expect(wm.get("s")).toEqual({ doubleArrayValue: { data: [3] } });
    expect(wm.get("sb")).toEqual({ noneValue: true });
    expect(wm.get("i")).toEqual({ intValue: 2 });
    expect(wm.get("r")).toEqual({ stringValue: "b" });
    expect(sent).toHaveLength(0);
  });

  it("a widget without a default (buttons, components) holds nothing; an empty id is not a widget", () => {
    const { wm } = setup();
    wm.register(widgetSpec({ button: { widget: w("b") } }));
    expect(wm.get("b")).toBeUndefined();
    expect(widgetSpec({ linkButton: { widget: w(""), url: "https://example.com" } })).toBeNull();
    expect(widgetSpec({ text: { body: "x" } })).toBeNull();
  });

  it("keeps the browser's value for a known id, unless set_value forces one", () => {
    const { wm } = setup();
    const a = { default: { stringValue: "a" } };
    wm.register(widgetSpec({ textInput: { widget: w("t", a) } }));
    wm.setValue("t", { stringValue: "typed" });
    wm.register(widgetSpec({ textInput: { widget: w("t", a) } }));
    expect(wm.get("t")).toEqual({ stringValue: "typed" });
    wm.register(widgetSpec({ textInput: { widget: w("t", { ...a, value: { stringValue: "forced" }, setValue: true }) } }));
    expect(wm.get("t")).toEqual({ stringValue: "forced" });
    wm.register(widgetSpec({ textInput: { widget: w("t", { ...a, value: { noneValue: true }, setValue: true }) } }));
    expect(wm.get("t")).toEqual({ noneValue: true });
  });

  it("every change sends one rerun with the full set, each value in its WidgetValue", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ checkbox: { widget: w("c", { default: { boolValue: false } }) } }));
    wm.register(widgetSpec({ radio: { widget: w("r", { default: { stringValue: "a" } }) } }));
    wm.setValue("r", { stringValue: "b" });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual([
      { id: "c", value: { boolValue: false } },
      { id: "r", value: { stringValue: "b" } },
    ]);
  });

  it("a button trigger goes out in exactly one rerun and is then forgotten", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ button: { widget: w("b") } }));
    wm.register(widgetSpec({ checkbox: { widget: w("c", { default: { boolValue: false } }) } }));
    wm.trigger("b");
    wm.setValue("c", { boolValue: true });
    expect(sent[0]).toContainEqual({ id: "b", value: { triggerValue: true } });
    expect(sent[1].some((s) => s.id === "b")).toBe(false);
  });

  it("component v2 events go out in one rerun with the state set beside them, then are forgotten", () => {
    const { wm, sent } = setup();
    wm.register(widgetSpec({ bidiComponent: { widget: w("c"), triggerWidget: w("c__events") } }));
    wm.sendEvents("c__events", '[{"event":"clicked","value":1}]', { id: "c", value: { jsonValue: '{"value":4}' } });
    expect(sent[0]).toEqual([
      { id: "c", value: { jsonValue: '{"value":4}' } },
      { id: "c__events", value: { jsonTriggerValue: '[{"event":"clicked","value":1}]' } },
    ]);
    wm.setValue("c", { jsonValue: '{"value":5}' });
    expect(sent[1]).toEqual([{ id: "c", value: { jsonValue: '{"value":5}' } }]);
  });

  it("drops state for widgets that left the page", () => {
    const { wm } = setup();
    wm.register(widgetSpec({ checkbox: { widget: w("a", { default: { boolValue: false } }) } }));
    wm.register(widgetSpec({ checkbox: { widget: w("b", { default: { boolValue: false } }) } }));
    wm.retainOnly(new Set(["b"]));
    expect(wm.get("a")).toBeUndefined();
    expect(wm.states()).toEqual([{ id: "b", value: { boolValue: false } }]);
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
  it("a form is not submitted while its files are still uploading", () => {
    const { wm, sent } = setup();
    wm.setForm("files", "f");
    let notified = 0;
    wm.subscribeUploads("f", () => notified++);
    const ended = wm.uploadStarted("files");
    expect(wm.isUploading("f")).toBe(true);
    wm.submitForm("f", "send", false);
    expect(sent).toHaveLength(0);
    ended();
    ended();
    expect(wm.isUploading("f")).toBe(false);
    expect(notified).toBe(2);
    wm.submitForm("f", "send", false);
    expect(sent).toHaveLength(1);
    // Outside a form nothing waits.
    wm.uploadStarted("loose");
    expect(wm.isUploading("")).toBe(false);
  });
});

describe("a bound date/time slider writes ISO text, as 1.67", () => {
  it("dates, times and datetimes, seconds only when not zero", async () => {
    const { isoText } = await import("./widgetManager");
    const micros = (iso: string) => Date.parse(iso) * 1000;
    expect(isoText(micros("2024-03-05T00:00:00Z"), "date")).toBe("2024-03-05");
    expect(isoText(micros("2000-01-01T09:30:00Z"), "time")).toBe("09:30");
    expect(isoText(micros("2000-01-01T09:30:15Z"), "time")).toBe("09:30:15");
    expect(isoText(micros("2024-03-05T09:30:00Z"), "datetime")).toBe("2024-03-05T09:30");
    const written: [string, string[] | null][] = [];
    const wm = new WidgetManager(() => {}, (p, v) => written.push([p, v]));
    wm.register(
      widgetSpec({
        slider: {
          widget: w("d", { default: { doubleArrayValue: { data: [0] } }, queryParamKey: "day" }),
          dataType: 3,
        },
      }),
    );
    wm.setValue("d", { doubleArrayValue: { data: [micros("2024-03-05T00:00:00Z")] } });
    expect(written).toEqual([["day", ["2024-03-05"]]]);
  });
});
