//! st.feedback (`stFeedback`, inside `stButtonGroup`): thumbs (up = 1, down = 0),
//! five faces or five stars. Clicking the chosen symbol again clears it.
import type { rustlit } from "../../proto";
import { rustlit as proto } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { FeedbackIcon } from "../shared/FeedbackIcon";
import { indexValue } from "../shared/values";
// input.css first: inputs2.css refines its rules, and the bundle keeps first-import order.
import "./input.css";
import "./inputs2.css";

export function Feedback({ el }: { el: rustlit.IFeedback }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const raw = indexValue(useHeldValue(w));
  const selected = raw === null || raw < 0 ? null : raw;
  const type = el.type ?? proto.Feedback.Type.THUMBS;
  const disabled = !!w.disabled;
  // Buttons in display order, each with the index it stands for.
  const buttons: { index: number; symbol: string; name: string }[] =
    type === proto.Feedback.Type.THUMBS
      ? [
          { index: 1, symbol: "up", name: "thumbs up" },
          { index: 0, symbol: "down", name: "thumbs down" },
        ]
      : type === proto.Feedback.Type.FACES
        ? [0, 1, 2, 3, 4].map((index) => ({ index, symbol: `face${index}`, name: `face ${index + 1}` }))
        : [0, 1, 2, 3, 4].map((index) => ({ index, symbol: "star", name: `${index + 1} star${index ? "s" : ""}` }));
  const pick = (index: number) =>
    widgets.setValue(id, { intValue: selected === index ? -1 : index });
  return (
    <div className="stButtonGroup" data-testid="stButtonGroup">
      <div className={`stFeedback st-feedback-${type === proto.Feedback.Type.STARS ? "stars" : "icons"}`} data-testid="stFeedback" role="group">
        {buttons.map((b) => {
          const active =
            type === proto.Feedback.Type.STARS ? selected !== null && b.index <= selected : selected === b.index;
          return (
            <button
              key={b.index}
              type="button"
              className={`st-feedback-button${active ? " st-feedback-active" : ""}`}
              data-testid={`stBaseButton-borderlessIcon${active ? "Active" : ""}`}
              aria-label={b.name}
              aria-pressed={selected === b.index}
              disabled={disabled}
              onClick={() => pick(b.index)}
            >
              <FeedbackIcon kind={b.symbol} filled={active} />
            </button>
          );
        })}
      </div>
    </div>
  );
}
