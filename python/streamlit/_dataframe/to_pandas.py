"""Any supported input as a pandas DataFrame (`convert_anything_to_pandas_df`), unevaluated sources
read up to a row cap."""

from __future__ import annotations

import contextlib
import dataclasses
import inspect
from collections import UserList, deque
from collections.abc import Mapping
from enum import EnumMeta
from typing import Any

from streamlit import errors
from streamlit._dataframe.formats import (
    _MAX_UNEVALUATED_DF_ROWS,
    _is_key_value_like,
    _is_namedtuple,
    _is_pydantic_model,
    _is_streamlit_mapping,
    is_dask_object,
    is_dbapi_cursor,
    is_duckdb_relation,
    is_modin_data_object,
    is_pandas_styler,
    is_polars_dataframe,
    is_polars_lazyframe,
    is_polars_series,
    is_pyspark_data_object,
    is_snowpandas_data_object,
    is_snowpark_data_object,
    is_snowpark_row_list,
    is_xarray_data_array,
    is_xarray_dataset,
)
from streamlit._dataframe.packages import _require
from streamlit.errors import StreamlitDataframeConversionError


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
