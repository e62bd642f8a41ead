//! st.grid: a CSS grid (`stGrid`) whose direct children are cells
//! (`stGridCell`); a grid.cell() block is one cell that may span tracks.
//!
//! How many tracks fit is measured, not left to `auto-fill`: a span must be
//! clamped to the tracks the grid shows (a 3-track span in a grid wrapped to
//! two tracks takes both), which CSS alone cannot do.
import { useLayoutEffect, useRef, useState, type CSSProperties } from "react";
import type { BlockNode, TreeNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { Child, VerticalBlock } from "../../render/BlockView";
import { gapLength } from "../../render/flex";
import { widthStyle } from "../../render/size";

type GridMessage = NonNullable<NonNullable<BlockNode["block"]>["grid"]>;

/** 1.67's track limit for columns="auto", and its theme-based minimum track width. */
const AUTO_COLUMNS = 24;
const AUTO_MIN_WIDTH_PX = 200;

/** How many tracks of at least `minWidth` fit in `width` with `gap` between them (at least one). */
export function fittingTracks(width: number, minWidth: number, gap: number, most: number): number {
  const fit = Math.floor((width + gap) / (minWidth + gap));
  return Math.max(1, Math.min(most, fit));
}

const ALIGN: Record<string, string> = { center: "center", bottom: "flex-end" };

export function Grid({ node }: { node: BlockNode }) {
  const grid = node.block!.grid!;
  const declared = grid.columns || AUTO_COLUMNS;
  const minWidth = grid.minColumnWidth || AUTO_MIN_WIDTH_PX;
  const ref = useRef<HTMLDivElement>(null);
  const [tracks, setTracks] = useState(grid.noWrap ? declared : 1);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || grid.noWrap) {
      setTracks(declared);
      return;
    }
    const measure = () => {
      const gap = parseFloat(getComputedStyle(el).columnGap) || 0;
      setTracks(fittingTracks(el.clientWidth, minWidth, gap, declared));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [declared, minWidth, grid.noWrap]);

  const style: CSSProperties = {
    rowGap: gapLength(grid.rowGap, grid.rowGapPixels),
    columnGap: gapLength(grid.columnGap, grid.columnGapPixels),
    gridTemplateColumns: grid.noWrap ? `repeat(${declared}, minmax(${minWidth}px, 1fr))` : `repeat(${tracks}, minmax(0, 1fr))`,
    gridAutoRows: grid.rowHeight ? `${grid.rowHeight}px` : undefined,
    gridAutoFlow: grid.dense ? "row dense" : undefined,
    ...widthStyle(node.block?.widthConfig),
  };
  const pixelHeight = node.block?.heightConfig?.pixelHeight;
  const classes = ["stGrid", keyClass(node.block?.key)];
  return (
    <div
      className={grid.noWrap ? "st-grid-scroll st-no-wrap" : "st-grid-scroll"}
      data-testid="stGridScrollBody"
      style={pixelHeight ? { height: pixelHeight, overflowY: "auto" } : undefined}
    >
      <div ref={ref} className={classes.filter(Boolean).join(" ")} data-testid="stGrid" style={style}>
        {node.children.map((child, i) => (
          <Cell key={i} child={child} grid={grid} tracks={tracks} />
        ))}
      </div>
    </div>
  );
}

function Cell({ child, grid, tracks }: { child: TreeNode; grid: GridMessage; tracks: number }) {
  const cell = child.kind === "block" ? child.block?.gridCell : null;
  const style: CSSProperties = { justifyContent: ALIGN[grid.verticalAlignment ?? ""] ?? "flex-start" };
  if (cell?.columnSpanAll) style.gridColumn = "1 / -1";
  else if (cell?.columnSpan && cell.columnSpan > 1) style.gridColumn = `span ${Math.min(cell.columnSpan, tracks)}`;
  if (cell?.rowSpan && cell.rowSpan > 1) style.gridRow = `span ${cell.rowSpan}`;
  const classes = ["stGridCell", grid.border ? "st-bordered" : null, grid.rowHeight ? "st-fixed-height" : null];
  return (
    <div className={classes.filter(Boolean).join(" ")} data-testid="stGridCell" style={style}>
      {cell && child.kind === "block" ? <VerticalBlock nodes={child.children} userKey={child.block?.key} /> : <Child node={child} />}
    </div>
  );
}
