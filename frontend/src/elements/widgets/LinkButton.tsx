//! st.link_button (`stLinkButton`): an anchor styled as a button that opens its
//! URL in a new tab; when it is also a widget (on_click set), a click reruns once.
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { ElementIcon } from "../shared/Icon";
import { StreamlitMarkdown } from "../shared/StreamlitMarkdown";
import { HelpIcon } from "../shared/Tooltip";
import "./button.css";

export function LinkButton({ el }: { el: rustlit.ILinkButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const kind = el.type === "primary" || el.type === "tertiary" ? el.type : "secondary";
  const disabled = !!w.disabled;
  return (
    <div className={`stLinkButton${el.useContainerWidth ? " st-full-width" : ""}`} data-testid="stLinkButton">
      <div className="st-button-row">
        <a
          className={`st-button st-button-${kind}${disabled ? " st-link-disabled" : ""}`}
          data-testid={`stBaseLinkButton-${kind}`}
          href={disabled ? undefined : (el.url ?? "")}
          target="_blank"
          rel="noreferrer noopener"
          aria-disabled={disabled}
          onClick={(e) => {
            if (disabled) e.preventDefault();
            else if (w.id) widgets.trigger(w.id);
          }}
        >
          <ElementIcon icon={el.icon} className="st-button-icon" />
          <StreamlitMarkdown body={w.label ?? ""} inline />
        </a>
        {w.help ? <HelpIcon help={w.help} /> : null}
      </div>
    </div>
  );
}
