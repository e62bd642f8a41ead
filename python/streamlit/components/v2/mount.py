"""Mounting a components v2 component (1.67's `st._bidi_component`).

Two widgets stand behind one mounted component, as in 1.67: its state (a
JSON object {name: value} that stays across runs, id = the element id) and
its events (a JSON list of {"event", "value"} that lives for one run only,
id = "$$STREAMLIT_INTERNAL_KEY_" + element id + "__events", 1.67's). `on_<name>_change` callbacks fire for the
state values and events of that name that changed since the last run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.components.v1.permissions import granted
from streamlit.components.v2.definition import lookup
from streamlit.components.v2.result import ComponentResult
from streamlit.elements.form_context import current_form_id
from streamlit.elements.size import height_config, width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import to_key
from streamlit.errors import (
    BidiComponentInvalidCallbackNameError,
    BidiComponentInvalidDefaultKeyError,
    BidiComponentUnserializableDataError,
    StreamlitAPIException,
)
from streamlit.runtime.caching.replay import warn_if_cached_widget
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.session_state import INTERNAL_KEY_PREFIX, JSON_TRIGGER, WidgetMeta
from streamlit.runtime.state_proxy import get_session_state, require_valid_user_key
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

ARROW_REF_KEY = "__streamlit_arrow_ref__"
EVENTS_SUFFIX = "__events"


def _callbacks(kwargs: dict[str, Any]) -> dict[str, Callable[..., Any]]:
    """`on_<name>_change` callables by name; other keyword arguments are ignored, as in 1.67."""
    found: dict[str, Callable[..., Any]] = {}
    for arg, value in kwargs.items():
        if not callable(value) or not (arg.startswith("on_") and arg.endswith("_change")):
            continue
        name = arg[3:-7]
        if not name or name == "_":
            raise BidiComponentInvalidCallbackNameError(arg)
        found[name] = value
    return found


def _is_dataframe(value: Any) -> bool:
    from streamlit._dataframe.formats import is_dataframe_like

    return is_dataframe_like(value)


def _arrow_bytes(value: Any) -> bytes:
    from streamlit._dataframe.to_arrow import convert_anything_to_arrow_bytes

    return convert_anything_to_arrow_bytes(value)


def _json(value: Any) -> str:
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return json.dumps(str(value))


def _data_fields(data: Any) -> dict[str, Any]:
    """The `data` oneof: bytes, a dataframe as Arrow, a dict whose first-level dataframes travel as
    Arrow ("mixed"), or JSON."""
    if data is None:
        return {}
    try:
        if isinstance(data, (bytes, bytearray, memoryview)):
            return {"bytes": bytes(data)}
        if isinstance(data, (Mapping, list, tuple)):
            blobs: list[dict[str, Any]] = []
            if isinstance(data, dict):
                plain: dict[str, Any] = {}
                for k, v in data.items():
                    if _is_dataframe(v):
                        arrow = _arrow_bytes(v)
                        ref = hashlib.md5(arrow, usedforsecurity=False).hexdigest()
                        blobs.append({"ref": ref, "data": arrow})
                        plain[k] = {ARROW_REF_KEY: ref}
                    else:
                        plain[k] = v
                data = plain
            if blobs:
                return {"mixed": {"json": _json(data), "arrow_blobs": blobs}}
            return {"json": _json(data)}
        if _is_dataframe(data):
            return {"arrow": {"data": _arrow_bytes(data), "index": b"", "columns": b"", "styler": b""}}
        return {"json": json.dumps(data)}
    except Exception:
        try:
            return {"json": json.dumps(data)}
        except Exception:
            raise BidiComponentUnserializableDataError() from None


def _identity_of_data(fields: dict[str, Any]) -> str:
    h = hashlib.md5(usedforsecurity=False)
    for kind, value in fields.items():
        h.update(kind.encode())
        h.update(value if isinstance(value, bytes) else repr(value).encode())
    return h.hexdigest()


def _state_deserializer(default: dict[str, Any] | None) -> Callable[[Any], dict[str, Any]]:
    def deserialize(raw: Any) -> dict[str, Any]:
        state: Any = {}
        if isinstance(raw, str):
            try:
                state = json.loads(raw)
            except ValueError:
                state = {}
        elif isinstance(raw, dict):
            state = raw
        state = dict(state) if isinstance(state, dict) else {}
        for name, value in (default or {}).items():
            state.setdefault(name, value)
        return state

    return deserialize


def _events_deserializer(raw: Any) -> list[Any] | None:
    if raw is None:
        return None
    value = raw
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
    return value if isinstance(value, list) else [value]


def _event_values(payloads: list[Any] | None) -> dict[str, Any]:
    """The last value of each event in the run's payloads."""
    values: dict[str, Any] = {}
    for payload in payloads or ():
        if isinstance(payload, dict) and isinstance(payload.get("event"), str):
            values[payload["event"]] = payload.get("value")
    return values


def _presenter(events_id: str) -> Callable[[Any, Any], Any]:
    """`st.session_state[key]` shows the state with this run's events merged in (the state wins), as 1.67."""

    def present(state: Any, session: Any) -> Any:
        if not isinstance(state, dict):
            return state
        try:
            payloads = session.widget_value(events_id)
        except KeyError:
            payloads = None
        return {**_event_values(payloads), **state}

    return present


class _StateCallbacks:
    """Calls the callbacks of the state values that differ from those the last run saw."""

    def __init__(self, widget_id: str, seen: dict[str, Any], callbacks: dict[str, Callable[..., Any]]) -> None:
        self.widget_id, self.seen, self.callbacks = widget_id, seen, callbacks

    def __call__(self) -> None:
        try:
            now = get_session_state().widget_value(self.widget_id)
        except KeyError:
            return
        for name, callback in self.callbacks.items():
            if name in now and (name not in self.seen or now[name] != self.seen[name]):
                callback()


class _EventCallbacks:
    """Calls the callbacks of the events that happened."""

    def __init__(self, events_id: str, callbacks: dict[str, Callable[..., Any]]) -> None:
        self.events_id, self.callbacks = events_id, callbacks

    def __call__(self) -> None:
        try:
            happened = _event_values(get_session_state().widget_value(self.events_id))
        except KeyError:
            return
        for name, callback in self.callbacks.items():
            if name in happened:
                callback()


def mount(
    dg: DeltaGenerator, component_name: str, *, key: Any = None, isolate_styles: bool = True, data: Any = None,
    default: dict[str, Any] | None = None, width: Any = "stretch", height: Any = "content", **kwargs: Any,
) -> ComponentResult:
    warn_if_cached_widget()
    key = to_key(key)
    ctx = get_ctx()
    if ctx is None:
        return ComponentResult({}, {})
    definition = lookup(component_name)
    if definition is None:
        raise StreamlitAPIException(f"Component '{component_name}' is not registered.")
    callbacks = _callbacks(kwargs)
    for name in default or {}:
        if name not in callbacks:
            raise BidiComponentInvalidDefaultKeyError(name, list(callbacks))
    wide = width_config(width, allow_content=True)
    tall = height_config(height, allow_content=True, default="content")
    fields = _data_fields(data)
    dg = dg._active()
    form_id = current_form_id(dg)
    identity = {
        "component_name": component_name, "isolate_styles": bool(isolate_styles), "width": repr(width),
        "height": repr(height), "data": _identity_of_data(fields), "default": _json(default),
    }
    if key is not None:
        require_valid_user_key(key)
    wid = compute_element_id("bidi_component", key, True, dg._root, identity, form_id=form_id)
    register_element_id(ctx, "bidi_component", wid, key)
    events_id = f"{INTERNAL_KEY_PREFIX}_{wid}{EVENTS_SUFFIX}"
    ctx.widget_ids_this_run.add(events_id)

    state = get_session_state()
    fragment_id = ctx.current_fragment_id
    deserialize = _state_deserializer(default)
    # The callbacks compare against what this run saw; they are built once the value is known.
    meta = WidgetMeta(wid, "json", deserialize, _json, None, None, None, False, fragment_id,
                      presenter=_presenter(events_id))
    value, changed = state.register_widget(meta, key, ctx.page_script_hash)
    seen = value if isinstance(value, dict) else deserialize(value)
    if callbacks:
        meta.callback = _StateCallbacks(wid, dict(seen), callbacks)
    on_events = _EventCallbacks(events_id, callbacks) if callbacks else None
    events_meta = WidgetMeta(events_id, JSON_TRIGGER, _events_deserializer, _json, on_events, None, None, False,
                             fragment_id)
    payloads, _ = state.register_widget(events_meta, None, ctx.page_script_hash)

    path = dg._next_path()
    _rustlit.bidi_component(
        path,
        widget=wire.widget_fields(
            wid, default={"json_value": _json(deserialize(None))}, value={"json_value": _json(seen)},
            set_value=changed,
        ),
        trigger_widget=wire.widget_fields(events_id),
        component_name=component_name, document_path=definition.document_path,
        isolate_styles=bool(isolate_styles), form_id=form_id, allow=granted(component_name, []),
        width_config=wide, height_config=tall, **fields,
    )
    triggers = _event_values(payloads)
    return ComponentResult({**triggers, **seen}, {name: triggers.get(name) for name in callbacks})
