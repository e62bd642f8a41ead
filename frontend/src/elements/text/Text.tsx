//! st.text: text shown as is, whitespace kept, no markdown (`stText`);
//! `truncate` (wrap=False) keeps it to one line with an ellipsis.
import type { rustlit } from "../../proto";
import { WithHelp } from "../shared/Tooltip";
import { useTruncatedTitle } from "../shared/useTruncatedTitle";
import "./text.css";

export function Text({ el }: { el: rustlit.IText }) {
  const truncate = !!el.truncate;
  const line = useTruncatedTitle<HTMLDivElement>(truncate);
  return (
    <div className="stText" data-testid="stText">
      <WithHelp help={el.help}>
        <div ref={line} className={truncate ? "st-text st-truncate" : "st-text"}>
          {el.body ?? ""}
        </div>
      </WithHelp>
    </div>
  );
}
