"""What every widget does: policy checks, id, registration, label_visibility.

A widget call runs, in Streamlit's order: session-state rules for its key,
id computation and registration (duplicate detection), `register_widget`
(metadata + value lookup), then the element is emitted with `set_value`
when the script assigned the key through `st.session_state`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from streamlit.elements.form_context import current_form_id
from streamlit.errors import (
    StreamlitInvalidFormCallbackError,
    StreamlitValueAssignmentNotAllowedError,
    StreamlitValueError,
)
from streamlit.runtime import query_binding
from streamlit.runtime.caching.replay import warn_if_cached_widget
from streamlit.runtime.persisted_widgets import check_persist_state
from streamlit.runtime.run_context import RunContext, get_ctx
from streamlit.runtime.session_state import WidgetMeta
from streamlit.runtime.state_proxy import get_session_state, require_valid_user_key
from streamlit.runtime.widget_ids import compute_element_id, register_element_id

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger("streamlit")
_LABEL_VISIBILITY = {"visible": "VISIBLE", "hidden": "HIDDEN", "collapsed": "COLLAPSED"}

# Streamlit warns at most once per process about a widget that has both a
# default value and a value assigned through session_state.
_shown_default_value_warning = False


def to_key(key: Any) -> str | None:
    return None if key is None else str(key)


def label_visibility_value(label_visibility: Any) -> str:
    """The protocol value of `label_visibility`; anything unknown is an API error."""
    try:
        return _LABEL_VISIBILITY[label_visibility]
    except (KeyError, TypeError):
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])


def help_text(help: Any) -> str:
    return "" if help is None else str(help)


def callback_of(on_change: Any) -> Callable[..., Any] | None:
    """The callback to register: None for the 1.67 modes "rerun"/"ignore" and for None."""
    if on_change is None or on_change == "rerun" or on_change == "ignore":
        return None
    if callable(on_change):
        return on_change
    raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])


def check_session_state_rules(default_value: Any, key: str | None, writes_allowed: bool = True) -> None:
    """Reject session_state values for read-only widgets; warn once about default + API value."""
    global _shown_default_value_warning
    if key is None:
        return
    require_valid_user_key(key)
    if get_ctx() is None or not get_session_state().is_new_state_value(key):
        return
    if not writes_allowed:
        raise StreamlitValueAssignmentNotAllowedError(key=key)
    if default_value is not None and not _shown_default_value_warning:
        _LOGGER.warning(
            'The widget with key "%s" was created with a default value but also had '
            "its value set via the Session State API.",
            key,
        )
        _shown_default_value_warning = True


class Registered:
    """The outcome of registering a widget for this run."""

    __slots__ = ("changed", "ctx", "id", "query_param_key", "value")

    def __init__(
        self, ctx: RunContext | None, id: str, value: Any, changed: bool, query_param_key: str | None = None,
    ) -> None:
        self.ctx = ctx
        self.id = id
        self.value = value
        self.changed = changed  # the script set the value through session_state: send set_value
        self.query_param_key = query_param_key  # bind="query-params": the URL parameter


def register(
    element_type: str,
    *,
    user_key: str | None,
    dg: DeltaGenerator,
    key_as_main_identity: bool | frozenset[str],
    identity: dict[str, Any],
    kind: str,
    deserializer: Callable[[Any], Any],
    serializer: Callable[[Any], Any],
    callback: Callable[..., Any] | None,
    args: Iterable[Any] | None,
    kwargs: dict[str, Any] | None,
    disabled: bool,
    form_submitter: bool = False,
    bind: Any = None,
    clearable: bool = False,
    options: list[str] | None = None,
    max_items: int | None = None,
    before_register: Callable[[], None] | None = None,
    persist_state: Any = None,
) -> Registered:
    """Compute and claim the widget id, then register it with session state.

    Inside a form the form id joins the identity of unkeyed widgets, and only
    a form's submit button may have a callback. `bind="query-params"` keeps
    the value in the URL (runtime/query_binding.py): `clearable` says whether
    the widget can be empty, `options`/`max_items` what a URL value may name.
    `before_register` runs the checks 1.67 makes once the id is claimed.
    `persist_state` keeps the value while runs skip the widget
    (runtime/persisted_widgets.py).
    """
    ctx = get_ctx()
    warn_if_cached_widget()
    form_id = current_form_id(dg)
    if form_id and callback is not None and not form_submitter:
        raise StreamlitInvalidFormCallbackError()
    wid = compute_element_id(element_type, user_key, key_as_main_identity, dg._root, identity, form_id=form_id)
    register_element_id(ctx, element_type, wid, user_key)
    if before_register is not None:
        before_register()
    bound = query_binding.check_bind(bind, user_key)
    scope = check_persist_state(persist_state, user_key)
    fragment_id = ctx.current_fragment_id if ctx else None
    meta = WidgetMeta(
        wid, kind, deserializer, serializer, callback, args, kwargs, bool(disabled), fragment_id,
        clearable=clearable, options=options, max_items=max_items,
    )
    state = get_session_state()
    # A bound widget's value lives in the URL, across pages whatever the scope (as in 1.67).
    state.persisted.register(wid, "session" if bound and scope else scope)
    page = ctx.page_script_hash if ctx else ""
    if ctx is None or user_key is None:
        value, changed = state.register_widget(meta, user_key, page)
        return Registered(ctx, wid, value, changed)
    if not bound:
        if wid in state.bound.values():
            query_binding.unbind_widget(ctx, state, wid)
        value, changed = state.register_widget(meta, user_key, page)
        return Registered(ctx, wid, value, changed)
    seeded = query_binding.seed(ctx, state, meta, user_key)
    value, changed = state.register_widget(meta, user_key, page)
    restored = query_binding.sync(ctx, state, meta, user_key, value, seeded)
    return Registered(ctx, wid, value, changed or restored, user_key)


def options_list(options: Any) -> list[Any]:
    """The options of a selection widget as a list (dict keys for a dict)."""
    if options is None:
        return []
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, (str, bytes)):
        return [options]
    columns = getattr(options, "columns", None)
    if columns is not None and hasattr(options, "iloc"):
        # A DataFrame: its first column holds the options.
        return list(options[columns[0]])
    return list(options)

