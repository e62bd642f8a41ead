//! Cells glide-data-grid has no kind for, drawn on the grid's canvas: the
//! progress bar (`ProgressColumn`) and the small line, bar and area charts
//! (`LineChartColumn`, `BarChartColumn`, `AreaChartColumn`).
import { GridCellKind, type CustomCell, type CustomRenderer } from "@glideapps/glide-data-grid";

const PALETTE: Record<string, string> = {
  red: "#ff2b2b",
  blue: "#1c83e1",
  green: "#21c354",
  yellow: "#faca2b",
  violet: "#803df5",
  orange: "#ff8700",
  gray: "#a3a8b8",
  grey: "#a3a8b8",
  primary: "#c53948",
};

/** A column config `color`: a name, a CSS colour, or "auto"/"auto-inverse" (green when `rising`). */
export function chartColor(color: string | undefined, rising: boolean): string {
  if (!color) return PALETTE.primary;
  if (color === "auto") return rising ? PALETTE.green : PALETTE.red;
  if (color === "auto-inverse") return rising ? PALETTE.red : PALETTE.green;
  return PALETTE[color] ?? color;
}

export interface ProgressData {
  kind: "progress";
  value: number;
  min: number;
  max: number;
  label: string;
  color?: string;
}

export interface SparklineData {
  kind: "sparkline";
  values: number[];
  chart: "line" | "bar" | "area";
  yMin?: number;
  yMax?: number;
  color?: string;
}

export type ProgressCell = CustomCell<ProgressData>;
export type SparklineCell = CustomCell<SparklineData>;

const PAD = 8;

export const progressRenderer: CustomRenderer<ProgressCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is ProgressCell => (cell.data as { kind?: string }).kind === "progress",
  draw: ({ ctx, rect, theme }, cell) => {
    const { value, min, max, label, color } = cell.data;
    const span = max - min;
    const share = span > 0 ? Math.min(1, Math.max(0, (value - min) / span)) : 0;
    const labelWidth = Math.max(ctx.measureText(label).width, 24);
    const barX = rect.x + PAD;
    const barWidth = Math.max(0, rect.width - 3 * PAD - labelWidth);
    const barY = rect.y + rect.height / 2 - 3;
    ctx.fillStyle = "rgba(49, 51, 63, 0.1)";
    ctx.beginPath();
    ctx.roundRect(barX, barY, barWidth, 6, 2);
    ctx.fill();
    ctx.fillStyle = chartColor(color, share >= 0.5);
    ctx.beginPath();
    ctx.roundRect(barX, barY, barWidth * share, 6, 2);
    ctx.fill();
    ctx.fillStyle = theme.textDark;
    ctx.textBaseline = "middle";
    ctx.textAlign = "right";
    ctx.fillText(label, rect.x + rect.width - PAD, rect.y + rect.height / 2);
    ctx.textAlign = "left";
    return true;
  },
};

export const sparklineRenderer: CustomRenderer<SparklineCell> = {
  kind: GridCellKind.Custom,
  isMatch: (cell): cell is SparklineCell => (cell.data as { kind?: string }).kind === "sparkline",
  draw: ({ ctx, rect }, cell) => {
    const { values, chart, color } = cell.data;
    const finite = values.filter((v) => Number.isFinite(v));
    if (finite.length === 0) return true;
    const lo = cell.data.yMin ?? Math.min(...finite);
    const hi = cell.data.yMax ?? Math.max(...finite);
    const span = hi - lo || 1;
    const x0 = rect.x + PAD;
    const width = rect.width - 2 * PAD;
    const top = rect.y + 6;
    const height = rect.height - 12;
    const y = (v: number) => top + height - ((Math.min(hi, Math.max(lo, v)) - lo) / span) * height;
    const stroke = chartColor(color, finite[finite.length - 1] >= finite[0]);
    ctx.fillStyle = stroke;
    ctx.strokeStyle = stroke;
    if (chart === "bar") {
      const step = width / values.length;
      const barWidth = Math.max(1, step - 2);
      values.forEach((v, i) => {
        if (!Number.isFinite(v)) return;
        const yv = y(v);
        ctx.fillRect(x0 + i * step + 1, yv, barWidth, top + height - yv);
      });
      return true;
    }
    const step = values.length > 1 ? width / (values.length - 1) : 0;
    ctx.beginPath();
    values.forEach((v, i) => {
      const px = x0 + i * step;
      if (i === 0) ctx.moveTo(px, y(v));
      else ctx.lineTo(px, y(v));
    });
    ctx.lineWidth = 1.5;
    ctx.stroke();
    if (chart === "area") {
      ctx.lineTo(x0 + (values.length - 1) * step, top + height);
      ctx.lineTo(x0, top + height);
      ctx.closePath();
      ctx.globalAlpha = 0.3;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    return true;
  },
};

export const CUSTOM_RENDERERS = [progressRenderer, sparklineRenderer];
