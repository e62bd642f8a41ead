import { afterEach, describe, expect, it, vi } from "vitest";
import { rustlit } from "../proto";
import { AppStore } from "./appStore";
import { getNode } from "./tree";
import type { BrowserUrl } from "./urlQuery";

/** An address bar: pathname and search, and the history entries pushed. */
function fakeLocation(pathname = "/", search = "?a=1") {
  const loc = {
    pathname,
    search,
    pushed: [] as string[],
    replaced: [] as string[],
    set(url: string) {
      const u = new URL(url, "http://x");
      loc.pathname = u.pathname;
      loc.search = u.search;
    },
  };
  const api: BrowserUrl = {
    pathname: () => loc.pathname,
    search: () => loc.search.replace(/^\?/, ""),
    push: (url: string) => (loc.pushed.push(url), loc.set(url)),
    replace: (url: string) => (loc.replaced.push(url), loc.set(url)),
    onPopState: () => {},
  };
  return { loc, api };
}

function setup(pathname = "/", search = "?a=1") {
  const sent: rustlit.IBackMsg[] = [];
  const store = new AppStore();
  const location = fakeLocation(pathname, search);
  store.browser = () => location.api;
  let reloaded = 0;
  store.reloadPage = () => reloaded++;
  store.setSink({ send: (m) => (sent.push(m), true) });
  return { store, sent, reloads: () => reloaded, loc: location.loc };
}

const init = (resumed = false, version = "1") => ({
  events: [{ sessionInit: { sessionId: "S", scriptName: "app", rustlitVersion: version, resumed, resumeSecret: `R${resumed ? 2 : 1}` } }],
});
const started = (runId: number) => ({ runStarted: { runId } });
const finished = (runId: number, status = rustlit.RunStatus.FINISHED_SUCCESSFULLY) => ({ runFinished: { runId, status } });
const md = (path: number[], body: string) => ({ delta: { path, element: { markdown: { body } } } });

describe("AppStore run lifecycle", () => {
  it("a fresh page sends one RerunScript on open, not again on SessionInit", () => {
    const { store, sent } = setup();
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg(init());
    expect(sent).toEqual([{ rerunScript: { pageScriptHash: "", pageName: "", queryString: "a=1", widgetStates: [], fragmentId: "", isAutoRerun: false, contextInfo: {} } }]);
  });

  it("tracks script state and prunes after a successful run only", () => {
    const { store } = setup();
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1), md([0, 0], "a"), md([0, 1], "b"), finished(1)] });
    expect(store.getState().scriptState).toBe("notRunning");
    store.handleForwardMsg({ events: [started(2), md([0, 0], "a2")] });
    expect(store.getState().scriptState).toBe("running");
    store.handleForwardMsg({ events: [finished(2, rustlit.RunStatus.FINISHED_EARLY_FOR_RERUN)] });
    expect(store.getState().tree.roots[0].children).toHaveLength(2);
    store.handleForwardMsg({ events: [started(3), { unchanged: { parent: [0], start: 0, count: 1 } }, finished(3)] });
    expect(store.getState().tree.roots[0].children).toHaveLength(1);
  });

  it("a compile error keeps the page and shows the error", () => {
    const { store } = setup();
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1), md([0, 0], "a"), finished(1)] });
    store.handleForwardMsg({
      events: [started(2), { compileError: { exception: { type: "SyntaxError", message: "bad" } } }, finished(2, rustlit.RunStatus.FINISHED_WITH_COMPILE_ERROR)],
    });
    const s = store.getState();
    expect(s.scriptState).toBe("compilationError");
    expect(s.compileError?.type).toBe("SyntaxError");
    expect(s.tree.roots[0].children).toHaveLength(1);
  });

  it("drops widget state for widgets gone after a successful run", () => {
    const { store } = setup();
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1), { delta: { path: [0, 0], element: { checkbox: { widget: { id: "c1", default: { boolValue: false } } } } } }, finished(1)] });
    expect(store.widgets.get("c1")).toBeDefined();
    store.handleForwardMsg({ events: [started(2), md([0, 0], "x"), finished(2)] });
    expect(store.widgets.get("c1")).toBeUndefined();
  });

  it("resumes without a rerun when the last run had finished", () => {
    const { store, sent } = setup();
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1), finished(1)] });
    sent.length = 0;
    store.onConnectionState("PINGING_SERVER", "lost");
    expect(store.getState().connectionLost).toBe(true);
    // The secret resumes, never the id; each SessionInit brings a new one.
    expect(store.resumeSecret()).toBe("R1");
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg(init(true));
    expect(sent).toHaveLength(0);
  });

  it("resumes with a rerun when the socket dropped mid-run", () => {
    const { store, sent } = setup();
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1)] });
    sent.length = 0;
    store.onConnectionState("PINGING_SERVER", "lost");
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg(init(true));
    expect(sent).toHaveLength(1);
  });

  it("reruns when the server could not resume the session", () => {
    const { store, sent } = setup();
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init().events, started(1), finished(1)] });
    sent.length = 0;
    store.onConnectionState("PINGING_SERVER", "lost");
    store.onConnectionState("CONNECTED");
    store.onSocketOpen();
    store.handleForwardMsg(init(false));
    expect(sent).toHaveLength(1);
  });

  it("reloads when the server version changed", () => {
    const { store, reloads } = setup();
    store.onSocketOpen();
    store.handleForwardMsg(init(false, "1"));
    store.handleForwardMsg(init(false, "2"));
    expect(reloads()).toBe(1);
  });

  it("user rerun and stop set the requested states", () => {
    const { store, sent } = setup();
    store.rerun();
    expect(store.getState().scriptState).toBe("rerunRequested");
    store.stop();
    expect(store.getState().scriptState).toBe("stopRequested");
    expect(sent[1]).toEqual({ stopScript: {} });
  });
});

const nav = (current: string) => ({
  navigation: {
    sections: [""],
    pageScriptHash: current,
    appPages: [
      { pageScriptHash: "H", pageName: "Home", urlPathname: "", isDefault: true },
      { pageScriptHash: "P", pageName: "Plots", urlPathname: "plots" },
    ],
  },
});

describe("AppStore pages", () => {
  it("a first load of /plots asks for the page by name, then by hash", () => {
    const { store, sent } = setup("/plots", "");
    store.onSocketOpen();
    expect(sent[0].rerunScript).toMatchObject({ pageScriptHash: "", pageName: "plots" });
    store.handleForwardMsg({ events: [...init(true).events, started(1), nav("P"), finished(1)] });
    store.rerun();
    expect(sent.at(-1)?.rerunScript).toMatchObject({ pageScriptHash: "P", pageName: "" });
  });

  it("a navigation click runs the page, drops the query but embed, and pushes the URL once it runs", () => {
    const { store, sent, loc } = setup("/", "?a=1&embed=true");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init(true).events, started(1), nav("H"), finished(1)] });
    expect(loc.pushed).toEqual([]);
    store.openPage("P");
    expect(sent.at(-1)?.rerunScript).toMatchObject({ pageScriptHash: "P", queryString: "embed=true" });
    store.handleForwardMsg({ events: [started(2), nav("P"), finished(2)] });
    expect(loc.pushed).toEqual(["/plots?embed=true"]);
    expect(store.getState().currentPageHash).toBe("P");
  });

  it("a URL naming no page is replaced by the default page's and the page is told", () => {
    const { store, loc } = setup("/nowhere", "");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init(true).events, started(1), { pageNotFound: { pageName: "nowhere" } }, nav("H"), finished(1)] });
    expect(store.getState().pageNotFound).toBe("nowhere");
    expect(loc.replaced).toEqual(["/"]);
    expect(loc.pushed).toEqual([]);
  });

  it("back/forward runs the page the URL names without a new history entry", () => {
    const { store, sent, loc } = setup("/", "");
    store.onSocketOpen();
    store.handleForwardMsg({ events: [...init(true).events, started(1), nav("H"), finished(1)] });
    loc.pathname = "/plots";
    store.onHistoryNavigation();
    expect(sent.at(-1)?.rerunScript).toMatchObject({ pageScriptHash: "P" });
    store.handleForwardMsg({ events: [started(2), nav("P"), finished(2)] });
    expect(loc.pushed).toEqual([]);
  });
});

describe("AppStore fragment runs", () => {
  afterEach(() => vi.useRealTimers());

  const fragmentStarted = (runId: number, scope: number[][]) => ({
    runStarted: { runId, fragmentRun: true, fragmentIds: ["F"], scope: scope.map((path) => ({ path })) },
  });
  const block = (path: number[], fragmentId = "") => ({ delta: { path, block: { vertical: {} }, fragmentId } });
  const checkbox = (path: number[], id: string, fragmentId = "") => ({
    delta: { path, fragmentId, element: { checkbox: { widget: { id, label: id, default: { boolValue: false } } } } },
  });
  const nodeRunId = (store: AppStore, path: number[]) => getNode(store.getState().tree, path)?.runId;

  function page() {
    const { store, sent } = setup();
    store.onSocketOpen();
    store.handleForwardMsg({
      events: [
        ...init().events,
        started(1),
        md([0, 0], "outside"),
        block([0, 1], "F"),
        checkbox([0, 1, 0], "in", "F"),
        md([0, 1, 1], "old"),
        checkbox([0, 2], "out"),
        finished(1),
      ],
    });
    sent.length = 0;
    return { store, sent };
  }

  it("a widget inside a fragment asks for a rerun of that fragment only; one outside for the script", () => {
    const { store, sent } = page();
    store.widgets.setValue("in", { boolValue: true });
    store.widgets.setValue("out", { boolValue: true });
    expect(sent.map((m) => m.rerunScript?.fragmentId)).toEqual(["F", ""]);
    expect(sent[0].rerunScript?.isAutoRerun).toBe(false);
  });

  it("a grid's button column inside a fragment reruns that fragment, also after a run kept the grid", () => {
    const { store, sent } = setup();
    store.onSocketOpen();
    const grid = (path: number[], fragmentId: string, widgetId: string) => ({
      delta: { path, fragmentId, element: { dataframe: { buttonClickWidgets: [{ column: "go", widgetId }] } } },
    });
    store.handleForwardMsg({
      events: [...init().events, started(1), block([0, 0], "F"), grid([0, 0, 0], "F", "in"), grid([0, 1], "", "out"), finished(1)],
    });
    // A later full run that leaves both grids unchanged keeps their fragments.
    store.handleForwardMsg({ events: [
      started(2), { unchanged: { parent: [0], start: 0, count: 2 } }, { unchanged: { parent: [0, 0], start: 0, count: 1 } }, finished(2),
    ] });
    sent.length = 0;
    store.widgets.choose("in", '{"row": 0, "label": "Go"}');
    store.widgets.choose("out", '{"row": 1, "label": "Go"}');
    expect(sent.map((m) => m.rerunScript?.fragmentId)).toEqual(["F", ""]);
  });

  it("keeps everything outside the fragment current while it runs, and prunes only inside", () => {
    const { store } = page();
    store.handleForwardMsg({ events: [fragmentStarted(2, [[0, 1]])] });
    // Outside: current from the start (not stale); inside: stale until rewritten.
    expect(nodeRunId(store, [0, 0])).toBe(2);
    expect(nodeRunId(store, [0, 2])).toBe(2);
    expect(nodeRunId(store, [0, 1, 1])).toBe(1);
    store.handleForwardMsg({ events: [block([0, 1], "F"), checkbox([0, 1, 0], "in", "F"), finished(2)] });
    const main = store.getState().tree.roots[0];
    expect(main.children.length).toBe(3);
    const fragment = main.children[1];
    expect(fragment.kind === "block" ? fragment.children.length : -1).toBe(1);
    expect(store.getState().running).toBe(false);
  });

  it("run_every: a timer per fragment sends auto reruns; a full run drops the timers", () => {
    vi.useFakeTimers();
    const { store, sent } = page();
    store.handleForwardMsg({ events: [{ autoRerun: { interval: 2, fragmentId: "F" } }] });
    expect(store.autoRerunIds()).toEqual(["F"]);
    vi.advanceTimersByTime(4000);
    expect(sent.map((m) => [m.rerunScript?.fragmentId, m.rerunScript?.isAutoRerun])).toEqual([
      ["F", true],
      ["F", true],
    ]);
    // Interval 0: that fragment is gone.
    store.handleForwardMsg({ events: [{ autoRerun: { interval: 0, fragmentId: "F" } }] });
    expect(store.autoRerunIds()).toEqual([]);
    store.handleForwardMsg({ events: [{ autoRerun: { interval: 2, fragmentId: "F" } }] });
    store.handleForwardMsg({ events: [started(3)] });
    expect(store.autoRerunIds()).toEqual([]);
    vi.advanceTimersByTime(4000);
    expect(sent.length).toBe(2);
  });
});
