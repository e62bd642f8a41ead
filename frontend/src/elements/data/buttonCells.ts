//! Button column cells (`st.column_config.ButtonColumn`): the cell's value is
//! the button's label, or a list of labels for several buttons; drawn on the
//! grid's canvas in 1.67's button types. `buttonAt` tells which button a click
//! at some x in the cell hit, by the same layout the drawing uses.
import { GridCellKind, type CustomCell, type CustomRenderer, type GridCell } from "@glideapps/glide-data-grid";
import type { GridColumnModel } from "./columns";

export interface ButtonData {
  kind: "button";
  labels: string[];
  buttonType: "primary" | "secondary" | "tertiary";
  alignment: "left" | "center" | "right";
}

export type ButtonCell = CustomCell<ButtonData>;

const PAD_X = 10;
const GAP = 6;
const MARGIN = 6;
const FONT = '14px "Source Sans 3", "Source Sans Pro", sans-serif';

/** A label as shown: a `:material/name:` icon shortcode is dropped. */
export function buttonLabels(value: unknown): string[] {
  const raw = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return raw.map((v) => String(v));
}

function shown(label: string): string {
  return label.replace(/:material\/[a-z0-9_]+:\s*/g, "").trim();
}

type Measure = (text: string) => number;

/** Each button's [x, width] from the cell's left edge. */
function layout(data: ButtonData, cellWidth: number, measure: Measure): [number, number][] {
  const widths = data.labels.map((l) => Math.ceil(measure(shown(l))) + 2 * PAD_X);
  const total = widths.reduce((a, b) => a + b, 0) + GAP * Math.max(0, widths.length - 1);
  let x = data.alignment === "left" ? MARGIN
    : data.alignment === "right" ? cellWidth - MARGIN - total
      : (cellWidth - total) / 2;
  return widths.map((w) => {
    const at: [number, number] = [x, w];
    x += w + GAP;
    return at;
  });
}

let measureCtx: CanvasRenderingContext2D | null = null;
function measureText(text: string): number {
  if (!measureCtx && typeof document !== "undefined") measureCtx = document.createElement("canvas").getContext("2d");
  if (!measureCtx) return text.length * 7;
  measureCtx.font = FONT;
  return measureCtx.measureText(text).width;
}

/** The label of the button at `x` (from the cell's left edge), if any. */
export function buttonAt(data: ButtonData, cellWidth: number, x: number): string | undefined {
  const spots = layout(data, cellWidth, measureText);
  const hit = spots.findIndex(([left, width]) => x >= left && x <= left + width);
  return hit < 0 ? undefined : data.labels[hit];
}

export const buttonRenderer: CustomRenderer<ButtonCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is ButtonCell => (cell.data as { kind?: string }).kind === "button",
  draw: ({ ctx, rect }, cell) => {
    const data = cell.data;
    ctx.save();
    ctx.font = FONT;
    const height = Math.max(16, rect.height - 2 * MARGIN);
    const y = rect.y + (rect.height - height) / 2;
    for (const [i, [x, width]] of layout(data, rect.width, (t) => ctx.measureText(t).width).entries()) {
      const left = rect.x + x;
      ctx.beginPath();
      ctx.roundRect(left, y, width, height, 6);
      if (data.buttonType === "primary") {
        ctx.fillStyle = "#ff4b4b";
        ctx.fill();
      } else if (data.buttonType === "secondary") {
        ctx.fillStyle = "#ffffff";
        ctx.fill();
        ctx.strokeStyle = "rgba(49, 51, 63, 0.2)";
        ctx.stroke();
      }
      ctx.fillStyle = data.buttonType === "primary" ? "#ffffff" : "#31333f";
      ctx.textBaseline = "middle";
      ctx.fillText(shown(data.labels[i]), left + PAD_X, y + height / 2);
    }
    ctx.restore();
    return true;
  },
};

export function isButtonColumn(m: GridColumnModel): boolean {
  return m.config.type_config?.type === "button";
}

/** A button column's cell: its value is the label (or a list of labels). */
export function buttonCell(m: GridColumnModel, value: unknown): GridCell {
  const labels = buttonLabels(value);
  const kind = (m.config.type_config as { button_type?: string } | undefined)?.button_type;
  const data: ButtonData = {
    kind: "button", labels,
    buttonType: kind === "primary" || kind === "tertiary" ? kind : "secondary",
    alignment: m.config.alignment === "left" || m.config.alignment === "right" ? m.config.alignment : "center",
  };
  return { kind: GridCellKind.Custom, data, copyData: labels.join(", "), allowOverlay: false, readonly: true };
}
