"""`@st.dialog`: a modal whose content runs as a fragment (SPEC §3.10, Streamlit 1.67).

Calling the decorated function writes a `dialog` block in the event root
(`[2, n]`) with `is_open`, and calls the function as a fragment inside it,
so its widgets rerun only the dialog. `st.rerun()` closes it (the next full
run does not call it, so the page drops it). The user closes a dismissible
dialog with its close button, Escape or a click outside; with `on_dismiss`
other than "ignore" that is a trigger, like a button click, which reruns the
app (and calls `on_dismiss` when it is a callable).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import _rustlit
from streamlit.delta_generator import DeltaGenerator
from streamlit.elements.icons import validate_icon
from streamlit.errors import (
    StreamlitInvalidLayoutContextError,
    StreamlitMissingRequiredParameterError,
    StreamlitValueError,
)
from streamlit.runtime.fragment import fragment
from streamlit.runtime.parallel_fragments import check_not_parallel_worker
from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.session_state import TRIGGER, WidgetMeta
from streamlit.runtime.state_proxy import get_session_state
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

F = TypeVar("F", bound=Callable[..., Any])

EVENT_ROOT = 2
_MAX_PIXEL_WIDTH = 2**32 - 1
_WIDTHS = {"small": "SMALL", "medium": "MEDIUM", "large": "LARGE"}
_POSITIONS = {"center": "CENTER", "left": "LEFT", "right": "RIGHT"}

_event = DeltaGenerator(EVENT_ROOT)


def _width(width: Any) -> tuple[str, int]:
    if isinstance(width, str) and width in _WIDTHS:
        return _WIDTHS[width], 0
    if isinstance(width, int) and not isinstance(width, bool) and 0 < width <= _MAX_PIXEL_WIDTH:
        return "SMALL", width
    raise StreamlitValueError(
        "width", ["'small'", "'medium'", "'large'", "a positive integer"], detail=f"Got {width!r}."
    )


def _on_dismiss(on_dismiss: Any) -> Callable[..., Any] | None:
    if callable(on_dismiss):
        return on_dismiss
    if isinstance(on_dismiss, str) and on_dismiss in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_dismiss", ["'rerun'", "'ignore'", "a callback function"])


def _deserialize(raw: Any) -> bool:
    return bool(raw) if raw is not None else False


def _in_dialog(ctx: Any) -> bool:
    return any(dg._root == EVENT_ROOT for dg in ctx.dg_stack)


def _decorate(func: Callable[..., Any], title: Any, width: Any, position: Any, dismissible: bool, icon: Any,
              on_dismiss: Any) -> Callable[..., Any]:
    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError("title", detail='For example: `@st.dialog("Example Title")`.')

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        check_not_parallel_worker("@st.dialog")
        ctx = get_ctx()
        if ctx is None:
            return
        if _in_dialog(ctx):
            raise StreamlitInvalidLayoutContextError("Dialogs may not be nested inside other dialogs.")
        callback = _on_dismiss(on_dismiss)
        width_name, pixel_width = _width(width)
        if position not in _POSITIONS:
            raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])
        icon_text = validate_icon(icon)
        identity = {
            "title": title, "dismissible": dismissible, "width": width, "position": position, "icon": icon,
            "on_dismiss": "callback" if callable(on_dismiss) else str(on_dismiss),
        }
        element_id = compute_element_id("dialog", None, False, EVENT_ROOT, identity)
        register_element_id(ctx, "dialog", element_id, None)
        dismiss_id = ""
        if on_dismiss != "ignore":
            dismiss_id = element_id
            meta = WidgetMeta(element_id, TRIGGER, _deserialize, bool, callback, None, None, False,
                              ctx.current_fragment_id)
            get_session_state().register_widget(meta, None)
        if ctx.has_dialog_opened:
            raise StreamlitInvalidLayoutContextError(
                "Only one dialog is allowed to be opened at the same time. "
                "Please make sure to not call a dialog-decorated function more than once in a script run."
            )
        ctx.has_dialog_opened = True
        path = _event._next_path()
        fields = {
            "key": "", "allow_empty": True, "title": str(title), "dismissible": bool(dismissible), "width": width_name,
            "pixel_width": pixel_width, "position": _POSITIONS[position], "icon": icon_text, "is_open": True,
            "id": dismiss_id,
        }
        _rustlit.block_dialog(path, **fields)
        opener = ctx.session.fragments.get(ctx.current_fragment_id or "")
        if opener is not None:
            # Opened by a fragment: that fragment's next run closes it unless it opens it again.
            opener.dialogs[path] = fields
        with DeltaGenerator._block_dg(path):
            fragment(func)(*args, **kwargs)

    return wrap


def dialog(
    title: str = "",
    *,
    width: Any = "small",
    position: Any = "center",
    dismissible: bool = True,
    icon: str | None = None,
    on_dismiss: Any = "ignore",
) -> Callable[[F], F]:
    """Turn a function into a modal dialog (`@st.dialog("Title")`)."""
    if callable(title):
        # Used bare (`@st.dialog`): Streamlit 1.67 requires a title.
        raise StreamlitMissingRequiredParameterError("title", detail='For example: `@st.dialog("Example Title")`.')

    def decorator(func: F) -> F:
        return _decorate(func, title, width, position, dismissible, icon, on_dismiss)  # type: ignore[return-value]

    return decorator
