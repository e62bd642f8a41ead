//! The label above a widget (`stWidgetLabel`), markdown with an optional help icon.
//! label_visibility: HIDDEN keeps the space, COLLAPSED removes it.
import { rustlit } from "../../proto";
import { StreamlitMarkdown } from "./StreamlitMarkdown";
import { HelpIcon } from "./Tooltip";

interface Props {
  label: string;
  help?: string | null;
  visibility?: rustlit.LabelVisibility | null;
  disabled?: boolean;
  htmlFor?: string;
  /** 1.67's "(required)" after the label (text_input's `required`). */
  required?: boolean;
  /** Extra content at the right end of the label row (e.g. a character counter). */
  children?: React.ReactNode;
}

export function WidgetLabel({ label, help, visibility, disabled, htmlFor, required, children }: Props) {
  const vis =
    visibility === rustlit.LabelVisibility.COLLAPSED
      ? "collapsed"
      : visibility === rustlit.LabelVisibility.HIDDEN
        ? "hidden"
        : "visible";
  return (
    <label
      data-testid="stWidgetLabel"
      className={`st-widget-label st-widget-label-${vis}${disabled ? " st-disabled" : ""}`}
      htmlFor={htmlFor}
      aria-hidden={vis !== "visible" ? true : undefined}
    >
      <StreamlitMarkdown body={label} inline />
      {required ? (
        <span className="st-label-required" data-testid="stWidgetLabelRequired" aria-hidden="true">
          (required)
        </span>
      ) : null}
      {help ? <HelpIcon help={help} /> : null}
      {children}
    </label>
  );
}

/** The aria-label for a widget whose visible label is hidden. */
export function plainLabel(label: string): string {
  return label.replace(/[*_`~#>[\]]/g, "").trim();
}
