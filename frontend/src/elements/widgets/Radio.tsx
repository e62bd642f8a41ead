//! st.radio (`stRadio` > `stRadioGroup`): the value is the selected option's
//! label, or none when nothing is selected. Optional captions per option.
import { useId } from "react";
import type { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { fromWire } from "../../widgets/specs";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { WidgetLabel } from "../shared/WidgetLabel";
import { choiceValue } from "../shared/values";
import "./choice.css";

export function Radio({ el }: { el: rustlit.IRadio }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const name = useId();
  const options = el.options ?? [];
  const chosen = choiceValue(useHeldValue(w), options, fromWire(w.default) ?? undefined);
  const selected = chosen === null ? -1 : options.indexOf(chosen);
  const captions = el.captions ?? [];
  return (
    <div className={`stRadio${w.disabled ? " st-disabled" : ""}`} data-testid="stRadio">
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={!!w.disabled} />
      <div
        role="radiogroup"
        aria-label={w.label ?? ""}
        data-testid="stRadioGroup"
        className={`st-radio-group${el.horizontal ? " st-radio-horizontal" : ""}`}
      >
        {options.length === 0 ? <div className="st-radio-empty">No options to select.</div> : null}
        {options.map((option, i) => (
          <label key={i} className={`st-radio-option${selected === i ? " st-radio-checked" : ""}`}>
            <input
              type="radio"
              name={name}
              value={i}
              checked={selected === i}
              disabled={!!w.disabled}
              onChange={() => widgets.setValue(id, { stringValue: option })}
            />
            <span className="st-radio-mark" aria-hidden="true" />
            <span className="st-radio-text">
              <StreamlitMarkdown body={option} inline />
              {captions[i] ? <StreamlitMarkdown body={captions[i]} inline testId="stCaptionContainer" className="st-caption" /> : null}
            </span>
          </label>
        ))}
      </div>
    </div>
  );
}
