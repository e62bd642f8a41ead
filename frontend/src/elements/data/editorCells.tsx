//! The data editor's cells glide-data-grid has no editor for: a selectbox
//! (`SelectboxColumn`, categoricals) and date, time and datetime cells, each
//! drawn as text on the canvas and edited in an overlay with the browser's own
//! `<select>` / `<input type="date|time|datetime-local">`.
import { GridCellKind, type CustomCell, type CustomRenderer, type ProvideEditorComponent } from "@glideapps/glide-data-grid";
import { normaliseTime, type JsonValue, type SelectOption } from "./editing";
import { TagsEditor } from "./TagsEditor";

export interface ChoiceData {
  kind: "choice";
  value: JsonValue;
  options: SelectOption[];
  display: string;
  muted: boolean;
}

export interface TemporalData {
  kind: "temporal";
  mode: "date" | "time" | "datetime";
  /** The value as the edit state holds it (ISO text), or null. */
  value: string | null;
  display: string;
  muted: boolean;
  withZone: boolean;
  step?: number;
}

export type ChoiceCell = CustomCell<ChoiceData>;
export type TemporalCell = CustomCell<TemporalData>;

const PAD = 8;

function drawText(ctx: CanvasRenderingContext2D, rect: { x: number; y: number; width: number; height: number }, text: string, color: string) {
  ctx.fillStyle = color;
  ctx.textBaseline = "middle";
  ctx.textAlign = "left";
  ctx.fillText(text, rect.x + PAD, rect.y + rect.height / 2);
}

const ChoiceEditor: ProvideEditorComponent<ChoiceCell> = ({ value: cell, onFinishedEditing }) => {
  const { options, value } = cell.data;
  const index = options.findIndex((o) => o.value === value);
  return (
    <select
      className="st-grid-choice-editor"
      data-testid="stDataFrameCellSelect"
      autoFocus
      value={index >= 0 ? String(index) : ""}
      onChange={(e) => {
        const picked = e.target.value === "" ? null : options[Number(e.target.value)];
        onFinishedEditing({
          ...cell,
          data: { ...cell.data, value: picked ? picked.value : null, display: picked ? picked.label : "", muted: !picked },
        });
      }}
    >
      <option value="">—</option>
      {options.map((o, i) => <option key={i} value={String(i)}>{o.label}</option>)}
    </select>
  );
};

export const choiceRenderer: CustomRenderer<ChoiceCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is ChoiceCell => (cell.data as { kind?: string }).kind === "choice",
  draw: ({ ctx, rect, theme }, cell) => {
    drawText(ctx, rect, cell.data.display, cell.data.muted ? theme.textLight : theme.textDark);
    return true;
  },
  provideEditor: () => ({ editor: ChoiceEditor }),
  onPaste: (text, data) => {
    const found = data.options.find((o) => o.label === text || String(o.value) === text);
    return found ? { ...data, value: found.value, display: found.label, muted: false } : undefined;
  },
};

/** The `<input>` value of an ISO text (`datetime-local` takes no zone). */
function inputValue(data: TemporalData): string {
  if (!data.value) return "";
  if (data.mode === "date") return data.value.slice(0, 10);
  if (data.mode === "time") return data.value.slice(0, 12);
  return data.value.replace(/Z$/, "").slice(0, 23);
}

/** An `<input>` value as the edit state's ISO text. */
function isoValue(mode: TemporalData["mode"], raw: string, withZone: boolean): string | null {
  if (!raw) return null;
  if (mode === "date") return raw;
  if (mode === "time") return normaliseTime(raw);
  const [date, time = "00:00"] = raw.split("T");
  return `${date}T${normaliseTime(time)}${withZone ? "Z" : ""}`;
}

const TemporalEditor: ProvideEditorComponent<TemporalCell> = ({ value: cell, onChange }) => {
  const { mode, step, withZone } = cell.data;
  return (
    <input
      className="st-grid-temporal-editor"
      data-testid="stDataFrameCellDateInput"
      autoFocus
      type={mode === "datetime" ? "datetime-local" : mode}
      step={step ?? (mode === "date" ? undefined : 1)}
      defaultValue={inputValue(cell.data)}
      onChange={(e) => {
        const value = isoValue(mode, e.target.value, withZone);
        onChange({ ...cell, data: { ...cell.data, value, display: value ?? "", muted: value === null } });
      }}
    />
  );
};

export const temporalRenderer: CustomRenderer<TemporalCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is TemporalCell => (cell.data as { kind?: string }).kind === "temporal",
  draw: ({ ctx, rect, theme }, cell) => {
    drawText(ctx, rect, cell.data.display, cell.data.muted ? theme.textLight : theme.textDark);
    return true;
  },
  provideEditor: () => ({ editor: TemporalEditor }),
};

export interface TagsData {
  kind: "tags";
  /** The items as the edit state holds them (strings). */
  values: string[];
  /** Multiselect: the options to pick from (with their labels); list: none (free text). */
  options: SelectOption[] | null;
  muted: boolean;
  placeholder: string;
}

export type TagsCell = CustomCell<TagsData>;

function labelOf(data: TagsData, value: string): string {
  return data.options?.find((o) => String(o.value) === value)?.label ?? value;
}

/** Free items as typed: comma-separated, trimmed, empty ones dropped. */
export function splitItems(text: string): string[] {
  return text.split(",").map((s) => s.trim()).filter((s) => s !== "");
}

const TagsCellEditor: ProvideEditorComponent<TagsCell> = ({ value: cell, onChange }) => (
  <TagsEditor
    values={cell.data.values} options={cell.data.options}
    onChange={(values) => onChange({ ...cell, data: { ...cell.data, values, muted: false } })}
  />
);

export const tagsRenderer: CustomRenderer<TagsCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is TagsCell => (cell.data as { kind?: string }).kind === "tags",
  draw: ({ ctx, rect, theme }, cell) => {
    const { values, muted, placeholder } = cell.data;
    if (values.length === 0) {
      if (muted) drawText(ctx, rect, placeholder, theme.textLight);
      return true;
    }
    // Bubbles, as glide draws its read-only list cells.
    let x = rect.x + PAD;
    const height = 20;
    const y = rect.y + (rect.height - height) / 2;
    ctx.textBaseline = "middle";
    ctx.textAlign = "left";
    for (const value of values) {
      const label = labelOf(cell.data, value);
      const width = ctx.measureText(label).width + 16;
      if (x > rect.x + rect.width) break;
      ctx.fillStyle = theme.bgBubble;
      ctx.beginPath();
      ctx.roundRect(x, y, width, height, height / 2);
      ctx.fill();
      ctx.fillStyle = theme.textBubble;
      ctx.fillText(label, x + 8, y + height / 2);
      x += width + 4;
    }
    return true;
  },
  provideEditor: () => ({ editor: TagsCellEditor }),
  onPaste: (text, data) => ({ ...data, values: splitItems(text), muted: false }),
};
