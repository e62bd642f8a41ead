"""The errors of st.cache_data / st.cache_resource, with Streamlit 1.67's messages."""

from __future__ import annotations

from typing import Any

from streamlit.errors import MarkdownFormattedException, StreamlitAPIException, StreamlitAPIWarning

DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


def _func_name_md(func: Any) -> str:
    if hasattr(func, "__name__"):
        return f"`{func.__name__}()`"
    return f"`{type(func).__name__}`"


class UnhashableParamError(StreamlitAPIException):
    """An argument of a cached function cannot be hashed."""

    def __init__(self, decorator: str, func: Any, arg_name: str | None, arg_value: Any) -> None:
        from streamlit.runtime.caching.hashing import fqn_type

        shown = arg_name if arg_name is not None else "(unnamed)"
        func_name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{shown}' (of type `{fqn_type(arg_value)}`) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            "leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{decorator}\ndef {func_name}({replacement}, ...):\n    ...\n```"
        )


class CacheReplayClosureError(StreamlitAPIException):
    """A cached function wrote to a container made outside it: its output cannot be replayed."""

    def __init__(self, decorator: str, func: Any) -> None:
        name = _func_name_md(func)
        super().__init__(
            f"While running {name}, a streamlit element is called on some layout block\n"
            "created outside the function. This is incompatible with replaying the cached\n"
            "effect of that element, because the referenced block might not exist when\n"
            "the replay happens.\n\n"
            "How to fix this:\n"
            f"* Move the creation of that layout block inside {name}.\n"
            f"* Move the call to the streamlit element outside of {name}.\n"
            f"* Remove the `@st.{decorator}` decorator from {name}."
        )


class UnserializableReturnValueError(MarkdownFormattedException):
    """st.cache_data could not pickle what the function returned."""

    def __init__(self, func: Any, value: Any) -> None:
        t = type(value)
        shown = f"`{t.__module__}.{t.__name__}`"
        super().__init__(
            f"Cannot serialize the return value (of type {shown}) in {_func_name_md(func)}. "
            "`st.cache_data` uses [pickle](https://docs.python.org/3/library/pickle.html) to serialize the "
            "function's return value and safely store it in the cache without mutating the original object. "
            "Please convert the return value to a pickle-serializable type. If you want to cache "
            "unserializable objects such as database connections or Tensorflow sessions, use "
            f"`st.cache_resource` instead (see [our docs]({DOCS_URL}) for differences)."
        )


class CachedWidgetWarning(StreamlitAPIWarning):
    """A widget command ran inside a cached function."""

    def __init__(self) -> None:
        super().__init__(
            "Your script uses a widget command in a cached function\n"
            "(function decorated with `@st.cache_data` or `@st.cache_resource`).\n"
            'This code will only be called when we detect a cache "miss",\n'
            "which can lead to unexpected results.\n\n"
            "To fix this, move all widget commands outside the cached function."
        )


class StreamlitBadTimeStringError(StreamlitAPIException):
    """A `ttl` string that is not a duration."""

    def __init__(self, text: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, "
            f"for example. Got: {text}"
        )
