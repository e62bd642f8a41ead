//! st.button: `stButton` > `button[data-testid=stBaseButton-<type>]`. A click sends
//! one rerun carrying the trigger; the trigger is never stored.
import type { rustlit } from "../proto";
import { useWidgets } from "../app/context";
import { ElementIcon } from "./shared/Icon";
import { StreamlitMarkdown } from "./shared/StreamlitMarkdown";
import { HelpIcon } from "./shared/Tooltip";
import "./button.css";

export function Button({ el }: { el: rustlit.IButton }) {
  const widgets = useWidgets();
  const kind = el.type === "primary" || el.type === "tertiary" ? el.type : "secondary";
  const id = el.id ?? "";
  return (
    <div className={`stButton${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stButton">
      <div className="st-button-row">
        <button
          type="button"
          kind={kind}
          className={`st-button st-button-${kind}`}
          data-testid={`stBaseButton-${kind}`}
          disabled={!!el.disabled}
          onClick={() => widgets.trigger(id)}
        >
          <ElementIcon icon={el.icon} className="st-button-icon" />
          <StreamlitMarkdown body={el.label ?? ""} inline />
        </button>
        {el.help ? <HelpIcon help={el.help} /> : null}
      </div>
    </div>
  );
}

declare module "react" {
  interface ButtonHTMLAttributes<T> extends HTMLAttributes<T> {
    /** Streamlit puts the button kind on the element; tests select on it. */
    kind?: string;
  }
}
