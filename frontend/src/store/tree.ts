//! The element tree: four root blocks (main, sidebar, event, bottom) addressed by
//! delta paths. Pure functions over immutable nodes — every update copies the
//! nodes along the path and shares the rest, so React can skip unchanged subtrees
//! by identity. Never touches React, the DOM or the network.
//!
//! Staleness works by run ids (SPEC §1.6): every node remembers the run that last
//! wrote it (or announced it `Unchanged`); writing a node stamps its ancestors too.
//! When a run finishes successfully, every node with another run id is pruned.
import type { IBlock, IElement } from "../proto";
import { blockKind, type BlockKind } from "../proto/kinds";

export enum RootIndex {
  Main = 0,
  Sidebar = 1,
  Event = 2,
  Bottom = 3,
}
export const ROOT_COUNT = 4;

export interface ElementNode {
  readonly kind: "element";
  readonly element: IElement;
  readonly runId: number;
}

export interface BlockNode {
  readonly kind: "block";
  /** null for the four roots. */
  readonly block: IBlock | null;
  readonly children: readonly TreeNode[];
  readonly runId: number;
  /** The last run that wrote this block itself (or announced it unchanged), not
   *  one that only wrote inside it or kept it (a fragment run elsewhere). */
  readonly writtenIn?: number;
}

export type TreeNode = ElementNode | BlockNode;

export interface Tree {
  readonly roots: readonly BlockNode[];
}

export function emptyTree(): Tree {
  const roots: BlockNode[] = [];
  for (let i = 0; i < ROOT_COUNT; i++) {
    roots.push({ kind: "block", block: null, children: [], runId: 0 });
  }
  return { roots };
}

/** Thrown for a path the tree cannot hold (unknown root, element as a parent, gap). */
export class TreePathError extends Error {}

/** The `Block.type` case, e.g. "vertical" (from the generated oneof, so every kind); null for roots. */
export function blockType(block: IBlock | null): BlockKind | null {
  return block ? blockKind(block) : null;
}

export function getNode(tree: Tree, path: readonly number[]): TreeNode | undefined {
  let node: TreeNode | undefined = tree.roots[path[0]];
  for (let i = 1; i < path.length && node; i++) {
    if (node.kind !== "block") return undefined;
    node = node.children[path[i]];
  }
  return node;
}

/**
 * Replaces the node at `path` by `update(old)`, stamping every ancestor with
 * `runId`. `update` receives undefined when the path appends a new child.
 */
function updateAt(
  tree: Tree,
  path: readonly number[],
  runId: number,
  update: (old: TreeNode | undefined) => TreeNode,
): Tree {
  if (path.length < 2) throw new TreePathError(`path too short: [${path.join(",")}]`);
  const rootIndex = path[0];
  const root = tree.roots[rootIndex];
  if (!root) throw new TreePathError(`unknown root ${rootIndex}`);

  const rec = (parent: BlockNode, depth: number): BlockNode => {
    const index = path[depth];
    if (index > parent.children.length) {
      throw new TreePathError(`gap at [${path.slice(0, depth + 1).join(",")}]`);
    }
    const old = parent.children[index];
    let next: TreeNode;
    if (depth === path.length - 1) {
      next = update(old);
    } else {
      if (!old || old.kind !== "block") {
        throw new TreePathError(`no block at [${path.slice(0, depth + 1).join(",")}]`);
      }
      next = rec(old, depth + 1);
    }
    const children = parent.children.slice();
    children[index] = next;
    return { ...parent, children, runId };
  };

  const roots = tree.roots.slice();
  roots[rootIndex] = rec(root, 1);
  return { roots };
}

/** `Delta.element`: the node at `path` becomes this element. */
export function setElement(tree: Tree, path: readonly number[], element: IElement, runId: number): Tree {
  return updateAt(tree, path, runId, () => ({ kind: "element", element, runId }));
}

/**
 * `Delta.block`: a block of the same type at `path` keeps its children (they are
 * pruned later if the run does not rewrite them); anything else is replaced by an
 * empty block.
 */
export function setBlock(tree: Tree, path: readonly number[], block: IBlock, runId: number): Tree {
  return updateAt(tree, path, runId, (old) => {
    const keep = old?.kind === "block" && blockType(old.block) === blockType(block);
    return { kind: "block", block, children: keep ? old.children : [], runId, writtenIn: runId };
  });
}

/**
 * `Unchanged`: nodes parent ++ [start, start+count) are current. Only those nodes
 * (and, necessarily, their ancestors) are stamped — never their descendants.
 */
export function markUnchanged(
  tree: Tree,
  parent: readonly number[],
  start: number,
  count: number,
  runId: number,
): Tree {
  let next = tree;
  for (let i = start; i < start + count; i++) {
    const path = [...parent, i];
    if (!getNode(next, path)) throw new TreePathError(`unchanged: nothing at [${path.join(",")}]`);
    next = updateAt(next, path, runId, (old) =>
      old?.kind === "block" ? { ...old, runId, writtenIn: runId } : { ...(old as TreeNode), runId },
    );
  }
  return next;
}

/** Whether `path` is strictly below one of the `scope` paths. */
export function insideScope(path: readonly number[], scope: readonly (readonly number[])[]): boolean {
  return scope.some((s) => path.length > s.length && s.every((v, i) => path[i] === v));
}

/**
 * A fragment run starts: every node that is not inside one of the fragments'
 * containers (`scope`) becomes current for `runId`, so it is neither stale
 * while the run goes nor pruned when it finishes. Nodes inside keep their
 * run id: the run rewrites them or they go. Element objects are shared, so
 * renderers memoised on them do not render again.
 */
export function keepOutside(tree: Tree, scope: readonly (readonly number[])[], runId: number): Tree {
  const stamp = (node: TreeNode, path: number[]): TreeNode => {
    if (insideScope(path, scope)) return node;
    if (node.kind === "element") return node.runId === runId ? node : { ...node, runId };
    const children = node.children.map((c, i) => stamp(c, [...path, i]));
    const same = node.runId === runId && children.every((c, i) => c === node.children[i]);
    return same ? node : { ...node, children, runId };
  };
  return {
    roots: tree.roots.map((root, r) => {
      const children = root.children.map((c, i) => stamp(c, [r, i]));
      return children.every((c, i) => c === root.children[i]) ? root : { ...root, children };
    }),
  };
}

/** Drops every node whose run id is not `runId`, recursively. Roots stay. */
export function prune(tree: Tree, runId: number): Tree {
  const pruneBlock = (node: BlockNode): BlockNode => {
    let changed = false;
    const children: TreeNode[] = [];
    for (const child of node.children) {
      if (child.runId !== runId) {
        changed = true;
        continue;
      }
      const kept = child.kind === "block" ? pruneBlock(child) : child;
      if (kept !== child) changed = true;
      children.push(kept);
    }
    return changed ? { ...node, children } : node;
  };
  return { roots: tree.roots.map(pruneBlock) };
}

/** Calls `visit` for every element in the tree (depth first, document order). */
export function forEachBlock(tree: Tree, visit: (block: IBlock) => void): void {
  const walk = (node: TreeNode) => {
    if (node.kind === "element") return;
    if (node.block) visit(node.block);
    node.children.forEach(walk);
  };
  tree.roots.forEach(walk);
}

export function forEachElement(tree: Tree, visit: (element: IElement) => void): void {
  const walk = (node: TreeNode) => {
    if (node.kind === "element") visit(node.element);
    else node.children.forEach(walk);
  };
  tree.roots.forEach(walk);
}
