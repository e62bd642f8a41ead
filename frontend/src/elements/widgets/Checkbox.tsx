//! st.checkbox and st.toggle (`stCheckbox`). Clicking the label toggles the value
//! and reruns at once.
import { rustlit } from "../../proto";
import { useHeldValue, useWidgets } from "../../app/context";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
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
          className="st-check-label"
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
