"""A pure-Python stand-in for the native `_rustlit` module, for tests.

It records every call as (function name, path, fields) and can dump the
page as a plain, JSON-able element tree (path -> kind + fields), which is
what the conformance corpus compares. It can also simulate the runtime
asking a run to end: `interrupt_at(n, RerunInterrupt)` raises at the n-th
yield point from now.
"""

from __future__ import annotations

from typing import Any


class RerunInterrupt(BaseException):
    """A newer run request is pending."""


class StopInterrupt(BaseException):
    """The run was asked to stop."""


# Field names of each emitting function, after `path` (mirrors _rustlit.pyi).
FIELDS: dict[str, tuple[str, ...]] = {
    "heading": ("tag", "body", "anchor", "help", "hide_anchor", "divider"),
    "markdown": ("body", "allow_html", "element_type", "help"),
    "text": ("body", "help"),
    "code": ("code_text", "language", "show_line_numbers", "wrap_lines"),
    "json": ("body", "expanded"),
    "alert": ("body", "format", "icon"),
    "exception": ("type", "message", "message_is_markdown", "stack_trace", "is_warning"),
    "empty": (),
    "button": ("id", "label", "help", "type", "disabled", "icon", "use_container_width"),
    "checkbox": ("id", "label", "default", "help", "value", "set_value", "disabled", "label_visibility", "style"),
    "slider": ("id", "label", "format", "data_type", "default", "min", "max", "step", "value", "set_value",
               "help", "disabled", "label_visibility"),
    "text_input": ("id", "label", "default", "password", "max_chars", "help", "value", "set_value",
                   "placeholder", "disabled", "label_visibility"),
    "number_input": ("id", "label", "format", "data_type", "default", "step", "min", "max", "value",
                     "set_value", "help", "disabled", "label_visibility", "placeholder"),
    "selectbox": ("id", "label", "options", "default", "value", "set_value", "help", "disabled",
                  "label_visibility", "placeholder", "accept_new_options"),
    "radio": ("id", "label", "options", "default", "value", "set_value", "help", "disabled", "label_visibility",
              "horizontal", "captions"),
    "text_area": ("id", "label", "default", "max_chars", "help", "value", "set_value", "placeholder", "disabled",
                  "label_visibility", "height"),
    "multiselect": ("id", "label", "options", "default", "value", "set_value", "help", "disabled",
                    "label_visibility", "max_selections", "placeholder", "accept_new_options"),
    "color_picker": ("id", "label", "default", "value", "set_value", "help", "disabled", "label_visibility"),
    "button_group": ("id", "label", "options", "default", "value", "set_value", "help", "disabled",
                     "label_visibility", "multi_select", "pills", "required"),
    "feedback": ("id", "type", "default", "value", "set_value", "disabled"),
    "link_button": ("id", "label", "url", "help", "type", "disabled", "icon", "use_container_width"),
    "progress": ("value", "text"),
    "spinner": ("text", "show_time"),
    "toast": ("body", "icon", "duration_ms"),
    "metric": ("label", "body", "delta", "color", "direction", "help", "label_visibility", "border", "icon",
               "delta_description"),
    "block_tab_container": ("key", "default_index"),
    "block_tab": ("label",),
    "page_link": ("page", "label", "icon", "page_script_hash", "help", "disabled", "external",
                  "use_container_width", "query_string", "icon_position"),
    "download_button": ("id", "label", "data", "mime", "file_name", "help", "type", "disabled", "icon",
                        "use_container_width", "ignore_rerun"),
    "date_input": ("id", "label", "default", "min", "max", "is_range", "help", "value", "set_value", "disabled",
                   "label_visibility", "format"),
    "time_input": ("id", "label", "default", "value", "set_value", "help", "disabled", "label_visibility", "step"),
    "select_slider": ("id", "label", "options", "default", "value", "set_value", "help", "disabled",
                      "label_visibility"),
    "form_submit_button": ("id", "form_id", "label", "help", "type", "disabled", "icon", "use_container_width"),
    "chat_input": ("id", "placeholder", "max_chars", "disabled", "value", "set_value", "accept_file", "file_type",
                   "max_upload_size_bytes", "accept_audio", "audio_sample_rate", "submit_mode", "pinned_to_bottom",
                   "width"),
    "block_chat_message": ("name", "avatar", "avatar_type", "width", "image", "mime", "file_name"),
    "block_form": ("form_id", "clear_on_submit", "enter_to_submit", "border"),
    "block_vertical": ("key", "border", "height"),
    "block_horizontal": ("gap",),
    "block_column": ("weight", "gap", "vertical_alignment", "border"),
    "block_expandable": ("label", "expanded", "icon"),
    "component_instance": ("id", "component_name", "json_args", "special_args", "url", "form_id", "height",
                           "tab_index"),
    "iframe": ("src", "html_digest", "width", "height", "scrolling", "tab_index"),
    "file_uploader": ("id", "label", "types", "max_upload_size_bytes", "multiple_files", "accept_directory",
                      "help", "disabled", "label_visibility"),
    "camera_input": ("id", "label", "help", "disabled", "label_visibility", "resolution_height"),
    "audio_input": ("id", "label", "help", "disabled", "label_visibility", "sample_rate"),
}


class Call:
    """One recorded emitting call."""

    __slots__ = ("fields", "name", "path")

    def __init__(self, name: str, path: tuple[int, ...], fields: dict[str, Any]) -> None:
        self.name = name
        self.path = path
        self.fields = fields

    def __getitem__(self, field: str) -> Any:
        return self.fields[field]

    def __repr__(self) -> str:
        return f"Call({self.name!r}, {self.path!r}, {self.fields!r})"


calls: list[Call] = []
compile_errors: list[tuple[str, str, list[str]]] = []
_interrupt: list[Any] = []  # [countdown, exception class]


def reset() -> None:
    calls.clear()
    compile_errors.clear()
    events.clear()
    page_infos.clear()
    page_configs.clear()
    uploads.clear()
    upload_data_reads.clear()
    kept_uploads.clear()
    _interrupt.clear()


def interrupt_at(n: int, exc: type[BaseException]) -> None:
    """Raise `exc` at the n-th yield point from now (1 = the next one)."""
    _interrupt[:] = [n, exc]


def _yield_point() -> None:
    if _interrupt:
        _interrupt[0] -= 1
        if _interrupt[0] <= 0:
            exc = _interrupt[1]
            _interrupt.clear()
            raise exc()


def check_interrupt() -> None:
    _yield_point()


def has_run_context() -> bool:
    return True


# Components: the registry the component origin would serve.
components: dict[str, tuple[str | None, str | None]] = {}
html_docs: dict[str, str] = {}


def component_register(name: str, path: str | None = None, url: str | None = None) -> str | None:
    previous = components.get(name)
    components[name] = (path, url)
    return None if previous in (None, (path, url)) else repr(previous)


def component_store_html(digest: str, html: str) -> None:
    html_docs[digest] = html


# Uploads: the session's store as the upload endpoint would fill it.
uploads: dict[str, tuple[str, str, bytes]] = {}
upload_data_reads: list[str] = []


def uploaded_files(ids: list[str]) -> list[tuple[str, str, str, int]]:
    return [(i, uploads[i][0], uploads[i][1], len(uploads[i][2])) for i in ids if i in uploads]


def uploaded_file_data(file_id: str) -> bytes | None:
    upload_data_reads.append(file_id)
    found = uploads.get(file_id)
    return None if found is None else found[2]


kept_uploads: list[list[str]] = []


def keep_uploaded_files(ids: list[str]) -> None:
    kept_uploads.append(list(ids))


def max_upload_bytes() -> int:
    return 200 * 1024 * 1024


# st.set_page_config calls, in order: the fields each call sent.
page_configs: list[dict[str, Any]] = []


def page_config(title: Any, favicon: Any, icon_data: Any, icon_mime: str, layout: int, sidebar_state: int,
                sidebar_width: Any, menu: Any) -> None:
    _yield_point()
    page_configs.append({
        "title": title, "favicon": favicon, "icon_data": icon_data, "icon_mime": icon_mime, "layout": layout,
        "sidebar_state": sidebar_state, "sidebar_width": sidebar_width, "menu": menu,
    })


def compile_error(type: str, message: str, stack_trace: list[str]) -> None:
    compile_errors.append((type, message, list(stack_trace)))


# Events that are not page elements: ("navigation", fields) / ("page_not_found", name).
events: list[tuple[str, Any]] = []


def navigation(
    sections: list[str], pages: list[tuple[Any, ...]], position: str, page_script_hash: str, expanded: bool,
    visible_items: int,
) -> None:
    _yield_point()
    keys = ("page_script_hash", "page_name", "icon", "is_default", "section_header", "url_pathname", "is_hidden",
            "help", "external_url")
    events.append(("navigation", {
        "sections": list(sections), "pages": [dict(zip(keys, p, strict=True)) for p in pages],
        "position": position, "page_script_hash": page_script_hash, "expanded": expanded,
        "visible_items": visible_items,
    }))


def page_not_found(page_name: str) -> None:
    _yield_point()
    events.append(("page_not_found", page_name))


# Query strings the runs sent to the browser (st.query_params mutations).
page_infos: list[str] = []


def page_info_changed(query_string: str) -> None:
    _yield_point()
    page_infos.append(query_string)


def _make(name: str):
    names = FIELDS[name]

    def emit(path: Any, *values: Any) -> None:
        if len(values) != len(names):
            raise TypeError(f"_rustlit.{name} takes {len(names) + 1} arguments, got {len(values) + 1}")
        if not isinstance(path, tuple) or not all(type(i) is int for i in path):
            raise TypeError(f"_rustlit.{name}: path must be a tuple of ints, got {path!r}")
        _yield_point()
        calls.append(Call(name, path, dict(zip(names, values, strict=True))))

    emit.__name__ = name
    return emit


for _name in FIELDS:
    globals()[_name] = _make(_name)


def tree() -> dict[str, dict[str, Any]]:
    """The page as the browser would hold it: "[0, 1]" -> {"kind": ..., fields...}.

    Later writes to a path replace earlier ones; a block written at a path
    keeps the children already under it only when it is the same kind.
    """
    nodes: dict[tuple[int, ...], dict[str, Any]] = {}
    for c in calls:
        old = nodes.get(c.path)
        if old is None or old["kind"] != c.name or not c.name.startswith("block_"):
            n = len(c.path)
            for p in [p for p in nodes if len(p) > n and p[:n] == c.path]:
                del nodes[p]
        nodes[c.path] = {"kind": c.name, **c.fields}
    return {str(list(p)): nodes[p] for p in sorted(nodes)}
