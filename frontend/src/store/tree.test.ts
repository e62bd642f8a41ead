import { describe, expect, it } from "vitest";
import { emptyTree, getNode, markUnchanged, prune, setBlock, setElement, type BlockNode, type Tree } from "./tree";

const md = (body: string) => ({ markdown: { body } });
const vertical = { vertical: {} };
const body = (tree: Tree, path: number[]) => {
  const n = getNode(tree, path);
  return n?.kind === "element" ? n.element.markdown?.body : undefined;
};

describe("tree", () => {
  it("appends and replaces elements by path", () => {
    let t = emptyTree();
    t = setElement(t, [0, 0], md("a"), 1);
    t = setElement(t, [0, 1], md("b"), 1);
    t = setElement(t, [0, 0], md("c"), 1);
    expect(t.roots[0].children.map((c) => (c.kind === "element" ? c.element.markdown?.body : "?"))).toEqual(["c", "b"]);
  });

  it("shares untouched nodes (immutability)", () => {
    let t = emptyTree();
    t = setElement(t, [0, 0], md("a"), 1);
    t = setElement(t, [1, 0], md("side"), 1);
    const before = t;
    t = setElement(t, [0, 1], md("b"), 1);
    expect(t.roots[1]).toBe(before.roots[1]);
    expect(t.roots[0]).not.toBe(before.roots[0]);
    expect(t.roots[0].children[0]).toBe(before.roots[0].children[0]);
  });

  it("rejects gaps and elements used as parents", () => {
    const t = setElement(emptyTree(), [0, 0], md("a"), 1);
    expect(() => setElement(t, [0, 2], md("x"), 1)).toThrow();
    expect(() => setElement(t, [0, 0, 0], md("x"), 1)).toThrow();
    expect(() => setElement(t, [7, 0], md("x"), 1)).toThrow();
  });

  it("a block of the same type keeps its children; another type replaces them", () => {
    let t = emptyTree();
    t = setBlock(t, [0, 0], vertical, 1);
    t = setElement(t, [0, 0, 0], md("inside"), 1);
    t = setBlock(t, [0, 0], { vertical: { border: true } }, 2);
    expect(body(t, [0, 0, 0])).toBe("inside");
    expect((getNode(t, [0, 0]) as BlockNode).block?.vertical?.border).toBe(true);
    t = setBlock(t, [0, 0], { horizontal: {} }, 3);
    expect((getNode(t, [0, 0]) as BlockNode).children).toHaveLength(0);
    t = setElement(t, [0, 0], md("el"), 3);
    t = setBlock(t, [0, 0], vertical, 3);
    expect((getNode(t, [0, 0]) as BlockNode).children).toHaveLength(0);
  });

  it("writing a node stamps its ancestors with the run id", () => {
    let t = emptyTree();
    t = setBlock(t, [0, 0], vertical, 1);
    t = setBlock(t, [0, 0, 0], vertical, 1);
    t = setElement(t, [0, 0, 0, 0], md("deep"), 2);
    expect(getNode(t, [0, 0])!.runId).toBe(2);
    expect(getNode(t, [0, 0, 0])!.runId).toBe(2);
    expect(t.roots[0].runId).toBe(2);
  });

  it("prunes nodes the run did not write, recursively, after success", () => {
    let t = emptyTree();
    t = setElement(t, [0, 0], md("a"), 1);
    t = setBlock(t, [0, 1], vertical, 1);
    t = setElement(t, [0, 1, 0], md("x"), 1);
    t = setElement(t, [0, 1, 1], md("y"), 1);
    t = setElement(t, [0, 2], md("c"), 1);
    // run 2 rewrites a and only x inside the block
    t = setElement(t, [0, 0], md("a2"), 2);
    t = setElement(t, [0, 1, 0], md("x2"), 2);
    t = prune(t, 2);
    expect(t.roots[0].children).toHaveLength(2);
    expect(body(t, [0, 0])).toBe("a2");
    expect((getNode(t, [0, 1]) as BlockNode).children).toHaveLength(1);
    expect(body(t, [0, 1, 0])).toBe("x2");
  });

  it("Unchanged stamps exactly the listed nodes, not their descendants", () => {
    let t = emptyTree();
    t = setElement(t, [0, 0], md("a"), 1);
    t = setBlock(t, [0, 1], vertical, 1);
    t = setElement(t, [0, 1, 0], md("inner"), 1);
    t = setElement(t, [0, 2], md("c"), 1);
    t = markUnchanged(t, [0], 0, 2, 2);
    expect(getNode(t, [0, 0])!.runId).toBe(2);
    expect(getNode(t, [0, 1])!.runId).toBe(2);
    expect(getNode(t, [0, 1, 0])!.runId).toBe(1);
    expect(getNode(t, [0, 2])!.runId).toBe(1);
    const pruned = prune(t, 2);
    expect(pruned.roots[0].children).toHaveLength(2);
    expect((getNode(pruned, [0, 1]) as BlockNode).children).toHaveLength(0);
  });

  it("Unchanged for a missing node is an error", () => {
    expect(() => markUnchanged(emptyTree(), [0], 0, 1, 1)).toThrow();
  });

  it("prune keeps identity when nothing is removed", () => {
    let t = emptyTree();
    t = setElement(t, [0, 0], md("a"), 3);
    const p = prune(t, 3);
    expect(p.roots[0]).toBe(t.roots[0]);
  });
});
