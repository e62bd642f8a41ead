"""`st.dataframe(lazy=...)`: whether the rows stay on the server, and the sources that serve them.

1.67's rules (SPEC-DATA §1.8): `resolve_lazy_source` returns a source to serve
lazily, an `EagerFallback` (the input was already converted to decide, so a
generator is not consumed twice), or None to keep the eager path. The
sources live in the session (`runtime/lazy_sources.py`).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

from streamlit import config, dataframe_util
from streamlit.errors import StreamlitAPIException, StreamlitIncompatibleParametersError
from streamlit.runtime.lazy_sources import ROW_POSITION_FIELD, SortSpec

# lazy=None makes an in-memory frame lazy above this many rows.
AUTO_LAZY_ROW_THRESHOLD = 150_000
# lazy=None makes an unevaluated object with a native adapter lazy above this many rows.
UNEVALUATED_AUTO_LAZY_ROW_THRESHOLD = dataframe_util._MAX_UNEVALUATED_DF_ROWS
# lazy=True keeps frames of at most this many rows eager.
FORCED_LAZY_MIN_ROWS = 1_000
_LAZY_INDEX = "__streamlit_lazy_index__"
_ROW_INDEX = "__streamlit_lazy_row_index__"


@dataclass(frozen=True)
class EagerFallback:
    """`lazy=True` converted the input to pandas and found it small: render this eagerly."""

    data: Any


class InMemorySource:
    """A whole `pa.Table` in server memory, sliced per chunk; one sorted copy cached."""

    def __init__(self, table: Any) -> None:
        self._table = table
        self._lock = threading.Lock()
        self._sorted: tuple[SortSpec, Any] | None = None

    @property
    def row_count(self) -> int:
        return int(self._table.num_rows)

    @property
    def schema(self) -> Any:
        return self._table.schema

    @property
    def sortable(self) -> bool:
        return True

    def load_rows(self, offset: int, limit: int, *, sort: SortSpec | None = None) -> Any:
        start, length = max(0, offset), max(0, limit)
        if sort is None or sort.column not in self._table.schema.names:
            return self._table.slice(start, length)
        table, indices = self._sorted_table(sort)
        return table.slice(start, length).append_column(ROW_POSITION_FIELD, indices.slice(start, length))

    def _sorted_table(self, sort: SortSpec) -> tuple[Any, Any]:
        """The table in `sort`'s order and the original position of each of its rows."""
        # The first sort by a new key happens inside the lock: chunks asked for together
        # after a header click would otherwise each sort the whole table.
        with self._lock:
            if self._sorted is not None and self._sorted[0] == sort:
                return self._sorted[1]
            import pyarrow.compute as pc

            order = "descending" if sort.descending else "ascending"
            # sort_indices is stable: equal keys keep their order, so chunks never overlap.
            indices = pc.sort_indices(self._table, sort_keys=[(sort.column, order)])
            table = self._table.take(indices)
            self._sorted = (sort, (table, indices))
            return table, indices


class PolarsLazyFrameSource:
    """A polars LazyFrame: the row count and each chunk collected on demand."""

    def __init__(self, frame: Any) -> None:
        self._frame = frame
        self._lock = threading.Lock()
        self._row_count: int | None = None
        self._schema: Any = None

    @property
    def row_count(self) -> int:
        with self._lock:
            if self._row_count is None:
                import polars as pl

                self._row_count = int(self._frame.select(pl.len()).collect().item())
            return self._row_count

    @property
    def schema(self) -> Any:
        with self._lock:
            if self._schema is None:
                self._schema = self._frame.head(0).collect().to_arrow().schema
            return self._schema

    @property
    def sortable(self) -> bool:
        return True

    def load_rows(self, offset: int, limit: int, *, sort: SortSpec | None = None) -> Any:
        frame = self._frame
        schema = self.schema
        positions = None
        if sort is not None and sort.column in schema.names:
            # polars' sort is not stable: a row index breaks ties so chunks never overlap; it also
            # gives each row's original position.
            row_index = _ROW_INDEX
            while row_index in schema.names:
                row_index = f"_{row_index}"
            frame = frame.with_row_index(row_index).sort([sort.column, row_index], descending=[sort.descending, False])
            table = frame.slice(max(0, offset), max(0, limit)).collect().to_arrow()
            positions = table.column(row_index)
            table = table.drop_columns([row_index])
        else:
            table = frame.slice(max(0, offset), max(0, limit)).collect().to_arrow()
        if not table.schema.equals(schema, check_metadata=False):
            try:
                table = table.select(schema.names).cast(schema)
            except Exception:  # served as collected
                pass
        if positions is not None:
            table = table.append_column(ROW_POSITION_FIELD, positions)
        return table


def _pandas_source(df: Any) -> InMemorySource:
    # The index becomes real columns, so each chunk carries its absolute index values.
    return InMemorySource(dataframe_util.convert_pandas_df_to_arrow_table(df, preserve_index=True))


def _materialize_range_index(table: Any) -> Any:
    """A pandas RangeIndex kept only in the metadata becomes a column (chunks restart at 0 otherwise)."""
    metadata = table.schema.pandas_metadata
    if metadata is None or not any(
        isinstance(i, dict) and i.get("kind") == "range" for i in metadata.get("index_columns", [])
    ):
        return table
    import pyarrow as pa

    df = table.to_pandas()
    logical = df.index.name
    physical = _LAZY_INDEX
    while physical in df.columns:
        physical = f"_{physical}"
    df.index.name = physical
    out = pa.Table.from_pandas(df, preserve_index=True)
    schema_meta = dict(out.schema.metadata or {})
    pandas_meta = json.loads(schema_meta[b"pandas"])
    for column in pandas_meta.get("columns", []):
        if column.get("field_name") == physical:
            column["name"] = logical
            break
    schema_meta[b"pandas"] = json.dumps(pandas_meta).encode()
    return out.replace_schema_metadata(schema_meta)


def _multi_level_columns(data: Any) -> bool:
    pd = dataframe_util._loaded("pandas")
    if pd is not None and isinstance(data, pd.DataFrame):
        return isinstance(data.columns, pd.MultiIndex)
    pa = dataframe_util._loaded("pyarrow")
    if pa is not None and isinstance(data, pa.Table):
        metadata = data.schema.pandas_metadata
        return metadata is not None and len(metadata.get("column_indexes", [])) > 1
    return False


def _refuse_multi_level(data: Any) -> None:
    if _multi_level_columns(data):
        raise StreamlitAPIException(
            "`lazy=True` is not supported for dataframes with multi-level (`MultiIndex`) column headers. "
            "Flatten the column headers or set `lazy=False`."
        )


def _app_test() -> bool:
    try:
        return bool(config.get_option("global.appTest"))
    except RuntimeError:  # an embedding that never configured the option
        return False


def _lazy_in_memory(lazy: bool | None, rows: int) -> bool:
    if lazy is True:
        return rows > FORCED_LAZY_MIN_ROWS
    return lazy is None and rows > AUTO_LAZY_ROW_THRESHOLD


def resolve_lazy_source(data: Any, lazy: bool | None, *, selecting: bool) -> Any:
    """A source to serve `data` lazily, an `EagerFallback`, or None (eager as before)."""
    if data is None or lazy is False:
        return None
    if dataframe_util.is_pandas_styler(data):
        if lazy is True:
            raise StreamlitAPIException(
                "`lazy=True` is not supported for `pandas.Styler` objects. Styler output is tied to the fully "
                "materialized table. Remove `lazy=True` or pass the underlying dataframe instead."
            )
        return None
    if selecting:
        if lazy is True:
            raise StreamlitIncompatibleParametersError(
                "lazy=True", "on_select",
                explanation="Lazy dataframes cannot use position-based selection in this version. "
                'Set `on_select="ignore"` or remove `lazy=True`.',
            )
        return None
    if lazy is True:
        _refuse_multi_level(data)
    if _app_test():
        # Streamlit's AppTest reads values from the element: its dataframes stay eager, as in 1.67.
        return None
    if dataframe_util.is_polars_lazyframe(data):
        native = PolarsLazyFrameSource(data)
        try:
            rows = native.row_count
        except Exception as e:
            if lazy is True:
                raise StreamlitAPIException(
                    "`lazy=True` is not supported for this object because Streamlit could not determine its "
                    "row count for lazy loading."
                ) from e
            return None
        limit = FORCED_LAZY_MIN_ROWS if lazy is True else UNEVALUATED_AUTO_LAZY_ROW_THRESHOLD
        return native if rows > limit else None
    if dataframe_util.is_polars_dataframe(data):
        return InMemorySource(data.to_arrow()) if _lazy_in_memory(lazy, int(data.height)) else None
    pd = dataframe_util._loaded("pandas")
    if pd is not None and isinstance(data, pd.DataFrame):
        if _multi_level_columns(data):
            return None
        return _pandas_source(data) if _lazy_in_memory(lazy, len(data)) else None
    pa = dataframe_util._loaded("pyarrow")
    if pa is not None and isinstance(data, pa.Table):
        if _multi_level_columns(data):
            return None
        return InMemorySource(_materialize_range_index(data)) if _lazy_in_memory(lazy, data.num_rows) else None
    if dataframe_util.is_unevaluated_data_object(data):
        if lazy is True:
            raise StreamlitAPIException(
                "`lazy=True` is not supported for this object because no lazy adapter is available for it yet. "
                "Remove `lazy=True` to use the default preview behavior, or convert it to a pandas/Polars "
                "dataframe first."
            )
        return None
    if lazy is True:
        df = dataframe_util.convert_anything_to_pandas_df(data, ensure_copy=True)
        _refuse_multi_level(df)
        return EagerFallback(df) if len(df) <= FORCED_LAZY_MIN_ROWS else _pandas_source(df)
    return None
