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


def _small_type(t: Any) -> Any:
    """`t` with large_string/large_binary/large_list replaced by their 32-bit forms."""
    import pyarrow as pa

    if pa.types.is_large_string(t):
        return pa.string()
    if pa.types.is_large_binary(t):
        return pa.binary()
    if pa.types.is_large_list(t) or pa.types.is_list(t):
        return pa.list_(_small_type(t.value_type))
    return t


def _downcast(table: Any) -> Any:
    """The table with 32-bit offsets only.

    pandas 3 strings become Arrow `large_string`, which the Arrow JS bundled in
    older components (streamlit-component-lib's apache-arrow) cannot decode;
    Streamlit 1.67 downcasts component dataframes the same way.
    """
    import pyarrow as pa

    schema = pa.schema(
        [f.with_type(_small_type(f.type)) for f in table.schema], metadata=table.schema.metadata
    )
    return table if schema.equals(table.schema) else table.cast(schema)


def _to_table(df: Any) -> Any:
    """An Arrow table of `df`; columns Arrow cannot type (mixed values) go as text."""
    import pyarrow as pa

    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        df = df.copy()
        for name in df.columns:
            if df[name].dtype == object:
                try:
                    pa.array(df[name], from_pandas=True)
                except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
                    df[name] = df[name].astype(str)
        table = pa.Table.from_pandas(df, preserve_index=False)
    return _downcast(table)


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
    elif type(value).__name__ == "Styler":
        df = value.data
    else:
        df = pd.DataFrame(value)
    index = pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in df.index])
    columns = pd.DataFrame([list(v) if isinstance(v, tuple) else v for v in df.columns])
    return _ipc(_to_table(df)), _ipc(_to_table(index)), _ipc(_to_table(columns))


def _read(stream: bytes) -> Any:
    import pyarrow as pa

    return pa.ipc.open_stream(stream).read_all().to_pandas()


def from_ipc(data: bytes, index: bytes, columns: bytes) -> Any:
    """The DataFrame a component sent back."""
    df = _read(data)
    if index:
        idx = _read(index)
        if len(idx.columns) and len(idx) == len(df):
            df.index = list(idx.iloc[:, 0])
    if columns:
        cols = _read(columns)
        if len(cols.columns) and len(cols) == len(df.columns):
            df.columns = list(cols.iloc[:, 0])
    return df
