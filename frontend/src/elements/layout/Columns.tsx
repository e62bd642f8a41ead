//! st.columns: a horizontal block (`stHorizontalBlock`) of columns
//! (`stColumn`), each as wide as its weight's share of the row.
import type { BlockNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { Child, VerticalBlock } from "../../render/BlockView";

function gapClass(gap: string | null | undefined): string {
  return `st-gap-${gap === "medium" || gap === "large" ? gap : "small"}`;
}

export function Columns({ node }: { node: BlockNode }) {
  const horiz = node.block!.horizontal!;
  const weights = node.children.map((c) => (c.kind === "block" && c.block?.column ? c.block.column.weight || 1 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return (
    <div className={["stHorizontalBlock", gapClass(horiz.gap), keyClass(node.block?.key)].filter(Boolean).join(" ")} data-testid="stHorizontalBlock">
      {node.children.map((child, i) => {
        if (child.kind !== "block" || !child.block?.column) return <Child key={i} node={child} />;
        const col = child.block.column;
        const share = (weights[i] / total) * 100;
        return (
          <div
            key={i}
            className={[
              "stColumn",
              `st-align-${col.verticalAlignment || "top"}`,
              col.border ? "st-bordered" : null,
              keyClass(child.block.key),
            ].filter(Boolean).join(" ")}
            data-testid="stColumn"
            style={{ flex: `${weights[i]} 1 calc(${share}% - var(--st-col-gap))`, width: `calc(${share}% - var(--st-col-gap))` }}
          >
            <VerticalBlock nodes={child.children} />
          </div>
        );
      })}
    </div>
  );
}
