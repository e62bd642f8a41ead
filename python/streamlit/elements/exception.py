"""st.exception and the rendering of uncaught exceptions (SPEC §1.7)."""

from __future__ import annotations

import os
import sys
import traceback
from typing import TYPE_CHECKING, Any, NamedTuple

import _rustlit
from streamlit.elements.size import width_config
from streamlit.errors import MarkdownFormattedException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

# Frames from files under this directory are Streamlit (rustlit) internals.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _is_internal(filename: str) -> bool:
    return os.path.abspath(filename).startswith(_PACKAGE_DIR)


def stack_trace_lines(exc: BaseException) -> list[str]:
    """`traceback.format_list` rows of the exception's traceback, stripped.

    Frames inside the streamlit package are dropped (as Streamlit 1.67 does),
    unless nothing would be left, so internal failures stay diagnosable.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    user = [f for f in frames if not _is_internal(f.filename)]
    return [row.strip() for row in traceback.format_list(user or frames)]


def format_syntax_error(exc: SyntaxError) -> str:
    """A SyntaxError message laid out like the interpreter prints it."""
    if exc.text:
        caret = " " * max((exc.offset or 1) - 1, 0) if exc.offset is not None else ""
        return (
            f'File "{exc.filename}", line {exc.lineno}\n'
            f"  {exc.text.rstrip()}\n"
            f"  {caret}^\n"
            f"{type(exc).__name__}: {exc.msg}"
        )
    return str(exc)


def exception_fields(exc: BaseException) -> tuple[str, str, bool, list[str], bool]:
    """(type, message, message_is_markdown, stack_trace, is_warning) for the exception element."""
    type_name = getattr(exc, "alternate_name", None) or type(exc).__name__
    is_markdown = False
    try:
        if isinstance(exc, SyntaxError):
            message = format_syntax_error(exc)
        else:
            message = str(exc).strip()
            is_markdown = isinstance(exc, MarkdownFormattedException)
    except Exception:
        message = ""
    return type_name, message, is_markdown, stack_trace_lines(exc), isinstance(exc, Warning)


# What viewers read instead of an uncaught exception's message when
# client.showErrorDetails hides it (our wording; the log keeps the details).
REDACTED_MESSAGE = (
    "This app ran into an error. Its details are hidden from viewers by the server's "
    "configuration (client.showErrorDetails) and written to the server's log."
)


class Visibility(NamedTuple):
    message: bool
    trace: bool
    type: bool


def error_details_visibility() -> Visibility:
    """What `client.showErrorDetails` lets viewers see of an uncaught exception.

    As in Streamlit 1.67: `full` (or legacy true) shows everything;
    `stacktrace` (or legacy false) the type and the trace; `type` the type;
    `none` only a generic message.
    """
    from streamlit import config

    try:
        mode = str(config.get_option("client.showErrorDetails")).lower()
    except RuntimeError:  # not configured by a server (tests): the default
        mode = "full"
    message = mode in ("full", "true")
    trace = message or mode in ("stacktrace", "false")
    return Visibility(message=message, trace=trace, type=trace or mode == "type")


def redact(
    exc: BaseException, type_name: str, message: str, is_markdown: bool, stack_trace: list[str]
) -> tuple[str, str, bool, list[str]]:
    """The fields of an uncaught exception as viewers may see them; when
    anything is hidden, the whole exception goes to the server's log."""
    seen = error_details_visibility()
    if seen.message:
        return type_name, message, is_markdown, stack_trace
    traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    return (
        type_name if seen.type else "",
        REDACTED_MESSAGE,
        False,
        stack_trace if seen.trace else [],
    )


def qualified_type_name(exc: BaseException) -> str:
    """`module.Class`, as Streamlit names uncaught exceptions (builtins keep the bare name)."""
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


class ExceptionMixin:
    __slots__ = ()

    def exception(self: DeltaGenerator, exception: BaseException, width: Any = "stretch") -> DeltaGenerator:
        """Display an exception with its traceback."""
        return self._exception(exception, width=width)

    def _exception(
        self: DeltaGenerator, exception: BaseException, qualified_type: bool = False, uncaught: bool = False,
        width: Any = "stretch",
    ) -> DeltaGenerator:
        """`uncaught`: the script raised it, so client.showErrorDetails applies
        (st.exception shows what the app chose to show)."""
        type_name, message, is_markdown, stack_trace, is_warning = exception_fields(exception)
        if qualified_type:
            type_name = qualified_type_name(exception)
        if uncaught:
            type_name, message, is_markdown, stack_trace = redact(
                exception, type_name, message, is_markdown, stack_trace
            )
        size = width_config(width, allow_content=False)
        path = self._next_path()
        _rustlit.exception(
            path, type=type_name, message=message, message_is_markdown=is_markdown,
            stack_trace=stack_trace, is_warning=is_warning, width_config=size,
        )
        return self._element(path)
