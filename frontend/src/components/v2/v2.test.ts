import { describe, expect, it } from "vitest";
import { errorBody, frameMessage, mergeState, TAG, triggerEvent } from "./channel";
import { componentData, mediaFetchUrl, mediaStrings, resolveMixed } from "./data";
import { coversLatin, familiesOf, sourceUrl } from "./fonts";
import { cssVariables, kebab } from "./theme";

const ORIGIN = "http://cabc.components.localhost:8501";
const frame = {} as Window;
const event = (data: unknown, source: unknown = frame, origin = ORIGIN) => ({ data, source, origin }) as MessageEvent;

describe("components v2: messages from the frame", () => {
  it("counts only its own window on the component's origin", () => {
    const ready = { [TAG]: true, type: "ready" };
    expect(frameMessage(event(ready), frame, ORIGIN)).toEqual({ type: "ready" });
    expect(frameMessage(event(ready, {}), frame, ORIGIN)).toBeNull();
    expect(frameMessage(event(ready, frame, "http://127.0.0.1:8501"), frame, ORIGIN)).toBeNull();
    expect(frameMessage(event(ready, frame, "null"), frame, ORIGIN)).toBeNull();
    expect(frameMessage(event(ready), null, ORIGIN)).toBeNull();
    expect(frameMessage(event({ type: "ready" }), frame, ORIGIN)).toBeNull();
    expect(frameMessage(event({ [TAG]: true, type: "other" }), frame, ORIGIN)).toBeNull();
  });

  it("keeps only strings from state and trigger messages, and bounds sizes", () => {
    const state = { [TAG]: true, type: "state", name: "value", json: "4", extra: { evil: true } };
    expect(frameMessage(event(state), frame, ORIGIN)).toEqual({ type: "state", name: "value", json: "4" });
    expect(frameMessage(event({ ...state, json: 4 }), frame, ORIGIN)).toEqual({ type: "state", name: "value", json: undefined });
    expect(frameMessage(event({ ...state, name: 1 }), frame, ORIGIN)).toBeNull();
    const size = { [TAG]: true, type: "size", height: 1e9, width: 10.2 };
    expect(frameMessage(event(size), frame, ORIGIN)).toEqual({ type: "size", height: 100_000, width: 11 });
    expect(frameMessage(event({ ...size, height: NaN }), frame, ORIGIN)).toBeNull();
  });
});

describe("components v2: widget values", () => {
  it("merges a state value into the component's JSON object, as 1.67 does", () => {
    expect(mergeState(null, "value", "4")).toBe('{"value":4}');
    expect(mergeState('{"value":4,"other":"x"}', "value", "5")).toBe('{"value":5,"other":"x"}');
    expect(mergeState('{"value":4}', "value", undefined)).toBe("{}");
    expect(mergeState("[1]", "a", '{"b":[1,2]}')).toBe('{"a":{"b":[1,2]}}');
    expect(mergeState("not json", "a", "true")).toBe('{"a":true}');
  });

  it("writes a trigger as {event, value}, with no value for undefined", () => {
    expect(triggerEvent("clicked", '"yes"')).toEqual({ event: "clicked", value: "yes" });
    expect(triggerEvent("clicked", "null")).toEqual({ event: "clicked", value: null });
    expect(triggerEvent("clicked", undefined)).toEqual({ event: "clicked" });
  });
});

describe("components v2: errors", () => {
  it("show the message and the stack's frames as code, as 1.67's error box", () => {
    expect(errorBody("boom", "")).toBe("**BidiComponent Error:** boom");
    const stack = "Error: boom\n    at default (blob:x:1:35)\n    at render (http://c/v2.html:9:1)";
    expect(errorBody("boom", stack)).toBe("**BidiComponent Error:** boom\n\n```\nat default (blob:x:1:35)\nat render (http://c/v2.html:9:1)\n```");
    expect(errorBody("x", "    at a (```)")).toContain("````\nat a (```)\n````");
  });
});

describe("components v2: data", () => {
  it("hands json parsed, bytes and Arrow IPC as Uint8Array", () => {
    expect(componentData({ json: '{"start":3}' })).toEqual({ start: 3 });
    expect(componentData({ json: "" })).toBeNull();
    expect(componentData({ json: "{oops" })).toBeNull();
    const bytes = new Uint8Array([1, 2]);
    expect(componentData({ bytes })).toBe(bytes);
    expect(componentData({ arrow: { data: bytes } })).toBe(bytes);
    expect(componentData({})).toBeNull();
  });

  it("replaces first-level dataframe references of mixed data with their bytes", () => {
    const df = new Uint8Array([9]);
    const json = JSON.stringify({ n: 1, df: { __streamlit_arrow_ref__: "r1" }, gone: { __streamlit_arrow_ref__: "r2" }, deep: { x: { __streamlit_arrow_ref__: "r1" } } });
    expect(resolveMixed(json, new Map([["r1", df]]))).toEqual({ n: 1, df, gone: null, deep: { x: { __streamlit_arrow_ref__: "r1" } } });
    expect(resolveMixed('{"__streamlit_arrow_ref__":"r1"}', new Map([["r1", df]]))).toBe(df);
    expect(componentData({ mixed: { json, arrowBlobs: [{ ref: "r1", data: df }] } })).toMatchObject({ df });
  });

  it("finds this app's media URLs at any depth, and nothing else", () => {
    const base = "http://localhost:8501/app/";
    expect(mediaFetchUrl("media/abc123.pdf", base)).toBe("http://localhost:8501/app/media/abc123.pdf");
    expect(mediaFetchUrl("/app/media/abc123.pdf", base)).toBe("http://localhost:8501/app/media/abc123.pdf");
    expect(mediaFetchUrl("http://localhost:8501/app/media/abc123", base)).toBe("http://localhost:8501/app/media/abc123");
    for (const other of [
      "media/../secret",
      "media/a/b.pdf",
      "/media/abc.pdf",
      "http://evil.example/app/media/abc.pdf",
      "http://localhost:8501/app/media/abc.pdf?x=1",
      "/app/_stcore/health",
      "mediafile.pdf",
      "hello",
    ]) {
      expect(mediaFetchUrl(other, base), other).toBeNull();
    }
    const found = mediaStrings({ file: "media/f1.pdf", list: ["x", { deep: "media/f2.png" }], n: 3 }, base);
    expect([...found.keys()].sort()).toEqual(["media/f1.pdf", "media/f2.png"]);
  });
});

describe("components v2: theme variables", () => {
  it("are named and formatted as 1.67 names and formats them", () => {
    expect(kebab("primaryColor")).toBe("primary-color");
    expect(kebab("headingFontSize1")).toBe("heading-font-size-1");
    expect(kebab("chartCategoricalColors")).toBe("chart-categorical-colors");
    expect(
      cssVariables({ primaryColor: "#C53948", linkUnderline: true, headingFontSizes: ["2rem", "1rem"], baseFontWeight: 400, x: null }),
    ).toEqual({
      "--st-primary-color": "#C53948",
      "--st-link-underline": "1",
      "--st-heading-font-sizes": "2rem,1rem",
      "--st-base-font-weight": "400",
      "--st-x": "unset",
    });
  });
});

describe("components v2: the page's fonts for the frame", () => {
  it("names the families of a stack, without generic ones", () => {
    expect(familiesOf('"Source Sans",sans-serif')).toEqual(["Source Sans"]);
    expect(familiesOf("'Source Code Pro', monospace, Menlo")).toEqual(["Source Code Pro", "Menlo"]);
  });

  it("sends only faces covering Basic Latin", () => {
    expect(coversLatin("")).toBe(true);
    expect(coversLatin("U+0000-00FF, U+0131, U+0152-0153")).toBe(true);
    expect(coversLatin("U+00??")).toBe(true);
    expect(coversLatin("U+0460-052F, U+1C80-1C8A")).toBe(false);
    expect(coversLatin("U+0061")).toBe(true);
    expect(coversLatin("U+1F00-1FFF")).toBe(false);
  });

  it("takes a face's file from the app's own origin only", () => {
    const base = "http://localhost:8501/assets/index.css";
    const origin = "http://localhost:8501";
    expect(sourceUrl('url("./f.woff2") format("woff2")', base, origin)).toBe("http://localhost:8501/assets/f.woff2");
    expect(sourceUrl("url(/x/f.woff2)", base, origin)).toBe("http://localhost:8501/x/f.woff2");
    expect(sourceUrl('url("https://fonts.example/f.woff2")', base, origin)).toBeNull();
    expect(sourceUrl("local(Arial)", base, origin)).toBeNull();
  });
});
