//! st.selectbox (`stSelectbox`): a combobox showing the selected option (or the
//! placeholder), opening a filterable list (`stSelectboxVirtualDropdown`). The
//! value is the option's label; picking an option reruns at once. With
//! accept_new_options the typed text can be picked as a value of its own.
import { useEffect, useId, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { fromWire } from "../../widgets/specs";
import { choiceValue } from "../shared/values";
import { ElementIcon } from "../shared/Icon";
import { filterOptions } from "../shared/optionFilter";
import { InvalidMark, useFieldCheck } from "../shared/FieldCheck";
import { requiredProblem } from "../shared/fieldChecks";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import "./input.css";

export function Selectbox({ el }: { el: rustlit.ISelectbox }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const listId = useId();
  const options = el.options ?? [];
  const shown = choiceValue(useHeldValue(w), options, fromWire(w.default) ?? undefined, !!el.acceptNewOptions);
  const selected = shown === null ? null : options.indexOf(shown);
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const disabled = !!w.disabled || (options.length === 0 && !el.acceptNewOptions);
  // required: a form is not submitted without a choice (there is no clearing one).
  const required = !!el.required;
  const checks = useFieldCheck(id, required, (v: string | null) => requiredProblem(v, required), shown);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const typed = filter.trim();
  const offerTyped = !!el.acceptNewOptions && typed !== "" && !options.includes(typed);
  // index -1: the text the user typed (accept_new_options).
  const visible = [
    ...(offerTyped ? [{ label: typed, index: -1 }] : []),
    ...filterOptions(options.map((label, index) => ({ label, index })), filter, el.filterMode),
  ];
  // filter_mode=None: the list opens but nothing can be typed (arrow keys and Enter still work).
  const typing = el.filterMode !== rustlit.SelectFilterMode.NO_FILTER;

  const pick = (index: number) => {
    setOpen(false);
    setFilter("");
    const label = index < 0 ? typed : options[index];
    if (label !== shown) widgets.setValue(id, { stringValue: label });
  };

  const openList = () => {
    if (disabled) return;
    setFilter("");
    setActive(Math.max(0, selected ?? 0));
    setOpen(true);
  };

  const placeholder = options.length === 0 ? "No options to select." : el.placeholder || "Choose an option";

  return (
    <div className={`stSelectbox${disabled ? " st-disabled" : ""}`} data-testid="stSelectbox" ref={root}>
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} required={required} />
      <div
        className={`st-select${open ? " st-focused" : ""}${checks.problem ? " st-invalid" : ""}`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-haspopup="listbox"
        aria-label={`Selected ${shown ?? "nothing"}. ${plainLabel(w.label ?? "")}`}
        aria-disabled={disabled}
        onClick={() => (open ? setOpen(false) : openList())}
      >
        {el.icon ? (
          <span className="st-input-icon" data-testid="stSelectboxIcon">
            <ElementIcon icon={el.icon} />
          </span>
        ) : null}
        {open ? (
          <input
            className="st-select-filter"
            autoFocus
            readOnly={!typing}
            value={filter}
            placeholder={shown ?? placeholder}
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
            }}
            onClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => {
              if (e.key === "Escape") setOpen(false);
              else if (e.key === "ArrowDown") setActive((a) => Math.min(visible.length - 1, a + 1));
              else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
              else if (e.key === "Enter" && visible[active]) pick(visible[active].index);
            }}
          />
        ) : (
          <div className={`st-select-value${shown === null ? " st-select-placeholder" : ""}`} tabIndex={disabled ? -1 : 0}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " " || e.key === "ArrowDown") {
                e.preventDefault();
                openList();
              }
            }}
          >
            {shown ?? placeholder}
          </div>
        )}
        {checks.problem ? <InvalidMark reason={checks.problem} testId="stSelectboxErrorIcon" /> : null}
        <svg className="st-select-chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </div>
      {open ? (
        <ul className="st-select-list" role="listbox" id={listId} data-testid="stSelectboxVirtualDropdown">
          {visible.length === 0 ? <li className="st-select-empty">No results</li> : null}
          {visible.map((o, i) => (
            <li
              key={o.index < 0 ? `typed:${o.label}` : o.index}
              role="option"
              aria-selected={o.index === selected}
              className={`st-select-option${i === active ? " st-active" : ""}${o.index === selected ? " st-selected" : ""}`}
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o.index)}
            >
              {o.label}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
