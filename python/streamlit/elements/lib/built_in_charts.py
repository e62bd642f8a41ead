"""The Altair chart behind st.line_chart, st.area_chart, st.bar_chart and st.scatter_chart,
built as Streamlit 1.67 builds it (SPEC-DATA §6): which columns are x, y, colour and size, the
index as x, several y columns melted into one, and the encodings, tooltips and hover layer."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, NoReturn

from streamlit import dataframe_util
from streamlit.elements.lib.color_util import is_builtin_color_name, is_color_like, is_color_tuple_like, to_css_color
from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError


class ChartType(Enum):
    AREA = "area"
    VERTICAL_BAR = "bar"
    HORIZONTAL_BAR = "hbar"
    LINE = "line"
    SCATTER = "circle"

    @property
    def mark(self) -> str:
        return "bar" if self is ChartType.HORIZONTAL_BAR else self.value


_COLOR_LEGEND = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}
_SUFFIX = " -- streamlit-generated"
_INDEX_TITLE = "index"
_VALUE_TITLE = "value"
_COLOR_TITLE = "color"
INDEX_COLUMN = _INDEX_TITLE + _SUFFIX
VALUE_COLUMN = _VALUE_TITLE + _SUFFIX
COLOR_COLUMN = _COLOR_TITLE + _SUFFIX
MISSING_COLUMN = "DOES_NOT_EXIST" + _SUFFIX
_ALIAS_PREFIX = "col" + _SUFFIX + "-"
_SPECIAL_CHARS = (".", "[", "]", "\\")
# More rows than this: the hover layer samples the mouse less often.
_LARGE_DATASET = 1000
STACK_VALUES = frozenset({None, True, False, "normalize", "center", "layered"})


def check_stack(stack: Any) -> None:
    if stack not in STACK_VALUES:
        raise StreamlitValueError("stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


def _not_found(df: Any, name: str) -> NoReturn:
    columns = ", ".join(str(c) for c in list(df.columns))
    raise StreamlitAPIException(f'Data does not have a column named `"{name}"`. Available columns are `{columns}`')


def _length_mismatch(colors: object, y_columns: list[str]) -> NoReturn:
    raise StreamlitAPIException(
        f"The list of colors `{colors}` must have the same length as the list of columns to be colored "
        f"`{y_columns}`."
    )


def infer_vegalite_type(series: Any) -> str:
    from pandas.api.types import infer_dtype

    kind = infer_dtype(series)
    if kind in ("floating", "mixed-integer-float", "integer", "mixed-integer", "complex"):
        return "quantitative"
    if kind == "categorical" and series.cat.ordered:
        return "ordinal"
    if kind in ("string", "bytes", "categorical", "boolean", "mixed", "unicode"):
        return "nominal"
    if kind in ("datetime", "datetime64", "timedelta", "timedelta64", "date", "time", "period"):
        return "temporal"
    return "nominal"


def _is_date_column(df: Any, name: str | None) -> bool:
    if name is None:
        return False
    column = df[name]
    return column.size > 0 and isinstance(column.iat[0], date)


class _Columns:
    """The chart's columns after preparation, and the original names of aliased ones."""

    def __init__(self) -> None:
        self.x: str | None = None
        self.y: str | None = None
        self.y_list: list[str] = []
        self.color: str | None = None
        self.size: str | None = None
        self.sort: str | None = None
        self.alias: dict[str, str] = {}

    def title(self, name: str) -> str:
        return self.alias.get(name, name)


def _parse_y(df: Any, y: Any, x: str | None) -> list[str]:
    if y is None:
        names = list(df.columns)
    elif isinstance(y, str):
        names = [y]
    else:
        names = [str(c) for c in dataframe_util.convert_anything_to_list(y)]
    for name in names:
        if name not in df.columns:
            _not_found(df, name)
    if x in names and (not y or x not in y):
        names.remove(x)
    return names


def _column_or_value(df: Any, arg: Any) -> tuple[str | None, Any]:
    if isinstance(arg, str) and arg in df.columns:
        return arg, None
    return None, arg


def _rename_special(df: Any, cols: _Columns) -> None:
    """Column names as strings; names Vega-Lite reads as paths (`.`, `[`, `]`, `\\`) get aliases."""
    import pandas as pd

    names = [str(c) for c in list(df.columns)]
    reserved = {n for n in names if not any(ch in n for ch in _SPECIAL_CHARS)}
    first_alias: dict[str, str] = {}
    aliases_of: dict[str, list[str]] = {}
    final: list[str] = []
    for i, name in enumerate(names):
        if any(ch in name for ch in _SPECIAL_CHARS):
            alias = f"{_ALIAS_PREFIX}{i}"
            n = 0
            while alias in reserved or alias in cols.alias:
                n += 1
                alias = f"{_ALIAS_PREFIX}{i}-{n}"
            cols.alias[alias] = name
            first_alias.setdefault(name, alias)
            aliases_of.setdefault(name, []).append(alias)
            final.append(alias)
        else:
            final.append(name)
    df.columns = pd.Index(final)

    def remap(name: str | None) -> str | None:
        return None if name is None else first_alias.get(str(name), str(name))

    def remap_y(name: str) -> str:
        found = aliases_of.get(str(name))
        return found.pop(0) if found else first_alias.get(str(name), str(name))

    cols.x, cols.color, cols.size, cols.sort = remap(cols.x), remap(cols.color), remap(cols.size), remap(cols.sort)
    cols.y_list = [remap_y(c) for c in cols.y_list]


def _melt(df: Any, keep: list[str], melt: list[str]) -> Any:
    import pandas as pd
    from pandas.api.types import infer_dtype

    melted = pd.melt(df, id_vars=keep, value_vars=melt, var_name=COLOR_COLUMN, value_name=VALUE_COLUMN)
    values = melted[VALUE_COLUMN]
    if values.dtype == "object" and "mixed" in infer_dtype(values) and len(values.unique()) > 100:
        raise StreamlitAPIException(
            "The columns used for rendering the chart contain too many values with mixed types. Please select the "
            "columns manually via the y parameter."
        )
    return dataframe_util.fix_arrow_incompatible_column_types(
        melted, selected_columns=[*keep, COLOR_COLUMN, VALUE_COLUMN], trial_conversion=False
    )


def _prepare(df: Any, cols: _Columns) -> Any:
    if cols.x is None and cols.y_list:
        cols.x = INDEX_COLUMN if df.index.name is None else str(df.index.name)
        df.index.name = cols.x
        df = df.reset_index()
    keep: list[str] = []
    for name in (cols.x, cols.color, cols.size, cols.sort, *cols.y_list):
        if name is not None and name not in keep:
            keep.append(name)
    df = df[keep]
    if cols.color is not None and len(df[cols.color]) and is_color_tuple_like(df[cols.color].iat[0]):
        df.loc[:, cols.color] = df[cols.color].apply(to_css_color)
    _rename_special(df, cols)
    if len(cols.y_list) == 1:
        cols.y = cols.y_list[0]
    elif len(cols.y_list) > 1 and cols.x is not None:
        cols.y = VALUE_COLUMN
        cols.color = COLOR_COLUMN
        ids = [cols.x]
        for extra in (cols.size, cols.sort):
            if extra and extra not in ids:
                ids.append(extra)
        df = _melt(df, ids, cols.y_list)
        if cols.alias:
            df[COLOR_COLUMN] = df[COLOR_COLUMN].map(lambda v: cols.alias.get(v, v))
            cols.y_list = [cols.alias.get(c, c) for c in cols.y_list]
    return df


def _axis(df: Any, name: str | None, grid: bool) -> Any:
    import altair as alt
    from pandas.api.types import is_integer_dtype

    if name is not None and is_integer_dtype(df[name]):
        return alt.Axis(tickMinStep=1, grid=grid)
    return alt.Axis(grid=grid)


def _x_encoding(df: Any, chart: ChartType, column: str | None, given: Any, label: str | None,
                cols: _Columns) -> Any:
    import altair as alt

    if column is None:
        field, title = MISSING_COLUMN, ""
    elif column == INDEX_COLUMN:
        field, title = column, ""
    else:
        field, title = column, "" if given is None else cols.title(column)
    if label is not None:
        title = label
    if column is None:
        kind = "quantitative"
    elif chart is ChartType.VERTICAL_BAR and not _is_date_column(df, column):
        kind = "ordinal"
    else:
        kind = infer_vegalite_type(df[column])
    return alt.X(field, title=title, type=kind, scale=alt.Scale(),
                 axis=_axis(df, column, grid=chart is ChartType.HORIZONTAL_BAR))


def _y_encoding(df: Any, chart: ChartType, column: str | None, given: Any, label: str | None,
                cols: _Columns) -> Any:
    import altair as alt

    if column is None:
        field, title = MISSING_COLUMN, ""
    elif column == VALUE_COLUMN:
        field, title = column, ""
    else:
        field, title = column, "" if given is None else cols.title(column)
    if label is not None:
        title = label
    if chart is ChartType.HORIZONTAL_BAR and not _is_date_column(df, column):
        kind = "ordinal"
    elif column:
        kind = infer_vegalite_type(df[column])
    else:
        kind = "quantitative"
    return alt.Y(field=field, title=title, type=kind, scale=alt.Scale(),
                 axis=_axis(df, column, grid=chart is not ChartType.HORIZONTAL_BAR))


def _color_encoding(df: Any, value: Any, cols: _Columns, given: Any) -> Any:
    import altair as alt

    if value is not None and not (isinstance(value, (list, tuple)) and len(value) == 0):
        if is_color_like(value):
            if len(cols.y_list) != 1:
                _length_mismatch([value] if value else [], cols.y_list)
            return alt.ColorValue(to_css_color(value))
        if isinstance(value, str) and is_builtin_color_name(value):
            if len(cols.y_list) != 1:
                _length_mismatch([value] if value else [], cols.y_list)
            return alt.ColorValue(value)
        if isinstance(value, (list, tuple)):
            if len(value) != len(cols.y_list):
                _length_mismatch(value, cols.y_list)
            if len(value) == 1:
                first = value[0]
                return alt.ColorValue(first if isinstance(first, str) and is_builtin_color_name(first)
                                      else to_css_color(first))
            colors = [c if isinstance(c, str) and is_builtin_color_name(c) else to_css_color(c) for c in value]
            return alt.Color(field=cols.color if cols.color is not None else alt.Undefined,
                             scale=alt.Scale(domain=cols.y_list, range=colors), legend=_COLOR_LEGEND,
                             type="nominal", title=" ")
        raise StreamlitAPIException(
            f"""
This does not look like a valid color argument: `{given}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """
        )
    if cols.color is None:
        return None
    melted = cols.color == COLOR_COLUMN
    encoding = alt.Color(field=cols.color, legend=_COLOR_LEGEND,
                         type="nominal" if melted else infer_vegalite_type(df[cols.color]))
    if melted:
        encoding["title"] = " "
    else:
        if cols.color in cols.alias:
            encoding["title"] = cols.alias[cols.color]
        if len(df[cols.color]) and is_color_like(df[cols.color].iat[0]):
            encoding["scale"] = alt.Scale(range=[to_css_color(c) for c in df[cols.color].unique()])
            encoding["legend"] = None
    return encoding


def _size_encoding(chart: ChartType, cols: _Columns, value: Any) -> Any:
    import altair as alt

    if chart is not ChartType.SCATTER:
        return None
    if cols.size is not None:
        return alt.Size(cols.size, title=cols.title(cols.size), legend=_SIZE_LEGEND)
    if isinstance(value, (float, int)):
        return alt.SizeValue(value)
    if value is None:
        return alt.SizeValue(100)
    raise StreamlitValueError("size", ["a column name", "a number"], detail=f"Got {value!r}.")


def _tooltips(cols: _Columns, color_encoding: Any) -> list[Any]:
    import altair as alt

    assert cols.x is not None and cols.y is not None
    tips = []
    if cols.x == INDEX_COLUMN:
        tips.append(alt.Tooltip(cols.x, title=_INDEX_TITLE))
    elif cols.x in cols.alias:
        tips.append(alt.Tooltip(cols.x, title=cols.alias[cols.x]))
    else:
        tips.append(alt.Tooltip(cols.x))
    if cols.y == VALUE_COLUMN:
        tips.append(alt.Tooltip(cols.y, title=_VALUE_TITLE, type="quantitative"))
    elif cols.y in cols.alias:
        tips.append(alt.Tooltip(cols.y, title=cols.alias[cols.y]))
    else:
        tips.append(alt.Tooltip(cols.y))
    if cols.color and getattr(color_encoding, "legend", True) is not None:
        if cols.color == COLOR_COLUMN:
            tips.append(alt.Tooltip(cols.color, title=_COLOR_TITLE, type="nominal"))
        elif cols.color in cols.alias:
            tips.append(alt.Tooltip(cols.color, title=cols.alias[cols.color]))
        else:
            tips.append(alt.Tooltip(cols.color))
    if cols.size:
        tips.append(alt.Tooltip(cols.size, title=cols.alias[cols.size]) if cols.size in cols.alias
                    else alt.Tooltip(cols.size))
    return tips


def _sort(encoding: Any, sort: Any, cols: _Columns) -> None:
    import altair as alt

    if sort is False:
        encoding["sort"] = None
    elif sort is not True:
        order = "descending" if sort.startswith("-") else "ascending"
        name = sort.removeprefix("-")
        name = next((alias for alias, original in cols.alias.items() if original == name), name)
        encoding["sort"] = alt.SortField(field=name, order=order)


def generate_chart(
    chart: ChartType, data: Any, *, x: Any = None, y: Any = None, x_label: str | None = None,
    y_label: str | None = None, color: Any = None, size: Any = None, width: Any = None, height: Any = None,
    stack: Any = None, sort: Any = False,
) -> Any:
    """The Altair chart 1.67 builds for these arguments."""
    import altair as alt

    df = dataframe_util.convert_anything_to_pandas_df(data, ensure_copy=True)
    cols = _Columns()
    if x is not None:
        if not isinstance(x, str):
            raise StreamlitInvalidParameterTypeError(
                "x", type(x).__name__, ["str", "None"],
                detail="Pass a column name or None to use the dataframe's index.",
            )
        if x not in df.columns:
            _not_found(df, x)
        cols.x = x
    cols.y_list = _parse_y(df, y, cols.x)
    cols.color, color_value = _column_or_value(df, color)
    cols.size, size_value = _column_or_value(df, size)
    if sort is not True and sort is not False:
        cols.sort = sort.removeprefix("-")
        if cols.sort not in df.columns:
            _not_found(df, cols.sort)
    df = _prepare(df, cols)

    if chart is ChartType.HORIZONTAL_BAR:
        x_enc = _x_encoding(df, chart, cols.y, y, y_label, cols)
        y_enc = _y_encoding(df, chart, cols.x, x, x_label, cols)
        stacked, sorted_ = x_enc, y_enc
    else:
        x_enc = _x_encoding(df, chart, cols.x, x, x_label, cols)
        y_enc = _y_encoding(df, chart, cols.y, y, y_label, cols)
        stacked, sorted_ = y_enc, x_enc
    if stack is not None:
        stacked["stack"] = False if stack == "layered" else stack
    if chart in (ChartType.VERTICAL_BAR, ChartType.HORIZONTAL_BAR):
        _sort(sorted_, sort, cols)

    chart_width = width if isinstance(width, int) and not isinstance(width, bool) else None
    chart_height = height if isinstance(height, int) and not isinstance(height, bool) else None
    result = alt.Chart(data=df, mark=chart.mark, width=chart_width or 0, height=chart_height or 0).encode(
        x=x_enc, y=y_enc
    )
    if stack is False and cols.color is not None:
        field = cols.color
        x_offset = alt.XOffset(field=field) if chart is ChartType.VERTICAL_BAR else alt.XOffset()
        y_offset = alt.YOffset(field=field) if chart is ChartType.HORIZONTAL_BAR else alt.YOffset()
        result = result.encode(xOffset=x_offset, yOffset=y_offset)
    if cols.color and (chart is ChartType.AREA or stack == "layered"):
        result = result.encode(opacity=alt.OpacityValue(0.7))
    color_enc = _color_encoding(df, color_value, cols, color)
    if color_enc is not None:
        result = result.encode(color=color_enc)
    size_enc = _size_encoding(chart, cols, size_value)
    if size_enc is not None:
        result = result.encode(size=size_enc)
    if cols.x is not None and cols.y is not None:
        result = result.encode(tooltip=_tooltips(cols, color_enc))
    if chart is ChartType.LINE and cols.x is not None:
        nearest = alt.selection_point(
            nearest=True, on="mousemove{16}" if len(df) > _LARGE_DATASET else "mousemove", fields=[cols.x],
            empty=False, clear="mouseleave",
        )
        detection = result.mark_point(opacity=0).add_params(nearest)
        highlight = result.mark_point(filled=True, size=65).transform_filter(nearest)
        layered = alt.layer(result, detection, highlight).configure_legend(symbolType="stroke").properties(
            width=chart_width or 0, height=chart_height or 0
        )
        return layered.interactive()
    return result.interactive()
