//! The tree's blocks: `BlockView` renders a block through the block registry
//! (src/registry/blocks.ts); `VerticalBlock` (`stVerticalBlock`) is the shape
//! of roots, containers, columns, expanders and tabs; children render in
//! document order.
import { memo } from "react";
import type { BlockNode, TreeNode } from "../store/tree";
import { blockKind } from "../proto/kinds";
import { keyClass } from "../elements/shared/keys";
import { BLOCKS } from "../registry/blocks";
import { ElementView } from "./ElementView";
import "./blocks.css";

/** One child of a block: an element in its container, or a block. */
export function Child({ node }: { node: TreeNode }) {
  return node.kind === "element" ? <ElementView node={node} /> : <BlockView node={node} />;
}

export function Children({ nodes }: { nodes: readonly TreeNode[] }) {
  return (
    <>
      {nodes.map((child, i) => (
        <Child key={i} node={child} />
      ))}
    </>
  );
}

/** A vertical list of children: the shape of roots, containers, columns, expanders. */
export function VerticalBlock({
  nodes,
  userKey,
  border,
  height,
}: {
  nodes: readonly TreeNode[];
  userKey?: string | null;
  border?: boolean;
  height?: number;
}) {
  const classes = ["stVerticalBlock", keyClass(userKey), border ? "st-bordered" : null, height ? "st-fixed-height" : null];
  return (
    <div
      className={classes.filter(Boolean).join(" ")}
      data-testid="stVerticalBlock"
      style={height ? { height, overflowY: "auto" } : undefined}
    >
      <Children nodes={nodes} />
    </div>
  );
}

export const BlockView = memo(function BlockView({ node }: { node: BlockNode }) {
  const kind = node.block ? blockKind(node.block) : null;
  // A root (no block) or a block of no kind renders as a plain vertical block.
  if (!kind) return <VerticalBlock nodes={node.children} userKey={node.block?.key} />;
  const Render = BLOCKS[kind];
  return <Render node={node} />;
});
