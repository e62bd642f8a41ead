import { afterEach, expect, test, vi } from "vitest";
import { watchCspRefusals } from "./cspRefusals";

function violation(directive: string, uri: string): Event {
  return Object.assign(new Event("securitypolicyviolation"), { effectiveDirective: directive, blockedURI: uri });
}

afterEach(() => vi.restoreAllMocks());

test("a refused fetch or image is named once per origin with the option that allows it", () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const target = new EventTarget();
  const stop = watchCspRefusals(target);
  target.dispatchEvent(violation("connect-src", "http://127.0.0.1:9000/points.json"));
  target.dispatchEvent(violation("img-src", "http://127.0.0.1:9000/tile.png"));
  target.dispatchEvent(violation("connect-src", "https://tile.openstreetmap.org/1/0/0.png"));
  // Other directives (a script, a frame) are not about chart data.
  target.dispatchEvent(violation("script-src-elem", "https://cdn.example/x.js"));
  target.dispatchEvent(violation("connect-src", "inline"));
  expect(warn).toHaveBeenCalledTimes(2);
  expect(String(warn.mock.calls[0][0])).toContain("http://127.0.0.1:9000/points.json");
  expect(String(warn.mock.calls[0][0])).toContain("add http://127.0.0.1:9000 to server.chartDataHosts");
  expect(String(warn.mock.calls[1][0])).toContain("add https://tile.openstreetmap.org to server.chartDataHosts");
  stop();
  target.dispatchEvent(violation("connect-src", "https://other.example/x"));
  expect(warn).toHaveBeenCalledTimes(2);
});
