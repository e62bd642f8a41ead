//! Container blocks: vertical (`stVerticalBlock`, border, fixed height, key
//! class), horizontal (`stHorizontalBlock`) of columns (`stColumn`), and
//! expanders (`stExpander`), tabs (`stTabs`). Children render in document order.
import { memo, useContext, useState } from "react";
import { RunContext } from "../app/context";
import type { BlockNode, TreeNode } from "../store/tree";
import { keyClass } from "../elements/shared/keys";
import { ElementIcon } from "../elements/shared/Icon";
import { StreamlitMarkdown } from "../elements/shared/StreamlitMarkdown";
import { ElementView } from "./ElementView";
import { Form } from "../elements/layout/Form";
import { ChatMessage } from "../elements/chat/ChatMessage";
import { Tabs } from "../elements/layout/Tabs";
import "./blocks.css";

function gapClass(gap: string | null | undefined): string {
  return `st-gap-${gap === "medium" || gap === "large" ? gap : "small"}`;
}

export function Children({ nodes }: { nodes: readonly TreeNode[] }) {
  return (
    <>
      {nodes.map((child, i) =>
        child.kind === "element" ? <ElementView key={i} node={child} /> : <BlockView key={i} node={child} />,
      )}
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

function Expander({ node }: { node: BlockNode }) {
  const exp = node.block!.expandable!;
  const [open, setOpen] = useState(!!exp.expanded);
  const run = useContext(RunContext);
  const stale = run.running && node.runId !== run.runId;
  return (
    <div className={["stExpander", keyClass(node.block?.key)].filter(Boolean).join(" ")} data-testid="stExpander" data-stale={stale ? "true" : "false"}>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <span className="st-expander-label">
            <svg className="st-expander-toggle" data-testid="stExpanderToggleIcon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
              <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <ElementIcon icon={exp.icon} />
            <StreamlitMarkdown body={exp.label ?? ""} inline />
          </span>
        </summary>
        <div className="st-expander-details" data-testid="stExpanderDetails">
          <VerticalBlock nodes={node.children} />
        </div>
      </details>
    </div>
  );
}

function Columns({ node }: { node: BlockNode }) {
  const horiz = node.block!.horizontal!;
  const weights = node.children.map((c) => (c.kind === "block" && c.block?.column ? c.block.column.weight || 1 : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  return (
    <div className={["stHorizontalBlock", gapClass(horiz.gap), keyClass(node.block?.key)].filter(Boolean).join(" ")} data-testid="stHorizontalBlock">
      {node.children.map((child, i) => {
        if (child.kind !== "block" || !child.block?.column) {
          return child.kind === "element" ? <ElementView key={i} node={child} /> : <BlockView key={i} node={child} />;
        }
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

export const BlockView = memo(function BlockView({ node }: { node: BlockNode }) {
  const block = node.block;
  if (block?.horizontal) return <Columns node={node} />;
  if (block?.expandable) return <Expander node={node} />;
  if (block?.form) return <Form node={node} />;
  if (block?.chatMessage) return <ChatMessage node={node} />;
  if (block?.tabContainer) return <Tabs node={node} />;
  if (block?.column) {
    // A column outside a horizontal block: render as a plain vertical block.
    return <VerticalBlock nodes={node.children} userKey={block.key} />;
  }
  const v = block?.vertical;
  return <VerticalBlock nodes={node.children} userKey={block?.key} border={!!v?.border} height={v?.height ?? 0} />;
});
