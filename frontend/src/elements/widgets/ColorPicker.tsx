//! st.color_picker (`stColorPicker`): a swatch (`stColorPickerBlock`) that opens
//! the browser's colour chooser; choosing a colour reruns with its hex string.
import type { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { stringValue } from "../shared/values";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
// input.css first: inputs2.css refines its rules, and the bundle keeps first-import order.
import "./input.css";
import "./inputs2.css";

export function ColorPicker({ el }: { el: rustlit.IColorPicker }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const color = stringValue(useHeldValue(w)) || "#000000";
  const disabled = !!w.disabled;
  // <input type=color> needs #rrggbb.
  const full = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
  return (
    <div className={`stColorPicker${disabled ? " st-disabled" : ""}`} data-testid="stColorPicker">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <label className="st-color-block" data-testid="stColorPickerBlock" style={{ backgroundColor: color }}>
        <input
          type="color"
          className="st-color-input"
          value={full}
          disabled={disabled}
          aria-label={plainLabel(w.label ?? "")}
          onChange={(e) => {
            if (e.target.value !== color) widgets.setValue(id, { stringValue: e.target.value });
          }}
        />
      </label>
    </div>
  );
}
