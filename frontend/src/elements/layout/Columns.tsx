//! A horizontal block (`stHorizontalBlock`): the columns of st.columns
//! (`stColumn`, each as wide as its weight's share of the row), or
//! st.container(horizontal=True), whose children keep their natural widths
//! (each element container's `st-row-*` class says how it shares the row).
//! Columns stack on narrow screens unless `wrap=False` (`st-columns-no-wrap`: they
//! shrink to 8rem each, then the row scrolls sideways, as in 1.67).
import type { CSSProperties } from "react";
import type { BlockNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { Child, Children, VerticalBlock } from "../../render/BlockView";
import { flexStyle, gapLength, InRow, SingleRowByDefault } from "../../render/flex";
import { widthStyle } from "../../render/size";

type Row = NonNullable<NonNullable<BlockNode["block"]>["horizontal"]>;

function FlexRow({ node, row }: { node: BlockNode; row: Row }) {
  const classes = [
    "stHorizontalBlock",
    "st-flex-row",
    row.noWrap ? "st-no-wrap" : null,
    row.border ? "st-bordered" : null,
    keyClass(node.block?.key),
  ];
  const style: CSSProperties = { ...flexStyle(row), ...widthStyle(node.block?.widthConfig) };
  if (row.height) Object.assign(style, { height: row.height, overflowY: "auto" });
  return (
    <div className={classes.filter(Boolean).join(" ")} data-testid="stHorizontalBlock" style={style}>
      <InRow.Provider value={true}>
        <SingleRowByDefault.Provider value={true}>
          <Children nodes={node.children} />
        </SingleRowByDefault.Provider>
      </InRow.Provider>
    </div>
  );
}

export function Columns({ node }: { node: BlockNode }) {
  const horiz = node.block!.horizontal!;
  if (horiz.flex) return <FlexRow node={node} row={horiz} />;
  const weights = node.children.map((c) => (c.kind === "block" && c.block?.column ? c.block.column.weight || 1 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return (
    <div
      className={["stHorizontalBlock", horiz.noWrap ? "st-columns-no-wrap" : null, keyClass(node.block?.key)].filter(Boolean).join(" ")}
      data-testid="stHorizontalBlock"
      style={{ "--st-col-gap": gapLength(horiz.gap, horiz.gapPixels), ...widthStyle(node.block?.widthConfig) } as CSSProperties}
    >
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
            // Every column grows alike, as in 1.67: a stacked column fills its line.
            style={{ flex: `1 1 calc(${share}% - var(--st-col-gap))`, width: `calc(${share}% - var(--st-col-gap))` }}
          >
            <VerticalBlock nodes={child.children} singleRow />
          </div>
        );
      })}
    </div>
  );
}
