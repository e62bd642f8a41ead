"""The native bridge between rustlit's Python package and its Rust runtime.

`_rustlit` is compiled into the rustlit binary (src/runner/native/). It is the
only way Python reaches the runtime: it builds the protobuf messages in Rust
and hands them to the session's outbox. It never returns data from the
network; widget values arrive as arguments of `streamlit.runtime.entry.run`.

Paths are tuples `(root, i1, ..., ik)`: root 0 = main, 1 = sidebar,
2 = event, 3 = bottom; then the index of the node inside each block.

Every emitting function is a yield point: when the session asked the run to
end it raises `RerunInterrupt` (a newer run request is pending) or
`StopInterrupt` (the Stop button, or the session went away) instead of
emitting. Called from a thread with no active run it does nothing.
"""

from collections.abc import Sequence

Path = Sequence[int]

class RerunInterrupt(BaseException):
    """A newer run request is pending: end this run now (no cleanup)."""

class StopInterrupt(BaseException):
    """The run was asked to stop: end it like st.stop() (no cleanup)."""

def check_interrupt() -> None:
    """A yield point that emits nothing (session_state access, st.stop)."""

def has_run_context() -> bool:
    """True on a runner thread while a script run is active."""

def compile_error(type: str, message: str, stack_trace: list[str]) -> None:
    """Report that the script failed to compile; the page keeps its elements."""

def page_info_changed(query_string: str) -> None:
    """st.query_params changed: the browser updates its URL (no rerun), and a
    rerun the server starts for this session (st.rerun, run on save) uses
    this query string."""

# ---------------------------------------------------------------- elements
# Integer enums mirror proto/rustlit.proto.
# Markdown.element_type: 0 native, 1 caption, 2 divider.
# Alert.format: 1 error, 2 warning, 3 info, 4 success.
# label_visibility: 0 visible, 1 hidden, 2 collapsed.
# Checkbox.style: 0 checkbox, 1 toggle. Slider/NumberInput data_type: 0 int, 1 float.

def heading(path: Path, tag: str, body: str, anchor: str, help: str, hide_anchor: bool, divider: str) -> None: ...
def markdown(path: Path, body: str, allow_html: bool, element_type: int, help: str) -> None: ...
def text(path: Path, body: str, help: str) -> None: ...
def code(path: Path, code_text: str, language: str, show_line_numbers: bool, wrap_lines: bool) -> None: ...
def json(path: Path, body: str, expanded: bool) -> None: ...
def alert(path: Path, body: str, format: int, icon: str) -> None: ...
def exception(path: Path, type: str, message: str, message_is_markdown: bool, stack_trace: list[str], is_warning: bool) -> None: ...
def empty(path: Path) -> None: ...

# ---------------------------------------------------------------- widgets
def button(path: Path, id: str, label: str, help: str, type: str, disabled: bool, icon: str, use_container_width: bool) -> None: ...
def checkbox(path: Path, id: str, label: str, default: bool, help: str, value: bool, set_value: bool,
             disabled: bool, label_visibility: int, style: int) -> None: ...
def slider(path: Path, id: str, label: str, format: str, data_type: int, default: list[float], min: float, max: float,
           step: float, value: list[float], set_value: bool, help: str, disabled: bool, label_visibility: int) -> None: ...
def text_input(path: Path, id: str, label: str, default: str | None, password: bool, max_chars: int, help: str,
               value: str | None,
               set_value: bool, placeholder: str, disabled: bool, label_visibility: int) -> None: ...
# text_input: default None = the widget starts empty and its value is None.
def number_input(path: Path, id: str, label: str, format: str, data_type: int, default: float | None, step: float,
                 min: float | None, max: float | None, value: float | None, set_value: bool, help: str,
                 disabled: bool, label_visibility: int, placeholder: str) -> None: ...
def selectbox(path: Path, id: str, label: str, options: list[str], default: int | None, value: int | None,
              set_value: bool, help: str, disabled: bool, label_visibility: int, placeholder: str,
              accept_new_options: bool) -> None: ...
# selectbox/radio widget values are option labels (kind "string"); a selectbox with accept_new_options may
# hold a label that is not an option.
def radio(path: Path, id: str, label: str, options: list[str], default: int | None, value: int | None,
          set_value: bool, help: str, disabled: bool, label_visibility: int, horizontal: bool, captions: list[str]) -> None: ...

# ---------------------------------------------------------------- blocks
def block_vertical(path: Path, key: str, border: bool, height: int) -> None: ...
def block_horizontal(path: Path, gap: str) -> None: ...
def block_column(path: Path, weight: float, gap: str, vertical_alignment: str, border: bool) -> None: ...
def block_expandable(path: Path, label: str, expanded: bool, icon: str) -> None: ...

# ---------------------------------------------------------------- more widgets (choices.rs)
# Option widgets send and receive option labels; dates are "YYYY-MM-DD", times "HH:MM[:SS]".
# Feedback.type: 0 thumbs, 1 faces, 2 stars; its value is an index, -1 on the wire = cleared.
def text_area(path: Path, id: str, label: str, default: str | None, max_chars: int, help: str, value: str | None,
              set_value: bool, placeholder: str, disabled: bool, label_visibility: int, height: int) -> None: ...
def multiselect(path: Path, id: str, label: str, options: list[str], default: list[str], value: list[str],
                set_value: bool, help: str, disabled: bool, label_visibility: int, max_selections: int,
                placeholder: str, accept_new_options: bool) -> None: ...
def color_picker(path: Path, id: str, label: str, default: str, value: str, set_value: bool, help: str,
                 disabled: bool, label_visibility: int) -> None: ...
def button_group(path: Path, id: str, label: str, options: list[str], default: list[str], value: list[str],
                 set_value: bool, help: str, disabled: bool, label_visibility: int, multi_select: bool,
                 pills: bool, required: bool) -> None: ...
def feedback(path: Path, id: str, type: int, default: int | None, value: int | None, set_value: bool,
             disabled: bool) -> None: ...
def link_button(path: Path, id: str, label: str, url: str, help: str, type: str, disabled: bool, icon: str,
                use_container_width: bool) -> None: ...
# link_button: id "" = not a widget (on_click="ignore").
def download_button(path: Path, id: str, label: str, data: bytes, mime: str, file_name: str, help: str, type: str,
                    disabled: bool, icon: str, use_container_width: bool, ignore_rerun: bool) -> None: ...
# download_button: stores `data` in the session's media store (served at /media/<id>.<ext> as an attachment
# named `file_name`) and emits the button with that URL. Nothing is stored outside a run.
def date_input(path: Path, id: str, label: str, default: list[str], min: str, max: str, is_range: bool, help: str,
               value: list[str], set_value: bool, disabled: bool, label_visibility: int, format: str) -> None: ...
def time_input(path: Path, id: str, label: str, default: str | None, value: str | None, set_value: bool,
               help: str, disabled: bool, label_visibility: int, step: int) -> None: ...
def select_slider(path: Path, id: str, label: str, options: list[str], default: list[str], value: list[str],
                  set_value: bool, help: str, disabled: bool, label_visibility: int) -> None: ...

# ---------------------------------------------------------------- uploads (uploads.rs)
# Widget values of upload widgets arrive as kind "files": [(file_id, name, size), ...] as the page reports them.
def uploaded_files(ids: list[str]) -> list[tuple[str, str, str, int]]: ...
# (file_id, name, mime, size) of each id the session's upload store holds, in order.
def keep_uploaded_files(ids: list[str]) -> None: ...
# The widgets of this run hold these files. A run that finishes normally drops files an earlier run held
# but it did not.
def uploaded_file_data(file_id: str) -> bytes | None: ...
def max_upload_bytes() -> int: ...  # server.maxUploadSize in bytes
def file_uploader(path: Path, id: str, label: str, types: list[str], max_upload_size_bytes: int,
                  multiple_files: bool, accept_directory: bool, help: str, disabled: bool,
                  label_visibility: int) -> None: ...
def camera_input(path: Path, id: str, label: str, help: str, disabled: bool, label_visibility: int,
                 resolution_height: int) -> None: ...
def audio_input(path: Path, id: str, label: str, help: str, disabled: bool, label_visibility: int,
                sample_rate: int) -> None: ...

# ---------------------------------------------------------------- forms (forms.rs)
def block_form(path: Path, form_id: str, clear_on_submit: bool, enter_to_submit: bool, border: bool) -> None: ...
def form_submit_button(path: Path, id: str, form_id: str, label: str, help: str, type: str, disabled: bool,
                       icon: str, use_container_width: bool) -> None: ...

# ---------------------------------------------------------------- chat (chat.rs)
# accept_file: 0 none, 1 single, 2 multiple, 3 directory; submit_mode: 0 submit, 1 disable, 2 stop.
# max_upload_size_bytes 0 = the server's server.maxUploadSize; width 0 = stretch.
# pinned_to_bottom: the input sits at the top level and `path` is in the bottom root (3).
def chat_input(path: Path, id: str, placeholder: str, max_chars: int, disabled: bool, value: str | None,
               set_value: bool, accept_file: int, file_type: list[str], max_upload_size_bytes: int,
               accept_audio: bool, audio_sample_rate: int, submit_mode: int, pinned_to_bottom: bool,
               width: int) -> None: ...
# avatar_type: 0 icon ("user", "assistant", ":material/x:", "" = the name's initial), 1 emoji, 2 image.
# An image avatar is a URL in `avatar`, or `image` bytes stored in the session's media (then `avatar` is
# ignored and the block carries the media URL; file_name's extension ends that URL).
def block_chat_message(path: Path, name: str, avatar: str, avatar_type: int, width: int,
                       image: bytes | None = None, mime: str = "", file_name: str = "") -> None: ...

# ---------------------------------------------------------------- components
# Registration and documents go to the process-wide registry the component
# origin serves from (src/components/).
def component_register(name: str, path: str | None = None, url: str | None = None) -> str | None:
    """Declare a component (exactly one of path/url). Returns the source it replaced, if any.
    Raises ValueError ("No such component directory: '...'") for a path that is not a directory."""
def component_store_html(digest: str, html: str) -> None:
    """Keep a components.html document under its SHA-256 hex digest."""
# special_args: (key, bytes) or (key, (data, index, columns) Arrow IPC streams).
def component_instance(path: Path, id: str, component_name: str, json_args: str,
                       special_args: list[tuple[str, object]], url: str, form_id: str,
                       height: float | None = None, tab_index: int | None = None) -> None: ...
# iframe: components.html (html_digest of a stored document) or components.iframe (src).
def iframe(path: Path, src: str, html_digest: str, width: float | None, height: float, scrolling: bool,
           tab_index: int | None = None) -> None: ...

# ---------------------------------------------------------------- multipage
# position: "sidebar" | "hidden" | "top". Each page is (hash, title, icon,
# is_default, section, url_pathname, is_hidden, help, external_url).

def navigation(
    sections: list[str],
    pages: list[tuple[str, str, str, bool, str, str, bool, str, str]],
    position: str,
    page_script_hash: str,
    expanded: bool,
    visible_items: int,
) -> None:
    """The app's pages and the one this run shows (an event, not an element)."""

def page_not_found(page_name: str) -> None:
    """The browser asked for a page name the app does not have."""

def page_link(
    path: Path, page: str, label: str, icon: str, page_script_hash: str, help: str, disabled: bool,
    external: bool, use_container_width: bool, query_string: str, icon_position: str,
) -> None: ...

# ---------------------------------------------------------------- status and tabs
# Metric.color: 0 gray, 1 red, 2 green, 3 orange, 4 yellow, 5 blue, 6 violet,
# 7 primary; Metric.direction: 0 none, 1 up, 2 down.

def progress(path: Path, value: int, text: str) -> None: ...
def spinner(path: Path, text: str, show_time: bool) -> None: ...
def toast(path: Path, body: str, icon: str, duration_ms: int) -> None:
    """`path` is in the event root (2); duration_ms 0 = until closed."""
def metric(
    path: Path, label: str, body: str, delta: str, color: int, direction: int, help: str, label_visibility: int,
    border: bool, icon: str, delta_description: str,
) -> None: ...
def block_tab_container(path: Path, key: str, default_index: int) -> None:
    """The tab bar of st.tabs; its children are `block_tab`s."""
def block_tab(path: Path, label: str) -> None: ...
# st.set_page_config: sends one PageConfig event (only the fields this call
# sets). layout / sidebar_state: the PageConfig enums' numbers (0 = unset).
# icon_data: image bytes to store in the session's media store (kept until the
# session ends or another image icon replaces it); the event then carries
# their URL as the favicon. menu: (lowercased key, value) pairs, a None value
# hides the item (clears the About text); None = menu_items not given.
def page_config(
    title: str | None,
    favicon: str | None,
    icon_data: bytes | None,
    icon_mime: str,
    layout: int,
    sidebar_state: int,
    sidebar_width: int | None,
    menu: list[tuple[str, str | None]] | None,
) -> None: ...
