//! The button that opens st.popover's body and st.menu_button's menu: a push
//! button with icon, markdown label and a chevron that flips while open,
//! followed by the help icon.
import { ButtonLabel, type ButtonKind } from "./ButtonWidget";
import { ElementIcon } from "./Icon";
import { HelpIcon } from "./Tooltip";

interface Props {
  testId: string;
  kind: ButtonKind;
  /** What the button opens, for `aria-haspopup`. */
  opens: "dialog" | "menu";
  open: boolean;
  disabled: boolean;
  icon?: string | null;
  label: string;
  help?: string | null;
  /** 1.67's `wrap`: false or unset in a row/column keeps the label on one line (ButtonLabel). */
  wrap?: boolean | null;
  onClick: () => void;
}

export function DropdownButton({ testId, kind, opens, open, disabled, icon, label, help, wrap, onClick }: Props) {
  return (
    <div className="st-button-row">
      <button
        type="button"
        kind={kind}
        className={`st-button st-button-${kind} st-popover-button`}
        data-testid={testId}
        aria-haspopup={opens}
        aria-expanded={open}
        disabled={disabled}
        onClick={onClick}
      >
        <ElementIcon icon={icon} className="st-button-icon" />
        <ButtonLabel label={label} wrap={wrap} />
        <span className="st-icon st-icon-material st-popover-chevron" aria-hidden="true" translate="no">
          {open ? "expand_less" : "expand_more"}
        </span>
      </button>
      {help ? <HelpIcon help={help} /> : null}
    </div>
  );
}
