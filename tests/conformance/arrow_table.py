"""A dataframe's or table's Arrow IPC stream as the JSON both sides of the conformance test compare.

The oracle imports `describe`; the rustlit side (tests/it/conformance/normalise.rs) runs this file
once per test process and sends it every stream (`serve`), so both decode the same way: the schema
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


def serve() -> None:
    """Decodes streams until stdin ends: each an 8-byte little-endian length and that many bytes in,
    one line of JSON out. One process for the whole corpus: importing pyarrow is most of the cost of
    a decode, and a test that waits for a fresh Python per stream stops reading its websocket long
    enough, under load, for the server's ping timeout to drop the session."""
    source, sink = sys.stdin.buffer, sys.stdout
    while header := source.read(8):
        data = source.read(int.from_bytes(header, "little"))
        sink.write(json.dumps(describe(data), sort_keys=True) + "\n")
        sink.flush()


if __name__ == "__main__":
    serve()
