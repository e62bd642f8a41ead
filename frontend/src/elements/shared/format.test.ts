import { describe, expect, it } from "vitest";
import { formatNumber, sprintf } from "./printf";
import { keyClass, sanitizeKey, userKeyFromId } from "./keys";
import { backoffDelay } from "../../connection/backoff";
import { basePath, streamUrl } from "../../connection/urls";

describe("printf", () => {
  it("formats like C printf", () => {
    expect(sprintf("%d", 42.9)).toBe("42");
    expect(sprintf("%0.2f", 3.14159)).toBe("3.14");
    expect(sprintf("$%.1f", 2)).toBe("$2.0");
    expect(sprintf("%d%%", 5)).toBe("5%");
    expect(sprintf("%05d", 42)).toBe("00042");
    expect(sprintf("%+d", 3)).toBe("+3");
    expect(sprintf("%.2e", 12345)).toBe("1.23e+04");
    expect(sprintf("%,d", 1234567)).toBe("1,234,567");
    expect(formatNumber(1.5, "", false)).toBe("1.50");
    expect(formatNumber(7, null, true)).toBe("7");
  });
});

describe("keys", () => {
  it("parses the user key from widget ids", () => {
    expect(userKeyFromId("$$ID-abc123-None")).toBeNull();
    expect(userKeyFromId("$$ID-abc123-my key")).toBe("my key");
    expect(userKeyFromId("$$ID-abc123-a-b")).toBe("a-b");
    expect(userKeyFromId("plain")).toBeNull();
  });
  it("sanitises keys for class names", () => {
    expect(sanitizeKey("  my key!  ")).toBe("my-key-");
    expect(keyClass("a.b")).toBe("st-key-a-b");
    expect(keyClass(null)).toBeNull();
  });
});

describe("connection helpers", () => {
  it("backs off from 500 ms to 60 s with ±20% jitter", () => {
    expect(backoffDelay(0, () => 0.5)).toBe(500);
    expect(backoffDelay(1, () => 0.5)).toBe(1000);
    expect(backoffDelay(20, () => 0.5)).toBe(60000);
    expect(backoffDelay(0, () => 0)).toBe(400);
    expect(backoffDelay(0, () => 1)).toBe(600);
  });
  it("derives URLs from the page's base path", () => {
    expect(basePath("/")).toBe("/");
    expect(basePath("/apps/demo/")).toBe("/apps/demo/");
    expect(basePath("/apps/demo")).toBe("/apps/");
    expect(streamUrl({ protocol: "https:", host: "x.io", pathname: "/p/" })).toBe("wss://x.io/p/_stcore/stream");
  });
});
