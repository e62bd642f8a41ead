"""`st.session_state`: the public, dict- and attribute-like view of SessionState.

Every read or write is a yield point (`_rustlit.check_interrupt`), as in
Streamlit, so a newer run request can end a run that only touches state.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from typing import Any

import _rustlit
from streamlit.errors import (
    StreamlitAPIException,
    StreamlitValueError,
    StreamlitWidgetAlreadyInstantiatedError,
)
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.session_state import ELEMENT_ID_PREFIX, SessionState, is_element_id

# Used when st.session_state is touched outside any run (plain `python app.py`).
_bare_state = SessionState()


def get_session_state() -> SessionState:
    ctx = get_ctx()
    return ctx.session.state if ctx is not None else _bare_state


def require_valid_user_key(key: str) -> None:
    """Reject keys Streamlit reserves ("" and the generated-id prefix)."""
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if is_element_id(key):
        raise StreamlitAPIException(f"Keys beginning with {ELEMENT_ID_PREFIX} are reserved.")


def _missing_attr_message(name: str) -> str:
    return (
        f'st.session_state has no attribute "{name}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


def set_state_value(key: Any, value: Any) -> None:
    """`st.session_state[key] = value` with Streamlit's rules."""
    _rustlit.check_interrupt()
    key = str(key)
    require_valid_user_key(key)
    ctx = get_ctx()
    state = get_session_state()
    if ctx is not None:
        wid = state.widget_id_for_key(key)
        if wid is not None and wid in ctx.widget_ids_this_run:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
        # A form's key counts as a widget key once the form exists.
        if key in ctx.form_ids_this_run:
            raise StreamlitWidgetAlreadyInstantiatedError(key)
    state[key] = value


class SessionStateProxy(MutableMapping[str, Any]):
    """The object users know as `st.session_state`."""

    def __iter__(self) -> Iterator[Any]:
        _rustlit.check_interrupt()
        return iter(list(get_session_state().user_keys()))

    def __len__(self) -> int:
        _rustlit.check_interrupt()
        return sum(1 for _ in get_session_state().user_keys())

    def __str__(self) -> str:
        return str(self.to_dict())

    def __repr__(self) -> str:
        return repr(self.to_dict())

    def __contains__(self, key: object) -> bool:
        _rustlit.check_interrupt()
        return str(key) in get_session_state()

    def __getitem__(self, key: Any) -> Any:
        _rustlit.check_interrupt()
        key = str(key)
        require_valid_user_key(key)
        return get_session_state()[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        set_state_value(key, value)

    def __delitem__(self, key: Any) -> None:
        _rustlit.check_interrupt()
        key = str(key)
        require_valid_user_key(key)
        del get_session_state()[key]

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError:
            raise AttributeError(_missing_attr_message(name))

    def __setattr__(self, name: str, value: Any) -> None:
        self[name] = value

    def __delattr__(self, name: str) -> None:
        try:
            del self[name]
        except KeyError:
            raise AttributeError(_missing_attr_message(name))

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of every user-visible key and its value."""
        _rustlit.check_interrupt()
        return get_session_state().filtered_state()

    def clear(self) -> None:
        for key in list(self):
            del self[key]
