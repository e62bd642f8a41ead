import { describe, expect, it } from "vitest";
import { collapsedCount, pageByName, pageNameFromPath, pagePath, queryForPageChange, sectionsOf } from "./pages";

describe("multipage URLs", () => {
  it("reads the page name from the last path segment", () => {
    expect(pageNameFromPath("/")).toBe("");
    expect(pageNameFromPath("/Plotting_Demo")).toBe("Plotting_Demo");
    expect(pageNameFromPath("/myapp/caf%C3%A9")).toBe("café");
    expect(pageNameFromPath("/%E0%A4")).toBe("%E0%A4");
  });

  it("builds a page's path under the base path", () => {
    expect(pagePath("/myapp/old", { urlPathname: "new page" })).toBe("/myapp/new%20page");
    expect(pagePath("/myapp/old", { urlPathname: "" })).toBe("/myapp/");
  });

  it("keeps only the embed options on a page change, then adds the link's parameters", () => {
    expect(queryForPageChange("?a=1&embed=true&EMBED_OPTIONS=x")).toBe("embed=true&EMBED_OPTIONS=x");
    expect(queryForPageChange("a=1", "tab=2&embed=false")).toBe("tab=2");
  });

  it("finds a page by URL name, the default one for the root", () => {
    const pages = [{ urlPathname: "", isDefault: true, pageName: "Home" }, { urlPathname: "docs", externalUrl: "https://x" }, { urlPathname: "a" }];
    expect(pageByName(pages, "")?.pageName).toBe("Home");
    expect(pageByName(pages, "a")?.urlPathname).toBe("a");
    expect(pageByName(pages, "docs")).toBeUndefined();
  });
});

describe("the navigation list", () => {
  it("collapses only lists longer than the limit plus two", () => {
    expect(collapsedCount(12, false, 0)).toBeNull();
    expect(collapsedCount(13, false, 0)).toBe(10);
    expect(collapsedCount(13, true, 0)).toBeNull();
    expect(collapsedCount(6, false, 3)).toBe(3);
  });

  it("groups pages by section and leaves hidden pages out", () => {
    const groups = sectionsOf({
      sections: ["", "Tools"],
      appPages: [
        { pageName: "Home", sectionHeader: "" },
        { pageName: "Secret", sectionHeader: "", isHidden: true },
        { pageName: "Calc", sectionHeader: "Tools" },
      ],
    });
    expect(groups.map((g) => [g.header, g.pages.map((p) => p.pageName)])).toEqual([
      ["", ["Home"]],
      ["Tools", ["Calc"]],
    ]);
  });
});
