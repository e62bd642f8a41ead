import { describe, expect, it } from "vitest";
import { AppStore } from "./appStore";
import type { BrowserUrl } from "./urlQuery";
import { rustlit } from "../proto";

/** A history of URLs with a cursor, like the browser's. */
function fakeBrowser(start: string) {
  const entries = [start];
  let at = 0;
  let listener: () => void = () => {};
  const split = () => entries[at].split("?");
  const browser: BrowserUrl = {
    pathname: () => split()[0],
    search: () => split()[1] ?? "",
    push: (url) => {
      entries.splice(at + 1, entries.length, url);
      at = entries.length - 1;
    },
    replace: (url) => {
      entries[at] = url;
    },
    onPopState: (l) => (listener = l),
  };
  const back = () => {
    at -= 1;
    listener();
  };
  return { browser, entries, back, url: () => entries[at] };
}

function setup(start: string) {
  const fake = fakeBrowser(start);
  const sent: rustlit.IBackMsg[] = [];
  const store = new AppStore();
  store.browser = () => fake.browser;
  store.setSink({ send: (m) => (sent.push(m), true) });
  store.listenToHistory();
  store.onSocketOpen();
  const queries = () => sent.map((m) => m.rerunScript?.queryString);
  return { store, fake, queries };
}

const info = (queryString: string) => ({ events: [{ pageInfoChanged: { queryString } }] });
const run = (runId: number) => ({
  events: [{ runStarted: { runId } }, { runFinished: { runId, status: rustlit.RunStatus.FINISHED_SUCCESSFULLY } }],
});

describe("query params in the address bar", () => {
  it("a script change pushes a history entry with the same path and no rerun", () => {
    const { store, fake, queries } = setup("/app/?a=1");
    expect(queries()).toEqual(["a=1"]);
    store.handleForwardMsg(info("a=1&b=2"));
    expect(fake.entries).toEqual(["/app/?a=1", "/app/?a=1&b=2"]);
    store.handleForwardMsg(info(""));
    expect(fake.url()).toBe("/app/");
    expect(queries()).toEqual(["a=1"]);
  });

  it("an unchanged query string adds no entry", () => {
    const { store, fake } = setup("/?a=1");
    store.handleForwardMsg(info("a=1"));
    expect(fake.entries).toEqual(["/?a=1"]);
  });

  it("Back to another query reruns with it; that run's URL changes replace the entry", () => {
    const { store, fake, queries } = setup("/?a=1");
    store.handleForwardMsg(run(1));
    store.handleForwardMsg(info("a=2"));
    fake.back();
    expect(queries()).toEqual(["a=1", "a=1"]);
    store.handleForwardMsg({ events: [{ runStarted: { runId: 2 } }] });
    store.handleForwardMsg(info("a=1&seen=1"));
    expect(fake.entries).toEqual(["/?a=1&seen=1", "/?a=2"]);
    store.handleForwardMsg({ events: [{ runFinished: { runId: 2, status: rustlit.RunStatus.FINISHED_SUCCESSFULLY } }] });
    store.handleForwardMsg(info("a=3"));
    expect(fake.entries).toEqual(["/?a=1&seen=1", "/?a=3"]);
  });

  it("Back to the same query (an anchor jump) does not rerun", () => {
    const { store, fake, queries } = setup("/?a=1");
    fake.browser.push("/?a=1#top");
    fake.back();
    expect(queries()).toEqual(["a=1"]);
    expect(store.getState().scriptState).toBe("initial");
  });
});

describe("widgets bound to the URL (bind=\"query-params\")", () => {
  const slider = (value?: number) => ({
    delta: {
      path: [0, 0],
      element: {
        slider: {
          widget: {
            id: "s",
            default: { doubleArrayValue: { data: [3] } },
            queryParamKey: "level",
            ...(value === undefined ? {} : { setValue: true, value: { doubleArrayValue: { data: [value] } } }),
          },
        },
      },
    },
  });
  const runWith = (runId: number, ...events: object[]) => ({
    events: [{ runStarted: { runId } }, ...events, { runFinished: { runId, status: rustlit.RunStatus.FINISHED_SUCCESSFULLY } }],
  });

  it("a user change replaces the entry with the value, sorted, and the rerun carries it", () => {
    const { store, fake, queries } = setup("/?z=1&level=7");
    store.handleForwardMsg(runWith(1, slider(7)));
    store.widgets.setValue("s", { doubleArrayValue: { data: [8] } });
    expect(fake.entries).toEqual(["/?level=8&z=1"]);
    expect(queries()).toEqual(["z=1&level=7", "level=8&z=1"]);
  });

  it("back at the default the parameter goes; a list is repeated; none is empty", () => {
    const { store, fake } = setup("/?level=7");
    store.handleForwardMsg(runWith(1, slider(7)));
    store.widgets.setValue("s", { doubleArrayValue: { data: [3] } });
    expect(fake.url()).toBe("/");
    store.widgets.setValue("s", { doubleArrayValue: { data: [2, 4.5] } });
    expect(fake.url()).toBe("/?level=2&level=4.5");
    store.widgets.setValue("s", { noneValue: true });
    expect(fake.url()).toBe("/?level=");
  });

  it("Back sends a bound widget's value only when the entry has no parameter for it (then its default)", () => {
    const { store, fake } = setup("/?level=5");
    const sent: rustlit.IBackMsg[] = [];
    store.setSink({ send: (m) => (sent.push(m), true) });
    store.handleForwardMsg(runWith(1, slider(5)));
    store.handleForwardMsg(info("level=5&mark=1"));
    store.widgets.setValue("s", { doubleArrayValue: { data: [6] } });
    expect(fake.entries).toEqual(["/?level=5", "/?level=6&mark=1"]);
    fake.back();
    const back = sent[sent.length - 1].rerunScript;
    expect(back?.queryString).toBe("level=5");
    expect(back?.widgetStates).toEqual([]);
    fake.browser.replace("/?other=1");
    store.handleForwardMsg(runWith(2, slider()));
    fake.browser.push("/?level=9");
    fake.back();
    expect(sent[sent.length - 1].rerunScript?.widgetStates).toEqual([{ id: "s", value: { doubleArrayValue: { data: [3] } } }]);
  });
});

describe("containers that track their state", () => {
  it("a stateful expander or popover is a widget holding the server's value; tabs get theirs from the renderer", () => {
    const { store } = setup("/");
    store.handleForwardMsg({
      events: [
        { runStarted: { runId: 1 } },
        { delta: { path: [0, 0], block: { expandable: { label: "E", expanded: true, id: "e" } } } },
        { delta: { path: [0, 1], block: { popover: { label: "P", id: "p", open: false } } } },
        { delta: { path: [0, 2], block: { tabContainer: { defaultIndex: 1, id: "t", queryParamKey: "tab", defaultTabLabel: "A" } } } },
        { delta: { path: [0, 3], block: { expandable: { label: "plain" } } } },
        { runFinished: { runId: 1, status: rustlit.RunStatus.FINISHED_SUCCESSFULLY } },
      ],
    });
    expect(store.widgets.get("e")).toEqual({ boolValue: true });
    expect(store.widgets.get("p")).toEqual({ boolValue: false });
    expect(store.widgets.get("t")).toEqual({ stringValue: "A" });
    store.widgets.adopt("t", { stringValue: "B" });
    expect(store.widgets.states()).toEqual([
      { id: "e", value: { boolValue: true } },
      { id: "p", value: { boolValue: false } },
      { id: "t", value: { stringValue: "B" } },
    ]);
  });
});
