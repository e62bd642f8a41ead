"""Session state: user values and widget values, with Streamlit's precedence rules.

Three stores, as in Streamlit (SPEC §3.7):
- `old`: values of previous runs, keyed by widget id or user key (deserialized);
- `new_session`: assignments through `st.session_state` since the last
  browser-triggered run, keyed by user key;
- `new_widget`: values the browser sent for this run (still serialized, see
  `Serialized`) or widget defaults, keyed by widget id.
Reading a key looks in that order: new_session[key], new_widget[id],
old[id], old[key]. A browser-triggered run first compacts everything into
`old`, then applies the browser's values, then fires callbacks of widgets
whose value changed. Widgets with `persist_state` keep their value under
their user key while a run skips them (runtime/persisted_widgets.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from streamlit.runtime.persisted_widgets import PersistedWidgets

ELEMENT_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"
RUN_WITHOUT_ERRORS_KEY = f"{INTERNAL_KEY_PREFIX}_SCRIPT_RUN_WITHOUT_ERRORS"
TRIGGER = "trigger"
# chat_input's message and menu_button's choice are triggers too, reset to None instead of False.
CHAT = "chat"
STRING_TRIGGER = "string_trigger"
# A components v2 component's events: a list of {"event", "value"} for one run, else None.
JSON_TRIGGER = "json_trigger"


# Widgets behind an element that are not elements themselves (a components v2
# component's events) have ids "<INTERNAL_KEY_PREFIX>_<element id>__<what>", as in 1.67.
INTERNAL_ELEMENT_ID_PREFIX = f"{INTERNAL_KEY_PREFIX}_{ELEMENT_ID_PREFIX}"


def is_element_id(key: str) -> bool:
    return key.startswith((ELEMENT_ID_PREFIX, INTERNAL_ELEMENT_ID_PREFIX))


def missing_key_message(key: str) -> str:
    return (
        f'st.session_state has no key "{key}". Did you forget to initialize it? '
        "More info: https://docs.streamlit.io/develop/concepts/architecture/session-state#initialization"
    )


def _differs(new: Any, old: Any) -> bool:
    """`new != old`, also for values without a truth value (a DataFrame from a component)."""
    try:
        return bool(new != old)
    except (TypeError, ValueError):
        return new is not old


_ABSENT = object()


class Serialized:
    """A raw value from the browser, deserialized lazily by the widget's metadata."""

    __slots__ = ("raw",)

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def __repr__(self) -> str:
        return f"Serialized({self.raw!r})"


class WidgetMeta:
    """What the last registration of a widget said about it."""

    __slots__ = (
        "args", "callback", "clearable", "deserializer", "disabled", "fragment_id", "id", "kind", "kwargs",
        "max_items", "options", "presenter", "serializer",
    )

    def __init__(
        self,
        id: str,
        kind: str,
        deserializer: Callable[[Any], Any],
        serializer: Callable[[Any], Any],
        callback: Callable[..., Any] | None,
        args: Iterable[Any] | None,
        kwargs: dict[str, Any] | None,
        disabled: bool,
        fragment_id: str | None = None,
        *,
        clearable: bool = False,
        options: list[str] | None = None,
        max_items: int | None = None,
        presenter: Callable[[Any, SessionState], Any] | None = None,
    ) -> None:
        self.id = id
        self.kind = kind  # the wire kind: "trigger", "bool", "int", ...
        self.deserializer = deserializer
        self.serializer = serializer
        self.callback = callback
        self.args = tuple(args) if args else ()
        self.kwargs = dict(kwargs) if kwargs else {}
        self.disabled = disabled
        # The fragment that rendered the widget (None = the script's body).
        self.fragment_id = fragment_id
        # bind="query-params" (runtime/query_binding.py): whether an empty URL value is one the
        # widget can hold, the option labels a URL value must be one of, and how many a list may hold.
        self.clearable = clearable
        self.options = options
        self.max_items = max_items
        # What `st.session_state` shows of the value (a components v2 component's state
        # with its events merged in); the widget's own value stays as it is.
        self.presenter = presenter


class SessionState:
    """The state behind `st.session_state` for one session."""

    __slots__ = (
        "_registering",
        "bound",
        "id_to_key",
        "key_to_id",
        "meta",
        "new_session",
        "new_widget",
        "old",
        "persisted",
    )

    def __init__(self) -> None:
        self.old: dict[str, Any] = {}
        self.new_session: dict[str, Any] = {}
        self.new_widget: dict[str, Any] = {}
        self.meta: dict[str, WidgetMeta] = {}
        self.key_to_id: dict[str, str] = {}
        self.id_to_key: dict[str, str] = {}
        # bind="query-params": URL parameter -> the id of the widget bound to it.
        self.bound: dict[str, str] = {}
        self.persisted = PersistedWidgets()
        # Parallel fragments register widgets from worker threads (runtime/parallel_fragments.py).
        self._registering = threading.Lock()

    # ------------------------------------------------------------ lookups
    def _widget_value(self, widget_id: str) -> Any:
        """new_widget[widget_id], deserialized; KeyError when absent or unknown."""
        v = self.new_widget[widget_id]
        if type(v) is Serialized:
            meta = self.meta.get(widget_id)
            if meta is None:
                raise KeyError(widget_id)
            return meta.deserializer(v.raw)
        return v

    def _lookup(self, widget_id: str | None, user_key: str | None) -> Any:
        if user_key is not None and user_key in self.new_session:
            return self.new_session[user_key]
        if widget_id is not None:
            if widget_id in self.new_widget:
                try:
                    return self._widget_value(widget_id)
                except KeyError:
                    pass
            if widget_id in self.old:
                return self.old[widget_id]
        if user_key is not None and user_key in self.old:
            return self.old[user_key]
        raise KeyError(user_key if user_key is not None else widget_id)

    def _resolve(self, key: str) -> tuple[str | None, str | None]:
        """(widget id, user key) for a key that is either a user key or a widget id."""
        if is_element_id(key):
            return key, self.id_to_key.get(key)
        return self.key_to_id.get(key), key

    def __getitem__(self, key: str) -> Any:
        widget_id, user_key = self._resolve(key)
        try:
            value = self._lookup(widget_id, user_key)
        except KeyError:
            raise KeyError(missing_key_message(key))
        meta = self.meta.get(widget_id) if widget_id is not None else None
        if meta is not None and meta.presenter is not None:
            return meta.presenter(value, self)
        return value

    def widget_value(self, widget_id: str) -> Any:
        """A widget's own value (never presented); KeyError when it has none."""
        return self._lookup(widget_id, self.id_to_key.get(widget_id))

    def __contains__(self, key: str) -> bool:
        widget_id, user_key = self._resolve(key)
        try:
            self._lookup(widget_id, user_key)
        except KeyError:
            return False
        return True

    def __setitem__(self, user_key: str, value: Any) -> None:
        """An assignment through the API (rules are checked by the proxy)."""
        self.new_session[user_key] = value

    def __delitem__(self, key: str) -> None:
        widget_id, user_key = self._resolve(key)
        if key not in self and (widget_id is None or widget_id not in self):
            raise KeyError(missing_key_message(key))
        for store in (self.new_session, self.old):
            store.pop(key, None)
        if widget_id is not None:
            self.new_widget.pop(widget_id, None)
            self.old.pop(widget_id, None)
        if user_key is not None and user_key in self.key_to_id:
            self.id_to_key.pop(self.key_to_id.pop(user_key), None)

    def raw_keys(self) -> set[str]:
        return set(self.old) | set(self.new_widget) | set(self.new_session)

    def user_keys(self) -> Iterator[str]:
        """Keys the user sees: widget ids shown by their user key, internals hidden."""
        seen: set[str] = set()
        for k in list(self.old) + list(self.new_widget) + list(self.new_session):
            if is_element_id(k):
                uk = self.id_to_key.get(k)
                if uk is None:
                    continue
                k = uk
            elif k.startswith(INTERNAL_KEY_PREFIX):
                continue
            if k not in seen and k in self:
                seen.add(k)
                yield k

    def filtered_state(self) -> dict[str, Any]:
        return {k: self[k] for k in self.user_keys()}

    def is_new_state_value(self, user_key: str) -> bool:
        return user_key in self.new_session

    def widget_id_for_key(self, user_key: str) -> str | None:
        return self.key_to_id.get(user_key)

    def clear(self) -> None:
        """Forget everything (BackMsg clear_cache wipes session state too)."""
        for store in (self.old, self.new_session, self.new_widget, self.meta, self.key_to_id, self.id_to_key,
                      self.bound):
            store.clear()
        self.persisted.clear()

    # ------------------------------------------------------------ widgets
    def register_widget(self, meta: WidgetMeta, user_key: str | None, page: str = "") -> tuple[Any, bool]:
        """Record a widget's metadata; return (its value, whether the API set it).

        When neither the id nor the user key holds a value yet, the widget's
        default (deserializer(None)) becomes its value. A value `persist_state`
        kept for the widget (under its user key) comes back with it, unless it
        belongs to another page than `page`.
        """
        with self._registering:
            return self._register_widget(meta, user_key, page)

    def _register_widget(self, meta: WidgetMeta, user_key: str | None, page: str) -> tuple[Any, bool]:
        wid = meta.id
        self.meta[wid] = meta
        if user_key is not None:
            old_id = self.key_to_id.get(user_key)
            if old_id is not None and old_id != wid:
                self.id_to_key.pop(old_id, None)
            self.key_to_id[user_key] = wid
            self.id_to_key[wid] = user_key
        from_browser = wid in self.new_widget
        if meta.disabled and from_browser and isinstance(self.new_widget[wid], Serialized) and (
                user_key is None or user_key not in self.new_session):
            # A disabled widget cannot be changed in the browser: a value it reports is stale or
            # forged, and the widget keeps its earlier value (1.67 enforces `disabled` here too).
            del self.new_widget[wid]
            from_browser = False
        if user_key is not None and self.persisted.holds(user_key):
            kept = self.old.pop(user_key, _ABSENT)
            if self.persisted.may_adopt(user_key, page) and kept is not _ABSENT and not from_browser:
                self.new_widget[wid] = kept
        if wid not in self and (user_key is None or user_key not in self):
            default = self.new_widget[wid] = meta.deserializer(None)
            return default, False
        value = self._lookup(wid, user_key)
        if user_key is not None and user_key in self.new_session:
            return value, True
        # A value kept from an earlier run that the browser no longer holds
        # (the widget left the page in a run that ended early): send it, or
        # the page would show the default while the script sees this value.
        restored = not from_browser and meta.kind != TRIGGER and _differs(value, meta.deserializer(None))
        return value, restored

    def _reset_triggers(self) -> None:
        meta = self.meta
        for store in (self.new_widget, self.old):
            for wid in store:
                m = meta.get(wid)
                if m is not None and m.kind == TRIGGER:
                    store[wid] = False
                elif m is not None and m.kind in (CHAT, STRING_TRIGGER, JSON_TRIGGER):
                    store[wid] = None

    def _compact(self) -> None:
        """Move every current value into `old` (start of a browser-triggered run)."""
        for k in self.raw_keys():
            widget_id, user_key = self._resolve(k)
            try:
                self.old[k] = self._lookup(widget_id, user_key)
            except KeyError:
                pass
            except Exception:
                # A browser value its widget refused last run (e.g. an upload
                # of a type it does not allow): it has no old value.
                pass
        self.new_session.clear()
        self.new_widget.clear()

    def on_script_will_rerun(self, widget_states: list[tuple[str, str, Any]]) -> list[WidgetMeta]:
        """Apply the browser's widget values; return the widgets whose callbacks must fire, in order."""
        self._reset_triggers()
        self._compact()
        new_widget = self.new_widget
        for wid, _kind, raw in widget_states:
            new_widget[wid] = Serialized(raw)
        changed: list[WidgetMeta] = []
        for wid in new_widget:
            m = self.meta.get(wid)
            if m is None or m.disabled or m.callback is None:
                continue
            try:
                new = self._widget_value(wid)
            except KeyError:
                continue
            if _differs(new, self.old.get(wid)):
                changed.append(m)
        return changed

    def on_script_finished(
        self, widget_ids_this_run: set[str], fragment_ids: set[str] | None = None, page: str = "",
    ) -> None:
        """Reset triggers and drop the state of widgets not rendered in the run on `page`.

        After a fragment run (`fragment_ids`: the fragments it called) only
        the widgets of those fragments can be dropped. `persist_state` widgets
        keep their value under their user key.
        """
        self._reset_triggers()
        active = widget_ids_this_run
        if fragment_ids is not None:
            active = set(active)
            active.update(w for w, m in self.meta.items() if m.fragment_id not in fragment_ids)
        kept = self._keep_unrendered(active, page)
        self.new_widget = {k: v for k, v in self.new_widget.items() if k in active}
        self.old = {k: v for k, v in self.old.items() if not is_element_id(k) or k in active}
        for wid in [w for w in self.meta if w not in active]:
            del self.meta[wid]
            uk = self.id_to_key.pop(wid, None)
            if uk is not None and self.key_to_id.get(uk) == wid:
                del self.key_to_id[uk]
        self.old.update(kept)
        self.persisted.kept = {uk: origin for uk, origin in self.persisted.kept.items() if uk in self.old}

    def _keep_unrendered(self, active: set[str], page: str) -> dict[str, Any]:
        """The values `persist_state` keeps for widgets the run skipped, by user key; drops
        the kept "page" values of a page the viewer left (unless the app set them this run)."""
        persisted = self.persisted
        persisted.rendered(active, page)
        kept: dict[str, Any] = {}
        for wid, origin, stays in persisted.unrendered(active, page):
            uk = self.id_to_key.get(wid)
            if uk is None:
                continue
            if not stays:
                if uk not in self.new_session:
                    self.old.pop(uk, None)
                continue
            try:
                kept[uk] = self._lookup(wid, uk)
            except Exception:  # a browser value its widget refused: nothing to keep
                continue
            persisted.kept[uk] = origin
        for uk in persisted.left_pages(page, set(kept)):
            if uk not in self.new_session:
                self.old.pop(uk, None)
        return kept

    def serialized_value(self, widget_id: str, value: Any) -> Any:
        return self.meta[widget_id].serializer(value)
