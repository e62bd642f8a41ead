//! st.multiselect (`stMultiSelect`): selected options as removable chips, a filter
//! field and a drop-down of the remaining options. Each pick or removal reruns with
//! the selected labels; with accept_new_options, Enter adds the typed text. With
//! `wrap` false (or unset in a row or directly in a column) the chips keep one row
//! that scrolls sideways, as in 1.67.
import { useEffect, useId, useRef, useState } from "react";
import { rustlit } from "../../proto";
import { useWidgets, useHeldValue } from "../../app/context";
import { labelsValue } from "../shared/values";
import { filterOptions } from "../shared/optionFilter";
import { plainLabel, WidgetLabel } from "../shared/WidgetLabel";
import { useSingleRow } from "../../render/flex";
import "./input.css";
import "./inputs2.css";

/**
 * Whether the list offers "Select all" (1.67's `select_all`): for two or more selectable options,
 * up to the threshold (-1: any number; 0: never).
 */
export function offersSelectAll(selectable: number, threshold: number | null | undefined): boolean {
  if (selectable < 2) return false;
  const limit = threshold ?? 0;
  return limit === -1 || (limit > 0 && selectable <= limit);
}

export function Multiselect({ el }: { el: rustlit.IMultiSelect }) {
  const w = el.widget ?? {};
  const widgets = useWidgets();
  const id = w.id ?? "";
  const listId = useId();
  const oneRow = useSingleRow(el.wrap);
  const options = el.options ?? [];
  // Held labels that are no longer options are dropped, as the script drops them.
  const selected = labelsValue(useHeldValue(w)).filter(
    (label) => el.acceptNewOptions || options.includes(label),
  );
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState("");
  const [active, setActive] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const disabled = !!w.disabled;
  const max = el.maxSelections ?? 0;
  const full = max > 0 && selected.length >= max;

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", onDown);
    return () => document.removeEventListener("mousedown", onDown);
  }, [open]);

  const unselected = options.filter((o) => !selected.includes(o)).map((label) => ({ label }));
  const remaining = filterOptions(unselected, filter, el.filterMode).map((o) => o.label);
  const typing = el.filterMode !== rustlit.SelectFilterMode.NO_FILTER;
  const searching = typing && filter.trim() !== "";
  const bulk = offersSelectAll(remaining.length, el.selectAll);
  const send = (next: string[]) => widgets.setValue(id, { stringArrayValue: { data: next } });
  const add = (label: string) => {
    if (full || selected.includes(label)) return;
    setFilter("");
    setActive(0);
    send([...selected, label]);
  };
  const remove = (label: string) => send(selected.filter((l) => l !== label));
  // "Select all" adds every option the filter shows, up to max_selections.
  const addAll = () => {
    const room = max > 0 ? max - selected.length : remaining.length;
    setFilter("");
    setActive(0);
    send([...selected, ...remaining.slice(0, Math.max(0, room))]);
  };

  return (
    <div className={`stMultiSelect${disabled ? " st-disabled" : ""}`} data-testid="stMultiSelect" ref={root}>
      <WidgetLabel label={w.label ?? ""} help={w.help} visibility={w.labelVisibility} disabled={disabled} />
      <div
        className={`st-select st-multiselect${open ? " st-focused" : ""}`}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => !disabled && setOpen(true)}
      >
        <div className={oneRow ? "st-ms-values st-one-row" : "st-ms-values"}>
          {selected.map((label) => (
            <span key={label} className="st-ms-chip" data-baseweb="tag">
              <span className="st-ms-chip-label" title={label}>
                {label}
              </span>
              {disabled ? null : (
                <span
                  role="button"
                  className="st-ms-chip-remove"
                  aria-label={`Remove ${label}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    remove(label);
                  }}
                >
                  ×
                </span>
              )}
            </span>
          ))}
          <input
            className="st-ms-input"
            value={filter}
            readOnly={!typing}
            disabled={disabled}
            aria-label={plainLabel(w.label ?? "")}
            placeholder={selected.length === 0 ? el.placeholder || "Choose options" : ""}
            onFocus={() => setOpen(true)}
            onBlur={() => setFilter("")}
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={(e) => {
              if (e.key === "Escape") setOpen(false);
              else if (e.key === "ArrowDown") setActive((a) => Math.min(remaining.length - 1, a + 1));
              else if (e.key === "ArrowUp") setActive((a) => Math.max(0, a - 1));
              else if (e.key === "Backspace" && filter === "" && selected.length > 0) remove(selected[selected.length - 1]);
              else if (e.key === "Enter") {
                e.preventDefault();
                if (remaining[active]) add(remaining[active]);
                else if (el.acceptNewOptions && filter.trim()) add(filter.trim());
              }
            }}
          />
        </div>
        {selected.length > 0 && !disabled ? (
          <span
            role="button"
            className="st-ms-clear"
            aria-label="Clear all"
            onClick={(e) => {
              e.stopPropagation();
              send([]);
            }}
          >
            ×
          </span>
        ) : null}
        <svg className="st-select-chevron" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path d="M7 10l5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </div>
      {open ? (
        <ul className="st-select-list" role="listbox" id={listId} data-testid="stMultiSelectDropdown">
          {full ? (
            <li className="st-select-empty">{`You can only select up to ${max} option${max === 1 ? "" : "s"}. Remove an option first.`}</li>
          ) : remaining.length === 0 ? (
            <li className="st-select-empty">
              {el.acceptNewOptions && filter.trim() ? `Add: ${filter.trim()}` : "No results"}
            </li>
          ) : (
            [
              bulk ? (
                <li
                  key="\u0000select-all"
                  role="option"
                  aria-selected={false}
                  className="st-select-option st-select-all"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={addAll}
                >
                  {searching ? `Select ${remaining.length} matches` : "Select all"}
                </li>
              ) : null,
              ...remaining.map((label, i) => (
              <li
                key={label}
                role="option"
                aria-selected={false}
                className={`st-select-option${i === active ? " st-active" : ""}`}
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => add(label)}
              >
                {label}
              </li>
              )),
            ]
          )}
        </ul>
      ) : null}
    </div>
  );
}
