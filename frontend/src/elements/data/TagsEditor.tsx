//! The overlay editor of list and multiselect cells in st.data_editor, laid out as 1.67's:
//! the cell's items as chips, each with its remove button, a field to type in and a button
//! that clears them all; a multiselect lists the options not picked yet (filtered by what is
//! typed) under the field. Enter adds what is typed (a list's new item, a multiselect's first
//! matching option); Enter on an empty field, or a click outside, commits the cell (glide).
import { useState, type KeyboardEvent } from "react";
import type { SelectOption } from "./editing";

export interface TagsEditorProps {
  values: string[];
  /** Multiselect: the options (with their labels); list: null (free items). */
  options: SelectOption[] | null;
  onChange: (values: string[]) => void;
}

export function TagsEditor({ values, options, onChange }: TagsEditorProps) {
  const [text, setText] = useState("");
  const label = (value: string) => options?.find((o) => String(o.value) === value)?.label ?? value;
  const typed = text.trim().toLowerCase();
  const remaining = (options ?? []).filter((o) => !values.includes(String(o.value)) && o.label.toLowerCase().includes(typed));
  const add = (value: string) => {
    if (!values.includes(value)) onChange([...values, value]);
    setText("");
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && text.trim() !== "") {
      // Handled here: glide would otherwise take Enter as "done editing".
      e.preventDefault();
      e.stopPropagation();
      if (!options) add(text.trim());
      else if (remaining.length > 0) add(String(remaining[0].value));
    } else if (e.key === "Backspace" && text === "" && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className="st-grid-tags-editor" data-testid="multi-select-cell">
      <div className="st-grid-tags-control">
        <div className="st-grid-tags-values">
          {values.map((value) => (
            <span key={value} className="st-grid-tag">
              {label(value)}
              <button type="button" aria-label={`Remove ${label(value)}`} onClick={() => onChange(values.filter((v) => v !== value))}>×</button>
            </span>
          ))}
          <input
            autoFocus
            data-testid={options ? "stDataFrameCellMultiselect" : "stDataFrameCellListInput"}
            aria-label={options ? "Pick options" : "Add items"}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        {values.length > 0 ? (
          <button type="button" className="st-grid-tags-clear" aria-label="Clear all" onClick={() => onChange([])}>×</button>
        ) : null}
      </div>
      {options && remaining.length > 0 ? (
        <div className="st-grid-tags-options" role="listbox">
          {remaining.map((o) => (
            <div
              key={String(o.value)} role="option" aria-selected={false} className="st-grid-tags-option"
              // mousedown, not click: the field keeps the focus (and glide its overlay).
              onMouseDown={(e) => { e.preventDefault(); add(String(o.value)); }}
            >
              {o.label}
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
