import { describe, expect, test } from "vitest";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { dataModel, decodeArrow, defaultDatetime, formatCell, formatDuration, formatMoment, formatNumber, formatTableCell } from "./arrowTable";
import { formatWith } from "./columns";

function ipc(columns: Record<string, unknown>, pandas?: object): Uint8Array {
  const table = tableFromArrays(columns as Parameters<typeof tableFromArrays>[0]);
  if (pandas) table.schema.metadata.set("pandas", JSON.stringify(pandas));
  return tableToIPC(table, "stream");
}

describe("the Arrow payload as columns", () => {
  test("a RangeIndex from the pandas metadata becomes a computed first column", () => {
    const data = ipc({ a: Float64Array.from([1.5, 2]) }, {
      index_columns: [{ kind: "range", name: null, start: 10, stop: 14, step: 2 }],
      column_indexes: [{}],
      columns: [{ name: "a", field_name: "a", pandas_type: "float64", numpy_type: "float64" }],
    });
    const model = dataModel(decodeArrow(data));
    expect(model.rows).toBe(2);
    expect(model.columns.map((c) => [c.name, c.isIndex, c.position])).toEqual([["", true, 0], ["a", false, 1]]);
    expect(model.columns[0].value(1)).toBe(12);
    expect(formatCell(model.columns[1], model.columns[1].value(0), "None")).toBe("1.5");
  });

  test("named index columns come first and MultiIndex headers are split", () => {
    const data = ipc({ "('A', 'x')": Float64Array.from([1]), key: ["r1"] }, {
      index_columns: ["key"],
      column_indexes: [{}, {}],
      columns: [
        { name: "('A', 'x')", field_name: "('A', 'x')", pandas_type: "float64", numpy_type: "float64" },
        { name: "key", field_name: "key", pandas_type: "unicode", numpy_type: "object" },
      ],
    });
    const model = dataModel(decodeArrow(data));
    expect(model.columns.map((c) => c.name)).toEqual(["key", "('A', 'x')"]);
    expect(model.columns[1].headers).toEqual(["A", "x"]);
    expect(model.columns[0].isIndex).toBe(true);
  });

  test("an empty payload is an empty table", () => {
    expect(dataModel(decodeArrow(new Uint8Array()))).toEqual({ rows: 0, columns: [] });
  });
});

describe("cell text", () => {
  test("numbers: no thousands separators, at most four decimals (1.67)", () => {
    expect(formatNumber(1234567.123456)).toBe("1234567.1235");
    expect(formatNumber(1234567.891)).toBe("1234567.891");
    expect(formatNumber(2000)).toBe("2000");
    expect(formatNumber(-1234567)).toBe("-1234567");
    expect(formatNumber(2n ** 40n)).toBe("1099511627776");
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });

  test("st.table: floats with separators and four decimals, ints plain, missing blank (1.67)", () => {
    const model = dataModel(decodeArrow(ipc({ f: Float64Array.from([1234567.891, -0.5]), i: BigInt64Array.from([1234567n, 2n]), s: ["x", null] })));
    const [f, i, s] = model.columns;
    expect([0, 1].map((r) => formatTableCell(f, f.value(r)))).toEqual(["1,234,567.8910", "-0.5000"]);
    expect(formatTableCell(i, i.value(0))).toBe("1234567");
    expect(formatTableCell(s, s.value(1))).toBe("");
    expect(formatCell(f, f.value(0), "None")).toBe("1234567.891");
  });

  test("durations are humanized", () => {
    expect(formatDuration(5)).toBe("a few seconds");
    expect(formatDuration(7200)).toBe("2 hours");
    expect(formatDuration(86400 * 3)).toBe("3 days");
  });

  test("column config number formats", () => {
    expect(formatWith("%d pts", 30.4)).toBe("30 pts");
    expect(formatWith("%.2f", 3.14159)).toBe("3.14");
    expect(formatWith("dollar", 1234.5)).toBe("$1,234.50");
    expect(formatWith("percent", 0.256)).toBe("25.6%");
    expect(formatWith("bytes", 1536)).toBe("1.5KB");
    expect(formatWith(undefined, 1)).toBeNull();
  });
});

test("moment patterns for datetime columns", () => {
  const ms = Date.UTC(2024, 0, 2, 15, 4, 5);
  expect(formatMoment("YYYY-MM-DD HH:mm:ss", ms)).toBe("2024-01-02 15:04:05");
  expect(formatMoment("MMM D, YYYY [at] h:mm A", ms)).toBe("Jan 2, 2024 at 3:04 PM");
  expect(formatMoment("dddd", ms)).toBe("Tuesday");
});

test("a datetime with a timezone shows its wall-clock time and offset", () => {
  expect(defaultDatetime(Date.UTC(2024, 0, 2, 12), "Europe/Berlin")).toBe("2024-01-02 13:00:00+01:00");
  expect(defaultDatetime(Date.UTC(2024, 5, 30, 12), "Europe/Berlin")).toBe("2024-06-30 14:00:00+02:00");
  expect(defaultDatetime(Date.UTC(2024, 0, 2, 12), undefined)).toBe("2024-01-02 12:00:00");
});
