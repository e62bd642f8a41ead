//! The tree's blocks: `BlockView` renders a block through the block registry
//! (src/registry/blocks.ts); `VerticalBlock` (`stVerticalBlock`) is the shape
//! of roots, containers, columns, expanders and tabs; children render in
//! document order.
import { memo, useRef, type CSSProperties } from "react";
import type { rustlit } from "../proto";
import type { BlockNode, TreeNode } from "../store/tree";
import { blockKind } from "../proto/kinds";
import { keyClass } from "../elements/shared/keys";
import { BLOCKS } from "../registry/blocks";
import { ElementView } from "./ElementView";
import { flexStyle, InRow, SingleRowByDefault, type FlexOptions } from "./flex";
import { widthStyle } from "./size";
import { holdsChatMessage, useAutoscroll } from "./useAutoscroll";
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
  flex,
  width,
  autoscroll,
  singleRow = false,
}: {
  nodes: readonly TreeNode[];
  userKey?: string | null;
  border?: boolean;
  height?: number;
  flex?: FlexOptions;
  width?: rustlit.IWidthConfig | null;
  /** 1.67's `autoscroll` (a fixed-height block only); unset = when it holds chat messages. */
  autoscroll?: boolean | null;
  /** A column's own block: widgets directly in it stay on one row unless `wrap=True` (1.67). */
  singleRow?: boolean;
}) {
  const box = useRef<HTMLDivElement>(null);
  useAutoscroll(box, !!height && (autoscroll ?? holdsChatMessage(nodes)));
  const aligned = !!flex?.align && flex.align !== "start";
  const classes = [
    "stVerticalBlock",
    keyClass(userKey),
    border ? "st-bordered" : null,
    height ? "st-fixed-height" : null,
    // Children that keep their own width line up across the block (1.67's horizontal_alignment).
    aligned ? "st-aligned" : null,
  ];
  const style: CSSProperties = { ...(flex ? flexStyle(flex) : {}), ...widthStyle(width) };
  if (height) Object.assign(style, { height, overflowY: "auto" });
  return (
    <div ref={box} className={classes.filter(Boolean).join(" ")} data-testid="stVerticalBlock" style={style}>
      <InRow.Provider value={false}>
        <SingleRowByDefault.Provider value={singleRow}>
          <Children nodes={nodes} />
        </SingleRowByDefault.Provider>
      </InRow.Provider>
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
