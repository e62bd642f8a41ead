//! st.pills and st.segmented_control (`stButtonGroup`): a row of toggle buttons
//! (`stBaseButton-pills` / `stBaseButton-segmented_control`, with an `Active`
//! suffix when selected). Each click reruns with the selected labels. With `wrap`
//! false (or unset in a row or directly in a column) the options keep one row that
//! scrolls sideways, as in 1.67.
import type { rustlit } from "../../proto";
import { rustlit as proto } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { labelsValue } from "../shared/values";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { WidgetLabel } from "../shared/WidgetLabel";
import { useSingleRow } from "../../render/flex";
// input.css first: inputs2.css refines its rules, and the bundle keeps first-import order.
import "./input.css";
import "./inputs2.css";

export function ButtonGroup({ el }: { el: rustlit.IButtonGroup }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const selected = labelsValue(useHeldValue(w));
  const pills = el.style === proto.ButtonGroup.Style.PILLS;
  const kind = pills ? "pills" : "segmented_control";
  const disabled = !!w.disabled;
  const oneRow = useSingleRow(el.wrap);
  const toggle = (label: string) => {
    let next: string[];
    if (el.multiSelect) {
      next = selected.includes(label) ? selected.filter((l) => l !== label) : [...selected, label];
      // Keep the options' order, as the value lists them.
      next = (el.options ?? []).filter((o) => next.includes(o));
    } else if (selected.includes(label)) {
      if (el.required) return;
      next = [];
    } else {
      next = [label];
    }
    widgets.setValue(id, { stringArrayValue: { data: next } });
  };
  return (
    <div className={`stButtonGroup st-button-group-${kind}${disabled ? " st-disabled" : ""}`} data-testid="stButtonGroup">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div className={`st-bg-row st-bg-${kind}${oneRow ? " st-one-row" : ""}`} role="group" aria-label={w.label ?? ""}>
        {(el.options ?? []).map((label, i) => {
          const active = selected.includes(label);
          return (
            <button
              key={i}
              type="button"
              kind={active ? `${kind}Active` : kind}
              className={`st-bg-button${active ? " st-bg-active" : ""}`}
              data-testid={`stBaseButton-${kind}${active ? "Active" : ""}`}
              aria-pressed={active}
              disabled={disabled}
              onClick={() => toggle(label)}
            >
              <StreamlitMarkdown body={label} inline />
            </button>
          );
        })}
      </div>
    </div>
  );
}
