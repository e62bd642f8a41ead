//! The shell every push button of the app shares (st.button, download_button,
//! form_submit_button): the outer `st<Kind>` element, the inner
//! `button[data-testid=stBaseButton-<kind>]`, icon, markdown label and help.
import { ElementIcon } from "./Icon";
import { StreamlitMarkdown } from "./StreamlitMarkdown";
import { HelpIcon } from "./Tooltip";
import "../widgets/button.css";

export type ButtonKind = "primary" | "secondary" | "tertiary";

/** Streamlit's button types; anything else renders as secondary. */
export function buttonKind(type: string | null | undefined): ButtonKind {
  return type === "primary" || type === "tertiary" ? type : "secondary";
}

interface Props {
  /** The outer element's test id and class, e.g. `stButton`. */
  testId: string;
  kind: ButtonKind;
  /** Appended to the kind in `stBaseButton-<kind><suffix>` (e.g. "FormSubmit"). */
  kindSuffix?: string;
  label: string;
  icon?: string | null;
  help?: string | null;
  disabled?: boolean;
  fullWidth?: boolean;
  onClick: () => void;
}

export function ButtonWidget({ testId, kind, kindSuffix = "", label, icon, help, disabled, fullWidth, onClick }: Props) {
  return (
    <div className={`${testId}${fullWidth ? " st-full-width" : ""}`} data-testid={testId}>
      <div className="st-button-row">
        <button
          type="button"
          kind={`${kind}${kindSuffix}`}
          className={`st-button st-button-${kind}`}
          data-testid={`stBaseButton-${kind}${kindSuffix}`}
          disabled={!!disabled}
          onClick={onClick}
        >
          <ElementIcon icon={icon} className="st-button-icon" />
          <StreamlitMarkdown body={label} inline />
        </button>
        {help ? <HelpIcon help={help} /> : null}
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
