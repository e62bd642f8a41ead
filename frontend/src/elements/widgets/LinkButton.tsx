//! st.link_button (`stLinkButton`): an anchor styled as a button that opens its
//! URL in a new tab; when it is also a widget (on_click set), a click reruns once.
import { useRef } from "react";
import type { rustlit } from "../../proto";
import { useWidgets } from "../../app/context";
import { ButtonContent } from "../shared/ButtonWidget";
import { useShortcut } from "../shared/shortcut";
import { HelpIcon } from "../shared/Tooltip";
import "./button.css";

export function LinkButton({ el }: { el: rustlit.ILinkButton }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const kind = el.type === "primary" || el.type === "tertiary" ? el.type : "secondary";
  const disabled = !!w.disabled;
  const ref = useRef<HTMLAnchorElement>(null);
  useShortcut(el.shortcut, disabled, ref);
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
          ref={ref}
          onClick={(e) => {
            if (disabled) e.preventDefault();
            else if (w.id) widgets.trigger(w.id);
          }}
        >
          <ButtonContent label={w.label ?? ""} icon={el.icon} iconPosition={el.iconPosition} shortcut={el.shortcut} wrap={el.wrap} />
        </a>
        {w.help ? <HelpIcon help={w.help} /> : null}
      </div>
    </div>
  );
}
