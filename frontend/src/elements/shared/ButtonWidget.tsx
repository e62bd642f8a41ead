//! The shell every push button of the app shares (st.button, download_button,
//! form_submit_button): the outer `st<Kind>` element, the inner
//! `button[data-testid=stBaseButton-<kind>]`, icon (left or right of the label),
//! markdown label, keyboard shortcut hint and help.
import { useMemo, useRef } from "react";
import { useSingleRow } from "../../render/flex";
import { ElementIcon } from "./Icon";
import { isMac, parseShortcut, shortcutLabel, useShortcut } from "./shortcut";
import { StreamlitMarkdown } from "./StreamlitMarkdown";
import { useTruncatedTitle } from "./useTruncatedTitle";
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
  /** The server's normalized shortcut ("ctrl+k"); pressing it clicks the button. */
  shortcut?: string | null;
  iconPosition?: string | null;
  /** false: the label stays on one line, cut with an ellipsis; unset: so only in a row or directly in a column (1.67). */
  wrap?: boolean | null;
  onClick: () => void;
}

/** The hint 1.67 shows after a button's label for its shortcut. */
export function ShortcutHint({ shortcut }: { shortcut?: string | null }) {
  const text = useMemo(() => {
    const parsed = parseShortcut(shortcut);
    return parsed ? shortcutLabel(parsed, isMac()) : null;
  }, [shortcut]);
  return text ? (
    <kbd className="st-button-shortcut" aria-label={`Shortcut ${text}`}>
      {text}
    </kbd>
  ) : null;
}

/** The icon, label and shortcut hint inside a button or link button, in 1.67's order. */
export function ButtonContent({ label, icon, iconPosition, shortcut, wrap }: Pick<Props, "label" | "icon" | "iconPosition" | "shortcut" | "wrap">) {
  const right = iconPosition === "right";
  return (
    <>
      {right ? null : <ElementIcon icon={icon} className="st-button-icon" />}
      <ButtonLabel label={label} wrap={wrap} />
      {right ? <ElementIcon icon={icon} className="st-button-icon" /> : null}
      <ShortcutHint shortcut={shortcut} />
    </>
  );
}

/** A button's markdown label: on one line cut with an ellipsis (the whole label as its
 * tooltip) where `useSingleRow` says so, else wrapping as the browser lays it out. */
export function ButtonLabel({ label, wrap }: { label: string; wrap?: boolean | null }) {
  const truncate = useSingleRow(wrap);
  const ref = useTruncatedTitle<HTMLSpanElement>(truncate);
  return truncate ? (
    <span ref={ref} className="st-button-label st-truncate">
      <StreamlitMarkdown body={label} inline />
    </span>
  ) : (
    <StreamlitMarkdown body={label} inline />
  );
}

export function ButtonWidget({ testId, kind, kindSuffix = "", label, icon, help, disabled, fullWidth, shortcut, iconPosition, wrap, onClick }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useShortcut(shortcut, !!disabled, ref);
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
          ref={ref}
        >
          <ButtonContent label={label} icon={icon} iconPosition={iconPosition} shortcut={shortcut} wrap={wrap} />
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
