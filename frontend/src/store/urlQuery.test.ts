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
