//! st.expander and st.status (`stExpander`): a collapsible vertical block with
//! a label. A status shows a spinner while running, then a check or an error
//! icon. `expanded` is applied when its value changes (the script asked for
//! something new, e.g. `update(expanded=True)`); otherwise the viewer's
//! open/closed choice stays across reruns. An expander that tracks its state
//! (1.67's `on_change`/`bind`, `expandable.id`) is a widget whose value is
//! whether it is open: a toggle sends it (a rerun), and the server's
//! `expanded` (e.g. set through `st.session_state`) is adopted.
import { useContext, useEffect, useState } from "react";
import { rustlit } from "../../proto";
import { RunContext, useWidgets, useWidgetValue } from "../../app/context";
import type { BlockNode } from "../../store/tree";
import { keyClass } from "../shared/keys";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { VerticalBlock } from "../../render/BlockView";

export function Expander({ node }: { node: BlockNode }) {
  const exp = node.block!.expandable!;
  const [open, setOpen] = useState(!!exp.expanded);
  const asked = !!exp.expanded;
  useEffect(() => setOpen(asked), [asked]);
  const id = exp.id ?? "";
  const widgets = useWidgets();
  const held = useWidgetValue(id);
  useEffect(() => {
    if (id) widgets.adopt(id, { boolValue: asked });
  }, [widgets, id, asked, node.writtenIn]);
  const shown = !!id && held && "boolValue" in held ? held.boolValue : open;
  const run = useContext(RunContext);
  const stale = run.running && node.runId !== run.runId;
  return (
    <div className={["stExpander", keyClass(node.block?.key)].filter(Boolean).join(" ")} data-testid="stExpander" data-stale={stale ? "true" : "false"}>
      <details
        open={shown}
        onToggle={(e) => {
          const now = (e.currentTarget as HTMLDetailsElement).open;
          setOpen(now);
          if (id && now !== shown) widgets.setValue(id, { boolValue: now });
        }}
      >
        <summary>
          <span className="st-expander-label">
            <svg className="st-expander-toggle" data-testid="stExpanderToggleIcon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
              <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            <ExpanderIcon exp={exp} />
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

function ExpanderIcon({ exp }: { exp: rustlit.IExpandable }) {
  if (exp.icon === "spinner") {
    return <span className="st-icon st-expander-spinner" data-testid="stExpanderIconSpinner" aria-hidden="true" />;
  }
  const State = rustlit.Expandable.State;
  const testId =
    exp.state === State.COMPLETE ? "stExpanderIconCheck" : exp.state === State.ERROR ? "stExpanderIconError" : "stExpanderIcon";
  return <ElementIcon icon={exp.icon} testId={testId} />;
}
