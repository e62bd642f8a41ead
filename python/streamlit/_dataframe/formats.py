"""What dataframe-like data is: the input protocols, `DataFormat`, and telling one shape from another
(`determine_data_format`), by type name, so no data library is imported to ask."""

from __future__ import annotations

import dataclasses
import inspect
from collections import ChainMap, UserDict
from collections.abc import ItemsView, Iterable, Mapping, Sequence
from enum import Enum, auto
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar

if TYPE_CHECKING:
    from typing import TypeAlias

from streamlit._dataframe.packages import _loaded

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
