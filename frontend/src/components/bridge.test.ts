import { describe, expect, it, vi } from "vitest";
import { ComponentBridge, initialHeight, renderArgs, valueOf, type ComponentValue } from "./bridge";
import type { ComponentTheme } from "./theme";

const ORIGIN = "http://cabc.components.localhost:8501";

/** A bridge on a fake iframe whose window records what is posted to it. */
function setup() {
  const posted: { msg: unknown; target: string }[] = [];
  const win = { postMessage: (msg: unknown, target: string) => posted.push({ msg, target }) };
  const frame = { contentWindow: win } as unknown as HTMLIFrameElement;
  const handlers = { onReady: vi.fn(), onValue: vi.fn<(v: ComponentValue) => void>(), onHeight: vi.fn() };
  const bridge = new ComponentBridge(() => frame, ORIGIN, handlers);
  const send = (data: unknown, opts: { source?: unknown; origin?: string } = {}) =>
    bridge.onMessage({ data, source: opts.source ?? win, origin: opts.origin ?? ORIGIN } as MessageEvent);
  const ready = () => send({ isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1 });
  return { bridge, handlers, posted, send, ready };
}

const theme = { primaryColor: "#ff4b4b", font: '"Source Sans", sans-serif' } as ComponentTheme;

describe("ComponentBridge: who may talk to it", () => {
  it("ignores messages from another window, even from the right origin", () => {
    const { handlers, send } = setup();
    send({ isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1 }, { source: {} });
    expect(handlers.onReady).not.toHaveBeenCalled();
  });

  it("ignores messages from its own window when they carry another origin", () => {
    const { handlers, send } = setup();
    for (const origin of ["http://127.0.0.1:8501", "http://cother.components.localhost:8501", "null"]) {
      send({ isStreamlitMessage: true, type: "streamlit:componentReady", apiVersion: 1 }, { origin });
    }
    expect(handlers.onReady).not.toHaveBeenCalled();
  });

  it("ignores messages that are not Streamlit messages", () => {
    const { handlers, send, bridge } = setup();
    send({ type: "streamlit:componentReady", apiVersion: 1 });
    send(null);
    send("streamlit:componentReady");
    expect(handlers.onReady).not.toHaveBeenCalled();
    expect(bridge.isReady()).toBe(false);
  });

  it("ignores everything while its iframe is gone", () => {
    const handlers = { onReady: vi.fn(), onValue: vi.fn(), onHeight: vi.fn() };
    const bridge = new ComponentBridge(() => null, ORIGIN, handlers);
    bridge.onMessage({ data: { isStreamlitMessage: true, type: "streamlit:componentReady" }, source: null, origin: ORIGIN } as MessageEvent);
    expect(handlers.onReady).not.toHaveBeenCalled();
  });
});

describe("ComponentBridge: componentReady and render", () => {
  it("componentReady reports the api version and enables renders", () => {
    const { bridge, handlers, posted, ready } = setup();
    bridge.render({ a: 1 }, [], false, theme);
    expect(posted).toHaveLength(0);
    ready();
    expect(handlers.onReady).toHaveBeenCalledWith(1);
    bridge.render({ a: 1 }, [{ key: "df" }], true, theme);
    expect(posted).toEqual([
      { msg: { type: "streamlit:render", args: { a: 1 }, dfs: [{ key: "df" }], disabled: true, theme }, target: ORIGIN },
    ]);
  });

  it("posts renders to the component's origin only, never '*'", () => {
    const { bridge, posted, ready } = setup();
    ready();
    bridge.render({}, [], false, theme);
    expect(posted.map((p) => p.target)).toEqual([ORIGIN]);
  });
});

describe("ComponentBridge: setComponentValue", () => {
  const value = (v: unknown, dataType?: string) => ({ isStreamlitMessage: true, type: "streamlit:setComponentValue", value: v, dataType });

  it("is ignored before componentReady", () => {
    const { handlers, send } = setup();
    send(value({ x: 1 }, "json"));
    expect(handlers.onValue).not.toHaveBeenCalled();
  });

  it("maps json, bytes and dataframe values", () => {
    const { handlers, send, ready } = setup();
    ready();
    send(value({ x: [1, "a"] }, "json"));
    send(value("text"));
    send(value(new Uint8Array([1, 2]), "bytes"));
    send(value(new Uint8Array([3]).buffer, "bytes"));
    const table = { data: new Uint8Array([4]), index: new Uint8Array([5]), columns: new Uint8Array([6]) };
    send(value(table, "dataframe"));
    expect(handlers.onValue.mock.calls.map((c) => c[0])).toEqual([
      { jsonValue: '{"x":[1,"a"]}' },
      { jsonValue: '"text"' },
      { bytesValue: new Uint8Array([1, 2]) },
      { bytesValue: new Uint8Array([3]) },
      { arrowValue: { data: new Uint8Array([4]), index: new Uint8Array([5]), columns: new Uint8Array([6]) } },
    ]);
  });

  it("null is a value; a missing value is not", () => {
    const { handlers, send, ready } = setup();
    ready();
    send({ isStreamlitMessage: true, type: "streamlit:setComponentValue" });
    send(value(null, "json"));
    expect(handlers.onValue.mock.calls.map((c) => c[0])).toEqual([{ jsonValue: "null" }]);
  });

  it("valueOf: non-binary bytes and partial dataframes become empty streams, functions are dropped", () => {
    expect(valueOf({ value: "oops", dataType: "bytes" })).toEqual({ bytesValue: new Uint8Array() });
    expect(valueOf({ value: { data: new Uint8Array([1]) }, dataType: "dataframe" })).toEqual({
      arrowValue: { data: new Uint8Array([1]), index: new Uint8Array(), columns: new Uint8Array() },
    });
    expect(valueOf({ value: () => 1 })).toBeNull();
  });
});

describe("ComponentBridge: setFrameHeight", () => {
  const height = (h: unknown) => ({ isStreamlitMessage: true, type: "streamlit:setFrameHeight", height: h });

  it("resizes after componentReady with finite numbers only", () => {
    const { handlers, send, ready } = setup();
    send(height(100));
    expect(handlers.onHeight).not.toHaveBeenCalled();
    ready();
    send(height(120.5));
    send(height(0));
    send(height("300"));
    send(height(Number.NaN));
    send(height(Number.POSITIVE_INFINITY));
    send(height(undefined));
    expect(handlers.onHeight.mock.calls.map((c) => c[0])).toEqual([120.5, 0]);
  });
});

describe("renderArgs and initialHeight", () => {
  it("merges bytes args into args and lists dataframes in dfs", () => {
    const data = { data: new Uint8Array([1]), index: new Uint8Array([2]), columns: new Uint8Array([3]) };
    const { args, dfs } = renderArgs({
      jsonArgs: '{"label": "x", "height": 200}',
      specialArgs: [
        { key: "blob", bytes: new Uint8Array([9]) },
        { key: "table", arrowDataframe: { data, height: 0, width: 0 } },
      ],
    });
    expect(args).toEqual({ label: "x", height: 200, blob: new Uint8Array([9]) });
    expect(dfs).toEqual([
      { key: "table", value: { data: { ...data, styler: undefined }, height: undefined, width: undefined } },
    ]);
  });

  it("malformed or non-object json args give no args", () => {
    expect(renderArgs({ jsonArgs: "{nope" }).args).toEqual({});
    expect(renderArgs({ jsonArgs: "[1, 2]" }).args).toEqual({});
    expect(renderArgs({}).args).toEqual({});
  });

  it("the initial frame height is a numeric height arg", () => {
    expect(initialHeight({ height: 160 })).toBe(160);
    expect(initialHeight({ height: " 300 " })).toBe(300);
    expect(initialHeight({ height: "" })).toBeUndefined();
    expect(initialHeight({ height: "auto" })).toBeUndefined();
    expect(initialHeight({ height: null })).toBeUndefined();
    expect(initialHeight({})).toBeUndefined();
  });
});
