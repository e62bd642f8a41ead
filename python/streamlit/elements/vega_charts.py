"""st.vega_lite_chart and st.altair_chart (proto/charts.proto, SPEC-DATA §7).

A chart is a Vega-Lite spec (JSON text) plus its data as Arrow IPC streams:
the unnamed data (`data` argument or the spec's `data.values`) and the named
datasets an Altair chart carries, each named by the BLAKE2b-128 digest of its
bytes. Altair's auto-generated `param_*`/`view_*` names are renumbered so the
spec, and so the element, stays the same across reruns. With `on_select` the
chart is a widget whose value is the selection JSON.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterable
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit import dataframe_util
from streamlit.elements.arrow import _ReadOnlyAttrDict
from streamlit.elements.lib.built_in_charts import ChartType, check_stack, generate_chart
from streamlit.elements.size import height_config, width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import check_session_state_rules, register, to_key
from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

# Altair's globals (theme, data transformer) are process-wide: one conversion at a time.
_altair_lock = threading.Lock()

_GEO_TYPES = frozenset({"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"})
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")
_NO_WIDGET = wire.widget_fields("")
_SELECTION_IDENTITY = frozenset({"selection_mode"})


def calc_hash(value: bytes | str) -> str:
    """The BLAKE2b-128 hex digest Streamlit names datasets by."""
    h = hashlib.blake2b(digest_size=16)
    h.update(value if isinstance(value, bytes) else value.encode())
    return h.hexdigest()


def _alt_text(alt: Any) -> str | None:
    if alt is None:
        return None
    text = " ".join(str(alt).split())
    return text or None


# ------------------------------------------------------------------ state


class VegaLiteState(_ReadOnlyAttrDict):
    """What a chart with selections returns: `{"selection": {param: value}}`, read-only,
    with attribute access (`state.selection.param`)."""


def _empty_state(params: Iterable[str]) -> VegaLiteState:
    return VegaLiteState({"selection": {p: {} for p in params}})


def _deserializer(params: list[str]) -> Any:
    def deserialize(raw: Any) -> VegaLiteState:
        if raw is None:
            return _empty_state(params)
        if isinstance(raw, VegaLiteState):
            return raw
        try:
            parsed = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            return _empty_state(params)
        if not isinstance(parsed, dict) or not isinstance(parsed.get("selection"), dict):
            return _empty_state(params)
        return VegaLiteState(parsed)

    return deserialize


def _serialize(state: Any) -> str:
    return json.dumps(state, default=str)


# ------------------------------------------------------------------ spec processing


def is_geo_payload(data: Any) -> bool:
    """GeoJSON or TopoJSON (kept inline as JSON), as opposed to a table (sent as Arrow)."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection" and "features" in data:
            return True
        if kind == "Feature" and "geometry" in data:
            return True
        if kind == "GeometryCollection" and "geometries" in data:
            return True
        if kind in _GEO_TYPES and "coordinates" in data:
            return True
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, dict) and first.get("type") == "Feature" and "geometry" in first
    return False


def _to_arrow_dataset(data: Any, datasets: dict[str, Any]) -> dict[str, str]:
    """Altair data transformer: the data as Arrow bytes (geo data as is), named by its hash."""
    if is_geo_payload(data):
        name = calc_hash(json.dumps(data, sort_keys=True))
        datasets[name] = data
    else:
        arrow = dataframe_util.convert_anything_to_arrow_bytes(data)
        name = calc_hash(arrow)
        datasets[name] = arrow
    return {"name": name}


def altair_to_spec(chart: Any) -> dict[str, Any]:
    """An Altair chart's Vega-Lite dict, its dataframes replaced by named Arrow datasets."""
    try:
        import altair as alt
    except ImportError as e:  # pragma: no cover - altair is a dependency of the charts
        raise StreamlitAPIException("Charts need the `altair` package: `pip install altair`.") from e
    theme = alt.theme if hasattr(alt, "theme") else alt.themes
    datasets: dict[str, Any] = {}
    alt.data_transformers.register("to_arrow_dataset", _to_arrow_dataset)
    with _altair_lock:
        theme_context = theme.enable("none") if theme.active == "default" else nullcontext()
        with theme_context, alt.data_transformers.enable("to_arrow_dataset", datasets=datasets):
            spec = chart.to_dict()
    existing = spec.get("datasets")
    spec["datasets"] = {**existing, **datasets} if isinstance(existing, dict) else datasets
    return spec


def _is_facet(spec: dict[str, Any]) -> bool:
    encoding = spec.get("encoding")
    return "facet" in spec or (isinstance(encoding, dict) and any(k in encoding for k in ("row", "column", "facet")))


def _has_nested_composition(spec: dict[str, Any]) -> bool:
    vconcat = spec.get("vconcat")
    return isinstance(vconcat, list) and any(
        isinstance(item, dict) and any(k in item for k in _COMPOSITIONS) for item in vconcat
    )


def _prepare_spec(spec: dict[str, Any], stretch: bool) -> dict[str, Any]:
    """A copy with Streamlit's default `autosize` and null legend titles patched."""
    spec = dict(spec)
    if not spec:
        raise StreamlitMissingRequiredParameterError("spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and stretch:
            spec["autosize"] = {"type": "pad" if nested else "fit-x", "contains": "padding"}
        elif _is_facet(spec) or (nested and not stretch):
            spec["autosize"] = {"type": "pad", "contains": "padding"}
        else:
            spec["autosize"] = {"type": "fit", "contains": "padding"}
    encoding = spec.get("encoding")
    color = encoding.get("color") if isinstance(encoding, dict) else None
    if isinstance(color, dict):
        if "title" in color and color["title"] is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, dict) and "title" in legend and legend["title"] is None:
            legend["title"] = " "
    return spec


def _marshal_data(spec: dict[str, Any], data: Any) -> tuple[bytes | None, list[dict[str, Any]]]:
    """Moves the spec's tabular data out of it: (unnamed Arrow data, named datasets)."""
    named: list[dict[str, Any]] = []
    if "datasets" in spec:
        keep: dict[str, Any] = {}
        for name, value in spec["datasets"].items():
            if is_geo_payload(value):
                keep[str(name)] = value
                continue
            arrow = value if isinstance(value, bytes) else dataframe_util.convert_anything_to_arrow_bytes(value)
            named.append({"name": str(name), "data": {"data": arrow}, "has_name": True})
        if keep:
            spec["datasets"] = keep
        else:
            del spec["datasets"]
    if "data" in spec:
        data_spec = spec["data"]
        if isinstance(data_spec, dict):
            if "values" in data_spec and not is_geo_payload(data_spec["values"]):
                data = data_spec["values"]
                del spec["data"]
        elif not is_geo_payload(data_spec):
            data = data_spec
            del spec["data"]
    arrow_data = dataframe_util.convert_anything_to_arrow_bytes(data) if data is not None else None
    return arrow_data, named


def _renumber(prefix: str, text: str) -> str:
    """Renames `"<prefix><hex>"` and `"<prefix><hex>_<n>"` strings to `<prefix>1`, 2, ... in order."""
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    found = list(dict.fromkeys(pattern.findall(text)))
    if not found:
        return text
    marker = "\x00renumbered\x00"
    for n, name in enumerate(found, start=1):
        text = text.replace(name, f'"{marker}{prefix}{n}"')
    return text.replace(marker, "")


_UNSET: Any = object()


def stabilize(text: str) -> str:
    """The spec JSON with Altair's generated parameter and view names renumbered from 1;
    datasets and inline geo values are left out of the renaming."""
    datasets = geo_values = _UNSET
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    if isinstance(parsed, dict):
        if "datasets" in parsed:
            datasets = parsed.pop("datasets")
        data_spec = parsed.get("data")
        if isinstance(data_spec, dict) and "values" in data_spec and is_geo_payload(data_spec["values"]):
            geo_values = data_spec.pop("values")
        if datasets is not _UNSET or geo_values is not _UNSET:
            text = json.dumps(parsed)
    if '"params"' in text:
        text = _renumber("param_", text)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', text):
        text = _renumber("view_", text)
    if datasets is not _UNSET or geo_values is not _UNSET:
        restored = json.loads(text)
        if datasets is not _UNSET:
            restored["datasets"] = datasets
        if geo_values is not _UNSET:
            data_spec = restored.setdefault("data", {})
            if isinstance(data_spec, dict):
                data_spec["values"] = geo_values
        text = json.dumps(restored)
    return text


def selection_parameters(spec: Any) -> set[str]:
    """Names of the selection parameters anywhere in the spec's views."""
    if not isinstance(spec, dict) or not spec:
        return set()
    names: set[str] = set()
    params = spec.get("params")
    if isinstance(params, list):
        for p in params:
            if isinstance(p, dict) and p.get("name") and p.get("select"):
                names.add(p["name"])
    for key in ("layer", "hconcat", "vconcat", "concat"):
        children = spec.get(key)
        if isinstance(children, list):
            for child in children:
                if isinstance(child, dict):
                    names |= selection_parameters(child)
    if isinstance(spec.get("spec"), dict):
        names |= selection_parameters(spec["spec"])
    return names


def _selection_modes(spec: dict[str, Any], selection_mode: Any) -> list[str]:
    available = selection_parameters(spec)
    if not available:
        raise StreamlitAPIException(
            "Selections are activated, but the provided chart spec does not have any selections defined. "
            "To add selections to `st.altair_chart`, check out the documentation "
            "[here](https://altair-viz.github.io/user_guide/interactions.html#selections-capturing-chart-interactions)."
            " For adding selections to `st.vega_lite_chart`, take a look at the specification "
            "[here](https://vega.github.io/vega-lite/docs/selection.html)."
        )
    if selection_mode is None:
        return sorted(available)
    given = [selection_mode] if isinstance(selection_mode, str) else list(selection_mode)
    for name in given:
        if name not in available:
            raise StreamlitAPIException(
                f"Selection parameter '{name}' is not defined in the chart spec. "
                f"Available selection parameters are: {available}."
            )
    return sorted(given)


def _default_width(spec: dict[str, Any]) -> str:
    content = _is_facet(spec) or "hconcat" in spec or "repeat" in spec or _has_nested_composition(spec)
    return "content" if content else "stretch"


# ------------------------------------------------------------------ commands


class VegaChartsMixin:
    __slots__ = ()

    def line_chart(
        self: DeltaGenerator,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a line chart (one line per y column, or per colour value)."""
        chart = generate_chart(ChartType.LINE, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                               width=width, height=height)
        return self._built_in(chart, width, height, use_container_width, alt)

    def area_chart(
        self: DeltaGenerator,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display an area chart (layered unless `stack` says otherwise)."""
        check_stack(stack)
        if stack is False or stack is None:
            stack = "layered"
        chart = generate_chart(ChartType.AREA, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                               width=width, height=height, stack=stack)
        return self._built_in(chart, width, height, use_container_width, alt)

    def bar_chart(
        self: DeltaGenerator,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        horizontal: bool = False,
        sort: Any = True,
        stack: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a bar chart (vertical or horizontal, stacked, grouped or normalized, sorted)."""
        check_stack(stack)
        kind = ChartType.HORIZONTAL_BAR if horizontal else ChartType.VERTICAL_BAR
        chart = generate_chart(kind, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color, width=width,
                               height=height, stack=stack, sort=sort)
        return self._built_in(chart, width, height, use_container_width, alt)

    def scatter_chart(
        self: DeltaGenerator,
        data: Any = None,
        *,
        x: str | None = None,
        y: Any = None,
        x_label: str | None = None,
        y_label: str | None = None,
        color: Any = None,
        size: Any = None,
        width: Any = "stretch",
        height: Any = "content",
        use_container_width: bool | None = None,
        alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a scatter chart (circles; colour and size from columns or values)."""
        chart = generate_chart(ChartType.SCATTER, data, x=x, y=y, x_label=x_label, y_label=y_label, color=color,
                               size=size, width=width, height=height)
        return self._built_in(chart, width, height, use_container_width, alt)

    def _built_in(self: DeltaGenerator, chart: Any, width: Any, height: Any, use_container_width: bool | None,
                  alt: Any) -> DeltaGenerator:
        spec = altair_to_spec(chart)
        result: DeltaGenerator = self._vega_lite(
            None, spec, width=width, height=height, use_container_width=use_container_width, theme="streamlit",
            key=None, on_select="ignore", selection_mode=None, alt=alt,
        )
        return result

    def altair_chart(
        self: DeltaGenerator,
        altair_chart: Any,
        *,
        width: Any = None,
        height: Any = "content",
        use_container_width: bool | None = None,
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: str | None = None,
    ) -> Any:
        """Display a chart made with Altair (5 or later)."""
        spec = altair_to_spec(altair_chart)
        return self._vega_lite(None, spec, width=width, height=height, use_container_width=use_container_width,
                               theme=theme, key=key, on_select=on_select, selection_mode=selection_mode, alt=alt)

    def vega_lite_chart(
        self: DeltaGenerator,
        data: Any = None,
        spec: dict[str, Any] | None = None,
        *,
        width: Any = None,
        height: Any = "content",
        use_container_width: bool | None = None,
        theme: Any = "streamlit",
        key: Any = None,
        on_select: Any = "ignore",
        selection_mode: Any = None,
        alt: str | None = None,
    ) -> Any:
        """Display a chart from a Vega-Lite spec (a dict), with its data."""
        return self._vega_lite(data, spec, width=width, height=height, use_container_width=use_container_width,
                               theme=theme, key=key, on_select=on_select, selection_mode=selection_mode, alt=alt)

    def _vega_lite(
        self: DeltaGenerator,
        data: Any,
        spec: dict[str, Any] | None,
        *,
        width: Any,
        height: Any,
        use_container_width: bool | None,
        theme: Any,
        key: Any,
        on_select: Any,
        selection_mode: Any,
        alt: Any,
    ) -> Any:
        if theme not in ("streamlit", None):
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if on_select not in ("ignore", "rerun") and not callable(on_select):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        key = to_key(key)
        selecting = on_select != "ignore"
        if selecting:
            check_session_state_rules(None, key, writes_allowed=False)
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        if spec is None:
            spec = {}
        if use_container_width is None and width is None:
            width = _default_width(spec)
        if use_container_width is not None:
            if use_container_width:
                width = "stretch"
            elif not (isinstance(width, int) and not isinstance(width, bool)):
                width = "content"
        size = width_config(width, allow_content=True, default="stretch")
        tall = height_config(height, allow_content=True, default="content")
        stretch = use_container_width if use_container_width is not None else width == "stretch"
        spec = _prepare_spec(spec, stretch)
        arrow, datasets = _marshal_data(spec, data)
        spec_json = stabilize(json.dumps(spec))
        alt_text = _alt_text(alt)
        theme_name = theme or ""
        widget = _NO_WIDGET
        modes: list[str] = []
        state = None
        if selecting:
            dg = self._active()
            modes = _selection_modes(json.loads(spec_json), selection_mode)
            identity = {
                "vega_lite_spec": spec_json, "vega_lite_data": arrow or b"",
                "named_datasets": [d["name"] for d in datasets], "theme": theme,
                "use_container_width": use_container_width, "selection_mode": modes, "alt": alt_text,
            }
            reg = register(
                "vega_lite_chart", user_key=key, dg=dg, key_as_main_identity=_SELECTION_IDENTITY,
                identity=identity, kind="string", deserializer=_deserializer(modes), serializer=_serialize,
                callback=on_select if callable(on_select) else None, args=None, kwargs=None, disabled=False,
            )
            state = reg.value
            widget = wire.widget_fields(reg.id, default=wire.text_value(_serialize(_empty_state(modes))))
            path = dg._next_path()
        else:
            path = self._next_path()
        _rustlit.vega_lite_chart(
            path,
            widget=widget,
            spec=spec_json,
            data={"data": arrow} if arrow is not None else None,
            datasets=datasets,
            use_container_width=use_container_width,
            theme=theme_name,
            selection_mode=modes,
            alt=alt_text,
            width_config=size,
            height_config=tall,
        )
        if selecting:
            return state
        return self._element(path)
