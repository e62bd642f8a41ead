"""st.data_editor: st.dataframe's grid with editing (proto `DataEditor`, SPEC-DATA §4).

The browser keeps the user's edits as 1.67's edit state, JSON text
`{"edited_rows": {"<row>": {"<column>": value}}, "added_rows": [{...}], "deleted_rows": [...]}`
(the widget's `string_value`), rows as positions in the data sent. Every run this module
converts the data to pandas, applies that state (cell edits, then deletions, then additions,
each value parsed by the column's data kind) and returns the result in the input's shape.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit import dataframe_util
from streamlit.dataframe_util import DataFormat
from streamlit.elements.arrow import (
    _HIDDEN_INDEX_FORMATS,
    INDEX_IDENTIFIER,
    _alt,
    _ReadOnlyAttrDict,
    column_config_json,
    marshal_styler,
    process_config_mapping,
    update_column_config,
)
from streamlit.elements.lib import button_columns
from streamlit.elements.size import height_config, width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import StreamlitAPIException, StreamlitDataframeConversionError, StreamlitValueError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger("streamlit")

_EDITING_MODES = {"fixed": "FIXED", "dynamic": "DYNAMIC", "add": "ADD_ONLY", "delete": "DELETE_ONLY"}

# Column types the editor edits, and the data kinds each may edit (SPEC-DATA §3.4).
_COMPATIBLE: dict[str, frozenset[str]] = {
    "text": frozenset({"string", "empty"}),
    "number": frozenset({"integer", "float", "decimal", "string", "timedelta", "empty"}),
    "checkbox": frozenset({"boolean", "string", "integer", "empty"}),
    "selectbox": frozenset({"string", "boolean", "integer", "float", "empty"}),
    "date": frozenset({"date", "datetime", "empty"}),
    "time": frozenset({"time", "datetime", "empty"}),
    "datetime": frozenset({"datetime", "date", "time", "empty"}),
    "link": frozenset({"string", "empty"}),
    "list": frozenset({"list", "string", "empty"}),
    "multiselect": frozenset({"list", "string", "empty"}),
    "markdown": frozenset({"string", "empty"}),
}


class DataEditorState(_ReadOnlyAttrDict):
    """The edit state of a data editor: `edited_rows`, `added_rows`, `deleted_rows` (read-only)."""


# ------------------------------------------------------------------ data kinds


def _kind_from_arrow(field: Any) -> str | None:
    pa = dataframe_util._require("pyarrow")
    t = field.type
    checks = (
        (pa.types.is_integer, "integer"), (pa.types.is_floating, "float"), (pa.types.is_boolean, "boolean"),
        (lambda x: pa.types.is_string(x) or pa.types.is_large_string(x), "string"),
        (pa.types.is_date, "date"), (pa.types.is_time, "time"), (pa.types.is_timestamp, "datetime"),
        (pa.types.is_duration, "timedelta"), (pa.types.is_list, "list"), (pa.types.is_decimal, "decimal"),
        (pa.types.is_null, "empty"), (pa.types.is_binary, "bytes"), (pa.types.is_struct, "dict"),
    )
    for check, kind in checks:
        if check(t):
            return kind
    return None


_INFERRED = {
    "string": "string", "bytes": "bytes", "floating": "float", "mixed-integer-float": "float", "integer": "integer",
    "decimal": "decimal", "complex": "complex", "boolean": "boolean", "datetime64": "datetime",
    "datetime": "datetime", "date": "date", "timedelta64": "timedelta", "timedelta": "timedelta", "time": "time",
    "period": "period", "interval": "interval", "empty": "empty",
}


def _kind_inferred(column: Any) -> str:
    from pandas.api.types import infer_dtype

    return _INFERRED.get(infer_dtype(column), "unknown")


def _kind_from_dtype(column: Any) -> str:
    pd = dataframe_util._require("pandas")
    types = pd.api.types
    dtype = column.dtype
    if types.is_bool_dtype(dtype):
        return "boolean"
    if types.is_integer_dtype(dtype):
        return "integer"
    if types.is_float_dtype(dtype):
        return "float"
    if types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if types.is_timedelta64_dtype(dtype):
        return "timedelta"
    if isinstance(dtype, pd.PeriodDtype):
        return "period"
    if isinstance(dtype, pd.IntervalDtype):
        return "interval"
    if types.is_complex_dtype(dtype):
        return "complex"
    if not types.is_object_dtype(dtype) and types.is_string_dtype(dtype):
        return "string"
    return "unknown"


def data_kind(column: Any, field: Any = None) -> str:
    """The kind of a column's values (1.67's `ColumnDataKind` value): Arrow type first, then pandas."""
    pd = dataframe_util._require("pandas")
    if isinstance(column.dtype, pd.CategoricalDtype):
        return _kind_inferred(column.dtype.categories)
    if field is not None:
        kind = _kind_from_arrow(field)
        if kind is not None:
            return kind
    if column.dtype.name == "object":
        return _kind_inferred(column)
    return _kind_from_dtype(column)


def dataframe_schema(df: Any, arrow_schema: Any) -> dict[str, str]:
    """The data kind of the index (`_index`) and of every column, by column name."""
    schema = {INDEX_IDENTIFIER: data_kind(df.index)}
    for i, (name, column) in enumerate(df.items()):
        schema[str(name)] = data_kind(column, arrow_schema.field(i))
    return schema


# ------------------------------------------------------------------ the edit state


def _empty_state() -> dict[str, Any]:
    return {"edited_rows": {}, "added_rows": [], "deleted_rows": []}


def _deserialize(raw: Any) -> DataEditorState:
    if isinstance(raw, DataEditorState):
        return raw
    state: dict[str, Any] = _empty_state() if raw is None else json.loads(raw)
    if not isinstance(state, dict):
        state = _empty_state()
    state.setdefault("edited_rows", {})
    state.setdefault("added_rows", [])
    state.setdefault("deleted_rows", [])
    state["edited_rows"] = {int(k): v for k, v in state["edited_rows"].items()}
    return DataEditorState(state)


def _serialize(state: Any) -> str:
    return json.dumps(dict(state), default=str)


def _parse_value(value: Any, kind: str) -> Any:
    """A value the browser sent, as the column's kind holds it (None when it cannot be parsed).

    A non-finite or out-of-range number of seconds for a timedelta column raises, so that the
    caller skips the edit.
    """
    if value is None:
        return None
    pd = dataframe_util._require("pandas")
    from pandas.api.types import is_list_like

    if kind == "timedelta" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            raise ValueError("Duration seconds must be finite.")
        return pd.Timedelta(value, unit="s")
    try:
        if kind == "list":
            return list(value) if is_list_like(value) else [value]
        if kind == "empty":
            return list(value) if is_list_like(value) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return Decimal(str(value))
        if kind == "timedelta":
            return pd.Timedelta(value)
        if kind in ("datetime", "date", "time"):
            stamp = pd.Timestamp(value)
            if pd.isna(stamp):
                return None
            if kind == "date":
                return stamp.date()
            if kind == "time":
                return stamp.time()
            return stamp
    except (ValueError, TypeError, OverflowError, pd.errors.ParserError) as e:
        _LOGGER.warning("Failed to parse value %s as %s.", value, kind, exc_info=e)
        return None
    return value


def _apply_cell_edits(df: Any, edited_rows: Mapping[Any, Any], schema: dict[str, str]) -> None:
    for row, changes in edited_rows.items():
        position = int(row)
        for column, value in changes.items():
            try:
                if column == INDEX_IDENTIFIER:
                    label = _parse_value(value, schema[INDEX_IDENTIFIER])
                    df.index = df.index.delete(position).insert(position, label)
                else:
                    df.iat[position, df.columns.get_loc(column)] = _parse_value(value, schema[column])
            except (TypeError, ValueError, OverflowError, KeyError, IndexError) as e:
                _LOGGER.warning("Failed to apply edit %r to row %s, column %s. Edit ignored.", value, position,
                                column, exc_info=e)


def _assign_row(df: Any, label: Any, values: list[Any]) -> bool:
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)
            df.loc[label] = dict(zip(df.columns, values, strict=True))
    except (TypeError, ValueError, OverflowError) as e:
        _LOGGER.warning("Failed to add row. Row addition skipped.", exc_info=e)
        return False
    return True


def _apply_row_additions(df: Any, added_rows: list[Any], schema: dict[str, str]) -> None:
    if not added_rows:
        return
    pd = dataframe_util._require("pandas")
    index = df.index
    next_label: Any = None
    step: Any = None
    is_range = isinstance(index, pd.RangeIndex)
    if is_range:
        next_label, step = index.stop, index.step
    elif pd.api.types.is_integer_dtype(index.dtype):
        next_label, step = (0 if index.empty else index.max() + 1), 1
    for added in added_rows:
        label = None
        values: list[Any] = [None] * df.shape[1]
        try:
            for column, value in dict(added).items():
                if column == INDEX_IDENTIFIER:
                    label = _parse_value(value, schema[INDEX_IDENTIFIER])
                else:
                    values[df.columns.get_loc(column)] = _parse_value(value, schema[column])
        except (TypeError, ValueError, OverflowError, KeyError) as e:
            _LOGGER.warning("Failed to parse added row. Row addition skipped.", exc_info=e)
            continue
        if label is not None and not is_range:
            if label in df.index:
                _LOGGER.warning("Cannot add row because its index value already exists. Row addition skipped.")
                continue
            _assign_row(df, label, values)
            continue
        if next_label is not None:
            if _assign_row(df, next_label, values):
                next_label += step
            continue
        _LOGGER.warning(
            "Cannot automatically add row for the index of type %s without an explicit index value. "
            "Row addition skipped.", type(df.index).__name__,
        )


def apply_edits(df: Any, state: Mapping[str, Any], schema: dict[str, str]) -> Any:
    """`df` with the edit state applied: cell edits, then deletions, then additions."""
    if state.get("edited_rows"):
        _apply_cell_edits(df, state["edited_rows"], schema)
    if state.get("deleted_rows"):
        df = df.drop(df.index[list(state["deleted_rows"])])
    if state.get("added_rows"):
        _apply_row_additions(df, list(state["added_rows"]), schema)
    return df


# ------------------------------------------------------------------ checks on the data


def _supported_index(index: Any) -> bool:
    pd = dataframe_util._require("pandas")
    return type(index) in (pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex)


def _fix_column_headers(df: Any) -> None:
    pd = dataframe_util._require("pandas")
    if isinstance(df.columns, pd.MultiIndex):
        df.columns = ["_".join(map(str, header)) for header in df.columns.to_flat_index()]
    elif pd.api.types.infer_dtype(df.columns) != "string":
        df.columns = pd.Index([str(c) for c in df.columns], name=df.columns.name)


def _check_column_names(df: Any) -> None:
    if df.columns.empty:
        return
    duplicated = df.columns[df.columns.duplicated()]
    if len(duplicated) > 0:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. The following column names "
            f"are duplicated: {list(duplicated)}. Please rename the duplicated columns in the provided data."
        )
    if INDEX_IDENTIFIER in df.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX_IDENTIFIER}' is reserved for the index column and can't be used for data "
            "columns. Please rename the column in the provided data."
        )


def _stringify_incompatible(df: Any, config: dict[Any, dict[str, Any]], *, trial_conversion: bool) -> None:
    """Columns Arrow cannot type become read-only text."""
    for name, column in list(df.items()):
        if dataframe_util.determine_arrow_column_fix(column, trial_conversion=trial_conversion) is not None:
            update_column_config(config, str(name), {"disabled": True})
            df[name] = column.astype("string")


def _check_compatibility(df: Any, config: dict[Any, dict[str, Any]], schema: dict[str, str]) -> None:
    names = [INDEX_IDENTIFIER, *(str(c) for c in df.columns)]
    for name in names:
        column_config = config.get(name)
        if not column_config or column_config.get("disabled") is True:
            continue
        type_config = column_config.get("type_config")
        column_type = type_config.get("type") if isinstance(type_config, dict) else None
        if column_type is None or column_type not in _COMPATIBLE:
            continue
        if schema[name] not in _COMPATIBLE[column_type]:
            raise StreamlitAPIException(
                f"The configured column type `{column_type}` for column `{name}` is not compatible for editing "
                f"the underlying data type `{schema[name]}`.\n\nYou have following options to fix this: 1) choose "
                "a compatible type 2) disable the column 3) convert the column into a compatible data type."
            )


def _signature(df: Any, fmt: DataFormat, arrow_schema: Any, schema: dict[str, str], disabled: Any,
               disabled_columns: list[Any]) -> str:
    """A digest of the data's structure (not its values): a keyed fixed-rows editor's identity,
    so edits survive changes of values only (SPEC-DATA §4.1)."""
    pd = dataframe_util._require("pandas")
    h = hashlib.md5(usedforsecurity=False)

    def add(label: str, value: Any) -> None:
        h.update(f"{label}:{value!r}\0".encode())

    add("format", fmt.name)
    add("columns", tuple(df.columns))
    add("index_type", type(df.index).__name__)
    add("index_names", tuple((n is None, n) for n in df.index.names))
    index = df.index
    if not (isinstance(index, pd.RangeIndex) and index.start == 0 and index.stop == len(index) and index.step == 1):
        try:
            h.update(pd.util.hash_pandas_object(index, index=False).to_numpy().tobytes())
        except TypeError:
            h.update(str(index.tolist()).encode())
    for field in arrow_schema:
        add("field", (field.name, str(field.type), field.nullable))
    add("kinds", tuple(sorted(schema.items())))
    add("rows", len(df))
    if disabled is True:
        add("disabled", "all")
    elif disabled is False:
        add("disabled", "none")
    else:
        add("disabled", tuple(sorted(disabled, key=repr)) or "none")
    add("disabled_columns", tuple(sorted(disabled_columns, key=repr)))
    return h.hexdigest()


# ------------------------------------------------------------------ the command


class DataEditorMixin:
    __slots__ = ()

    def data_editor(
        self: DeltaGenerator,
        data: Any,
        *,
        width: Any = "stretch",
        height: Any = "auto",
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        num_rows: str = "fixed",
        disabled: bool | Iterable[str | int] = False,
        key: Any = None,
        on_change: Any = "rerun",
        args: Any = None,
        kwargs: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        alt: str | None = None,
    ) -> Any:
        """Display a data editor; returns the data with the user's edits, in the input's type."""
        key = to_key(key)
        if on_change is None or on_change in ("rerun", "ignore"):
            callback = None
        elif callable(on_change):
            callback = on_change
        else:
            raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])
        size = width_config(width, allow_content=True)
        tall = height_config(height, allow_content=True, default="auto")
        dg = self._active()
        check_session_state_rules(None, key, writes_allowed=False)
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not (isinstance(width, int) and not isinstance(width, bool)):
                width = "content"
            size = width_config(width, allow_content=True)
        order = list(column_order) if column_order is not None else None

        fmt = dataframe_util.determine_data_format(data)
        if fmt == DataFormat.UNKNOWN:
            raise StreamlitDataframeConversionError(
                f"The data type ({type(data).__name__}) or format is not supported by the data editor. Please "
                "convert your data into a Pandas Dataframe or another supported data format."
            )
        df = dataframe_util.convert_anything_to_pandas_df(data, ensure_copy=True)
        if not _supported_index(df.index):
            raise StreamlitAPIException(
                f"The type of the dataframe index - {type(df.index).__name__} - is not yet supported by the data "
                "editor."
            )
        _check_column_names(df)
        column_config, buttons = button_columns.extract(column_config)
        config = process_config_mapping(column_config)
        if fmt in _HIDDEN_INDEX_FORMATS:
            update_column_config(config, INDEX_IDENTIFIER, {"hidden": True})
        _fix_column_headers(df)
        _stringify_incompatible(df, config, trial_conversion=False)

        pd = dataframe_util._require("pandas")
        range_index = isinstance(df.index, pd.RangeIndex)
        if not range_index:
            update_column_config(config, INDEX_IDENTIFIER, {"required": True})
            if num_rows in ("dynamic", "add") and hide_index is True:
                _LOGGER.warning(
                    "Setting `hide_index=True` in data editor with a non-range index will not have any effect "
                    "when `num_rows` is '%s'. It is required for the user to fill in index values for adding "
                    "new rows. To hide the index, make sure to set the DataFrame index to a range index.",
                    num_rows,
                )
        if hide_index is None and range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if hide_index is not None:
            update_column_config(config, INDEX_IDENTIFIER, {"hidden": hide_index})
        if not isinstance(disabled, bool):
            disabled = list(disabled)
            for column in disabled:
                update_column_config(config, column, {"disabled": True})

        pa = dataframe_util._require("pyarrow")
        errors = dataframe_util.get_arrow_conversion_errors()
        try:
            table = pa.Table.from_pandas(df)
        except errors as first:
            _LOGGER.info("Serialization of dataframe to Arrow table was unsuccessful. Converting the "
                         "incompatible columns to strings and retrying.", exc_info=first)
            _stringify_incompatible(df, config, trial_conversion=True)
            try:
                table = pa.Table.from_pandas(df)
            except errors as e:
                raise StreamlitDataframeConversionError(f"Unable to convert dataframe to Arrow table.\n{e}") from e
        schema = dataframe_schema(df, table.schema)
        _check_compatibility(df, config, schema)
        arrow = dataframe_util.convert_arrow_table_to_arrow_bytes(table)

        columns_json = column_config_json(config)
        alt_text = _alt(alt)
        identity: dict[str, Any] = {
            "data": arrow, "width": width, "height": height, "use_container_width": use_container_width,
            "column_order": order, "column_config_mapping": str(config), "num_rows": num_rows,
            "row_height": row_height, "placeholder": placeholder, "alt": alt_text,
        }
        main_identity: bool | frozenset[str] = False
        if key is not None and num_rows == "fixed":
            main_identity = frozenset({"data_signature", "num_rows"})
            disabled_columns = [c for c, cfg in config.items() if cfg.get("disabled") is True]
            identity["data_signature"] = _signature(df, fmt, table.schema, schema, disabled, disabled_columns)
        reg = register(
            "data_editor", user_key=key, dg=dg, key_as_main_identity=main_identity, identity=identity,
            kind="string", deserializer=_deserialize, serializer=_serialize, callback=callback, args=args,
            kwargs=kwargs, disabled=disabled is True,
        )
        state = reg.value if isinstance(reg.value, Mapping) else _deserialize(None)
        # A disabled editor's buttons do nothing (1.67 registers no click widgets then).
        clicks = button_columns.register_clicks(dg, buttons) if disabled is not True else []

        path = dg._next_path()
        arrow_data: dict[str, Any] = {"data": arrow}
        if dataframe_util.is_pandas_styler(data):
            source = key or repr(path)
            data.set_uuid(hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()[:10])
            arrow_data["styler"] = marshal_styler(data)
        _rustlit.data_editor(
            path,
            widget=wire.widget_fields(reg.id, disabled=disabled is True),
            arrow_data=arrow_data,
            columns=columns_json,
            column_order=[str(c) for c in order] if order else [],
            row_height=int(row_height) if row_height else None,
            placeholder=None if placeholder is None else str(placeholder),
            alt=alt_text,
            editing_mode=_EDITING_MODES.get(num_rows, "FIXED"),
            ignore_rerun=on_change == "ignore",
            button_click_widgets=clicks,
            width_config=size,
            height_config=tall,
        )
        edited = apply_edits(df, state, schema)
        return dataframe_util.convert_pandas_df_to_data_format(edited, fmt)
