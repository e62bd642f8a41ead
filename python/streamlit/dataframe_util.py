"""Dataframe-like data in: format detection, conversion to pandas and to Arrow IPC.

The public names are those Streamlit 1.67's `streamlit.dataframe_util` offers
and apps import (SPEC-DATA §1.7). pandas, numpy and pyarrow are imported only
when data is converted, never when this module is imported, so apps without
them start as fast as before; converting without them raises
`StreamlitAPIException` naming the missing package.

The Arrow payload is an IPC *stream* (SPEC-DATA §1.4): pandas goes through
`pa.Table.from_pandas(df, preserve_index=None)` (a RangeIndex travels as
pandas metadata only, any other index as columns after the data columns), a
`pa.Table` is sent as is, `large_list` is cast to `list`, and columns Arrow
cannot type are rewritten as text or lists and retried (§1.5).
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import inspect
import logging
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import ItemsView, Iterable, Mapping, Sequence
from enum import Enum, EnumMeta, auto
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Literal, Protocol, TypeVar

from streamlit import errors
from streamlit.errors import StreamlitDataframeConversionError

if TYPE_CHECKING:
    from typing import TypeAlias

_LOGGER: Final = logging.getLogger(__name__)

# Unevaluated sources (polars LazyFrame, Dask, Spark, cursors, ...) are read up
# to this many rows; st.table uses 100.
_MAX_UNEVALUATED_DF_ROWS: Final = 10000

V_co = TypeVar("V_co", covariant=True)


class DBAPICursor(Protocol):
    """A PEP 249 cursor: what `determine_data_format` calls DBAPI_CURSOR."""

    @property
    def description(self) -> Any: ...

    def fetchmany(self, size: int = ...) -> Sequence[Sequence[Any]]: ...

    def fetchall(self) -> Sequence[Sequence[Any]]: ...


class DataFrameGenericAlias(Protocol[V_co]):
    """Technically not a GenericAlias, but a generic dataframe-like (has `iloc`)."""

    @property
    def iloc(self) -> Any: ...


class PandasCompatible(Protocol):
    """Anything with a `to_pandas` method."""

    def to_pandas(self) -> Any: ...


class DataframeInterchangeCompatible(Protocol):
    """Anything implementing the dataframe interchange protocol."""

    def __dataframe__(self, nan_as_null: bool = False, allow_copy: bool = True) -> Any: ...


class ArrowStreamExportable(Protocol):
    """Anything exporting an Arrow C stream (`__arrow_c_stream__`)."""

    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...


OptionSequence: TypeAlias = (
    Iterable[V_co] | DataFrameGenericAlias[V_co] | PandasCompatible | DataframeInterchangeCompatible
)
Data: TypeAlias = (
    Any | PandasCompatible | DataframeInterchangeCompatible | ArrowStreamExportable | Iterable[Any]
    | dict[Any, Any] | None
)


class DataFormat(Enum):
    """The shapes `determine_data_format` tells apart."""

    UNKNOWN = auto()
    EMPTY = auto()
    COLUMN_INDEX_MAPPING = auto()
    COLUMN_SERIES_MAPPING = auto()
    COLUMN_VALUE_MAPPING = auto()
    DASK_OBJECT = auto()
    DBAPI_CURSOR = auto()
    DUCKDB_RELATION = auto()
    KEY_VALUE_DICT = auto()
    LIST_OF_RECORDS = auto()
    LIST_OF_ROWS = auto()
    LIST_OF_VALUES = auto()
    MODIN_OBJECT = auto()
    NUMPY_LIST = auto()
    NUMPY_MATRIX = auto()
    PANDAS_ARRAY = auto()
    PANDAS_DATAFRAME = auto()
    PANDAS_INDEX = auto()
    PANDAS_SERIES = auto()
    PANDAS_STYLER = auto()
    POLARS_DATAFRAME = auto()
    POLARS_LAZYFRAME = auto()
    POLARS_SERIES = auto()
    PYARROW_ARRAY = auto()
    PYARROW_TABLE = auto()
    PYSPARK_OBJECT = auto()
    SET_OF_VALUES = auto()
    SNOWPANDAS_OBJECT = auto()
    SNOWPARK_OBJECT = auto()
    TUPLE_OF_VALUES = auto()
    XARRAY_DATASET = auto()
    XARRAY_DATA_ARRAY = auto()


# ------------------------------------------------------------------ packages


def _require(package: str) -> Any:
    """Imports `package` or raises the error users see when it is missing."""
    try:
        return importlib.import_module(package)
    except ImportError as e:
        raise errors.StreamlitAPIException(
            f"Displaying dataframes needs the `{package}` package, which is not installed. "
            f"Install it with `pip install {package}`."
        ) from e


def _loaded(package: str) -> Any:
    """The package if the app already imported it (no import cost otherwise)."""
    import sys

    return sys.modules.get(package)


def _version_tuple(v: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in v.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if digits != piece:
            break
    return tuple(parts)


def is_pyarrow_version_less_than(v: str) -> bool:
    """True when the installed pyarrow is older than `v`."""
    pa = _require("pyarrow")
    return _version_tuple(pa.__version__) < _version_tuple(v)


def is_pandas_version_less_than(v: str) -> bool:
    """True when the installed pandas is older than `v`."""
    pd = _require("pandas")
    return _version_tuple(pd.__version__) < _version_tuple(v)


# ------------------------------------------------------------------ detection


def _qualname(obj: object) -> str:
    t = type(obj)
    return f"{t.__module__}.{t.__qualname__}"


def _is_type(obj: object, names: tuple[str, ...]) -> bool:
    return _qualname(obj) in names


_SNOWPARK = ("snowflake.snowpark.dataframe.DataFrame", "snowflake.snowpark.table.Table")
_SNOWPARK_ROW = "snowflake.snowpark.row.Row"
_PYSPARK = ("pyspark.sql.dataframe.DataFrame", "pyspark.sql.connect.dataframe.DataFrame",
            "pyspark.sql.classic.dataframe.DataFrame")
_MODIN = ("modin.pandas.dataframe.DataFrame", "modin.pandas.series.Series")
_SNOWPANDAS = ("snowflake.snowpark.modin.pandas.dataframe.DataFrame",
               "snowflake.snowpark.modin.pandas.series.Series",
               "snowflake.snowpark.modin.plugin.extensions.index.Index",
               "modin.pandas.dataframe.DataFrame_snowpark", )
_POLARS_DATAFRAME = ("polars.dataframe.frame.DataFrame",)
_POLARS_SERIES = ("polars.series.series.Series",)
_POLARS_LAZYFRAME = ("polars.lazyframe.frame.LazyFrame",)
_XARRAY_DATASET = ("xarray.core.dataset.Dataset",)
_XARRAY_DATA_ARRAY = ("xarray.core.dataarray.DataArray",)
_DASK = ("dask.dataframe.core.DataFrame", "dask.dataframe.core.Series", "dask.dataframe.core.Index",
         "dask_expr._collection.DataFrame", "dask_expr._collection.Series", "dask_expr._collection.Index",
         "dask.dataframe.dask_expr._collection.DataFrame", "dask.dataframe.dask_expr._collection.Series",
         "dask.dataframe.dask_expr._collection.Index")
_DUCKDB = ("duckdb.DuckDBPyRelation", "duckdb.duckdb.DuckDBPyRelation", "_duckdb.DuckDBPyRelation")


def is_snowpark_data_object(obj: object) -> bool:
    return _is_type(obj, _SNOWPARK)


def is_snowpark_row_list(obj: object) -> bool:
    return (isinstance(obj, list) and len(obj) > 0 and _qualname(obj[0]) == _SNOWPARK_ROW
            and callable(getattr(obj[0], "as_dict", None)))


def is_pyspark_data_object(obj: object) -> bool:
    return _is_type(obj, _PYSPARK) and callable(getattr(obj, "toPandas", None))


def is_dask_object(obj: object) -> bool:
    return _is_type(obj, _DASK)


def is_modin_data_object(obj: object) -> bool:
    return _is_type(obj, _MODIN)


def is_snowpandas_data_object(obj: object) -> bool:
    return _is_type(obj, _SNOWPANDAS)


def is_polars_dataframe(obj: object) -> bool:
    return _is_type(obj, _POLARS_DATAFRAME)


def is_polars_series(obj: object) -> bool:
    return _is_type(obj, _POLARS_SERIES)


def is_polars_lazyframe(obj: object) -> bool:
    return _is_type(obj, _POLARS_LAZYFRAME)


def is_xarray_dataset(obj: object) -> bool:
    return _is_type(obj, _XARRAY_DATASET)


def is_xarray_data_array(obj: object) -> bool:
    return _is_type(obj, _XARRAY_DATA_ARRAY)


def is_pandas_styler(obj: object) -> bool:
    return _qualname(obj) == "pandas.io.formats.style.Styler"


def is_dbapi_cursor(obj: object) -> bool:
    return all(hasattr(obj, name) for name in ("description", "fetchmany", "fetchall")) and not isinstance(obj, type)


def is_duckdb_relation(obj: object) -> bool:
    return _is_type(obj, _DUCKDB)


def is_pandas_data_object(obj: object) -> bool:
    """A pandas DataFrame, Series, Index, ExtensionArray or Styler."""
    pd = _loaded("pandas")
    if pd is None:
        return False
    return isinstance(obj, (pd.DataFrame, pd.Series, pd.Index, pd.api.extensions.ExtensionArray)) or \
        is_pandas_styler(obj)


def _is_pydantic_model(obj: object) -> bool:
    return any(f"{c.__module__}.{c.__qualname__}" == "pydantic.main.BaseModel" for c in type(obj).__mro__) \
        and hasattr(obj, "model_dump")


def _is_namedtuple(obj: object) -> bool:
    return isinstance(obj, tuple) and hasattr(type(obj), "_fields")


def _is_streamlit_mapping(obj: object) -> bool:
    mod = type(obj).__module__
    return mod.startswith("streamlit.") and callable(getattr(obj, "to_dict", None))


def _is_key_value_like(obj: object) -> bool:
    return (
        isinstance(obj, (ChainMap, UserDict, MappingProxyType))
        or (dataclasses.is_dataclass(obj) and not isinstance(obj, type))
        or _is_namedtuple(obj)
        or _is_streamlit_mapping(obj)
        or _is_pydantic_model(obj)
    )


_DATAFRAME_LIKE_FORMATS: Final = frozenset({
    DataFormat.COLUMN_SERIES_MAPPING, DataFormat.DASK_OBJECT, DataFormat.DBAPI_CURSOR, DataFormat.MODIN_OBJECT,
    DataFormat.NUMPY_LIST, DataFormat.NUMPY_MATRIX, DataFormat.PANDAS_ARRAY, DataFormat.PANDAS_DATAFRAME,
    DataFormat.PANDAS_INDEX, DataFormat.PANDAS_SERIES, DataFormat.PANDAS_STYLER, DataFormat.POLARS_DATAFRAME,
    DataFormat.POLARS_LAZYFRAME, DataFormat.POLARS_SERIES, DataFormat.PYARROW_ARRAY, DataFormat.PYARROW_TABLE,
    DataFormat.PYSPARK_OBJECT, DataFormat.SNOWPANDAS_OBJECT, DataFormat.SNOWPARK_OBJECT,
    DataFormat.XARRAY_DATASET, DataFormat.XARRAY_DATA_ARRAY, DataFormat.DUCKDB_RELATION,
})


def is_dataframe_like(obj: object) -> bool:
    """True for tables and arrays (never for None, strings, numbers, tuples or sets)."""
    if obj is None or isinstance(obj, (str, bytes, int, float, tuple, set, frozenset)):
        return False
    return determine_data_format(obj) in _DATAFRAME_LIKE_FORMATS


def is_unevaluated_data_object(obj: object) -> bool:
    """Sources read only up to a row cap (lazy frames, remote tables, cursors, generator functions)."""
    return (
        is_snowpark_data_object(obj)
        or is_pyspark_data_object(obj)
        or is_snowpandas_data_object(obj)
        or is_modin_data_object(obj)
        or is_polars_lazyframe(obj)
        or is_dask_object(obj)
        or is_duckdb_relation(obj)
        or is_dbapi_cursor(obj)
        or inspect.isgeneratorfunction(obj)
    )


def _is_list_like(obj: object) -> bool:
    if isinstance(obj, (str, bytes, dict, Mapping)):
        return False
    return isinstance(obj, Iterable) and hasattr(obj, "__len__")


def determine_data_format(input_data: Any) -> DataFormat:
    """The shape of `input_data` (first matching rule wins, SPEC-DATA §1.1)."""
    if input_data is None:
        return DataFormat.EMPTY
    pd = _loaded("pandas")
    np = _loaded("numpy")
    pa = _loaded("pyarrow")
    if pd is not None and isinstance(input_data, pd.DataFrame):
        return DataFormat.PANDAS_DATAFRAME
    if np is not None and isinstance(input_data, np.ndarray):
        return DataFormat.NUMPY_LIST if input_data.ndim == 1 else DataFormat.NUMPY_MATRIX
    if pa is not None:
        if isinstance(input_data, pa.Table):
            return DataFormat.PYARROW_TABLE
        if isinstance(input_data, pa.Array):
            return DataFormat.PYARROW_ARRAY
    if pd is not None:
        if isinstance(input_data, pd.Series):
            return DataFormat.PANDAS_SERIES
        if isinstance(input_data, pd.Index):
            return DataFormat.PANDAS_INDEX
        if is_pandas_styler(input_data):
            return DataFormat.PANDAS_STYLER
        if isinstance(input_data, pd.api.extensions.ExtensionArray):
            return DataFormat.PANDAS_ARRAY
    if is_polars_series(input_data):
        return DataFormat.POLARS_SERIES
    if is_polars_dataframe(input_data):
        return DataFormat.POLARS_DATAFRAME
    if is_polars_lazyframe(input_data):
        return DataFormat.POLARS_LAZYFRAME
    if is_modin_data_object(input_data):
        return DataFormat.MODIN_OBJECT
    if is_snowpandas_data_object(input_data):
        return DataFormat.SNOWPANDAS_OBJECT
    if is_pyspark_data_object(input_data):
        return DataFormat.PYSPARK_OBJECT
    if is_xarray_dataset(input_data):
        return DataFormat.XARRAY_DATASET
    if is_xarray_data_array(input_data):
        return DataFormat.XARRAY_DATA_ARRAY
    if is_dask_object(input_data):
        return DataFormat.DASK_OBJECT
    if is_snowpark_data_object(input_data) or is_snowpark_row_list(input_data):
        return DataFormat.SNOWPARK_OBJECT
    if is_duckdb_relation(input_data):
        return DataFormat.DUCKDB_RELATION
    if is_dbapi_cursor(input_data):
        return DataFormat.DBAPI_CURSOR
    if _is_key_value_like(input_data):
        return DataFormat.KEY_VALUE_DICT
    if isinstance(input_data, (ItemsView, enumerate)):
        return DataFormat.LIST_OF_ROWS
    if isinstance(input_data, (list, tuple, set, frozenset)):
        if _is_one_dimensional(input_data):
            if isinstance(input_data, tuple):
                return DataFormat.TUPLE_OF_VALUES
            if isinstance(input_data, (set, frozenset)):
                return DataFormat.SET_OF_VALUES
            return DataFormat.LIST_OF_VALUES
        first = next(iter(input_data))
        if isinstance(first, dict) or _is_pydantic_model(first):
            return DataFormat.LIST_OF_RECORDS
        if isinstance(first, (list, tuple, set, frozenset)):
            return DataFormat.LIST_OF_ROWS
    elif isinstance(input_data, (dict, Mapping)):
        if not input_data:
            return DataFormat.KEY_VALUE_DICT
        first_value = next(iter(input_data.values()))
        if isinstance(first_value, dict):
            return DataFormat.COLUMN_INDEX_MAPPING
        if isinstance(first_value, (list, tuple)):
            return DataFormat.COLUMN_VALUE_MAPPING
        if pd is not None and isinstance(first_value, pd.Series):
            return DataFormat.COLUMN_SERIES_MAPPING
        return DataFormat.KEY_VALUE_DICT
    elif _is_list_like(input_data):
        return DataFormat.LIST_OF_VALUES
    return DataFormat.UNKNOWN


def _is_one_dimensional(data: Iterable[Any]) -> bool:
    """pandas `infer_dtype(skipna=True)` says neither mixed nor unknown-array (no pandas: no
    nested containers)."""
    if not data:
        return True
    pd = _loaded("pandas")
    if pd is not None:
        try:
            return pd.api.types.infer_dtype(list(data), skipna=True) not in ("mixed", "unknown-array")
        except (TypeError, ValueError):
            return False
    return not any(isinstance(v, (list, tuple, set, frozenset, dict)) for v in data)


# ------------------------------------------------------------------ to pandas


def _fix_column_naming(df: Any) -> Any:
    """A frame with one column labelled 0 gets the column name `value`."""
    if len(df.columns) == 1 and df.columns[0] == 0:
        df = df.rename(columns={0: "value"})
    return df


def _dict_to_pandas_df(data: Mapping[Any, Any]) -> Any:
    pd = _require("pandas")
    return _fix_column_naming(pd.DataFrame.from_dict(dict(data), orient="index"))


def _key_value_dict(obj: Any) -> dict[Any, Any]:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if _is_namedtuple(obj):
        return obj._asdict()
    if _is_pydantic_model(obj):
        return obj.model_dump()
    if _is_streamlit_mapping(obj):
        return obj.to_dict()
    return dict(obj)


def has_range_index(df: Any) -> bool:
    """True when the frame's index is a plain RangeIndex."""
    pd = _require("pandas")
    return isinstance(df.index, pd.RangeIndex)


def _conversion_error(data: Any) -> errors.StreamlitAPIException:
    return StreamlitDataframeConversionError(
        f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
        f"Offending object:\n```py\n{data}\n```"
    )


def collect_polars_lazyframe(data: Any, max_unevaluated_rows: int = _MAX_UNEVALUATED_DF_ROWS) -> Any:
    """The first rows of a polars LazyFrame as a polars DataFrame (one more than the cap, so a
    truncation is seen exactly; the extra row is dropped)."""
    collected = data.limit(max_unevaluated_rows + 1).collect()
    if collected.height > max_unevaluated_rows:
        collected = collected.head(max_unevaluated_rows)
        _show_data_information(
            f"⚠️ Showing only {_simplify_number(max_unevaluated_rows)} rows. Call `collect()` on the dataframe "
            "to show more."
        )
    return collected


def _simplify_number(num: int) -> str:
    for unit, size in (("b", 10**9), ("m", 10**6), ("k", 10**3)):
        if num >= size:
            return f"{num // size}{unit}"
    return str(num)


def _show_data_information(msg: str) -> None:
    """The truncation caption, written into the main container as 1.67 does."""
    from streamlit.delta_generator import DeltaGenerator

    DeltaGenerator(0).caption(msg)  # the main container's root, whatever `with` block is open


def _cap_hint(df: Any, max_rows: int, hint: str) -> None:
    if len(df) == max_rows:
        _show_data_information(f"⚠️ Showing only {_simplify_number(max_rows)} rows. {hint} to show more.")


def convert_anything_to_pandas_df(data: Any, max_unevaluated_rows: int = _MAX_UNEVALUATED_DF_ROWS,
                                  ensure_copy: bool = False) -> Any:
    """`data` as a pandas DataFrame (SPEC-DATA §1.2); raises StreamlitDataframeConversionError."""
    pd = _require("pandas")
    np = _require("numpy")
    if isinstance(data, pd.DataFrame):
        return data.copy() if ensure_copy else data
    if isinstance(data, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return pd.DataFrame(data)
    if is_pandas_styler(data):
        return data.data.copy() if ensure_copy else data.data
    if isinstance(data, np.ndarray):
        if data.ndim == 0:
            return pd.DataFrame([])
        return _fix_column_naming(pd.DataFrame(data))
    if is_polars_dataframe(data):
        return data.to_pandas()
    if is_polars_series(data):
        return data.to_pandas().to_frame()
    if is_polars_lazyframe(data):
        return collect_polars_lazyframe(data, max_unevaluated_rows).to_pandas()
    if is_xarray_dataset(data):
        return data.to_dataframe()
    if is_xarray_data_array(data):
        return data.to_series().to_frame()
    if is_dask_object(data):
        df = data.head(max_unevaluated_rows, compute=True)
        if isinstance(df, (pd.Series, pd.Index)):
            df = pd.DataFrame(df)
        _cap_hint(df, max_unevaluated_rows, "Call `compute()` on the data object")
        return df
    if is_modin_data_object(data):
        df = data.head(max_unevaluated_rows)._to_pandas()
        if isinstance(df, (pd.Series, pd.Index)):
            df = pd.DataFrame(df)
        _cap_hint(df, max_unevaluated_rows, "Call `_to_pandas()` on the data object")
        return df
    if is_pyspark_data_object(data):
        df = data.limit(max_unevaluated_rows).toPandas()
        _cap_hint(df, max_unevaluated_rows, "Call `toPandas()` on the data object")
        return df
    if is_snowpandas_data_object(data):
        df = data[:max_unevaluated_rows].to_pandas()
        if isinstance(df, (pd.Series, pd.Index)):
            df = pd.DataFrame(df)
        _cap_hint(df, max_unevaluated_rows, "Call `to_pandas()` on the data object")
        return df
    if is_snowpark_data_object(data):
        df = data.limit(max_unevaluated_rows).to_pandas()
        _cap_hint(df, max_unevaluated_rows, "Call `to_pandas()` on the data object")
        return df
    if is_duckdb_relation(data):
        df = data.limit(max_unevaluated_rows).df()
        _cap_hint(df, max_unevaluated_rows, "Call `df()` on the relation")
        return df
    if is_dbapi_cursor(data):
        columns = [d[0] for d in (data.description or [])]
        df = pd.DataFrame(data.fetchmany(max_unevaluated_rows), columns=columns)
        _cap_hint(df, max_unevaluated_rows, "Call `fetchall()` on the Cursor")
        return df
    if is_snowpark_row_list(data):
        return pd.DataFrame([row.as_dict() for row in data])
    if isinstance(data, (list, tuple)) and data and all(_is_pydantic_model(m) for m in data):
        return pd.DataFrame([m.model_dump(mode="json") for m in data])
    if callable(getattr(data, "to_pandas", None)) and not isinstance(data, type):
        return pd.DataFrame(data.to_pandas())
    if hasattr(data, "__arrow_c_stream__") and not isinstance(data, type):
        pa = _require("pyarrow")
        with contextlib.suppress(pa.ArrowException, TypeError, ValueError):
            return pa.RecordBatchReader.from_stream(data).read_all().to_pandas()
    if hasattr(data, "__dataframe__") and not isinstance(data, type):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            return pd.api.interchange.from_dataframe(data)
    if inspect.isgeneratorfunction(data):
        items = []
        for item in data():
            if len(items) >= max_unevaluated_rows:
                break
            items.append(item)
        df = _fix_column_naming(pd.DataFrame(items))
        _cap_hint(df, max_unevaluated_rows, "Convert the data to a list")
        return df
    if isinstance(data, EnumMeta):
        return _fix_column_naming(pd.DataFrame([m.value for m in data]))
    import array

    if isinstance(data, (deque, map, UserList, array.array)):
        return _fix_column_naming(pd.DataFrame(list(data)))
    if _is_key_value_like(data):
        return _dict_to_pandas_df(_key_value_dict(data))
    try:
        return _fix_column_naming(pd.DataFrame(data))
    except (ValueError, TypeError) as e:
        if isinstance(data, dict):
            with contextlib.suppress(ValueError, TypeError):
                return _dict_to_pandas_df(data)
        raise _conversion_error(data) from e


# ------------------------------------------------------------------ to Arrow


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


def convert_anything_to_list(obj: Any) -> list[Any]:
    """A list of `obj`'s values: the first column of a dataframe-like, a Mapping's keys, `[x]`
    for a scalar, an Enum class's members (their values for str enums)."""
    if obj is None:
        return []
    if isinstance(obj, (str, int, float, bool)):
        return [obj]
    if isinstance(obj, EnumMeta):
        return [m.value if isinstance(m, str) else m for m in obj]
    if isinstance(obj, Mapping):
        return list(obj.keys())
    if _is_list_like(obj) and not is_snowpark_row_list(obj) and not is_dataframe_like(obj):
        return list(obj)
    try:
        df = convert_anything_to_pandas_df(obj, ensure_copy=True)
    except errors.StreamlitAPIException:
        return [obj]
    return [] if df.empty else list(df.iloc[:, 0].to_list())


def _unify_missing_values(df: Any) -> Any:
    np = _require("numpy")
    return df.fillna(np.nan).replace([np.nan], [None])


def convert_pandas_df_to_data_format(df: Any, data_format: DataFormat) -> Any:
    """A pandas frame back in the shape of `data_format` (what `st.data_editor` returns)."""
    pd = _require("pandas")
    np = _require("numpy")
    if data_format in (DataFormat.EMPTY, DataFormat.PANDAS_DATAFRAME, DataFormat.SNOWPARK_OBJECT,
                       DataFormat.PYSPARK_OBJECT, DataFormat.PANDAS_INDEX, DataFormat.PANDAS_STYLER,
                       DataFormat.PANDAS_ARRAY, DataFormat.MODIN_OBJECT, DataFormat.SNOWPANDAS_OBJECT,
                       DataFormat.DASK_OBJECT, DataFormat.DUCKDB_RELATION, DataFormat.DBAPI_CURSOR):
        return df
    if data_format == DataFormat.NUMPY_LIST:
        return np.ndarray(0) if df.empty else df.iloc[:, 0].to_numpy()
    if data_format == DataFormat.NUMPY_MATRIX:
        return np.ndarray(0) if df.empty else df.to_numpy()
    if data_format == DataFormat.PYARROW_TABLE:
        pa = _require("pyarrow")
        return pa.Table.from_pandas(df)
    if data_format == DataFormat.PYARROW_ARRAY:
        pa = _require("pyarrow")
        return pa.Array.from_pandas(df.iloc[:, 0] if len(df.columns) else pd.Series([], dtype=object))
    if data_format == DataFormat.PANDAS_SERIES:
        return df.iloc[:, 0] if len(df.columns) == 1 else df
    if data_format in (DataFormat.POLARS_DATAFRAME, DataFormat.POLARS_LAZYFRAME):
        import polars as pl

        return pl.from_pandas(df)
    if data_format == DataFormat.POLARS_SERIES:
        import polars as pl

        return pl.from_pandas(df.iloc[:, 0] if len(df.columns) else df)
    if data_format == DataFormat.XARRAY_DATASET:
        import xarray as xr

        return xr.Dataset.from_dataframe(df)
    if data_format == DataFormat.XARRAY_DATA_ARRAY:
        import xarray as xr

        return xr.DataArray.from_series(df.iloc[:, 0] if len(df.columns) else df)
    if data_format == DataFormat.LIST_OF_RECORDS:
        return _unify_missing_values(df).to_dict(orient="records")
    if data_format == DataFormat.LIST_OF_ROWS:
        return _unify_missing_values(df).to_numpy().tolist()
    if data_format == DataFormat.COLUMN_INDEX_MAPPING:
        return _unify_missing_values(df).to_dict(orient="dict")
    if data_format == DataFormat.COLUMN_VALUE_MAPPING:
        return _unify_missing_values(df).to_dict(orient="list")
    if data_format == DataFormat.COLUMN_SERIES_MAPPING:
        return df.to_dict(orient="series")
    if data_format in (DataFormat.LIST_OF_VALUES, DataFormat.TUPLE_OF_VALUES, DataFormat.SET_OF_VALUES):
        values = _unify_missing_values(df).iloc[:, 0].to_list() if len(df.columns) else []
        if data_format == DataFormat.TUPLE_OF_VALUES:
            return tuple(values)
        if data_format == DataFormat.SET_OF_VALUES:
            return set(values)
        return values
    if data_format == DataFormat.KEY_VALUE_DICT:
        return _unify_missing_values(df).iloc[:, 0].to_dict() if len(df.columns) else {}
    raise errors.StreamlitAPIException(f"Unsupported input data format: {data_format}")


__all__ = [
    "ArrowStreamExportable", "DBAPICursor", "Data", "DataFormat", "DataFrameGenericAlias",
    "DataframeInterchangeCompatible", "OptionSequence", "PandasCompatible",
    "collect_polars_lazyframe", "convert_anything_to_arrow_bytes", "convert_anything_to_list",
    "convert_anything_to_pandas_df", "convert_arrow_bytes_to_pandas_df", "convert_arrow_table_to_arrow_bytes",
    "convert_pandas_df_to_arrow_bytes", "convert_pandas_df_to_arrow_table", "convert_pandas_df_to_data_format",
    "determine_arrow_column_fix", "determine_data_format", "fix_arrow_incompatible_column_types",
    "get_arrow_conversion_errors", "has_range_index", "is_dask_object", "is_dataframe_like", "is_dbapi_cursor",
    "is_duckdb_relation", "is_modin_data_object", "is_pandas_data_object", "is_pandas_styler",
    "is_pandas_version_less_than", "is_polars_dataframe", "is_polars_lazyframe", "is_polars_series",
    "is_pyarrow_version_less_than", "is_pyspark_data_object", "is_snowpandas_data_object",
    "is_snowpark_data_object", "is_snowpark_row_list", "is_unevaluated_data_object", "is_xarray_data_array",
    "is_xarray_dataset",
]
