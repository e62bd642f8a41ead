//! st.text: text shown as is, whitespace kept, no markdown (`stText`).
import type { rustlit } from "../../proto";
import { WithHelp } from "../shared/Tooltip";
import "./text.css";

export function Text({ el }: { el: rustlit.IText }) {
  return (
    <div className="stText" data-testid="stText">
      <WithHelp help={el.help}>
        <div className="st-text">{el.body ?? ""}</div>
      </WithHelp>
    </div>
  );
}
