import { describe, expect, test } from "vitest";
import { GridCellKind } from "@glideapps/glide-data-grid";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { dataModel, decodeArrow } from "./arrowTable";
import { cellOf, columnKey, columnModels, formatWith } from "./columns";
import { formatsFor } from "./ColumnMenu";

function model() {
  const table = tableFromArrays({ name: ["a", "b"], score: Float64Array.from([1234.5, 2]), n: Float64Array.from([0.25, 1]) });
  return dataModel(decodeArrow(tableToIPC(table, "stream")));
}

describe("the column menus' changes", () => {
  test("hide, pin and format override the column config in the page", () => {
    const m = model();
    const [name, score, n] = m.columns;
    const plain = columnModels(m.columns, {}, [], m.rows, "None");
    expect(plain.map((c) => c.title)).toEqual(["name", "score", "n"]);
    const changed = columnModels(m.columns, { score: { type_config: { format: "%.1f" } } }, [], m.rows, "None", {
      [columnKey(name)]: { hidden: true },
      [columnKey(n)]: { pinned: true, format: "percent" },
      [columnKey(score)]: { format: "" },
    });
    // Hidden gone, pinned first, "Automatic" drops the configured printf format.
    expect(changed.map((c) => c.title)).toEqual(["n", "score"]);
    expect(changed[0].pinned).toBe(true);
    expect(cellOf(changed[0], n.value(0), "None", undefined)).toMatchObject({ displayData: "25%" });
    expect(cellOf(changed[1], score.value(0), "None", undefined)).toMatchObject({ displayData: "1234.5" });
    expect(formatWith("accounting", -1234.5)).toBe("(1,234.50)");
    expect(formatWith("accounting", 2)).toBe("2.00");
  });

  test("a column hidden by its config is shown again by the menu", () => {
    const m = model();
    const shown = columnModels(m.columns, { name: { hidden: true } }, [], m.rows, "None", {
      [columnKey(m.columns[0])]: { hidden: false },
    });
    expect(shown.map((c) => c.title)).toEqual(["name", "score", "n"]);
  });

  test("Format offers 1.67's presets by column kind and type", () => {
    expect(formatsFor("number", undefined).map(([, label]) => label)).toEqual([
      "Automatic", "Localized", "Plain", "Compact", "Dollar", "Euro", "Yen", "Percent", "Scientific", "Accounting", "Duration",
    ]);
    expect(formatsFor("datetime", undefined).map(([f]) => f)).toEqual(["", "localized", "distance", "calendar"]);
    expect(formatsFor("date", undefined).map(([f]) => f)).toEqual(["", "localized", "distance"]);
    expect(formatsFor("time", undefined).map(([f]) => f)).toEqual(["", "localized"]);
    expect(formatsFor("text", undefined)).toEqual([]);
    expect(formatsFor("number", "checkbox")).toEqual([]);
    expect(formatsFor("number", "progress").length).toBe(10);
  });
});

describe("missing values", () => {
  test("a missing checkbox is blank, other missing cells show the placeholder", () => {
    const table = tableFromArrays({ ok: [true, null], s: ["x", null] });
    const m = dataModel(decodeArrow(tableToIPC(table, "stream")));
    const [ok, s] = columnModels(m.columns, {}, [], m.rows, "None");
    expect(cellOf(ok!, ok!.column.value(1), "None", undefined)).toMatchObject({ kind: GridCellKind.Boolean, data: null });
    expect(cellOf(s!, s!.column.value(1), "None", undefined)).toMatchObject({ kind: GridCellKind.Text, displayData: "None" });
  });

  test("the placeholder is drawn in the theme's faded text colour, dark themes included", () => {
    const table = tableFromArrays({ s: ["x", null] });
    const m = dataModel(decodeArrow(tableToIPC(table, "stream")));
    const [s] = columnModels(m.columns, {}, [], m.rows, "None");
    const faded = "rgba(250, 250, 250, 0.4)";
    expect(cellOf(s!, s!.column.value(1), "None", undefined, faded)).toMatchObject({ themeOverride: { textDark: faded } });
    expect(cellOf(s!, s!.column.value(0), "None", undefined, faded)).not.toHaveProperty("themeOverride");
  });
});
