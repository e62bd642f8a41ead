// Replays the shared tree fixtures (tests/fixtures/tree/*.json, format in the
// README there) through the browser's own path: AppStore.handleForwardMsg,
// which applies deltas with store/tree.ts and prunes by run status. The Rust
// integration tests and the server's mirror replay the same files, so every
// model of the tree agrees on which nodes survive a run.
import { describe, expect, it } from "vitest";
import { rustlit, type IForwardEvent } from "../proto";
import { blockKind, elementKind } from "../proto/kinds";
import { AppStore } from "./appStore";
import type { TreeNode } from "./tree";

interface FixtureNode {
  path: number[];
  kind: string;
}
type FixtureEvent =
  | { event: "element" | "block"; path: number[]; kind: string }
  | { event: "unchanged"; parent: number[]; start: number; count: number }
  | { event: "finished"; status: keyof typeof rustlit.RunStatus };
interface FixtureCase {
  name: string;
  runs: { scope?: number[][]; events: FixtureEvent[]; surviving: FixtureNode[] }[];
}

const files = import.meta.glob<{ cases: FixtureCase[] }>("../../../tests/fixtures/tree/*.json", { eager: true });

/** The fixture names kinds as the proto does (snake_case); protobufjs uses camelCase. */
const camel = (kind: string) => kind.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (kind: string) => kind.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toEvent(e: FixtureEvent, runId: number): IForwardEvent {
  switch (e.event) {
    case "element":
      return { delta: { path: e.path, element: { [camel(e.kind)]: {} } } };
    case "block":
      return { delta: { path: e.path, block: { [camel(e.kind)]: {} } } };
    case "unchanged":
      return { unchanged: { parent: e.parent, start: e.start, count: e.count } };
    case "finished": {
      const status = rustlit.RunStatus[e.status];
      if (status === undefined) throw new Error(`unknown run status ${e.status}`);
      return { runFinished: { runId, status } };
    }
  }
}

/** Every node below the roots, in document order, as the fixture lists them. */
function surviving(store: AppStore): FixtureNode[] {
  const out: FixtureNode[] = [];
  const walk = (node: TreeNode, path: number[]) => {
    const kind = node.kind === "element" ? elementKind(node.element) : node.block && blockKind(node.block);
    out.push({ path, kind: kind ? snake(kind) : "?" });
    if (node.kind === "block") node.children.forEach((c, i) => walk(c, [...path, i]));
  };
  store.getState().tree.roots.forEach((root, r) => root.children.forEach((c, i) => walk(c, [r, i])));
  return out;
}

function newStore(): AppStore {
  const store = new AppStore();
  store.browser = () => ({
    pathname: () => "/",
    search: () => "",
    push: () => {},
    replace: () => {},
    onPopState: () => {},
  });
  store.setSink({ send: () => true });
  store.onSocketOpen();
  return store;
}

for (const [file, { cases }] of Object.entries(files)) {
  describe(`tree fixture ${file.split("/").pop()}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const store = newStore();
        c.runs.forEach((run, i) => {
          const runId = i + 1;
          const started = run.scope
            ? { runId, fragmentRun: true, fragmentIds: ["f"], scope: run.scope.map((path) => ({ path })) }
            : { runId };
          store.handleForwardMsg({ events: [{ runStarted: started }, ...run.events.map((e) => toEvent(e, runId))] });
          expect(surviving(store), `after run ${runId}`).toEqual(run.surviving);
        });
      });
    }
  });
}

it("finds the fixture files", () => {
  expect(Object.keys(files).length).toBeGreaterThan(0);
});
