"""st.plotly_chart (proto/charts.proto `PlotlyChart`, SPEC-DATA §8).

The figure travels as plotly's own JSON (`plotly.io.to_json`, numeric arrays as
base64 typed arrays) and the plotly.js config as JSON; the browser renders it
with plotly.js in its own lazy chunk. Importing this module registers the plotly
template `streamlit` and makes it plotly's default, as 1.67 does: figures then
carry placeholder colours (`#0000NN`) that the browser replaces with the page's
theme colours. With `on_select` the chart is a widget whose value is the
selection JSON.
"""

from __future__ import annotations

import importlib.util
import json
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.arrow import _ReadOnlyAttrDict
from streamlit.elements.size import chart_sizes
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import StreamlitValueError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_SELECTION_MODES = ("box", "lasso", "points")
_NO_WIDGET = wire.widget_fields("")
# plotly.js's own default size, which 1.67 gives a "content" chart without a layout size.
_DEFAULT_WIDTH = 700
_DEFAULT_HEIGHT = 450


def _placeholder(n: int) -> str:
    """The placeholder colour number `n` (`#000001`...), replaced by a theme colour in the browser."""
    return f"#{n:06d}"


def _scale(first: int) -> list[list[Any]]:
    """A ten-stop colour scale of placeholders `first`..`first + 9`."""
    return [[0.0 if i == 0 else 1.0 if i == 9 else i / 9, _placeholder(first + i)] for i in range(10)]


def _streamlit_template() -> dict[str, Any]:
    """The `streamlit` plotly template of 1.67: placeholders for the categorical (1-10),
    sequential (11-20) and diverging (21-30) palettes, increasing/decreasing/total (32-34),
    gray 70/90 (36/37), background (38), faded text (39) and the mixed background (40)."""
    seq = _scale(11)
    increasing, decreasing, total = _placeholder(32), _placeholder(33), _placeholder(34)
    gray70, gray90, bg, faded, bg_mix = (_placeholder(n) for n in (36, 37, 38, 39, 40))
    return {
        "data": {
            "candlestick": [{"decreasing": {"line": {"color": decreasing}},
                             "increasing": {"line": {"color": increasing}}}],
            "contour": [{"colorscale": seq}],
            "contourcarpet": [{"colorscale": seq}],
            "heatmap": [{"colorscale": seq}],
            "histogram2d": [{"colorscale": seq}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": gray70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [{
                "cells": {"fill": {"color": bg}, "font": {"color": gray90}, "line": {"color": faded}},
                "header": {"font": {"color": gray70}, "line": {"color": faded}, "fill": {"color": bg_mix}},
            }],
            "waterfall": [{
                "increasing": {"marker": {"color": increasing}},
                "decreasing": {"marker": {"color": decreasing}},
                "totals": {"marker": {"color": total}},
                "connector": {"line": {"color": gray70, "width": 2}},
            }],
        },
        "layout": {
            "colorway": [_placeholder(n) for n in range(1, 11)],
            "colorscale": {"sequential": seq, "sequentialminus": seq, "diverging": _scale(21)},
            "coloraxis": {"colorscale": seq},
        },
    }


def configure_streamlit_plotly_theme() -> None:
    """Register the `streamlit` template and make it plotly's default, if plotly is installed."""
    if importlib.util.find_spec("plotly") is None:
        return
    import plotly.graph_objects as go
    import plotly.io as pio

    pio.templates["streamlit"] = go.layout.Template(_streamlit_template())
    pio.templates.default = "streamlit"


configure_streamlit_plotly_theme()


# ------------------------------------------------------------------ state


class PlotlySelectionState(_ReadOnlyAttrDict):
    """`points`, `point_indices`, `box` and `lasso` of a plotly selection."""


class PlotlyState(_ReadOnlyAttrDict):
    """What a chart with selections returns: `{"selection": PlotlySelectionState}`, read-only."""

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        if key == "selection" and isinstance(value, dict) and not isinstance(value, PlotlySelectionState):
            return PlotlySelectionState(value)
        return super().__getitem__(key)


def _empty_state() -> PlotlyState:
    return PlotlyState({"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}})


def _deserialize(raw: Any) -> PlotlyState:
    if raw is None:
        return _empty_state()
    if isinstance(raw, PlotlyState):
        return raw
    try:
        parsed = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return _empty_state()
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return _empty_state()
    return PlotlyState(parsed)


def _serialize(state: Any) -> str:
    return json.dumps(state, default=str)


def parse_selection_mode(selection_mode: Any) -> list[str]:
    """The selection modes, checked as 1.67 checks them, sorted."""
    modes = {selection_mode} if isinstance(selection_mode, str) else set(selection_mode)
    if not modes.issubset(_SELECTION_MODES):
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in _SELECTION_MODES])
    return sorted(modes)


# ------------------------------------------------------------------ size


def _layout_size(figure: Any, name: str) -> int | None:
    if isinstance(figure, dict):
        layout = figure.get("layout")
        value = layout.get(name) if isinstance(layout, dict) else None
    else:
        value = getattr(getattr(figure, "layout", None), name, None)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0:
        return int(value)
    return None


def _own_size(figure: Any, name: str, default: int) -> int:
    """1.67's "content" size: the figure's layout size in pixels, else plotly.js's default."""
    size = _layout_size(figure, name)
    return default if size is None else size


# ------------------------------------------------------------------ command


class PlotlyChartMixin:
    __slots__ = ()

    def plotly_chart(
        self: DeltaGenerator,
        figure_or_data: Any,
        use_container_width: bool | None = None,
        *,
        width: Any = "stretch",
        height: Any = "content",
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = ("points", "box", "lasso"),
        config: dict[str, Any] | None = None,
        alt: str | None = None,
    ) -> Any:
        """Display an interactive Plotly chart (a figure, its data or a dict)."""
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        chart_sizes(width, height)
        import plotly.io
        import plotly.tools

        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if on_select not in ("ignore", "rerun") and not callable(on_select):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        key = to_key(key)
        selecting = on_select != "ignore"
        if selecting:
            check_session_state_rules(None, key, writes_allowed=False)
        kind = type(figure_or_data)
        if f"{kind.__module__}.{kind.__qualname__}" == "matplotlib.figure.Figure":
            figure = plotly.tools.mpl_to_plotly(figure_or_data)
        else:
            figure = plotly.tools.return_figure_from_figure_or_data(figure_or_data, validate_figure=True)
        spec = plotly.io.to_json(figure, validate=False)
        config_json = json.dumps(config or {})
        alt_text = None if alt is None else (str(alt).strip() or None)
        defaults = {"width": _DEFAULT_WIDTH, "height": _DEFAULT_HEIGHT}
        size, tall = chart_sizes(width, height, own_size=lambda name: _own_size(figure, name, defaults[name]))
        widget = _NO_WIDGET
        modes: list[str] = []
        state = None
        if selecting:
            dg = self._active()
            modes = parse_selection_mode(selection_mode)
            identity = {
                "plotly_spec": spec, "plotly_config": config_json, "selection_mode": modes,
                "is_selection_activated": True, "theme": theme, "width": width, "height": height,
                "alt": alt_text,
            }
            reg = register(
                "plotly_chart", user_key=key, dg=dg, key_as_main_identity=False, identity=identity,
                kind="string", deserializer=_deserialize, serializer=_serialize,
                callback=on_select if callable(on_select) else None, args=None, kwargs=None, disabled=False,
            )
            state = reg.value
            widget = wire.widget_fields(reg.id, default=wire.text_value(_serialize(_empty_state())))
            path = dg._next_path()
        else:
            path = self._next_path()
        _rustlit.plotly_chart(
            path,
            widget=widget,
            spec=spec,
            config=config_json,
            theme=theme or "",
            selection_mode=modes,
            alt=alt_text,
            width_config=size,
            height_config=tall,
        )
        if selecting:
            return state
        return self._element(path)

