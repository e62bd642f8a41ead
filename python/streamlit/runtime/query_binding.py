"""`bind="query-params"`: a widget's value kept in the URL, with Streamlit 1.67's rules.

The page writes the URL when the user changes a bound widget (it replaces the history entry:
the parameter is the widget's key, dropped at the default); this module does the server's part:

- **binding**: a bound key belongs to its widget for as long as the widget is on the page, so
  `st.query_params` refuses to set, delete or clear it (`SessionState.bound`: param -> widget id);
- **seeding**: a widget the browser sent no value for takes the URL's value on its first run,
  and on later runs unless the script assigned its key; a value the widget cannot take (not a
  boolean, not an option, empty for a widget that cannot be empty) or one equal to the default
  removes the parameter; a value the widget clamps or filters is written back corrected;
- **syncing**: a value assigned through `st.session_state` is written to the URL (or the
  parameter removed at the default); a widget that stops being bound, or leaves the page in a
  full run, takes its parameter with it.

Values travel in the URL as the widget's wire value does (`WidgetMeta.kind`): booleans as
`true`/`false`, numbers as text (integral floats without `.0`), strings as they are, lists as
repeated parameters.
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from streamlit.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitValueError

if TYPE_CHECKING:
    from streamlit.runtime.run_context import RunContext
    from streamlit.runtime.session_state import SessionState, WidgetMeta

BIND = "query-params"
_RESERVED = ("embed", "embed_options")
_ARRAY_KINDS = ("string_array", "double_array")


def check_bind(bind: Any, user_key: str | None) -> bool:
    """1.67's checks of `bind`; True when the widget is bound."""
    if bind is None:
        return False
    if bind != BIND:
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if user_key is None:
        raise StreamlitMissingRequiredParameterError(
            "key",
            detail=(
                "When using bind='query-params', the widget must have a unique 'key' parameter specified. "
                "This 'key' will be used as the name of the query parameter."
            ),
        )
    return True


def bind_widget(state: SessionState, param: str, widget_id: str) -> None:
    if param.lower() in _RESERVED:
        raise StreamlitAPIException(
            f"Cannot bind to reserved query parameter '{param}'. 'embed' and 'embed_options' are "
            "used internally for Streamlit's embed functionality."
        )
    state.bound[param] = widget_id


def unbind_widget(ctx: RunContext | None, state: SessionState, widget_id: str) -> None:
    """The widget with this id is no longer bound: forget its parameter, and drop it from the URL."""
    for param, wid in list(state.bound.items()):
        if wid == widget_id:
            del state.bound[param]
            if ctx is not None:
                ctx.query_params.remove(param)


def _is_empty(value: str | list[str]) -> bool:
    if isinstance(value, list):
        return len(value) > 0 and all(v == "" for v in value)
    return value == ""


def parse(value: str | list[str], kind: str) -> Any:
    """The URL's text as the widget's wire value; ValueError when it is not one."""
    last = value[-1] if isinstance(value, list) else value
    if _is_empty(value):
        if kind in _ARRAY_KINDS:
            return []
        return "" if kind == "string" else None
    parts = [p for p in (value if isinstance(value, list) else [value]) if p != ""]
    if kind == "bool":
        if last.lower() == "true":
            return True
        if last.lower() == "false":
            return False
        raise ValueError(f"Invalid boolean value: {last}")
    if kind == "int":
        return int(last)
    if kind == "double":
        return float(last)
    if kind == "string":
        return last
    if kind == "string_array":
        return parts
    if kind == "double_array":
        return [_number_or_iso(p) for p in parts]
    raise ValueError(f"a {kind} widget cannot be bound")


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_TIME_DAY = date(2000, 1, 1)  # the day a time slider's values lie on


def _micros(moment: datetime) -> float:
    delta = moment - _EPOCH
    return float(delta.microseconds + (delta.seconds + delta.days * 86400) * 1_000_000)


def _number_or_iso(text: str) -> float:
    """A slider value: a number, or (date/time sliders, as the page writes them) ISO text:
    `YYYY-MM-DD`, `HH:MM[:SS]` or `YYYY-MM-DDTHH:MM[:SS]`, as microseconds."""
    try:
        return float(text)
    except ValueError:
        pass
    if "T" in text:
        moment = datetime.fromisoformat(text)
    elif "-" in text:
        moment = datetime.combine(date.fromisoformat(text), time())
    elif ":" in text:
        moment = datetime.combine(_TIME_DAY, time.fromisoformat(text))
    else:
        raise ValueError(f"not a number or an ISO date/time: {text}")
    if moment.tzinfo is not None:
        raise ValueError(f"a time zone is not allowed: {text}")
    return _micros(moment.replace(tzinfo=UTC))


def _number_text(v: Any) -> str:
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def url_value(wire: Any, kind: str) -> str | list[str]:
    """A wire value as the URL holds it (None, an empty widget: an empty value)."""
    if wire is None:
        return ""
    if kind in _ARRAY_KINDS:
        items = list(wire) if isinstance(wire, (list, tuple)) else [wire]
        return [_number_text(v) if kind == "double_array" else str(v) for v in items]
    if isinstance(wire, bool):
        return "true" if wire else "false"
    return _number_text(wire)


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except Exception:
        return a is b


def seed(ctx: RunContext, state: SessionState, meta: WidgetMeta, user_key: str) -> bool:
    """Binds the widget and, when 1.67 lets the URL decide, takes its value from there.

    True when the URL's value became the widget's value for this run.
    """
    wid = meta.id
    bind_widget(state, user_key, wid)
    if wid in state.new_widget and not meta.disabled:
        return False  # the browser sent the widget's value: the user's value wins
    if wid in state.old and user_key in state.new_session:
        return False  # the script assigned the key after the widget's first run
    raw = ctx.query_params.initial.get(user_key)
    if raw is None:
        return False
    if _is_empty(raw) and not meta.clearable:
        ctx.query_params.remove(user_key)
        return False
    try:
        parsed = given = parse(raw, meta.kind)
        if meta.kind == "string_array" and isinstance(parsed, list):
            parsed = _sanitize(parsed, meta.options, meta.max_items)
            if not parsed and not _is_empty(raw):
                ctx.query_params.remove(user_key)
                return False
        if meta.kind == "string" and meta.options is not None and parsed not in meta.options:
            ctx.query_params.remove(user_key)
            return False
        value = meta.deserializer(parsed)
        if _same(value, meta.deserializer(None)):
            ctx.query_params.remove(user_key)
            return False
        wire = meta.serializer(value)
    except Exception:  # a value the widget refuses, whatever its deserializer raises
        ctx.query_params.remove(user_key)
        return False
    state.new_widget[wid] = value
    state.new_session[user_key] = value
    if isinstance(wire, tuple):
        wire = list(wire)
    if not _same(wire, given):  # clamped or filtered: the URL shows what the widget holds
        ctx.query_params.set_bound(user_key, url_value(wire, meta.kind))
    return True


def _sanitize(values: list[str], options: list[str] | None, max_items: int | None) -> list[str]:
    """The labels of a list widget's URL value it can hold: known options, each once, at most `max_items`."""
    out: list[str] = []
    for v in values:
        if (options is None or v in options) and v not in out:
            out.append(v)
    return out[:max_items] if max_items else out


def sync(ctx: RunContext, state: SessionState, meta: WidgetMeta, user_key: str, value: Any, seeded: bool) -> bool:
    """Keeps the URL in step with the value the widget resolved to; True when the page must be told the value."""
    wid = meta.id
    qp = ctx.query_params
    existed = wid in state.old or user_key in state.old
    assigned = user_key in state.new_session and not seeded
    if not _same(value, meta.deserializer(None)):
        wire = url_value(meta.serializer(value), meta.kind)
        if user_key in state.old and not qp.has(user_key) and user_key not in state.new_session:
            qp.set_bound(user_key, wire)  # a kept value whose parameter was lost
            return True
        if assigned and existed and qp.raw(user_key) != wire:
            qp.set_bound(user_key, wire)
        return False
    if assigned and existed and qp.has(user_key):
        qp.remove(user_key)
    else:
        qp.discard(user_key)  # the page already dropped it at the default
    return False


def finish_run(ctx: RunContext, state: SessionState, active: set[str], fragment_ids: set[str] | None) -> None:
    """After a run: bindings of widgets that left the page go, with their parameters."""
    for param, wid in list(state.bound.items()):
        if wid in active:
            continue
        if fragment_ids is not None:
            meta = state.meta.get(wid)
            if meta is not None and meta.fragment_id not in fragment_ids:
                continue
        del state.bound[param]
        ctx.query_params.remove(param)
