"""Streamlit's exception classes, with Streamlit 1.67's names and messages.

User code catches these by name (`except StreamlitAPIException`), and the
browser shows their messages verbatim, so both the class hierarchy and the
message texts follow Streamlit exactly.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any


class Error(Exception):
    """Base class of every exception rustlit's streamlit package raises."""


class MarkdownFormattedException(Error):
    """An exception whose message is Markdown (rendered as such in the page)."""


class StreamlitAPIException(MarkdownFormattedException):
    """The script used the `st.*` API incorrectly."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        self.error_id = error_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(a) for a in self.args)})"


class NoSessionContext(Error):
    """A command that needs a session ran outside a script run."""


class DuplicateWidgetID(StreamlitAPIException):
    """Base of the duplicate id / key errors, so `except DuplicateWidgetID` catches both."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    """Two elements of one run computed the same auto-generated id."""

    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    """Two elements of one run used the same user key."""

    def __init__(self, user_key: str) -> None:
        super().__init__(
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A warning rendered with `st.exception` (yellow), never raised."""


class LocalizableStreamlitException(StreamlitAPIException):
    """An API error built from a format string and its named arguments."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class StreamlitValueError(LocalizableStreamlitException):
    """A parameter got a value outside its supported set."""

    def __init__(self, parameter: str, valid_values: Collection[str], *, detail: str | None = None) -> None:
        message = "Invalid `{parameter}` value. Supported values: {valid_values}."
        if detail:
            message += " {detail}"
        super().__init__(
            message, parameter=parameter, valid_values=", ".join(valid_values), detail=detail
        )


class StreamlitInvalidParameterTypeError(LocalizableStreamlitException):
    """A parameter got a value of an unsupported type."""

    def __init__(
        self, parameter: str, provided_type: str, expected_types: list[str], *, detail: str | None = None
    ) -> None:
        message = "Invalid `{parameter}` type. Expected one of: {expected_types}. Provided type: {provided_type}."
        if detail:
            message += " {detail}"
        super().__init__(
            message,
            parameter=parameter,
            expected_types=", ".join(expected_types),
            provided_type=provided_type,
            detail=detail,
        )


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    """A parameter is outside a closed [min, max] interval."""

    def __init__(
        self, parameter: str, value: object, min_value: object, max_value: object, *, detail: str | None = None
    ) -> None:
        message = (
            "The `{parameter}` parameter, set to {value}, is outside the required range [{min_value}, {max_value}]."
        )
        if detail:
            message += " {detail}"
        super().__init__(
            message, parameter=parameter, value=value, min_value=min_value, max_value=max_value, detail=detail,
        )


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    """`st.columns` got no weights or a non-positive weight."""

    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a "
            "positive integer (number of columns) or a list of positive numbers (width ratios of the "
            "columns). See [documentation](https://docs.streamlit.io/develop/api-reference/layout/st.columns) "
            "for more information."
        )


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    """`st.number_input` got ints and floats mixed."""

    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
        message = "All numerical arguments must be of the same type."
        names = {}
        for name, v in (("value", value), ("min_value", min_value), ("max_value", max_value), ("step", step)):
            if v is not None:
                names[f"{name}_type"] = type(v).__name__
                message += f"\n`{name}` has {{{name}_type}} type."
        super().__init__(message, **names)


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    """`value` is below `min_value`."""

    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(
            "The `value` {value} is less than the `min_value` {min_value}.", value=value, min_value=min_value
        )


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    """`value` is above `max_value`."""

    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(
            "The `value` {value} is greater than the `max_value` {max_value}.", value=value, max_value=max_value
        )


class StreamlitInvalidMinMaxError(LocalizableStreamlitException):
    """`min_value` is greater than (or, for sliders, equal to) `max_value`."""

    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            message = "The `min_value` and `max_value` parameters are both set to {min_value}. They must not be equal."
        else:
            message = (
                "The `min_value`, set to {min_value}, cannot be greater than the `max_value`, set to {max_value}."
            )
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitJSNumberBoundsError(LocalizableStreamlitException):
    """A number is outside what a JavaScript number holds exactly."""

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("{", "{{").replace("}", "}}"))


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    """`st.number_input` got a format string that does not format a number."""

    def __init__(self, format: str) -> None:
        super().__init__(
            "Format string for `st.number_input` contains invalid characters: {format}", format=format
        )


def _session_state_item(key: str) -> str:
    """`st.session_state['k']` as a Markdown code span that survives backticks in the key."""
    text = f"st.session_state[{key!r}]"
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    """A read-only widget's key (button, ...) was assigned through session_state."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} is read-only and cannot be "
            "assigned through session state. Use a different session state key "
            "for values you need to set.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitWidgetAlreadyInstantiatedError(LocalizableStreamlitException):
    """A widget's key was assigned after the widget rendered in this run."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} cannot be modified after the widget with "
            "that key is instantiated. Assign {session_state_item} before "
            "creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media "
            "inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    """A widget inside a form other than a submit button declared a callback."""

    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    """A multiselect starts with more selections than `max_selections` allows."""

    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        super().__init__(
            "Multiselect has {current_selections_count} {current_selections_noun} "
            "selected but `max_selections` is set to {max_selections_count}. "
            "This happened because you either gave too many options to `default` "
            "or you manipulated the widget's state through `st.session_state`. "
            "Note that the latter can happen before the line indicated in the traceback. "
            "Please select at most {max_selections_count} {options_noun}.",
            current_selections_count=current_selections_count,
            current_selections_noun="option" if current_selections_count == 1 else "options",
            max_selections_count=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options",
        )


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    """A default value of an option widget is not one of its options."""

    def __init__(self, value: Any) -> None:
        super().__init__(
            "The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options.",
            value=value,
        )


class StreamlitMissingRequiredParameterError(LocalizableStreamlitException):
    """A required parameter is missing, None or empty."""

    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = "The `{parameter}` parameter is required."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, detail=detail)


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    """A `width` that is neither a positive pixel count nor a supported keyword."""

    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels), 'stretch', or 'content'" if allow_content else (
            "a positive integer (pixels) or 'stretch'"
        )
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width), valid_values=valid,
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    """A `height` that is neither a positive pixel count nor a supported keyword."""

    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid = "a positive integer (pixels), 'stretch', or 'content'" if allow_content else (
            "a positive integer (pixels) or 'stretch'"
        )
        super().__init__(
            "Invalid height value: {height}. Height must be either {valid_values}.",
            height=repr(height), valid_values=valid,
        )


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL is malformed or has a scheme that is not allowed."""

    def __init__(self, url: str, protocols: Collection[str] = ("http", "https", "mailto")) -> None:
        # mailto has no "//": it is written "mailto:".
        prefixes = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        if len(prefixes) <= 2:
            protocols_text = " or ".join(prefixes)
        else:
            protocols_text = f"{', '.join(prefixes[:-1])}, or {prefixes[-1]}"
        super().__init__(
            '"{url}" is not a valid URL. You must use a fully qualified domain beginning with {protocols}.',
            url=url, protocols=protocols_text,
        )


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """A command was used in a layout context that does not allow it."""


class StreamlitDataframeConversionError(StreamlitAPIException):
    """Raised when a value cannot be converted to a DataFrame or Arrow table."""


class StreamlitNotSupportedError(StreamlitAPIException, AttributeError):
    """The command exists in Streamlit but rustlit does not implement it yet.

    Also an AttributeError, so `hasattr(st, name)` and `getattr(st, name,
    None)` feature checks fall back as they would on an older Streamlit.
    """


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    """Two (or more) arguments that cannot be used together."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str, explanation: str | None = None) -> None:
        quoted = [f"`{u}`" for u in (first_use, second_use, *other_uses)]
        uses_text = " and ".join(quoted) if len(quoted) == 2 else ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
        message = "{uses_text} cannot be used together."
        if explanation:
            message += " {explanation}"
        super().__init__(message, uses_text=uses_text, explanation=explanation)


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page path that is not one of the app's pages (or not a file)."""

    def __init__(self, page: str, main_script_directory: str | None = None, uses_pages_directory: bool = False) -> None:
        if main_script_directory is None:
            super().__init__("Unable to create Page. The file `{page}` could not be found.", page=page)
            return
        import os

        directory = os.path.basename(main_script_directory)
        if uses_pages_directory:
            message = (
                "Could not find page: `{page}`. You must provide a file path relative to the entrypoint "
                "file (from the directory `{directory}`). Only the entrypoint file and files in the "
                "`pages/` directory are supported."
            )
        else:
            message = (
                "Could not find page: `{page}`. You must provide a `Page` object or file path relative to "
                "the entrypoint file. Only pages previously defined by `st.Page` and passed to "
                "`st.navigation` are allowed."
            )
        super().__init__(message, page=page, directory=directory)


# The remaining exception classes of 1.67's `streamlit.errors`, so that code
# catching or raising them by name imports (rustlit raises few of them yet).


class StreamlitAuthError(StreamlitAPIException):
    """Authentication failed (st.login)."""


class StreamlitMissingAuthlibError(StreamlitAuthError):
    """Login was used without Authlib installed."""

    def __init__(self) -> None:
        super().__init__("Authentication requires Authlib>=1.3.2. Install it via `pip install streamlit[auth]`.")


class UnserializableSessionStateError(StreamlitAPIException):
    """A session-state value could not be pickled."""


class StreamlitComponentRegistryError(Error):
    """A component could not be discovered or registered."""


class StreamlitMaxRetriesError(Error):
    """A file or folder stayed inaccessible after several tries."""


class FragmentHandledException(Exception):
    """An exception a fragment already showed, re-raised to end its run."""


class FragmentStorageKeyError(Error, KeyError):
    """A fragment id that the fragment storage does not hold."""


class StreamlitBadTimeStringError(LocalizableStreamlitException):
    """A time string (ttl, run_every) that cannot be parsed."""

    def __init__(self, time_string: str) -> None:
        super().__init__(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or `2 days`, for example. "
            "Got: {time_string}",
            time_string=time_string,
        )


class StreamlitInvalidColorError(LocalizableStreamlitException):
    """A colour that is neither a hex string nor an RGB(A) sequence."""

    def __init__(self, color: Any) -> None:
        super().__init__(
            "This does not look like a valid color: {color}.\n\n"
            "Colors must be in one of the following formats:\n\n"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`",
            color=repr(color),
        )


class StreamlitInvalidThemeError(LocalizableStreamlitException):
    """Any invalid theme configuration."""


class StreamlitInvalidThemeOptionError(StreamlitInvalidThemeError):
    """An unknown or invalid `[theme]` option."""


class StreamlitInvalidThemeSectionError(StreamlitInvalidThemeError):
    """A `[theme.*]` section that does not exist."""

    def __init__(self, option_name: str, file_path_or_url: str = "config.toml") -> None:
        super().__init__(
            "Invalid theme section: `{option_name}` found in {file_path_or_url}. Valid sections are: `theme`, "
            "`theme.light`, `theme.dark`, `theme.sidebar`, `theme.light.sidebar`, and `theme.dark.sidebar`.",
            option_name=option_name,
            file_path_or_url=file_path_or_url,
        )


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    """A query parameter set to a dict."""

    def __init__(self, key: str) -> None:
        super().__init__(
            "Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.",
            key=key,
        )


class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """A secret, or a secrets file, that cannot be found or parsed."""


class BidiComponentError(LocalizableStreamlitException):
    """Errors of bidirectional (components v2) custom components."""


class BidiComponentInvalidCallbackNameError(BidiComponentError):
    def __init__(self, callback_name: str) -> None:
        super().__init__(
            "The callback name `'{callback_name}'` is not allowed. Callback names must follow the pattern "
            "`on_{{event_name}}_change` where `event_name` is not empty.",
            callback_name=callback_name,
        )


class BidiComponentInvalidDefaultKeyError(BidiComponentError):
    def __init__(self, state_key: str, available_keys: list[str]) -> None:
        super().__init__(
            "Key `'{state_key}'` in `default` is not a valid state name. Valid state names are those with "
            "corresponding `on_{{state_name}}_change` callbacks. Available state names: `{available_keys}`",
            state_key=state_key,
            available_keys=available_keys or "none",
        )


class BidiComponentInvalidIdError(BidiComponentError):
    def __init__(self, part: str, delimiter: str) -> None:
        super().__init__(
            "The `{part}` of a bidirectional component's ID must not contain the delimiter sequence "
            "`{delimiter}`.",
            part=part,
            delimiter=delimiter,
        )


class BidiComponentUnserializableDataError(BidiComponentError):
    def __init__(self) -> None:
        super().__init__(
            "The `data` provided to the bidirectional component could not be serialized. Please ensure the "
            "data is JSON-serializable, or is a supported data structure like a pandas DataFrame."
        )
