"""Button columns (`st.column_config.ButtonColumn(key=...)`): each is a widget of its own whose value is
the click, `{"row": int, "label": str}`, for the single run it causes (SPEC-DATA §3.3).

`st.dataframe` and `st.data_editor` take the keyed columns out of `column_config` (`extract`), send
their plain config as any other column's, and register one click widget per column
(`register_clicks`): its id in the element's `button_click_widgets`, its callback run before the
script, the click readable from `st.session_state[key]` in that run only.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from streamlit.column_config import ButtonColumnResult
from streamlit.elements.widgets.common import callback_of, check_session_state_rules, register
from streamlit.errors import StreamlitAPIException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator


def extract(column_config: Mapping[Any, Any] | None) -> tuple[Mapping[Any, Any] | None, dict[str, ButtonColumnResult]]:
    """The config with each keyed button column's plain config, and those columns by config key."""
    if column_config is None:
        return None, {}
    buttons: dict[str, ButtonColumnResult] = {}
    plain: dict[Any, Any] = {}
    for column, config in column_config.items():
        if isinstance(config, ButtonColumnResult):
            key = f"_pos:{column}" if isinstance(column, int) and not isinstance(column, bool) else str(column)
            buttons[key] = config
            plain[column] = config.config
        else:
            plain[column] = config
    return plain, buttons


def _click(raw: Any) -> Any:
    """The browser's click JSON as a read-only `ButtonColumnClickState`; None when there was no click."""
    from streamlit.elements.arrow import ButtonColumnClickState

    if not raw:
        return None
    try:
        parsed = json.loads(raw)
    except (TypeError, ValueError):
        parsed = None
    if (not isinstance(parsed, dict) or not isinstance(parsed.get("row"), int) or isinstance(parsed.get("row"), bool)
            or not isinstance(parsed.get("label"), str)):
        raise StreamlitAPIException("Invalid button click state: expected {row: int, label: str}.")
    if parsed["row"] < 0:
        raise StreamlitAPIException(f"Invalid button click row index: {parsed['row']}. Row must be >= 0.")
    return ButtonColumnClickState(parsed)


def register_clicks(dg: DeltaGenerator, buttons: dict[str, ButtonColumnResult]) -> list[dict[str, str]]:
    """One click widget per keyed button column (id from its key alone); the `ButtonClickWidget`s."""
    widgets = []
    for column, button in buttons.items():
        key = str(button.key)
        callback = callback_of(button.on_click)
        check_session_state_rules(None, key, writes_allowed=False)
        reg = register(
            "dataframe_button", user_key=key, dg=dg, key_as_main_identity=True, identity={},
            kind="string_trigger", deserializer=_click,
            serializer=lambda v: "" if v is None else json.dumps(dict(v)),
            callback=callback, args=button.args, kwargs=button.kwargs, disabled=False,
        )
        widgets.append({"column": column, "widget_id": reg.id})
    return widgets
