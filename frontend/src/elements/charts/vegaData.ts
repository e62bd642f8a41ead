//! A chart's Arrow IPC stream as the row objects Vega reads. As 1.67 does:
//! int64 (BigInt) values become numbers, naive datetimes and dates are shifted
//! by the browser's timezone offset (so Vega, which shows local time, shows the
//! wall time the data holds), and rows get an `(index)` field with the pandas
//! index value when the index is a range or numeric or datetime.
import { tableFromIPC, Type, type Table, type Vector } from "apache-arrow";

type Row = Record<string, unknown>;

interface RangeIndex { kind: "range"; name: string | null; start: number; stop: number; step: number }

function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value && typeof value === "object") {
    const v = value as { toArray?: () => unknown; toJSON?: () => unknown };
    if (typeof v.toJSON === "function") return v.toJSON();
    if (typeof v.toArray === "function") return Array.from(v.toArray() as ArrayLike<unknown>, plain);
  }
  return value;
}

/** Milliseconds of a temporal Arrow value, as apache-arrow returns it (ms or a Date). */
function millis(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "number") return value;
  return null;
}

/** The rows of an Arrow stream (an empty list for none). */
export function vegaRows(data: Uint8Array | null | undefined): Row[] {
  if (!data || data.length === 0) return [];
  return tableRows(tableFromIPC(data));
}

export function tableRows(table: Table): Row[] {
  let rangeIndex: RangeIndex | null = null;
  let indexColumns: string[] = [];
  const raw = table.schema.metadata.get("pandas");
  if (raw) {
    try {
      const meta = JSON.parse(raw) as { index_columns?: (string | RangeIndex)[] };
      const first = meta.index_columns?.[0];
      if (first && typeof first !== "string" && first.kind === "range") rangeIndex = first;
      indexColumns = (meta.index_columns ?? []).filter((c): c is string => typeof c === "string");
    } catch {
      // no pandas metadata: no index
    }
  }
  const offset = new Date().getTimezoneOffset() * 60_000;
  const columns = table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i) as Vector | null;
    const type = field.type;
    const naive = (type.typeId === Type.Timestamp && !(type as unknown as { timezone?: string | null }).timezone)
      || type.typeId === Type.Date;
    const temporal = type.typeId === Type.Timestamp || type.typeId === Type.Date;
    return { name: field.name, vector, naive, temporal };
  });
  const firstIndex = indexColumns.length > 0 ? columns.find((c) => c.name === indexColumns[0]) : undefined;
  const indexIsNumeric = firstIndex?.vector
    ? [Type.Int, Type.Float, Type.Timestamp].includes(firstIndex.vector.type.typeId)
    : false;
  const rows: Row[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const row: Row = {};
    for (const c of columns) {
      let value = c.vector?.get(r);
      if (c.temporal) {
        const ms = millis(value);
        value = ms === null ? null : c.naive ? ms + offset : ms;
      } else {
        value = plain(value);
      }
      row[c.name] = value;
    }
    if (rangeIndex) row["(index)"] = rangeIndex.start + r * rangeIndex.step;
    else if (firstIndex && indexIsNumeric) row["(index)"] = row[firstIndex.name];
    rows[r] = row;
  }
  return rows;
}
