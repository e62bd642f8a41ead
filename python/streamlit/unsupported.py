"""What `st.<name>` and `dg.<name>` do for a name rustlit does not define.

Three kinds of missing name, each answered as Streamlit 1.67 answers it or
as close as rustlit can:
- a command 1.67 has and rustlit lacks (the list below) raises
  StreamlitNotSupportedError, which is also an AttributeError, so feature
  checks like `hasattr(st, "fragment")` fall back as on an older Streamlit;
- a name Streamlit removed gets 1.67's "has been removed. Use ..." advice;
- anything else on `st` is an AttributeError with 1.67's typo suggestions,
  and on a container a callable that raises "not a valid Streamlit command"
  when called (so `hasattr(st.sidebar, x)` is true, as in 1.67).
The lists are consulted only for names that are missing, so implementing a
command needs no change here (remove its name when convenient).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection
from types import ModuleType
from typing import Any, NoReturn

from streamlit.errors import StreamlitAPIException, StreamlitNotSupportedError

UNSUPPORTED_COMMANDS: frozenset[str] = frozenset(
    {
        # control flow, caching, config, navigation, auth
        "connection",
        "App",
    }
)


def unsupported_error(name: str) -> StreamlitNotSupportedError | None:
    """The error for an unsupported command, or None if `name` is not one."""
    if name in UNSUPPORTED_COMMANDS:
        return StreamlitNotSupportedError(f"st.{name} is not supported by rustlit yet")
    return None


# Names Streamlit removed, with the commands 1.67 advises instead.
REMOVED_COMMANDS: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",),
    "beta_columns": ("columns",),
    "beta_container": ("container",),
    "beta_expander": ("expander",),
    "beta_secrets": ("secrets",),
    "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"),
    "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",),
    "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",),
    "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",),
    "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",),
    "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",),
    "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}

# Submodules that are part of the public `st.` surface (typo suggestions
# otherwise skip modules).
_PUBLIC_NAMESPACES = frozenset({"column_config", "components", "typing"})


def missing_module_attribute(name: str, module: ModuleType) -> AttributeError:
    """The error for `st.<name>` when the streamlit module lacks `name`."""
    unsupported = unsupported_error(name)
    if unsupported is not None:
        return unsupported
    return AttributeError(_missing_message(name, module), name=name, obj=module)


def _missing_message(name: str, module: ModuleType) -> str:
    message = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return message
    if name in REMOVED_COMMANDS:
        return f"{message}. st.{name} has been removed. Use {_st_names(REMOVED_COMMANDS[name])} instead."
    if name == "bokeh_chart":
        return f"{message}. st.bokeh_chart has been removed. Use the streamlit-bokeh component instead."
    public = _public_names(module)
    if name == "input":
        inputs = sorted(n for n in public if n.endswith("_input"))
        return f"{message}. Use a specific input command such as {_st_names(inputs)}."
    # Typo-like matches only: similar enough and at most one letter longer or shorter.
    close = [
        match
        for match in difflib.get_close_matches(name, public, n=3, cutoff=0.8)
        if abs(len(match) - len(name)) <= 1
    ]
    if close:
        return f"{message}. Did you mean {_st_names(close)}?"
    return message


def _public_names(module: ModuleType) -> list[str]:
    """Streamlit's public names: rustlit's, and the commands it lacks yet."""
    names = dict(vars(module))
    return [
        key
        for key, value in names.items()
        if not key.startswith("_") and (not isinstance(value, ModuleType) or key in _PUBLIC_NAMESPACES)
    ] + sorted(UNSUPPORTED_COMMANDS - names.keys())


def _st_names(names: Collection[str]) -> str:
    labels = [f"st.{n}" for n in names]
    if len(labels) <= 2:
        return " or ".join(labels)
    return f"{', '.join(labels[:-1])}, or {labels[-1]}"


def unknown_container_command(name: str, in_sidebar: bool) -> Callable[..., NoReturn]:
    """What `dg.<name>` is for a name containers lack: a callable that raises.

    1.67 lets the lookup succeed and fails the call, pointing at `st.<name>`
    when that exists (e.g. `st.sidebar.rerun()`).
    """

    def raise_unknown(*_args: Any, **_kwargs: Any) -> NoReturn:
        import streamlit as st

        if callable(getattr(st, name, None)):
            owner = "st.sidebar" if in_sidebar else "DeltaGenerator"
            kind = "sidebar-method-does-not-exist" if in_sidebar else "delta-generator-method-does-not-exist"
            raise StreamlitAPIException(
                f"Method `{name}()` does not exist for `{owner}`{'' if in_sidebar else ' objects'}. "
                f"Did you mean `st.{name}()`?",
                error_id=kind,
            )
        raise StreamlitAPIException(
            f"`{name}()` is not a valid Streamlit command.", error_id="invalid-streamlit-command"
        )

    return raise_unknown
