"""st.pagination: the selected page (1-based) of `num_pages`, chosen with numbered page buttons
and previous/next arrows. Which numbers show is the browser's business (max_visible_pages)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.common import callback_of, check_session_state_rules, register, to_key
from streamlit.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from streamlit.runtime.state_proxy import get_session_state

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class PaginationMixin:
    __slots__ = ()

    def pagination(
        self: DeltaGenerator, num_pages: int, *, default: int = 1, max_visible_pages: int | None = 7,
        width: Any = "content", key: Any = None, on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
        disabled: bool = False, bind: Any = None, persist_state: Any = None,
    ) -> int:
        """Display page buttons; returns the selected page number (1-based)."""
        if not _is_int(num_pages) or num_pages < 1:
            raise StreamlitAPIException(f"`num_pages` must be an integer of at least 1. Got {num_pages}.")
        if not _is_int(default):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (not _is_int(max_visible_pages) or max_visible_pages < 0):
            raise StreamlitAPIException(
                f"`max_visible_pages` must be a non-negative integer or None. Got {max_visible_pages}."
            )
        width_fields = width_config(width, allow_content=True, default="content")
        key = to_key(key)
        callback = callback_of(on_change)
        check_session_state_rules(default, key)
        dg = self._active()

        def valid(page: Any) -> bool:
            return _is_int(page) and 1 <= page <= num_pages

        reg = register(
            "pagination", user_key=key, dg=dg, key_as_main_identity=True,
            identity={"num_pages": num_pages, "default": default, "max_visible_pages": max_visible_pages,
                      "width": width},
            kind="int",
            # A page the browser holds beyond a shrunk num_pages falls back to the default.
            deserializer=lambda raw: int(raw) if valid(raw) else default,
            serializer=lambda page: page,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, bind=bind,
            persist_state=persist_state, clearable=False,
        )
        page, changed = reg.value, reg.changed
        if not valid(page):
            # A session_state value out of range: 1.67 resets the key to the default.
            page, changed = default, True
            if key is not None:
                get_session_state()[key] = page
        path = dg._next_path()
        fields: dict[str, Any] = {} if width_fields is None else {"width_config": width_fields}
        if max_visible_pages is not None:
            fields["max_visible_pages"] = max_visible_pages
        _rustlit.pagination(
            path, num_pages=num_pages, ignore_rerun=on_change == "ignore",
            widget=wire.widget_fields(
                reg.id, disabled=bool(disabled), default={"int_value": default}, value={"int_value": page},
                set_value=changed, query_param_key=reg.query_param_key,
            ),
            **fields,
        )
        return int(page)
