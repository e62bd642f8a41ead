//! A pandas Styler's part of the payload (SPEC-DATA §1.6): the formatted text
//! of each body cell and the CSS rules of cells `#T_{uuid}_row{r}_col{c}`, of
//! which the grid applies `color`, `background-color` and `font-weight`.
import type { rustlit } from "../../proto";
import { decodeArrow } from "./arrowTable";

export interface StyledCell {
  display?: string;
  theme?: { textDark?: string; bgCell?: string; baseFontStyle?: string };
}

export interface StylerCells {
  uuid: string;
  caption: string;
  css: string;
  cellOf(row: number, col: number): StyledCell | undefined;
}

const RULE = /([^{}]+)\{([^{}]*)\}/g;

export function parseStyler(styler: rustlit.IPandasStyler | null | undefined): StylerCells | null {
  if (!styler) return null;
  const uuid = styler.uuid ?? "";
  const display = decodeArrow(styler.displayValues);
  const themes = new Map<string, NonNullable<StyledCell["theme"]>>();
  const css = styler.styles ?? "";
  for (const m of css.matchAll(RULE)) {
    const props = new Map<string, string>();
    for (const decl of m[2].split(";")) {
      const at = decl.indexOf(":");
      if (at > 0) props.set(decl.slice(0, at).trim().toLowerCase(), decl.slice(at + 1).trim());
    }
    for (const selector of m[1].split(",")) {
      const cell = /_row(\d+)_col(\d+)\s*$/.exec(selector.trim());
      if (!cell) continue;
      const key = `${cell[1]},${cell[2]}`;
      const theme = { ...themes.get(key) };
      const bg = props.get("background-color");
      const color = props.get("color");
      const weight = props.get("font-weight");
      if (bg) theme.bgCell = bg;
      if (color) theme.textDark = color;
      else if (bg && /^yellow$/i.test(bg)) theme.textDark = "#31333F";
      if (weight) theme.baseFontStyle = `${weight} 0.875rem`;
      themes.set(key, theme);
    }
  }
  return {
    uuid,
    caption: styler.caption ?? "",
    css,
    cellOf(row, col) {
      const text = display?.getChildAt(col)?.get(row) as unknown;
      const theme = themes.get(`${row},${col}`);
      if (text === undefined && !theme) return undefined;
      return { display: text === null || text === undefined ? undefined : String(text), theme };
    },
  };
}
