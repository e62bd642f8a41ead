//! st.data_editor cells: the editable cell a value becomes for its column's
//! editor, and the value a finished edit sends back.
import { formatWith, THEME, type GridColumnModel } from "./columns";
import { GridCellKind, type EditableGridCell, type GridCell } from "@glideapps/glide-data-grid";
import { rustlit } from "../../proto";
import { formatDuration, formatMoment, formatNumber, type DataColumn } from "./arrowTable";
import { checkedNumber, checkedText, type ColumnEditor, type JsonValue } from "./editing";
import { type ChoiceCell, type TagsCell, type TemporalCell } from "./editorCells";

export const EditMode = rustlit.DataEditor.EditingMode;

/** The categories of a categorical (Arrow dictionary) column, for its selectbox. */
export function categoriesOf(column: DataColumn): JsonValue[] {
  return (column.categories ?? []).map((v) => (typeof v === "bigint" ? Number(v) : (v as JsonValue)));
}

/** An editable cell showing `value` (the edit state's encoding) with `editor`'s kind; an empty one
 *  shows `missing` in `missingColor` (the theme's faded text, as cellOf). */
export function editableCell(
  m: GridColumnModel, editor: ColumnEditor, value: JsonValue, missing: string, missingColor?: string,
): GridCell {
  const align = m.config.alignment ?? (editor.kind === "number" ? "right" : "left");
  const empty = value === null || value === undefined;
  const theme = empty ? { textDark: missingColor ?? THEME.textLight ?? "" } : undefined;
  const base = { allowOverlay: true, readonly: false, contentAlign: align, themeOverride: theme } as const;
  switch (editor.kind) {
    case "number": {
      if (empty || typeof value !== "number") return { kind: GridCellKind.Number, data: undefined, displayData: empty ? missing : String(value), ...base };
      const shown = formatWith(editor.format, value)
        ?? (m.column.kind === "duration" ? formatDuration(value) : formatNumber(value));
      return { kind: GridCellKind.Number, data: value, displayData: shown, ...base };
    }
    case "checkbox":
      return { kind: GridCellKind.Boolean, data: empty ? null : Boolean(value), allowOverlay: false, readonly: false, contentAlign: m.config.alignment };
    case "select": {
      const option = editor.options.find((o) => o.value === value);
      const display = empty ? missing : option ? option.label : String(value);
      const cell: ChoiceCell = { kind: GridCellKind.Custom, ...base, copyData: empty ? "" : String(value),
        data: { kind: "choice", value: empty ? null : value, options: editor.options, display, muted: empty } };
      return cell;
    }
    case "date":
    case "time":
    case "datetime": {
      const text = empty ? null : String(value);
      const cell: TemporalCell = { kind: GridCellKind.Custom, ...base, copyData: text ?? "",
        data: { kind: "temporal", mode: editor.kind, value: text, display: text === null ? missing : temporalText(editor, text),
          muted: empty, withZone: !!editor.timezone, step: editor.step } };
      return cell;
    }
    case "list":
    case "multiselect": {
      const values = Array.isArray(value) ? value.map((x) => String(x)) : empty ? [] : [String(value)];
      const cell: TagsCell = { kind: GridCellKind.Custom, ...base, copyData: JSON.stringify(values),
        data: { kind: "tags", values, options: editor.kind === "multiselect" ? editor.options : null, muted: empty,
          placeholder: missing } };
      return cell;
    }
    case "link": {
      const text = empty ? "" : String(value);
      return { kind: GridCellKind.Uri, data: text, displayData: empty ? missing : text, ...base };
    }
    default: {
      const text = empty ? "" : typeof value === "string" ? value : JSON.stringify(value);
      return { kind: GridCellKind.Text, data: text, displayData: empty ? missing : text, ...base };
    }
  }
}

/** How an edited date/time shows: 1.67's default (`YYYY-MM-DD HH:mm:ss`) or the column's moment format. */
export function temporalText(editor: ColumnEditor, iso: string): string {
  if (editor.kind === "date") return iso.slice(0, 10);
  if (editor.kind === "time") return iso.slice(0, 8);
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
  if (editor.format && !["localized", "distance", "calendar", "iso8601"].includes(editor.format)) {
    const ms = Date.parse(iso.endsWith("Z") ? iso : `${iso}Z`);
    if (!Number.isNaN(ms)) return formatMoment(editor.format, ms);
  }
  return text;
}

/** The edit state's value of an edited cell (undefined: not a value this editor accepts). */
export function valueOfCell(editor: ColumnEditor, cell: EditableGridCell): JsonValue | undefined {
  switch (cell.kind) {
    case GridCellKind.Number:
      return cell.data === undefined || cell.data === null ? null : checkedNumber(editor, cell.data) ?? undefined;
    case GridCellKind.Boolean:
      return cell.data === null || cell.data === undefined ? null : Boolean(cell.data);
    case GridCellKind.Text:
    case GridCellKind.Uri:
      return checkedText(editor, cell.data) ?? undefined;
    case GridCellKind.Custom: {
      const data = cell.data as { kind?: string; value?: JsonValue; values?: string[] };
      if (data.kind === "tags") return data.values ?? [];
      return data.kind === "choice" || data.kind === "temporal" ? data.value ?? null : undefined;
    }
    default:
      return undefined;
  }
}
