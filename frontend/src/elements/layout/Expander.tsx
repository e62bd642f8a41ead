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
import { widthStyle } from "../../render/size";
import "./expander.css";

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
  const type = exp.type ?? rustlit.Expandable.Type.DEFAULT;
  const Type = rustlit.Expandable.Type;
  const compact = type === Type.COMPACT;
  const step = type === Type.STEP;
  const classes = ["stExpander", compact ? "st-exp-compact" : step ? "st-exp-step" : "st-exp-default", keyClass(node.block?.key)];
  const label = <StreamlitMarkdown body={exp.label ?? ""} inline />;
  if (step && node.children.length === 0) {
    // A step with nothing in it is a plain row, as in 1.67: nothing to open.
    return (
      <div className={classes.filter(Boolean).join(" ")} data-testid="stExpander" data-stale={stale ? "true" : "false"}>
        <div className="st-expander-label st-exp-step-row">
          <StepIcon exp={exp} />
          {label}
        </div>
      </div>
    );
  }
  return (
    <div
      className={classes.filter(Boolean).join(" ")}
      data-testid="stExpander"
      data-stale={stale ? "true" : "false"}
      style={widthStyle(node.block?.widthConfig)}
    >
      {step ? <div className="st-exp-step-connector" data-testid="stExpanderStepConnector" /> : null}
      <details
        open={shown}
        onToggle={(e) => {
          const now = (e.currentTarget as HTMLDetailsElement).open;
          setOpen(now);
          if (id && now !== shown) widgets.setValue(id, { boolValue: now });
        }}
      >
        <summary aria-expanded={step ? shown : undefined}>
          <span className="st-expander-label">
            {step ? (
              <span className="st-exp-step-icons" aria-hidden="true">
                <StepIcon exp={exp} />
                <span className="st-exp-step-chevron" data-testid="stExpanderStepChevron">
                  <ElementIcon icon={shown ? ":material/keyboard_arrow_down:" : ":material/keyboard_arrow_right:"} />
                </span>
              </span>
            ) : compact ? (
              <ExpanderIcon exp={exp} />
            ) : (
              <>
                <svg className={`st-expander-toggle${exp.icon ? " st-has-icon" : ""}`} data-testid="stExpanderToggleIcon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
                  <path d="M9 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" />
                </svg>
                <span className="st-exp-default-icon">
                  <ExpanderIcon exp={exp} />
                </span>
              </>
            )}
            {label}
            {step && stateLabel(exp) ? <span className="st-visually-hidden">{` — ${stateLabel(exp)}`}</span> : null}
            {compact ? (
              <ElementIcon className="st-exp-compact-chevron" icon={shown ? ":material/keyboard_arrow_down:" : ":material/chevron_right:"} />
            ) : null}
          </span>
        </summary>
        <div className="st-expander-details" data-testid="stExpanderDetails">
          <VerticalBlock nodes={node.children} />
        </div>
      </details>
    </div>
  );
}

/** A status's state as a screen reader hears it after a step's label. */
function stateLabel(exp: rustlit.IExpandable): string | null {
  const State = rustlit.Expandable.State;
  return exp.state === State.RUNNING ? "running" : exp.state === State.COMPLETE ? "complete" : exp.state === State.ERROR ? "error" : null;
}

/** A step's round icon: the status's state (spinner, check_circle, error), else the expander's icon, else a circle. */
function StepIcon({ exp }: { exp: rustlit.IExpandable }) {
  const State = rustlit.Expandable.State;
  const [icon, tone] =
    exp.state === State.RUNNING
      ? ["spinner", "muted"]
      : exp.state === State.COMPLETE
        ? [":material/check_circle:", "muted"]
        : exp.state === State.ERROR
          ? [":material/error:", "error"]
          : exp.icon
            ? [exp.icon, "default"]
            : [":material/circle:", "muted"];
  return (
    <span className={`st-exp-step-icon st-tone-${tone}`} data-testid="stExpanderStepIcon">
      {icon === "spinner" ? (
        <span className="st-icon st-expander-spinner" data-testid="stExpanderIconSpinner" aria-hidden="true" />
      ) : (
        <ElementIcon icon={icon} />
      )}
    </span>
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
