//! The dataframe toolbar's "Download as CSV": the visible columns in the
//! shown order, as Streamlit 1.67 writes them.
import { formatCell, type DataColumn } from "./arrowTable";

/** A CSV field: quoted only when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rawText(column: DataColumn, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "string") return value;
  return formatCell(column, value, "");
}

/**
 * The visible columns (index included) in the current order: UTF-8 with a BOM, `,` and `\n`.
 * `cellText` (the data editor's rows, edits applied) replaces reading the data.
 */
export function toCsv(models: { column: DataColumn }[], rows: number, perm: Int32Array | null,
  cellText?: (col: number, row: number) => string): string {
  const lines = [models.map((m) => csvField(m.column.name)).join(",")];
  for (let r = 0; r < rows; r++) {
    const row = perm ? perm[r] : r;
    lines.push(models.map((m, c) => csvField(cellText ? cellText(c, r) : rawText(m.column, m.column.value(row)))).join(","));
  }
  return `\ufeff${lines.join("\n")}\n`;
}

/** Saves `csv` as `<date>_export.csv`, as Streamlit names it. */
export function downloadCsv(csv: string) {
  const stamp = new Date().toISOString().slice(0, 16).replace(/:/g, "-");
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
  link.download = `${stamp}_export.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
