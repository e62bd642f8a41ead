"""st.map and st.pydeck_chart (proto/maps.proto `DeckGlJsonChart`, SPEC-DATA §9).

Both send a deck as pydeck's JSON. `st.map` builds a deck with one
`ScatterplotLayer` from the latitude/longitude columns (size and colour as a
value or a column), centred on the data and zoomed to fit as 1.67 builds it;
`st.pydeck_chart` sends `Deck.to_json()` with the deck's tooltip. The browser
renders the deck with deck.gl in the lazy `maps` chunk, over a Carto base map
when one can load. With `on_select` a pydeck chart is a widget whose value is
the selection JSON `{"selection": {"indices": {...}, "objects": {...}}}`.
"""

from __future__ import annotations

import copy
import json
import os
import weakref
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit import dataframe_util
from streamlit.elements.arrow import _ReadOnlyAttrDict
from streamlit.elements.lib.color_util import is_color_like
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.lib.image_utils import normalize_alt
from streamlit.elements.size import chart_sizes
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitInvalidColorError,
    StreamlitInvalidParameterTypeError,
    StreamlitValueError,
)

if TYPE_CHECKING:
    from pandas import DataFrame

    from streamlit.delta_generator import DeltaGenerator

# The deck of an empty map (no data, or no deck).
EMPTY_MAP: dict[str, Any] = {"initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1}}

# Column names st.map looks for, in the order 1.67 iterates its sets (set order of these
# strings is not stable across processes, so the first match in this order is taken).
_LAT_NAMES = ("lat", "latitude", "LAT", "LATITUDE")
_LON_NAMES = ("lon", "longitude", "LON", "LONGITUDE")
_DEFAULT_COLOR = "primary"
_DEFAULT_SIZE = 100
_DEFAULT_ZOOM = 12
# Degrees of longitude that fit in the map at zoom 0, 1, ... (OpenStreetMap's zoom levels).
_ZOOM_LEVELS = (360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352, 0.176, 0.088,
                0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005, 0.00025)
_DEFAULT_HEIGHT = 500
_SELECTION_MODES = {"single-object": "SINGLE_OBJECT", "multi-object": "MULTI_OBJECT"}
_NO_WIDGET = wire.widget_fields("")


def _deprecated_use_container_width() -> None:
    show_deprecation(
        "Please replace `use_container_width` with `width`.\n\n"
        "`use_container_width` will be removed after 2025-12-31.\n\n"
        "For `use_container_width=True`, use `width='stretch'`. "
        "For `use_container_width=False`, specify an integer width.",
        show_in_browser=False,
    )


def _sizes(width: Any, height: Any) -> tuple[Any, Any]:
    """The envelope's width and height configs; neither takes "content" (1.67's WidthWithoutContent).
    The height is always sent (500 px by default)."""
    return chart_sizes(width, height, allow_content=False, height_default=None)


# ------------------------------------------------------------------ st.map


def _int_color(color: Any) -> list[int]:
    """A hex string or RGB(A) tuple as [r, g, b, a] ints 0-255 (floats are fractions of 255)."""
    value: Any = color
    if isinstance(color, str) and color.startswith("#") and color[1:].isalnum() and len(color) in (4, 5, 7, 9):
        digits = color[1:]
        if len(digits) in (3, 4):
            pairs = [2 * c for c in digits]
        else:
            pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
        if len(pairs) == 3:
            pairs.append("ff")
        try:
            value = tuple(int(p, 16) for p in pairs)
        except ValueError as ex:
            raise StreamlitInvalidColorError(color) from ex
    if isinstance(value, (tuple, list)) and len(value) in (3, 4) and all(isinstance(c, (int, float)) for c in value):
        out = []
        for c in value:
            if isinstance(c, float):
                c = int(c * 255)
            out.append(min(255, max(int(c), 0)))
        return out
    raise StreamlitInvalidColorError(color)


def _lat_lon_column(df: DataFrame, human: str, given: str | None, names: tuple[str, ...]) -> str:
    if isinstance(given, str) and given in df.columns:
        name = given
    else:
        found = next((n for n in names if n in df.columns), None)
        if found is None:
            allowed = ", ".join(map(repr, sorted(names)))
            existing = ", ".join(map(repr, list(df.columns)))
            raise StreamlitAPIException(
                f"Map data must contain a {human} column named: {allowed}. Existing columns: {existing}",
                error_id="map-missing-lat-lon-column",
            )
        name = found
    if any(df[name].isna().array):
        raise StreamlitAPIException(
            f"Column {name} is not allowed to contain null values, such as NaN, NaT, or None.",
            error_id="map-column-contains-nulls",
        )
    return name


def _value_or_column(df: DataFrame, value_or_name: Any, default: Any) -> tuple[Any, str | None]:
    """(the pydeck argument, the column) for `size`/`color`: a column name becomes `@@=<name>`."""
    if isinstance(value_or_name, str) and value_or_name in df.columns:
        return f"@@={value_or_name}", value_or_name
    return (default if value_or_name is None else value_or_name), None


def _zoom_for(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM


def map_json(data: Any, lat: str | None, lon: str | None, size: Any, color: Any, zoom: int | None) -> str:
    """The deck st.map sends, as JSON."""
    if data is None or (hasattr(data, "empty") and data.empty):
        return json.dumps(EMPTY_MAP)
    df = dataframe_util.convert_anything_to_pandas_df(data)
    lat_col = _lat_lon_column(df, "latitude", lat, _LAT_NAMES)
    lon_col = _lat_lon_column(df, "longitude", lon, _LON_NAMES)
    size_arg, size_col = _value_or_column(df, size, _DEFAULT_SIZE)
    color_arg, color_col = _value_or_column(df, color, _DEFAULT_COLOR)
    used = sorted(c for c in {lat_col, lon_col, size_col, color_col} if c is not None)
    df = df[used].copy()

    fill: Any
    if color_col is not None:
        column = df[color_col]
        if len(column) == 0 or not is_color_like(column.iat[0]):
            raise StreamlitAPIException(
                f'Column "{color_col}" does not appear to contain valid colors.',
                error_id="map-invalid-color-column",
            )
        df[color_col] = column.astype(object).map(_int_color)
        fill = color_arg
    elif isinstance(color_arg, str) and color_arg.lower() == "primary":
        fill = "primary"
    else:
        fill = _int_color(color_arg)

    min_lat, max_lat = df[lat_col].min(), df[lat_col].max()
    min_lon, max_lon = df[lon_col].min(), df[lon_col].max()
    if zoom is None:
        zoom = _zoom_for(max(abs(max_lat - min_lat), abs(max_lon - min_lon)))
    deck = copy.deepcopy(EMPTY_MAP)
    view = deck["initialViewState"]
    view["latitude"] = (max_lat + min_lat) / 2.0
    view["longitude"] = (max_lon + min_lon) / 2.0
    view["zoom"] = zoom
    deck["layers"] = [{
        "@@type": "ScatterplotLayer",
        "getPosition": f"@@=[{lon_col}, {lat_col}]",
        "getRadius": size_arg,
        "radiusMinPixels": 3,
        "radiusUnits": "meters",
        "getFillColor": fill,
        "data": df.to_dict("records"),
    }]
    return json.dumps(deck)


# ------------------------------------------------------------------ selection state


class PydeckSelectionState(_ReadOnlyAttrDict):
    """`indices` and `objects` of a pydeck selection, per layer id."""


class PydeckState(_ReadOnlyAttrDict):
    """What a chart with selections returns: `{"selection": PydeckSelectionState}`, read-only."""

    def __getitem__(self, key: Any) -> Any:
        value = dict.__getitem__(self, key)
        if key == "selection" and isinstance(value, dict) and not isinstance(value, PydeckSelectionState):
            return PydeckSelectionState(value)
        return super().__getitem__(key)


def _empty_state() -> PydeckState:
    return PydeckState({"selection": {"indices": {}, "objects": {}}})


def _deserialize(raw: Any) -> PydeckState:
    if raw is None:
        return _empty_state()
    if isinstance(raw, PydeckState):
        return raw
    try:
        parsed = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return _empty_state()
    if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
        return _empty_state()
    return PydeckState(parsed)


def _serialize(state: Any) -> str:
    return json.dumps(state, default=str)


def parse_selection_mode(selection_mode: Any) -> str:
    """The proto's SelectionMode for 1.67's `selection_mode` (a single string)."""
    if not isinstance(selection_mode, str):
        raise StreamlitInvalidParameterTypeError(
            "selection_mode", type(selection_mode).__name__, ["str"], detail="Selection mode must be a single value."
        )
    if selection_mode not in _SELECTION_MODES:
        raise StreamlitValueError("selection_mode", [f"'{m}'" for m in sorted(_SELECTION_MODES)])
    return _SELECTION_MODES[selection_mode]


# ------------------------------------------------------------------ pydeck helpers


def _tooltip(deck: Any) -> dict[str, Any] | None:
    if deck is None:
        return None
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip  # type: ignore[no-any-return]
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def _frames_to_records(deck: Any) -> None:
    """Layers holding a DataFrame get its records, which pydeck serialises under pandas 3 too."""
    if deck is None:
        return
    layers = getattr(deck, "layers", None)
    if layers is None:
        return
    import pandas as pd

    for layer in layers:
        data = getattr(layer, "data", None)
        if isinstance(data, weakref.ref):
            data = data()
        if isinstance(data, pd.DataFrame):
            layer.data = data.to_dict(orient="records")


def _pandas_3() -> bool:
    import pandas as pd

    try:
        return int(pd.__version__.split(".")[0]) >= 3
    except ValueError:
        return False


# ------------------------------------------------------------------ commands


class MapMixin:
    __slots__ = ()

    def map(
        self: DeltaGenerator,
        data: Any = None,
        *,
        latitude: str | None = None,
        longitude: str | None = None,
        color: Any = None,
        size: Any = None,
        zoom: int | None = None,
        width: Any = "stretch",
        height: Any = _DEFAULT_HEIGHT,
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a map with a scatterplot of the data's latitude/longitude points."""
        if use_container_width is not None:
            _deprecated_use_container_width()
            if use_container_width:
                width = "stretch"
        size_cfg, height_cfg = _sizes(width, height)
        spec = map_json(data, latitude, longitude, size, color, zoom)
        path = self._next_path()
        _rustlit.deck_gl_json_chart(
            path,
            widget=_NO_WIDGET,
            json=spec,
            mapbox_token=os.environ.get("MAPBOX_API_KEY") or "",
            selection_mode="NONE",
            tooltip=None,
            alt=normalize_alt(alt),
            width_config=size_cfg,
            height_config=height_cfg,
        )
        return self._element(path)

    def pydeck_chart(
        self: DeltaGenerator,
        pydeck_obj: Any = None,
        *,
        width: Any = "stretch",
        use_container_width: bool | None = None,
        height: Any = _DEFAULT_HEIGHT,
        selection_mode: Any = "single-object",
        on_select: Any = "ignore",
        key: Any = None,
        alt: str | None = None,
    ) -> Any:
        """Draw a pydeck Deck; with `on_select`, return its selection state."""
        if use_container_width is not None:
            _deprecated_use_container_width()
            if use_container_width:
                width = "stretch"
        size_cfg, height_cfg = _sizes(width, height)
        if _pandas_3():
            _frames_to_records(pydeck_obj)
        spec = json.dumps(EMPTY_MAP) if pydeck_obj is None else pydeck_obj.to_json()
        tooltip = _tooltip(pydeck_obj)
        mapbox_token = getattr(pydeck_obj, "mapbox_key", None) or ""
        alt_text = normalize_alt(alt)
        key = to_key(key)
        if on_select not in ("ignore", "rerun") and not callable(on_select):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        selecting = on_select != "ignore"
        widget = _NO_WIDGET
        mode = "NONE"
        state = None
        if selecting:
            mode = parse_selection_mode(selection_mode)
            dg = self._active()
            check_session_state_rules(None, key, writes_allowed=False)
            identity = {
                "is_selection_activated": True, "selection_mode": selection_mode,
                "use_container_width": use_container_width, "spec": spec, "alt": alt_text,
            }
            reg = register(
                "deck_gl_json_chart", user_key=key, dg=dg, key_as_main_identity=frozenset({"selection_mode"}),
                identity=identity, kind="string", deserializer=_deserialize, serializer=_serialize,
                callback=on_select if callable(on_select) else None, args=None, kwargs=None, disabled=False,
            )
            state = reg.value
            widget = wire.widget_fields(reg.id, default=wire.text_value(_serialize(_empty_state())))
            path = dg._next_path()
        else:
            path = self._next_path()
        _rustlit.deck_gl_json_chart(
            path,
            widget=widget,
            json=spec,
            mapbox_token=str(mapbox_token),
            selection_mode=mode,
            tooltip=json.dumps(tooltip) if tooltip else None,
            alt=alt_text,
            width_config=size_cfg,
            height_config=height_cfg,
        )
        if selecting:
            return state
        return self._element(path)
