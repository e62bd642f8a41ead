"""Dataframe-like data in: format detection, conversion to pandas and to Arrow IPC.

This module is the public face; the work is in `streamlit._dataframe` (`formats`: what data is;
`packages`: importing pandas/pyarrow; `to_pandas`, `to_arrow`; `to_data_format`: back to the
input's shape).

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

from streamlit._dataframe.formats import (
    _MAX_UNEVALUATED_DF_ROWS as _MAX_UNEVALUATED_DF_ROWS,
)
from streamlit._dataframe.formats import (
    ArrowStreamExportable,
    Data,
    DataFormat,
    DataFrameGenericAlias,
    DataframeInterchangeCompatible,
    DBAPICursor,
    OptionSequence,
    PandasCompatible,
    determine_data_format,
    is_dask_object,
    is_dataframe_like,
    is_dbapi_cursor,
    is_duckdb_relation,
    is_modin_data_object,
    is_pandas_data_object,
    is_pandas_styler,
    is_polars_dataframe,
    is_polars_lazyframe,
    is_polars_series,
    is_pyspark_data_object,
    is_snowpandas_data_object,
    is_snowpark_data_object,
    is_snowpark_row_list,
    is_unevaluated_data_object,
    is_xarray_data_array,
    is_xarray_dataset,
)
from streamlit._dataframe.packages import (
    _loaded as _loaded,
)
from streamlit._dataframe.packages import (
    _require as _require,
)
from streamlit._dataframe.packages import (
    is_pandas_version_less_than,
    is_pyarrow_version_less_than,
)
from streamlit._dataframe.to_arrow import (
    convert_anything_to_arrow_bytes,
    convert_arrow_bytes_to_pandas_df,
    convert_arrow_table_to_arrow_bytes,
    convert_pandas_df_to_arrow_bytes,
    convert_pandas_df_to_arrow_table,
    determine_arrow_column_fix,
    fix_arrow_incompatible_column_types,
    get_arrow_conversion_errors,
)
from streamlit._dataframe.to_data_format import (
    convert_anything_to_list,
    convert_pandas_df_to_data_format,
)
from streamlit._dataframe.to_pandas import (
    collect_polars_lazyframe,
    convert_anything_to_pandas_df,
    has_range_index,
)

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
