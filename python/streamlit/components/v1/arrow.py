"""Dataframes to and from the Arrow IPC streams components exchange.

A component receives a dataframe argument as three IPC streams (data,
index, columns), which `streamlit-component-lib` turns into an
`ArrowTable`; a component that returns an `ArrowTable` sends the same
three streams back. pandas and pyarrow are optional: without them
dataframes are not special and must be JSON-serialisable.
"""

from __future__ import annotations

from typing import Any


def is_dataframe_like(value: Any) -> bool:
    """pandas DataFrame/Series, pyarrow Table, numpy arrays (not plain lists)."""
    root = type(value).__module__.split(".", 1)[0]
    return root in ("pandas", "pyarrow", "numpy", "polars") and hasattr(value, "__len__")


def _ipc(table: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def to_ipc(value: Any) -> tuple[bytes, bytes, bytes]:
    """(data, index, columns) IPC streams for a dataframe-like value."""
    import pandas as pd
    import pyarrow as pa

    if isinstance(value, pa.Table):
        df = value.to_pandas()
    elif isinstance(value, pd.DataFrame):
        df = value
    else:
        df = pd.DataFrame(value)
    data = pa.Table.from_pandas(df, preserve_index=False)
    index = pa.Table.from_pandas(pd.DataFrame(df.index), preserve_index=False)
    columns = pa.Table.from_pandas(pd.DataFrame(df.columns.astype(str)), preserve_index=False)
    return _ipc(data), _ipc(index), _ipc(columns)


def _read(stream: bytes) -> Any:
    import pyarrow as pa

    return pa.ipc.open_stream(stream).read_all().to_pandas()


def from_ipc(data: bytes, index: bytes, columns: bytes) -> Any:
    """The DataFrame a component sent back."""
    df = _read(data)
    if index:
        idx = _read(index)
        if len(idx.columns) and len(idx) == len(df):
            df.index = idx.iloc[:, 0]
    if columns:
        cols = _read(columns)
        if len(cols.columns) and len(cols) == len(df.columns):
            df.columns = list(cols.iloc[:, 0])
    return df
