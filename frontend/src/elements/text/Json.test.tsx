import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { JsonElement } from "./Json";

const open = (html: string) => html.split("st-json-caret-open").length - 1;
const body = JSON.stringify({ a: { b: { c: 1 } }, list: [1, [2]] });

describe("st.json expanded", () => {
  it("opens every level, none, or the first n", () => {
    expect(open(renderToStaticMarkup(<JsonElement el={{ body, expanded: true }} />))).toBe(5);
    expect(open(renderToStaticMarkup(<JsonElement el={{ body, expanded: false }} />))).toBe(0);
    expect(open(renderToStaticMarkup(<JsonElement el={{ body, expanded: true, maxExpandDepth: 1 }} />))).toBe(1);
    expect(open(renderToStaticMarkup(<JsonElement el={{ body, expanded: true, maxExpandDepth: 2 }} />))).toBe(3);
    expect(open(renderToStaticMarkup(<JsonElement el={{ body, expanded: true, maxExpandDepth: 0 }} />))).toBe(0);
  });
});
