"""st.echarts_chart (proto/charts.proto `EChartsChart`, SPEC-DATA "echarts").

The option travels as strict JSON (no NaN, no JavaScript); every dataframe-like
`dataset.source` is moved out as an Arrow IPC stream named by the BLAKE2b-128
digest of its bytes and replaced by `{"name": <digest>}`. The browser renders
with echarts in its own lazy chunk. With `on_select` the chart is a widget
whose value is the selection JSON `{"selection": {"selected": [...], "areas": [...]}}`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit import dataframe_util
from streamlit.elements.arrow import _ReadOnlyAttrDict
from streamlit.elements.size import chart_sizes
from streamlit.elements.vega_charts import calc_hash
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitDataframeConversionError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger(__name__)
_NO_WIDGET = wire.widget_fields("")

# An option has no size of its own: "content" is 700 x 350 px (the Vega charts' height).
_CONTENT_WIDTH = 700
_CONTENT_HEIGHT = 350
# What pyecharts' InitOpts holds when the author chose no size: read as "not set".
_PYECHARTS_WIDTH = "900px"
_PYECHARTS_HEIGHT = "500px"

# Series and components of the ECharts GL extension, which is not bundled.
_GL_SERIES = frozenset({
    "bar3D", "flowGL", "globe", "graphGL", "line3D", "lines3D", "linesGL", "map3D", "polygons3D",
    "scatter3D", "scatterGL", "surface",
})
_GL_COMPONENTS = ("geo3D", "globe", "grid3D", "mapbox3D", "maptalks3D")
# Series of other extensions, with the package that provides each.
_EXTENSION_SERIES = {"liquidFill": "echarts-liquidfill", "wordCloud": "echarts-wordcloud"}

_JS_FUNCTION = re.compile(r"\bfunction\s*\(")
_JSCODE_MARK = "--x_x--"  # pyecharts' JsCode wrapper

_NAMED_FORMATS = frozenset({
    "plain", "localized", "dollar", "euro", "yen", "percent", "compact", "scientific", "engineering",
    "accounting", "bytes",
})
# A printf-style format: text, "%%", or one placeholder (as the browser's sprintf parses it).
_PRINTF_PART = re.compile(
    r"[^%]+|%%|(?P<slot>%(?:[1-9][0-9]*\$|\([^)]+\))?\+?(?:0|'[^$])?-?[,_]?[0-9]*(?:\.[0-9]+)?[b-gijostTuvxX])"
)

_MESSAGES = {
    "js": (
        "The provided ECharts spec contains JavaScript callbacks (e.g. `function` values or `JsCode`), "
        "which `st.echarts_chart` does not support. Only JSON-compatible option objects are supported. "
        "Use ECharts string-template formatters instead of JavaScript functions."
    ),
    "json": (
        "The provided ECharts spec could not be parsed as JSON. "
        "`st.echarts_chart` only supports JSON-compatible option objects."
    ),
    "gl": "which requires the ECharts GL extension. `st.echarts_chart` does not support 3D or WebGL charts.",
    "custom": (
        "The provided ECharts spec uses a `custom` series, which requires a JavaScript `renderItem` callback. "
        "`st.echarts_chart` only supports JSON-compatible option objects, so custom series are not supported."
    ),
    "geo": (
        "The provided ECharts spec uses a map or geo coordinate system, which requires registering GeoJSON "
        "map data. `st.echarts_chart` does not support map charts."
    ),
    "not_serializable": (
        "`st.echarts_chart` only supports JSON-compatible option objects. Pass chart data as a dataframe in "
        "`dataset.source`, which converts datetimes, NumPy values, and missing values automatically. Values "
        "anywhere else (for example `series.data`) must already be plain Python values such as `int`, "
        "`float`, `str`, `None`, lists, and dicts."
    ),
}


# ------------------------------------------------------------------ state


class EChartsSelectionState(_ReadOnlyAttrDict):
    """`selected` (per series: index, id, name, data type, data indices) and `areas` (brushes)."""


class EChartsState(_ReadOnlyAttrDict):
    """What a chart with selections returns: `{"selection": EChartsSelectionState}`, read-only."""

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        if key == "selection" and isinstance(value, dict) and not isinstance(value, EChartsSelectionState):
            return EChartsSelectionState(value)
        return super().__getitem__(key)


def _empty_state() -> EChartsState:
    return EChartsState({"selection": {"selected": [], "areas": []}})


def _deserialize(raw: Any) -> EChartsState:
    if raw is None:
        return _empty_state()
    if isinstance(raw, EChartsState):
        return raw
    try:
        parsed = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return _empty_state()
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return _empty_state()
    selection = dict(parsed["selection"])
    selection.setdefault("selected", [])
    selection.setdefault("areas", [])
    return EChartsState({**parsed, "selection": selection})


def _serialize(state: Any) -> str:
    return json.dumps(state)


# ------------------------------------------------------------------ spec


def _js_error() -> StreamlitAPIException:
    return StreamlitAPIException(_MESSAGES["js"])


def _has_jscode(value: Any) -> bool:
    """Whether a string value anywhere is pyecharts' JsCode encoding (`--x_x--code--x_x--`)."""
    if isinstance(value, str):
        s = value.strip()
        return s.startswith(_JSCODE_MARK) and s.endswith(_JSCODE_MARK) and len(s) > 2 * len(_JSCODE_MARK)
    if isinstance(value, dict):
        return any(_has_jscode(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_has_jscode(v) for v in value)
    return False


def _parse_json(text: str) -> Any:
    try:
        option = json.loads(text)
    except ValueError as e:
        # Only the part the parser did not consume can hold the callback.
        rest = text[e.pos:] if isinstance(e, json.JSONDecodeError) else text
        if _JS_FUNCTION.search(rest) or "=>" in rest:
            raise _js_error() from e
        raise StreamlitAPIException(_MESSAGES["json"]) from e
    if _has_jscode(option):
        raise _js_error()
    return option


def _list_entries(value: Any, key: str) -> Iterator[Any]:
    if value is None:
        return
    if not isinstance(value, (list, tuple)):
        raise StreamlitAPIException(
            f"The provided ECharts spec has a `{key}` value that is not a list. "
            "`st.echarts_chart` only supports JSON-compatible option objects."
        )
    yield from value


def _media(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in _list_entries(option.get("media"), "media"):
        if isinstance(entry, dict) and isinstance(entry.get("option"), dict):
            yield entry["option"]


def _variants(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The option and its timeline (`baseOption`, `options`) and `media[].option` variants."""
    yield option
    yield from _media(option)
    base = option.get("baseOption")
    if isinstance(base, dict):
        yield base
        yield from _media(base)
    for tick in _list_entries(option.get("options"), "options"):
        if isinstance(tick, dict):
            yield tick
            yield from _media(tick)


def _dicts(value: Any) -> Iterator[dict[str, Any]]:
    """A dict, or the dicts of a list."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, (list, tuple)):
        yield from (v for v in value if isinstance(v, dict))


def _series(option: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for variant in _variants(option):
        yield from _dicts(variant.get("series"))


def _check_features(option: dict[str, Any]) -> None:
    """Refuses what the bundled ECharts cannot draw (GL, extension, custom and map/geo charts)."""
    geo = any("geo" in v for v in _variants(option))
    components = sorted(c for v in _variants(option) for c in _GL_COMPONENTS if c in v)
    if components:
        raise StreamlitAPIException(
            f"The provided ECharts spec uses the `{components[0]}` component, {_MESSAGES['gl']}"
        )
    for series in _series(option):
        kind = series.get("type")
        if series.get("coordinateSystem") == "geo":
            geo = True
        if kind in _GL_SERIES:
            raise StreamlitAPIException(f"The provided ECharts spec uses the `{kind}` series, {_MESSAGES['gl']}")
        if isinstance(kind, str) and kind in _EXTENSION_SERIES:
            raise StreamlitAPIException(
                f"The provided ECharts spec uses the `{kind}` series, which requires the "
                f"`{_EXTENSION_SERIES[kind]}` extension. `st.echarts_chart` bundles only core ECharts, "
                "so this chart would render empty."
            )
        if kind == "map":
            geo = True
        if kind == "custom":
            raise StreamlitAPIException(_MESSAGES["custom"])
    if geo:
        raise StreamlitAPIException(_MESSAGES["geo"])


def _selects(option: dict[str, Any]) -> bool:
    """Whether the option enables a selection: a series' `selectedMode`, a brush or a toolbox brush."""
    for variant in _variants(option):
        if "brush" in variant:
            return True
        toolbox = variant.get("toolbox")
        for entry in toolbox if isinstance(toolbox, (list, tuple)) else [toolbox]:
            if isinstance(entry, dict) and isinstance(entry.get("feature"), dict) and "brush" in entry["feature"]:
                return True
    return any(s.get("selectedMode") for s in _series(option))


def _is_printf(text: str) -> bool:
    pos, slots = 0, 0
    while pos < len(text):
        m = _PRINTF_PART.match(text, pos)
        if m is None:
            return False
        slots += m["slot"] is not None
        pos = m.end()
    return slots > 0


def _warn_value_formatters(option: dict[str, Any]) -> None:
    tooltips = [t for v in _variants(option) for t in _dicts(v.get("tooltip"))]
    tooltips += [t for s in _series(option) for t in _dicts(s.get("tooltip"))]
    for tooltip in tooltips:
        fmt = tooltip.get("valueFormatter")
        if fmt is None or (isinstance(fmt, str) and (fmt in _NAMED_FORMATS or _is_printf(fmt))):
            continue
        _LOGGER.warning(
            "The provided ECharts spec sets a tooltip `valueFormatter` of %r, which is not a number format, "
            "so Streamlit ignores it and uses the default tooltip formatting. Use a named format such as "
            '"dollar" or "compact", or a printf-style string such as "%%.2f" '
            '(for example, "%%.2f €" instead of "{value} €").',
            fmt,
        )


def _copy(value: Any) -> Any:
    """A copy of the option's dicts and lists (dataframe sources kept as they are)."""
    if isinstance(value, dict):
        return {
            k: v if k == "source" and dataframe_util.is_dataframe_like(v) else _copy(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    return value


def _move_source(dataset: dict[str, Any], arrow: dict[str, bytes]) -> None:
    source = dataset.get("source")
    if source is None or not dataframe_util.is_dataframe_like(source):
        return
    try:
        data = dataframe_util.convert_anything_to_arrow_bytes(source)
    except Exception as e:  # pandas and pyarrow raise many kinds; 1.67 wraps them all
        raise StreamlitDataframeConversionError(
            "The provided ECharts `dataset.source` could not be converted for display. Convert or drop the "
            "columns that cannot be serialized (for example, cast object columns to strings, or call "
            f"`.sparse.to_dense()` on sparse columns).\n\n{e}"
        ) from e
    name = calc_hash(data)
    arrow.setdefault(name, data)
    dataset["source"] = {"name": name}


def normalize_spec(spec: Any) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The option as a dict (a copy) and the Arrow datasets moved out of it, in order."""
    if isinstance(spec, str):
        option = _parse_json(spec)
    elif isinstance(spec, Mapping):
        option = _copy(dict(spec))
    elif callable(getattr(spec, "dump_options", None)):
        option = _parse_json(spec.dump_options())
    else:
        raise StreamlitInvalidParameterTypeError("spec", type(spec).__name__, ["dict", "str", "pyecharts chart"])
    if not isinstance(option, dict):
        raise StreamlitInvalidParameterTypeError(
            "spec", type(option).__name__, ["dict"], detail="An ECharts spec must be a JSON object (mapping)."
        )
    _check_features(option)
    _warn_value_formatters(option)
    arrow: dict[str, bytes] = {}
    for variant in _variants(option):
        for dataset in _dicts(variant.get("dataset")):
            _move_source(dataset, arrow)
    return option, arrow


def _first_bad(value: Any, path: str) -> tuple[str, Any] | None:
    """The path and value of the first value JSON cannot hold."""
    if isinstance(value, float):
        return None if math.isfinite(value) else (path, value)
    if value is None or isinstance(value, (str, int)):
        return None
    if isinstance(value, dict):
        for k, v in value.items():
            found = _first_bad(v, f"{path}.{k}" if path else str(k))
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            found = _first_bad(v, f"{path}[{i}]")
            if found:
                return found
        return None
    return path, value


def _describe(value: Any) -> str:
    """What the bad value is, and how to fix it."""
    if isinstance(value, float):
        return f"`{'NaN' if math.isnan(value) else repr(value)}`. Use `None` for missing or non-finite numbers"
    kind = type(value)
    module = kind.__module__.split(".")[0]
    described = f"a `{kind.__qualname__ if module == 'builtins' else f'{module}.{kind.__qualname__}'}`"
    if module == "numpy" and kind.__name__ not in ("ndarray",) and hasattr(value, "item"):
        return f"{described}. Convert it with `int()`, `float()`, or `bool()`"
    if module == "pandas" and kind.__name__ in ("NaTType", "NAType"):
        return f"{described}. Use `None` for missing values"
    if isinstance(value, (dt.date, dt.time)):
        return f"{described}. Convert it with `.isoformat()`"
    if dataframe_util.is_dataframe_like(value):
        return f"{described}. Only `dataset.source` accepts dataframes and arrays, so pass the data there"
    if callable(value):
        return f'{described}. Use an ECharts string template such as `"{{b}}: {{c}}"` instead of a callback'
    return f"{described}. Convert it to a plain Python value"


def serialize_option(option: dict[str, Any]) -> str:
    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as e:
        try:
            bad = _first_bad(option, "")
        except RecursionError:
            bad = None
        detail = f" `{bad[0]}` is {_describe(bad[1])}." if bad else ""
        raise StreamlitAPIException(
            f"The provided ECharts spec is not JSON-serializable.{detail} {_MESSAGES['not_serializable']}"
        ) from e


# ------------------------------------------------------------------ size


def _own_size(value: Any, library_default: str, name: str) -> Any:
    """A pyecharts chart's InitOpts size: pixels, "stretch" for 100%, or None for the default."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if value > 0 else None
    if not isinstance(value, str) or not value.strip() or value.strip() == library_default:
        return None
    text = value.strip()
    if text == "100%":
        return "stretch"
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*px", text)
    if m:
        return int(float(m.group(1))) or None
    _LOGGER.warning(
        "The pyecharts chart passed to `st.echarts_chart` sets an unsupported `%s` of %r. Only pixel values and "
        "`100%%` are supported, so Streamlit's default is used instead. Set the `%s` parameter of "
        "`st.echarts_chart` to size the chart explicitly.",
        name, text, name,
    )
    return None


_CONTENT_SIZES = {"width": (_PYECHARTS_WIDTH, _CONTENT_WIDTH), "height": (_PYECHARTS_HEIGHT, _CONTENT_HEIGHT)}


def _content_size(spec: Any, name: str) -> Any:
    """What "content" stands for: a pyecharts chart's own size, else 700 x 350 px."""
    library_default, default = _CONTENT_SIZES[name]
    own = _own_size(getattr(spec, name, None), library_default, name)
    return default if own is None else own


def _alt(alt: Any) -> str | None:
    if alt is None:
        return None
    text = str(alt).strip()
    if not text:
        _LOGGER.warning("An empty `alt` is treated as no alt text.")
        return None
    return text


# ------------------------------------------------------------------ command


class EChartsMixin:
    __slots__ = ()

    def echarts_chart(
        self: DeltaGenerator,
        spec: Any,
        *,
        width: Any = "stretch",
        height: Any = "content",
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        renderer: Any = "canvas",
        alt: str | None = None,
    ) -> Any:
        """Display an interactive Apache ECharts chart from an option dict, JSON text or a pyecharts chart."""
        chart_sizes(width, height)
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if renderer not in ("canvas", "svg"):
            raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
        if not callable(on_select) and not (isinstance(on_select, str) and on_select in ("rerun", "ignore")):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        key = to_key(key)
        selecting = on_select != "ignore"
        if selecting:
            check_session_state_rules(None, key, writes_allowed=False)
        option, arrow = normalize_spec(spec)
        alt_text = _alt(alt)
        if selecting and not _selects(option):
            _LOGGER.warning(
                "`st.echarts_chart` has selections activated through `on_select`, but the provided spec doesn't "
                "enable any: no series sets `selectedMode`, there is no `brush` component, and no "
                "`toolbox.feature.brush`. The chart will render, but it will never return a selection."
            )
        spec_json = serialize_option(option)
        datasets = [{"name": name, "data": {"data": data}, "has_name": True} for name, data in arrow.items()]
        size, tall = chart_sizes(width, height, own_size=lambda name: _content_size(spec, name))
        widget = _NO_WIDGET
        state = None
        if selecting:
            dg = self._active()
            identity = {
                "spec": spec_json, "theme": theme, "renderer": renderer, "width": width, "height": height,
                "is_selection_activated": True, "alt": alt_text,
            }
            reg = register(
                "echarts_chart", user_key=key, dg=dg, key_as_main_identity=frozenset({"is_selection_activated"}),
                identity=identity, kind="string", deserializer=_deserialize, serializer=_serialize,
                callback=on_select if callable(on_select) else None, args=None, kwargs=None, disabled=False,
            )
            state = reg.value
            widget = wire.widget_fields(reg.id, default=wire.text_value(_serialize(_empty_state())))
            path = dg._next_path()
        else:
            path = self._next_path()
        _rustlit.echarts_chart(
            path,
            widget=widget,
            spec=spec_json,
            theme=theme or "",
            renderer="SVG" if renderer == "svg" else "CANVAS",
            alt=alt_text,
            datasets=datasets,
            width_config=size,
            height_config=tall,
        )
        if selecting:
            return state
        return self._element(path)
