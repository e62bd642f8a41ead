import { describe, expect, it } from "vitest";
import { isSameOriginPath } from "./AuthRedirect";

describe("AuthRedirect", () => {
  it("follows only paths of this origin", () => {
    expect(isSameOriginPath("/auth/login?provider=abc")).toBe(true);
    expect(isSameOriginPath("/base/auth/logout")).toBe(true);
    expect(isSameOriginPath("https://evil.test/")).toBe(false);
    expect(isSameOriginPath("//evil.test/")).toBe(false);
    expect(isSameOriginPath("/\\evil.test")).toBe(false);
    expect(isSameOriginPath("javascript:alert(1)")).toBe(false);
    expect(isSameOriginPath("")).toBe(false);
  });
});
