import { describe, expect, it } from "vitest";
import { rustlit } from "../proto";
import { AppStore } from "./appStore";
import { defaultPageConfig, mergePageConfig } from "./pageConfig";
import { emojiFavicon, faviconHref, materialFavicon, pageTitle } from "../app/pageHead";
import { initiallyExpanded, sidebarWidth } from "../app/sidebarState";

const { Layout, SidebarState } = rustlit.PageConfig;

describe("page config", () => {
  it("later calls override only the fields they set; a rerun without a call keeps everything", () => {
    const store = new AppStore();
    store.browser = () => ({ pathname: () => "/", search: () => "", push: () => {}, replace: () => {}, onPopState: () => {} });
    store.setSink({ send: () => true });
    const config = (c: rustlit.IPageConfig) => store.handleForwardMsg({ events: [{ pageConfigChanged: c }] });
    store.handleForwardMsg({ events: [{ sessionInit: { sessionId: "S", scriptName: "my_app" } }] });
    expect(pageTitle(store.getState())).toBe("my_app");
    config({ title: "One", layout: Layout.WIDE, menuItems: { getHelpUrl: "https://h", aboutMarkdown: "# A" } });
    config({ favicon: "emoji:🧊", initialSidebarState: SidebarState.COLLAPSED, menuItems: { clearAbout: true, hideGetHelp: true } });
    store.handleForwardMsg({ events: [{ runStarted: { runId: 2 } }, { runFinished: { runId: 2 } }] });
    const s = store.getState();
    expect(pageTitle(s)).toBe("One");
    expect(s.pageConfig).toEqual({
      ...defaultPageConfig,
      title: "One",
      favicon: "emoji:🧊",
      layout: "wide",
      initialSidebarState: "collapsed",
    });
  });

  it("a url shows an item a previous call hid", () => {
    const hidden = mergePageConfig(defaultPageConfig, { menuItems: { hideReportABug: true } });
    expect(mergePageConfig(hidden, { menuItems: { reportABugUrl: "mailto:a@b" } }).reportABugUrl).toBe("mailto:a@b");
    expect(mergePageConfig(hidden, { layout: Layout.LAYOUT_UNSET }).layout).toBe("centered");
    expect(mergePageConfig(hidden, { initialSidebarWidth: 420 }).initialSidebarWidth).toBe(420);
  });

  it("favicons: default, emoji, material, shortcode, media and absolute urls", async () => {
    expect(await faviconHref(null, "/app/")).toBe("/app/favicon.png");
    expect(await faviconHref("emoji:🧊", "/")).toBe(emojiFavicon("🧊"));
    expect(decodeURIComponent(emojiFavicon("🧊"))).toContain(">🧊</text>");
    expect(await faviconHref(":material/thumb_up:", "/")).toBe(materialFavicon(":material/thumb_up:"));
    expect(materialFavicon(":material/thumb_up:")).toContain("/thumb_up/");
    expect(await faviconHref(":shark:", "/")).toBe(emojiFavicon("🦈"));
    expect(await faviconHref(":no_such_code_xyz:", "/")).toBe("/:no_such_code_xyz:");
    expect(await faviconHref("media/abc.png", "/app/")).toBe("/app/media/abc.png");
    expect(await faviconHref("https://x.example/i.png", "/app/")).toBe("https://x.example/i.png");
  });

  it("sidebar: initial state by viewport, width clamped", () => {
    expect(initiallyExpanded("auto", 1280)).toBe(true);
    expect(initiallyExpanded("auto", 500)).toBe(false);
    expect(initiallyExpanded("collapsed", 1280)).toBe(false);
    expect(initiallyExpanded("expanded", 500)).toBe(true);
    expect(initiallyExpanded("locked", 500)).toBe(false);
    expect(sidebarWidth(null)).toBe(null);
    expect(sidebarWidth(100)).toBe(200);
    expect(sidebarWidth(900)).toBe(600);
  });
});
