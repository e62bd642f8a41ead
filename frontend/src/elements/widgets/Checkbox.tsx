//! st.checkbox and st.toggle (`stCheckbox`). Clicking the label toggles the value
//! and reruns at once. With `wrap` false (or unset in a row or directly in a
//! column) the label keeps one line, cut with an ellipsis, the whole label its tooltip.
import { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { useSingleRow } from "../../render/flex";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { useTruncatedTitle } from "../shared/useTruncatedTitle";
import { HelpIcon } from "../shared/Tooltip";
import "./choice.css";

export function Checkbox({ el }: { el: rustlit.ICheckbox }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const held = useHeldValue(w);
  const checked = !!held && "boolValue" in held && held.boolValue;
  const toggle = el.style === rustlit.Checkbox.Style.TOGGLE;
  const vis = w.labelVisibility ?? rustlit.LabelVisibility.VISIBLE;
  const oneLine = useSingleRow(el.wrap);
  const labelRef = useTruncatedTitle<HTMLSpanElement>(oneLine);
  return (
    <div className={`stCheckbox${w.disabled ? " st-disabled" : ""}`} data-testid="stCheckbox">
      <label className={`st-check ${toggle ? "st-check-toggle" : "st-check-box"}`}>
        <input
          type="checkbox"
          role={toggle ? "switch" : undefined}
          checked={checked}
          disabled={!!w.disabled}
          aria-label={w.label ?? ""}
          aria-checked={checked}
          onChange={(e) => widgets.setValue(id, { boolValue: e.target.checked })}
        />
        <span className="st-check-mark" aria-hidden="true">
          {toggle ? <span className="st-toggle-knob" /> : (
            <svg viewBox="0 0 12 10" width="12" height="10">
              <path d="M1 5l3.5 3.5L11 1.5" fill="none" stroke="white" strokeWidth="2" />
            </svg>
          )}
        </span>
        <span
          ref={labelRef}
          className={oneLine ? "st-check-label st-truncate" : "st-check-label"}
          data-testid="stWidgetLabel"
          style={
            vis === rustlit.LabelVisibility.HIDDEN
              ? { visibility: "hidden" }
              : vis === rustlit.LabelVisibility.COLLAPSED
                ? { display: "none" }
                : undefined
          }
        >
          <StreamlitMarkdown body={w.label ?? ""} inline />
        </span>
        {w.help ? <HelpIcon help={w.help} /> : null}
      </label>
    </div>
  );
}
