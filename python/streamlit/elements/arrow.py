"""st.dataframe and st.table: dataframe-like data as an Arrow IPC stream (proto/data.proto).

Conversion is `streamlit.dataframe_util`'s; this module decides what 1.67
decides around it: which index is hidden, the column config JSON, the
layout, a pandas Styler's formatting, and st.table's header and borders.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from uuid import uuid4

import _rustlit
from streamlit import dataframe_util
from streamlit.dataframe_util import DataFormat
from streamlit.elements.lib import button_columns, lazy_dataframe
from streamlit.elements.size import height_config, width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitIncompatibleParametersError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)
from streamlit.runtime import lazy_sources
from streamlit.runtime.run_context import get_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

INDEX_IDENTIFIER = "_index"
_POSITION_PREFIX = "_pos:"

# Formats whose pandas index is an artefact of the conversion: hidden (SPEC-DATA §2.1).
_HIDDEN_INDEX_FORMATS = frozenset({
    DataFormat.SET_OF_VALUES, DataFormat.TUPLE_OF_VALUES, DataFormat.LIST_OF_VALUES, DataFormat.NUMPY_LIST,
    DataFormat.NUMPY_MATRIX, DataFormat.LIST_OF_RECORDS, DataFormat.LIST_OF_ROWS, DataFormat.COLUMN_VALUE_MAPPING,
    DataFormat.PANDAS_ARRAY, DataFormat.PANDAS_INDEX, DataFormat.POLARS_DATAFRAME, DataFormat.POLARS_SERIES,
    DataFormat.POLARS_LAZYFRAME, DataFormat.PYARROW_ARRAY,
})
# Formats whose header st.table hides by default (SPEC-DATA §5).
_HIDDEN_HEADER_FORMATS = frozenset({
    DataFormat.KEY_VALUE_DICT, DataFormat.LIST_OF_ROWS, DataFormat.LIST_OF_VALUES, DataFormat.NUMPY_LIST,
    DataFormat.NUMPY_MATRIX, DataFormat.SET_OF_VALUES, DataFormat.TUPLE_OF_VALUES, DataFormat.PANDAS_ARRAY,
    DataFormat.PYARROW_ARRAY,
})
_TABLE_ROW_CAP = 100
_BORDERS = {True: "ALL", False: "NONE", "horizontal": "HORIZONTAL"}


# ------------------------------------------------------------------ column config


def process_config_mapping(column_config: Mapping[Any, Any] | None) -> dict[Any, dict[str, Any]]:
    """The user's `column_config` as one dict per column (None hides, a str labels)."""
    if column_config is None:
        return {}
    out: dict[Any, dict[str, Any]] = {}
    for column, config in column_config.items():
        if config is None:
            out[column] = {"hidden": True}
        elif isinstance(config, str):
            out[column] = {"label": config}
        elif isinstance(config, dict):
            out[column] = copy.deepcopy(config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config", type(config).__name__, ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.",
            )
    return out


def update_column_config(config: dict[Any, dict[str, Any]], column: Any, update: dict[str, Any]) -> None:
    config.setdefault(column, {}).update(update)


def _remove_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _remove_none(v) for k, v in value.items() if v is not None}
    return value


def column_config_json(config: dict[Any, dict[str, Any]]) -> str:
    """The JSON 1.67 sends: None values removed, int keys as `_pos:<n>`, no NaN."""
    try:
        return json.dumps(
            {(f"{_POSITION_PREFIX}{k}" if isinstance(k, int) and not isinstance(k, bool) else k): v
             for k, v in _remove_none(config).items()},
            allow_nan=False,
        )
    except ValueError as e:
        raise StreamlitAPIException(f"The provided column config cannot be serialized into JSON: {e}") from e


# ------------------------------------------------------------------ Styler


def _css(selector: str, props: Iterable[Any]) -> str | None:
    text = "; ".join(f"{k}: {v}" for k, v in props if k and v is not None and str(v) != "")
    return f"{selector} {{ {text} }}" if text else None


def marshal_styler(styler: Any) -> dict[str, Any]:
    """The `PandasStyler` fields of a pandas Styler (uuid, caption, CSS, formatted values)."""
    pd = dataframe_util._require("pandas")
    max_elements = pd.get_option("styler.render.max_elements")
    size = styler.data.size
    if size > max_elements:
        raise StreamlitAPIException(
            f"The dataframe has `{size}` cells, but the maximum number of cells allowed to be rendered by Pandas "
            f"Styler is configured to `{max_elements}`. To allow more cells to be styled, you can change the "
            f'`"styler.render.max_elements"` config. For example: '
            f'`pd.set_option("styler.render.max_elements", {size})`'
        )
    if not getattr(styler, "uuid", None):  # modern pandas always makes one
        styler.set_uuid(uuid4().hex[:5])
    styler._compute()
    translated = styler._translate(False, False)
    uuid = styler.uuid
    rules: list[str] = []
    for style in translated.get("table_styles", []) or []:
        rule = _css(f"#T_{uuid} {style.get('selector', '')}", style.get("props", []))
        if rule:
            rules.append(rule)
    for key in ("cellstyle", "cellstyle_index", "cellstyle_columns"):
        for style in translated.get(key, []) or []:
            selectors = ", ".join(f"#T_{uuid}_{s}" for s in style.get("selectors", []))
            rule = _css(selectors, style.get("props", []))
            if rule:
                rules.append(rule)
    display = styler.data.astype(str)
    cell_id = re.compile(r"row(\d+)_col(\d+)")
    for row in translated.get("body", []) or []:
        for cell in row:
            if cell.get("type") != "td":
                continue
            m = cell_id.search(str(cell.get("id", "")))
            if m is None:
                continue
            r, c = int(m.group(1)), int(m.group(2))
            value = cell.get("display_value")
            if hasattr(value, "value") and type(value).__mro__[1].__name__ == "Enum":
                value = value.value
            display.iat[r, c] = str(value)
    return {
        "uuid": uuid,
        "caption": styler.caption if styler.caption is not None else "",
        "styles": "\n".join(rules),
        "display_values": dataframe_util.convert_pandas_df_to_arrow_bytes(display),
    }


# ------------------------------------------------------------------ commands


def _alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = " ".join(str(alt).split())
    return text or None


class DataMixin:
    __slots__ = ()

    def dataframe(
        self: DeltaGenerator,
        data: Any = None,
        width: Any = "stretch",
        height: Any = "auto",
        *,
        use_container_width: bool | None = None,
        hide_index: bool | None = None,
        column_order: Iterable[str] | None = None,
        column_config: Mapping[Any, Any] | None = None,
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = "multi-row",
        selection_default: Any = None,
        row_height: int | None = None,
        placeholder: str | None = None,
        lazy: bool | None = None,
        alt: str | None = None,
    ) -> Any:
        """Display a dataframe as an interactive grid (sorting, resizing, scrolling, selections)."""
        if on_select not in ("ignore", "rerun") and not callable(on_select):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        if selection_default is not None and on_select == "ignore":
            raise StreamlitIncompatibleParametersError(
                "selection_default", "on_select='ignore'",
                explanation="Set `on_select` to `'rerun'` or a callback to use `selection_default`.",
            )
        selecting = on_select != "ignore"
        modes = _selection_modes(selection_mode) if selecting else []
        if use_container_width is not None and not (isinstance(width, int) and not isinstance(width, bool)):
            width = "stretch" if use_container_width else "content"
        size = width_config(width, allow_content=True)
        tall = height_config(height, allow_content=True, default="auto")
        resolved = lazy_dataframe.resolve_lazy_source(data, lazy, selecting=selecting)
        ctx = get_ctx()
        lazy_source = None
        if isinstance(resolved, lazy_dataframe.EagerFallback):
            data = resolved.data
        elif resolved is not None and ctx is not None:
            lazy_source = resolved

        column_config, buttons = button_columns.extract(column_config)
        config = process_config_mapping(column_config)
        styler = None
        if dataframe_util.is_pandas_styler(data):
            styler = marshal_styler(data)
        pa = dataframe_util._require("pyarrow")
        lazy_data = None
        if lazy_source is not None:
            # The rows stay in the session; the element carries the first page and the schema.
            initial = dataframe_util.convert_arrow_table_to_arrow_bytes(
                lazy_source.load_rows(0, lazy_sources.DEFAULT_PAGE_SIZE)
            )
            row_count = lazy_source.row_count
            lazy_data = {
                "source_id": "", "row_count": row_count, "page_size": lazy_sources.DEFAULT_PAGE_SIZE,
                "access_mode": "RANDOM_ACCESS", "sortable": lazy_source.sortable, "initial_chunk": initial,
            }
            arrow, num_rows, names, range_index = b"", row_count or 0, list(lazy_source.schema.names), False
            if dataframe_util.determine_data_format(data) in _HIDDEN_INDEX_FORMATS:
                update_column_config(config, INDEX_IDENTIFIER, {"hidden": True})
        elif isinstance(data, pa.Table):
            arrow = dataframe_util.convert_arrow_table_to_arrow_bytes(data)
            num_rows, names, range_index = data.num_rows, [str(n) for n in data.column_names], False
        else:
            fmt = dataframe_util.determine_data_format(data)
            df = dataframe_util.convert_anything_to_pandas_df(data)
            arrow = dataframe_util.convert_pandas_df_to_arrow_bytes(df)
            num_rows, names, range_index = len(df), [str(c) for c in df.columns], dataframe_util.has_range_index(df)
            if fmt in _HIDDEN_INDEX_FORMATS:
                update_column_config(config, INDEX_IDENTIFIER, {"hidden": True})
        if hide_index is not None:
            update_column_config(config, INDEX_IDENTIFIER, {"hidden": bool(hide_index)})
        elif selecting and range_index and any(m in _ROW_MODES for m in modes):
            update_column_config(config, INDEX_IDENTIFIER, {"hidden": True})
        order = [str(c) for c in column_order] if column_order else []
        arrow_data: dict[str, Any] = {"data": arrow}
        if styler is not None:
            arrow_data["styler"] = styler
        columns_json = column_config_json(config)
        row_height_value = int(row_height) if row_height else None
        alt_text = _alt(alt)
        widget = _NO_WIDGET
        state = None
        if selecting:
            dg = self._active()
            key = to_key(key)
            check_session_state_rules(None, key)
            shape = _Shape(num_rows, names, modes)
            default = shape.validate(selection_default) if selection_default is not None else shape.empty()
            identity = {
                "selection_mode": modes, "is_selection_activated": True, "data": arrow, "width": width,
                "height": height, "column_order": order, "columns": columns_json, "default": default,
                "row_height": row_height_value, "placeholder": placeholder, "alt": alt_text,
            }
            reg = register(
                "dataframe", user_key=key, dg=dg, key_as_main_identity=_SELECTION_IDENTITY, identity=identity,
                kind="string", deserializer=shape.deserializer(default), serializer=_serialize_selection,
                callback=on_select if callable(on_select) else None, args=None, kwargs=None, disabled=False,
            )
            state = reg.value
            if reg.changed:
                state = shape.validate(state)
            widget = wire.widget_fields(
                reg.id, default=wire.text_value(_serialize_selection(default)),
                value=wire.text_value(_serialize_selection(state)), set_value=reg.changed,
            )
            path = dg._next_path()
        else:
            path = None
        clicks = button_columns.register_clicks(self._active(), buttons)
        if path is None:
            path = self._next_path()
        if lazy_data is not None and ctx is not None and lazy_source is not None:
            lazy_data["source_id"] = ctx.session.lazy_sources.register(lazy_source, path, ctx.current_fragment_id)
        _rustlit.dataframe(
            path,
            lazy_data=lazy_data,
            button_click_widgets=clicks,
            widget=widget,
            arrow_data=arrow_data,
            columns=columns_json,
            column_order=order,
            row_height=row_height_value,
            placeholder=None if placeholder is None else str(placeholder),
            alt=alt_text,
            selection_mode=[_MODE_NAMES[m] for m in modes],
            width_config=size,
            height_config=tall,
        )
        if selecting:
            return _as_state(state)
        return self._element(path)

    def table(
        self: DeltaGenerator,
        data: Any = None,
        *,
        border: Any = True,
        width: Any = "stretch",
        height: Any = "content",
        hide_index: bool | None = None,
        hide_header: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a static table (every row, no interaction)."""
        if isinstance(border, bool) or border == "horizontal":
            border_mode = _BORDERS[border]
        else:
            raise StreamlitValueError("border", ["True", "False", "'horizontal'"])
        size = width_config(width, allow_content=True)
        tall = height_config(height, allow_content=True, default="content")
        fmt = dataframe_util.determine_data_format(data)
        styler = None
        if dataframe_util.is_unevaluated_data_object(data):
            df = dataframe_util.convert_anything_to_pandas_df(data, _TABLE_ROW_CAP)
            data = df
            if hide_index is None:
                hide_index = True
        if dataframe_util.is_pandas_styler(data):
            styler = marshal_styler(data)
            if hide_index is None:
                hide_index = dataframe_util.has_range_index(data.data)
            arrow = dataframe_util.convert_pandas_df_to_arrow_bytes(data.data)
        else:
            pa = dataframe_util._require("pyarrow")
            if isinstance(data, pa.Table) or dataframe_util.is_polars_dataframe(data) or \
                    dataframe_util.is_polars_series(data) or dataframe_util.is_polars_lazyframe(data):
                arrow = dataframe_util.convert_anything_to_arrow_bytes(data)
                if hide_index is None:
                    hide_index = not _has_index_columns(arrow)
            else:
                df = dataframe_util.convert_anything_to_pandas_df(data)
                if hide_index is None:
                    hide_index = dataframe_util.has_range_index(df)
                    if isinstance(data, Iterator):
                        # 1.67 reads the data once to decide on the index and again for the
                        # table, so a one-shot iterator (a generator) shows an empty table.
                        df = dataframe_util.convert_anything_to_pandas_df(data)
                arrow = dataframe_util.convert_pandas_df_to_arrow_bytes(df)
        if hide_header is None:
            hide_header = fmt in _HIDDEN_HEADER_FORMATS
        arrow_data: dict[str, Any] = {"data": arrow}
        if styler is not None:
            arrow_data["styler"] = styler
        path = self._next_path()
        _rustlit.table(
            path,
            arrow_data=arrow_data,
            border_mode=border_mode,
            hide_index=bool(hide_index),
            hide_header=bool(hide_header),
            alt=_alt(alt),
            width_config=size,
            height_config=tall,
        )
        return self._element(path)


def _has_index_columns(arrow: bytes) -> bool:
    """A pyarrow table with pandas metadata naming index columns (a RangeIndex is not one)."""
    pa = dataframe_util._require("pyarrow")
    schema = pa.ipc.open_stream(arrow).schema
    meta = (schema.metadata or {}).get(b"pandas")
    if not meta:
        return False
    try:
        index_columns = json.loads(meta).get("index_columns", [])
    except ValueError:
        return False
    return any(isinstance(c, str) for c in index_columns)


_READ_ONLY = (
    "Widget state is read-only because modifying nested values has no effect on the app. For widget states "
    "that support programmatic updates (e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class _ReadOnlyAttrDict(dict):
    """A read-only dict whose keys are also attributes (nested dicts wrapped on access)."""

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'") from None
        return value

    def __getitem__(self, key: Any) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, dict) and not isinstance(value, _ReadOnlyAttrDict):
            return _ReadOnlyAttrDict(value)
        return value

    def _refuse(self, *_args: Any, **_kwargs: Any) -> None:
        raise TypeError(_READ_ONLY)

    __setitem__ = __delitem__ = __setattr__ = __delattr__ = _refuse
    pop = popitem = update = setdefault = clear = _refuse  # type: ignore[assignment]


class ButtonColumnClickState(_ReadOnlyAttrDict):
    """A button column's click: `row` (the row's position in the data) and `label` (the button's)."""


class DataframeSelectionState(_ReadOnlyAttrDict):
    """`rows`, `columns` and `cells` of a dataframe selection."""


class DataframeState(_ReadOnlyAttrDict):
    """What `st.dataframe(on_select=...)` returns: `{"selection": DataframeSelectionState}`."""

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        return DataframeSelectionState(value) if key == "selection" and isinstance(value, dict) else value


_NO_WIDGET = wire.widget_fields("")
_SELECTION_IDENTITY = frozenset({"selection_mode", "is_selection_activated"})
_MODE_NAMES = {
    "single-row": "SINGLE_ROW", "multi-row": "MULTI_ROW", "single-column": "SINGLE_COLUMN",
    "multi-column": "MULTI_COLUMN", "single-cell": "SINGLE_CELL", "multi-cell": "MULTI_CELL",
    "single-row-required": "SINGLE_ROW_REQUIRED",
}
_ROW_MODES = ("single-row", "multi-row", "single-row-required")
_STATE_ERROR = (
    "Selection state must be a dictionary with a 'selection' key containing 'rows', 'columns', and 'cells' arrays."
)


def _selection_modes(selection_mode: Any) -> list[str]:
    """The validated modes, in the order given (SPEC-DATA §2.2)."""
    given = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    modes: list[str] = []
    for mode in given:
        if mode not in _MODE_NAMES:
            raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(_MODE_NAMES)])
        if mode not in modes:
            modes.append(mode)
    rows = sorted(m for m in modes if m in _ROW_MODES)
    if len(rows) > 1:
        raise StreamlitIncompatibleParametersError(
            f"selection_mode='{rows[0]}'", f"selection_mode='{rows[1]}'",
            explanation="Only one row selection mode can be specified.",
        )
    for single, multi in (("single-column", "multi-column"), ("single-cell", "multi-cell")):
        if single in modes and multi in modes:
            raise StreamlitIncompatibleParametersError(f"selection_mode='{single}'", f"selection_mode='{multi}'")
    return modes


class _Shape:
    """What a selection may hold for this data: rows in range, known columns, the modes' limits."""

    def __init__(self, num_rows: int, names: list[str], modes: list[str]) -> None:
        self.num_rows = num_rows
        self.names = names
        self.modes = modes

    def empty(self) -> dict[str, Any]:
        rows = [0] if "single-row-required" in self.modes and self.num_rows > 0 else []
        return {"selection": {"rows": rows, "columns": [], "cells": []}}

    def complete(self, raw: dict[str, Any]) -> dict[str, Any]:
        """The browser's selection with missing keys filled and cells as tuples."""
        sel = raw.get("selection") if isinstance(raw, dict) else None
        sel = sel if isinstance(sel, dict) else {}
        rows = list(sel.get("rows") or [])
        if "single-row-required" in self.modes and not rows and self.num_rows > 0:
            rows = [0]
        cells = [tuple(c) for c in sel.get("cells") or []]
        return {"selection": {"rows": rows, "columns": list(sel.get("columns") or []), "cells": cells}}

    def validate(self, state: Any) -> dict[str, Any]:
        """A selection the script set (session state or selection_default), kept to what is valid."""
        if isinstance(state, DataframeState):
            state = {"selection": dict(dict.__getitem__(state, "selection"))}
        if not isinstance(state, dict) or not isinstance(state.get("selection"), dict):
            raise StreamlitAPIException(_STATE_ERROR)
        sel = state["selection"]
        rows: list[int] = []
        if any(m in _ROW_MODES for m in self.modes):
            for r in sel.get("rows") or []:
                if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < self.num_rows and r not in rows:
                    rows.append(r)
            if "multi-row" not in self.modes:
                rows = rows[:1]
            if "single-row-required" in self.modes and not rows and self.num_rows > 0:
                rows = [0]
        columns: list[str] = []
        if "single-column" in self.modes or "multi-column" in self.modes:
            columns = [c for c in sel.get("columns") or [] if isinstance(c, str) and c in self.names]
            if "multi-column" not in self.modes:
                columns = columns[:1]
        cells: list[tuple[int, str]] = []
        if "single-cell" in self.modes:
            for c in sel.get("cells") or []:
                if (isinstance(c, (list, tuple)) and len(c) == 2 and isinstance(c[0], int)
                        and 0 <= c[0] < self.num_rows and c[1] in self.names):
                    cells = [(c[0], c[1])]
                    break
        return {"selection": {"rows": rows, "columns": columns, "cells": cells}}

    def deserializer(self, default: dict[str, Any]) -> Any:
        def deserialize(raw: Any) -> dict[str, Any]:
            if raw is None:
                return _as_state(default)
            if isinstance(raw, dict):
                return _as_state(raw)
            try:
                return _as_state(self.complete(json.loads(raw)))
            except ValueError:
                return _as_state(default)

        return deserialize


def _serialize_selection(state: Any) -> str:
    if isinstance(state, DataframeState):
        state = {"selection": dict(dict.__getitem__(state, "selection"))}
    sel = state.get("selection", {}) if isinstance(state, dict) else {}
    return json.dumps({"selection": {
        "rows": list(sel.get("rows") or []), "columns": list(sel.get("columns") or []),
        "cells": [list(c) for c in sel.get("cells") or []],
    }})


def _as_state(state: Any) -> DataframeState:
    if isinstance(state, DataframeState):
        return state
    return DataframeState(state)
