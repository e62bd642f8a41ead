//! The vertical block as a tree node (st.container: border, fixed height, key
//! class, gap, alignment, width), and the blocks that render as a plain vertical block when they
//! appear outside their usual parent (a column outside a row, a tab outside
//! a tab container).
import type { BlockNode } from "../../store/tree";
import { Children, VerticalBlock } from "../../render/BlockView";

export function Vertical({ node }: { node: BlockNode }) {
  const v = node.block?.vertical;
  return (
    <VerticalBlock
      nodes={node.children}
      userKey={node.block?.key}
      border={!!v?.border}
      height={v?.height ?? 0}
      flex={v ?? undefined}
      width={node.block?.widthConfig}
      autoscroll={v?.autoscroll}
    />
  );
}

export function LooseBlock({ node }: { node: BlockNode }) {
  return <VerticalBlock nodes={node.children} userKey={node.block?.key} />;
}

/** A layout-transparent block (a fragment's writes into a container outside it): only its children show. */
export function Transparent({ node }: { node: BlockNode }) {
  return <Children nodes={node.children} />;
}
