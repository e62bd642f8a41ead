"""st.json: pretty-printed, collapsible JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config
from streamlit.errors import StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def to_json_text(body: Any) -> str:
    """JSON text for `body`: strings are taken as JSON already; other objects are dumped.

    Objects json cannot encode fall back to `repr()`, as Streamlit does, so
    sets, dates and custom objects still show something useful.
    """
    if isinstance(body, str):
        return body
    return json.dumps(body, default=_fallback)


def _fallback(obj: Any) -> Any:
    if isinstance(obj, (set, frozenset, tuple)):
        return list(obj)
    if hasattr(obj, "to_dict") and callable(obj.to_dict):
        try:
            return obj.to_dict()
        except Exception:
            pass
    return repr(obj)


class JsonMixin:
    __slots__ = ()

    def json(self: DeltaGenerator, body: Any, *, expanded: bool | int = True, width: Any = "stretch"):
        """Display an object or a JSON string as pretty-printed, collapsible JSON."""
        if isinstance(expanded, bool):
            depth = None
        elif isinstance(expanded, int):
            depth, expanded = max(0, expanded), True
        else:
            raise StreamlitInvalidParameterTypeError("expanded", type(expanded).__name__, ["bool", "int"])
        text = to_json_text(body)
        size = width_config(width, allow_content=False)
        path = self._next_path()
        _rustlit.json(path, body=text, expanded=expanded, max_expand_depth=depth, width_config=size)
        return self._element(path)
