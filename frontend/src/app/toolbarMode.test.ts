import { describe, expect, it } from "vitest";
import { showsDeveloperOptions, toolbarModeOf } from "./toolbarMode";

describe("client.toolbarMode", () => {
  it("shows developer options on localhost in auto mode only", () => {
    expect(showsDeveloperOptions("auto", "localhost")).toBe(true);
    expect(showsDeveloperOptions("auto", "127.0.0.1")).toBe(true);
    expect(showsDeveloperOptions("auto", "app.example.org")).toBe(false);
  });

  it("lets the other modes decide for every host", () => {
    expect(showsDeveloperOptions("developer", "app.example.org")).toBe(true);
    expect(showsDeveloperOptions("viewer", "localhost")).toBe(false);
    expect(showsDeveloperOptions("minimal", "127.0.0.1")).toBe(false);
  });

  it("reads an unknown or missing value as auto", () => {
    expect(toolbarModeOf("viewer")).toBe("viewer");
    expect(toolbarModeOf("")).toBe("auto");
    expect(toolbarModeOf(undefined)).toBe("auto");
    expect(toolbarModeOf("admin")).toBe("auto");
  });
});
