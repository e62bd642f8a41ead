"""st.form and st.form_submit_button.

A form is a block whose widgets do not rerun the script when they change:
the browser keeps their values until a submit button of the form is pressed
and then sends them all with the button's trigger in one rerun. On the
Python side a form only changes identity (unkeyed widgets hash the form id)
and the rules: no nesting, unique keys, callbacks only on submit buttons,
`st.button` not allowed inside, `st.form_submit_button` only inside.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.form_context import current_form_id, register_form
from streamlit.elements.icons import validate_icon
from streamlit.elements.lib.shortcut_utils import normalize_icon_position, normalize_shortcut
from streamlit.elements.size import button_width, config_fields, height_config, width_config
from streamlit.elements.widgets import wire
from streamlit.elements.widgets.button import FORM_DOCS_INFO
from streamlit.elements.widgets.common import callback_of, check_session_state_rules, help_text, register, to_key
from streamlit.errors import (
    StreamlitDuplicateElementKey,
    StreamlitInvalidLayoutContextError,
    StreamlitValueError,
)
from streamlit.runtime.run_context import get_ctx

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_TYPES = ("primary", "secondary", "tertiary")


def _deserialize_trigger(raw: Any) -> bool:
    return bool(raw) if raw is not None else False


class FormMixin:
    __slots__ = ()

    def form(
        self: DeltaGenerator, key: str, clear_on_submit: bool = False, *, enter_to_submit: bool = True,
        border: bool = True, width: Any = "stretch", height: Any = "content",
    ) -> DeltaGenerator:
        """Create a form that batches its widgets' changes until a submit button is pressed."""
        sizes = config_fields(
            width_config(width, allow_content=True), height_config(height, allow_content=True, default="content")
        )
        if current_form_id(self):
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        form_id = str(key)
        check_session_state_rules(None, form_id, writes_allowed=False)
        ctx = get_ctx()
        if ctx is not None:
            if form_id in ctx.form_ids_this_run:
                raise StreamlitDuplicateElementKey(form_id)
            ctx.form_ids_this_run.add(form_id)
        dg = self._active()
        path = dg._next_path()
        _rustlit.block_form(
            path, key="", allow_empty=True, form_id=form_id, clear_on_submit=bool(clear_on_submit),
            enter_to_submit=bool(enter_to_submit), border=bool(border), **sizes,
        )
        register_form(path, form_id)
        return self._block_dg(path)

    def form_submit_button(
        self: DeltaGenerator, label: str = "Submit", help: str | None = None, on_click: Any = None,
        args: Any = None, kwargs: Any = None, *, key: Any = None, type: str = "secondary",
        icon: str | None = None, icon_position: str = "left", disabled: bool = False,
        use_container_width: bool | None = None, width: Any = "content", shortcut: str | None = None,
        wrap: bool | None = None,
    ) -> bool:
        """Display a form submit button; returns True in the run its click (the submit) caused."""
        form_id = current_form_id(self)
        if get_ctx() is not None and not form_id:
            raise StreamlitInvalidLayoutContextError(
                f"`st.form_submit_button()` must be used inside an `st.form()`.{FORM_DOCS_INFO}"
            )
        if type not in _TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _TYPES])
        icon_position = normalize_icon_position(icon_position)
        label = str(label)
        # Streamlit gives every unkeyed submit button the key "FormSubmitter:<form>-<label>".
        key = to_key(key) if key is not None else f"FormSubmitter:{form_id}-{label}"
        callback = callback_of(on_click)
        shortcut = normalize_shortcut(shortcut) if shortcut is not None else None
        check_session_state_rules(None, key, writes_allowed=False)
        dg = self._active()
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        reg = register(
            "form_submit_button", user_key=key, dg=dg, key_as_main_identity=True,
            identity={
                "label": label, "icon": icon, "help": help, "is_form_submitter": True, "type": type,
                "width": width, "icon_position": icon_position, "shortcut": shortcut,
            },
            kind="trigger", deserializer=_deserialize_trigger, serializer=bool,
            callback=callback, args=args, kwargs=kwargs, disabled=disabled, form_submitter=True,
        )
        fill, size = button_width(width)
        path = dg._next_path()
        _rustlit.form_submit_button(
            path, widget=wire.widget_fields(reg.id, label, help_text(help), bool(disabled)),
            form_id=form_id, type=type, icon=validate_icon(icon), use_container_width=fill, width_config=size,
            shortcut=shortcut or "", icon_position=icon_position, wrap=None if wrap is None else bool(wrap),
        )
        return bool(reg.value)
