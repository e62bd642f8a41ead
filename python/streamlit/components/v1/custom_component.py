"""`declare_component` and the component callable (SPEC §9.1, §9.2).

A declared component is registered with the runtime under
`"<module>.<name>"`; calling it emits a `ComponentInstance` widget whose
value is whatever the component's frontend last sent, else `default`.
Arguments go to the frontend as one JSON object, except bytes and
dataframes, which travel as binary "special args".
"""

from __future__ import annotations

import json
import logging
import os
import sys
from typing import Any

import _rustlit
from streamlit.components.v1 import arrow
from streamlit.components.v1.iframes import validate_tab_index
from streamlit.components.v1.permissions import features, granted
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import callback_of, to_key
from streamlit.errors import StreamlitAPIException
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.session_state import WidgetMeta
from streamlit.runtime.state_proxy import get_session_state, require_valid_user_key
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

_LOGGER = logging.getLogger("streamlit")


class MarshallComponentException(StreamlitAPIException):
    """Component arguments that cannot be sent to the frontend."""


def _deserialize(raw: Any) -> Any:
    """A value from the browser: JSON text, bytes, or (data, index, columns) Arrow streams."""
    if raw is None:
        return None
    if isinstance(raw, str):
        return json.loads(raw)
    if isinstance(raw, tuple):
        return arrow.from_ipc(*raw)
    return raw


class CustomComponent:
    """A declared component; call it to render an instance and get its value."""

    def __init__(self, name: str, path: str | None = None, url: str | None = None,
                 permissions: list[str] | None = None) -> None:
        self.name = name
        self.path = path
        self.url = url
        self.permissions = features(permissions)

    def __repr__(self) -> str:
        return f"CustomComponent(name={self.name!r}, path={self.path!r}, url={self.url!r})"

    def __call__(self, *args: Any, default: Any = None, key: Any = None, on_change: Any = None,
                 tab_index: int | None = None, **kwargs: Any) -> Any:
        return self.create_instance(*args, default=default, key=key, on_change=on_change,
                                    tab_index=tab_index, **kwargs)

    def create_instance(self, *args: Any, default: Any = None, key: Any = None, on_change: Any = None,
                        tab_index: int | None = None, **kwargs: Any) -> Any:
        if args:
            raise MarshallComponentException(f"Argument '{args[0]}' needs a label")
        tab = validate_tab_index(tab_index)
        callback = callback_of(on_change)
        key = to_key(key)

        all_args = {**kwargs, "default": default, "key": key}
        json_args: dict[str, Any] = {}
        special_args: list[tuple[str, Any]] = []
        for name, value in all_args.items():
            if isinstance(value, (bytes, bytearray, memoryview)):
                special_args.append((name, bytes(value)))
            elif arrow.is_dataframe_like(value):
                special_args.append((name, arrow.to_ipc(value)))
            else:
                json_args[name] = value
        try:
            serialized = json.dumps(json_args)
        except (TypeError, ValueError) as e:
            raise MarshallComponentException(f"Could not convert component args to JSON: {e}")

        import streamlit as st

        dg = st._main._active()
        identity = {
            "name": self.name, "url": self.url or "", "json_args": serialized,
            "special_args": [(k, v) for k, v in special_args],
        }
        if key is not None:
            require_valid_user_key(key)
        form_id = _form_id(dg)
        wid = compute_element_id("component_instance", key, frozenset({"name", "url"}), dg._root, identity,
                                 form_id=form_id)
        register_element_id(get_ctx(), "component_instance", wid, key)
        meta = WidgetMeta(wid, "json", _deserialize, lambda v: v, callback, None, None, False)
        value, _ = get_session_state().register_widget(meta, key)
        path = dg._next_path()
        _rustlit.component_instance(
            path, widget=wire.widget_fields(wid), component_name=self.name, json_args=serialized,
            special_args=[_special_arg(k, v) for k, v in special_args], url=self.url or "", form_id=form_id,
            height=None, tab_index=tab, allow=granted(self.name, self.permissions),
        )
        return default if value is None else value

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, CustomComponent) and self.name == other.name
                and self.path == other.path and self.url == other.url)

    def __hash__(self) -> int:
        return hash((self.name, self.path, self.url))


def _special_arg(key: str, value: Any) -> dict[str, Any]:
    """A ComponentSpecialArg: bytes, or a dataframe's (data, index, columns) Arrow IPC streams."""
    if isinstance(value, bytes):
        return {"key": key, "bytes": value}
    data, index, columns = value
    table = {"data": data, "index": index, "columns": columns, "styler": b""}
    return {"key": key, "arrow_dataframe": {"data": table, "height": 0, "width": 0}}


def _form_id(dg: Any) -> str:
    """The form the component sits in ("" outside forms, or before forms exist)."""
    try:
        from streamlit.elements.form_context import current_form_id
    except ImportError:
        return ""
    return current_form_id(dg)


def _caller_module_name() -> str:
    """`__name__` of the module calling declare_component; the script's stem in `__main__`."""
    frame = sys._getframe(2)
    module_name = frame.f_globals.get("__name__", "__main__")
    if module_name == "__main__":
        file = frame.f_globals.get("__file__") or "__main__"
        module_name = os.path.splitext(os.path.basename(file))[0]
    return module_name


def declare_component(name: str, path: str | os.PathLike[str] | None = None,
                      url: str | None = None, *, permissions: list[str] | None = None) -> CustomComponent:
    """Declare a component served from `path` (a build directory) or a dev server `url`.

    `permissions` (rustlit's own): browser features its frame may use, e.g.
    ["camera"]; none by default (see `permissions`)."""
    full_name = f"{_caller_module_name()}.{name}"
    abspath = None if path is None else os.path.abspath(os.fspath(path))
    if abspath is not None and not os.path.isdir(abspath):
        raise StreamlitAPIException(f"No such component directory: '{abspath}'")
    if (abspath is None) == (url is None):
        raise StreamlitAPIException("Either 'path' or 'url' must be set, but not both.")
    try:
        replaced = _rustlit.component_register(full_name, abspath, url)
    except ValueError as e:
        raise StreamlitAPIException(str(e))
    if replaced:
        _LOGGER.warning("%s overriding previously-registered %s", full_name, replaced)
    return CustomComponent(full_name, path=abspath, url=url, permissions=permissions)
