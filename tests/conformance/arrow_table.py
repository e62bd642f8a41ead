"""A dataframe's or table's Arrow IPC stream as the JSON both sides of the conformance test compare.

The oracle imports `describe`; the rustlit side (tests/it/conformance/normalise.rs) runs this file
with the bytes on stdin and reads the JSON from stdout, so both decode the same way: the schema
(field names and Arrow types), the pandas metadata the browser reads (index columns, header levels,
each column's pandas/numpy type) and every row, with values that JSON cannot hold as text.
"""

from __future__ import annotations

import datetime
import decimal
import json
import math
import sys
from typing import Any


def _json(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta, decimal.Decimal, bytes)):
        return str(value)
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return value


def describe(data: bytes) -> dict[str, Any]:
    import pyarrow as pa

    try:
        # pandas registers its Arrow extension types (period, interval) on import; without it a
        # reader sees only their storage types, and the oracle's process always has pandas loaded.
        import pandas.core.arrays.arrow.extension_types  # noqa: F401
    except ImportError:
        pass
    if not data:
        return {"schema": [], "rows": []}
    table = pa.ipc.open_stream(data).read_all()
    out: dict[str, Any] = {"schema": [[f.name, str(f.type)] for f in table.schema]}
    raw = (table.schema.metadata or {}).get(b"pandas")
    if raw:
        meta = json.loads(raw)
        out["index_columns"] = meta.get("index_columns")
        out["header_levels"] = len(meta.get("column_indexes") or [])
        out["pandas_types"] = [[c.get("name"), c.get("pandas_type"), c.get("numpy_type")]
                               for c in meta.get("columns", [])]
    out["rows"] = [[_json(v) for v in row.values()] for row in table.to_pylist()]
    return out


if __name__ == "__main__":
    json.dump(describe(sys.stdin.buffer.read()), sys.stdout, sort_keys=True)
