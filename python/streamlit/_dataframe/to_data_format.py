"""Back from pandas to the shape the data came in (`convert_pandas_df_to_data_format`, the data
editor's return value) and to a plain list of values (`convert_anything_to_list`)."""

from __future__ import annotations

from collections.abc import Mapping
from enum import EnumMeta
from typing import Any

from streamlit import errors
from streamlit._dataframe.formats import DataFormat, _is_list_like, is_dataframe_like, is_snowpark_row_list
from streamlit._dataframe.packages import _require
from streamlit._dataframe.to_pandas import convert_anything_to_pandas_df


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
