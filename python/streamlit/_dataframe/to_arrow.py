"""pandas, pyarrow and polars data as the Arrow IPC stream the browser reads (SPEC-DATA §1.4-1.5):
columns Arrow cannot type are rewritten as text or lists and retried; `large_list` is cast to `list`."""

from __future__ import annotations

import logging
from typing import Any, Final, Literal

from streamlit._dataframe.formats import (
    _MAX_UNEVALUATED_DF_ROWS,
    is_polars_dataframe,
    is_polars_lazyframe,
    is_polars_series,
)
from streamlit._dataframe.packages import _require
from streamlit._dataframe.to_pandas import collect_polars_lazyframe, convert_anything_to_pandas_df
from streamlit.errors import StreamlitDataframeConversionError

# Logged under the public module, as Streamlit logs conversion fixes.
_LOGGER: Final = logging.getLogger("streamlit.dataframe_util")


def get_arrow_conversion_errors() -> tuple[type[BaseException], ...]:
    """The exceptions `from_pandas` raises for columns Arrow cannot type."""
    pa = _require("pyarrow")
    return (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError, OverflowError)


def determine_arrow_column_fix(column: Any, *, trial_conversion: bool = True) -> Literal["string", "list"] | None:
    """How a column (or index) must be rewritten before Arrow accepts it (SPEC-DATA §1.5)."""
    pd = _require("pandas")
    from pandas.api.types import infer_dtype, is_dict_like, is_list_like

    if column.dtype.kind == "c":
        return "string"
    if str(column.dtype) in {"period[B]", "period[N]", "period[ns]", "period[U]", "period[us]", "geometry"}:
        return "string"
    if column.dtype != "object":
        return None
    inferred = infer_dtype(column, skipna=True)
    if inferred in ("mixed-integer", "complex"):
        return "string"
    if inferred != "mixed":
        return None
    non_null = column.dropna()
    if len(non_null) == 0:
        return "string"
    first = non_null.iloc[0] if hasattr(non_null, "iloc") else non_null[0]
    if not is_list_like(first) or is_dict_like(first):
        return "string"
    if isinstance(first, (frozenset, pd.api.extensions.ExtensionArray)):
        return "list"
    if trial_conversion:
        pa = _require("pyarrow")
        try:
            pa.array(column, from_pandas=True)
        except Exception:
            return "string"
    return None


def _apply_fix(column: Any, fix: str) -> Any:
    if fix == "list":
        return column.map(lambda v: list(v) if v is not None else v)
    return column.astype("string")


def fix_arrow_incompatible_column_types(df: Any, selected_columns: list[str] | None = None, *,
                                        trial_conversion: bool = True) -> Any:
    """A copy of `df` whose Arrow-incompatible columns (and index) are text or lists."""
    pd = _require("pandas")
    out = None
    for name in selected_columns if selected_columns is not None else list(df.columns):
        column = df[name]
        if isinstance(column, pd.DataFrame):  # duplicate labels: leave them to pyarrow's error
            continue
        fix = determine_arrow_column_fix(column, trial_conversion=trial_conversion)
        if fix is not None:
            if out is None:
                out = df.copy()
            out[name] = _apply_fix(column, fix)
    if not selected_columns and not isinstance(df.index, pd.MultiIndex):
        fix = determine_arrow_column_fix(df.index, trial_conversion=trial_conversion)
        if fix is not None:
            if out is None:
                out = df.copy()
            out.index = pd.Index(_apply_fix(pd.Series(df.index), fix), name=df.index.name)
    return df if out is None else out


def convert_pandas_df_to_arrow_table(df: Any, *, preserve_index: bool | None = None) -> Any:
    """`pa.Table.from_pandas`, retried once with incompatible columns fixed."""
    pa = _require("pyarrow")
    try:
        return pa.Table.from_pandas(df, preserve_index=preserve_index)
    except get_arrow_conversion_errors() as first:
        _LOGGER.info("Serialization of dataframe to Arrow table was unsuccessful. Applying automatic fixes "
                     "for column types to make the dataframe Arrow-compatible: %s", first)
        fixed = fix_arrow_incompatible_column_types(df)
        try:
            return pa.Table.from_pandas(fixed, preserve_index=preserve_index)
        except get_arrow_conversion_errors() as e:
            raise StreamlitDataframeConversionError(f"Unable to convert dataframe to Arrow table.\n{e}") from e


def _without_large_lists(table: Any) -> Any:
    pa = _require("pyarrow")

    def small(t: Any) -> Any:
        if pa.types.is_large_list(t) or pa.types.is_list(t):
            return pa.list_(small(t.value_type))
        if pa.types.is_struct(t):
            return pa.struct([f.with_type(small(f.type)) for f in t])
        return t

    if not any(_has_large_list(f.type, pa) for f in table.schema):
        return table
    schema = pa.schema([f.with_type(small(f.type)) for f in table.schema], metadata=table.schema.metadata)
    return table.cast(schema)


def _has_large_list(t: Any, pa: Any) -> bool:
    if pa.types.is_large_list(t):
        return True
    if pa.types.is_list(t):
        return _has_large_list(t.value_type, pa)
    if pa.types.is_struct(t):
        return any(_has_large_list(f.type, pa) for f in t)
    return False


def _downcast_large_types(table: Any) -> Any:
    from streamlit.components.v1.arrow import _downcast

    return _downcast(table)


def convert_arrow_table_to_arrow_bytes(table: Any) -> bytes:
    """The table as an Arrow IPC stream (`large_list` cast to `list`)."""
    pa = _require("pyarrow")
    table = _without_large_lists(table)
    sink = pa.BufferOutputStream()
    with pa.RecordBatchStreamWriter(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def convert_pandas_df_to_arrow_bytes(df: Any, *, downcast_large_types: bool = False) -> bytes:
    """A pandas frame as an Arrow IPC stream (index as pyarrow's `preserve_index=None` keeps it)."""
    table = convert_pandas_df_to_arrow_table(df)
    if downcast_large_types:
        table = _downcast_large_types(table)
    return convert_arrow_table_to_arrow_bytes(table)


def convert_arrow_bytes_to_pandas_df(source: bytes) -> Any:
    """An Arrow IPC stream back to pandas."""
    pa = _require("pyarrow")
    return pa.ipc.open_stream(source).read_all().to_pandas()


def _polars_to_arrow_bytes(data: Any) -> bytes:
    return convert_arrow_table_to_arrow_bytes(data.to_arrow())


def convert_anything_to_arrow_bytes(data: Any, max_unevaluated_rows: int = _MAX_UNEVALUATED_DF_ROWS) -> bytes:
    """Arrow IPC bytes for any supported input: `pa.Table` and polars directly, the rest through
    pandas (st.table's path; st.dataframe sends polars through pandas)."""
    pa = _require("pyarrow")
    if isinstance(data, pa.Table):
        return convert_arrow_table_to_arrow_bytes(data)
    if is_polars_dataframe(data) or is_polars_series(data):
        try:
            return _polars_to_arrow_bytes(data if is_polars_dataframe(data) else data.to_frame())
        except Exception:
            _LOGGER.debug("polars to Arrow failed; going through pandas", exc_info=True)
    if is_polars_lazyframe(data):
        data = collect_polars_lazyframe(data, max_unevaluated_rows)
        try:
            return _polars_to_arrow_bytes(data)
        except Exception:
            _LOGGER.debug("polars to Arrow failed; going through pandas", exc_info=True)
    return convert_pandas_df_to_arrow_bytes(convert_anything_to_pandas_df(data, max_unevaluated_rows))
