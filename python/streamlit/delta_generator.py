"""DeltaGenerator: the object behind `st`, `st.sidebar`, columns, containers, placeholders.

A DeltaGenerator (DG) stands for a place in the page. Root DGs (`st`,
`st.sidebar`) use the run's cursor of their root container; a block DG
(column, container, expander) owns a running cursor for its children; the DG
an element call returns holds a locked cursor on that element, so calling
element methods on it replaces the element in place (SPEC §2.1).

Calls on the main DG (`st.x`) go to the innermost `with` block of this run;
calls on any other DG go to that DG.
"""

from __future__ import annotations

from typing import Any

from streamlit.cursor import LockedCursor, RunningCursor, root_cursors
from streamlit.elements.alerts import AlertsMixin
from streamlit.elements.arrow import DataMixin
from streamlit.elements.chat_message import ChatMessageMixin
from streamlit.elements.diagrams import DiagramsMixin
from streamlit.elements.echarts_chart import EChartsMixin
from streamlit.elements.exception import ExceptionMixin
from streamlit.elements.form import FormMixin
from streamlit.elements.grid import GridMixin
from streamlit.elements.help import HelpMixin
from streamlit.elements.html import HtmlMixin
from streamlit.elements.iframe import IframeMixin
from streamlit.elements.image import ImageMixin
from streamlit.elements.json_el import JsonMixin
from streamlit.elements.layouts import LayoutsMixin
from streamlit.elements.map import MapMixin
from streamlit.elements.media import MediaMixin
from streamlit.elements.page_link import PageLinkMixin
from streamlit.elements.pdf import PdfMixin
from streamlit.elements.plotly_chart import PlotlyChartMixin
from streamlit.elements.pyplot import PyplotMixin
from streamlit.elements.skeleton import SkeletonMixin
from streamlit.elements.status import StatusMixin
from streamlit.elements.text import TextMixin
from streamlit.elements.vega_charts import VegaChartsMixin
from streamlit.elements.widgets.button import ButtonMixin
from streamlit.elements.widgets.button_group import ButtonGroupMixin
from streamlit.elements.widgets.capture_inputs import CaptureInputsMixin
from streamlit.elements.widgets.chat import ChatInputMixin
from streamlit.elements.widgets.checkbox import CheckboxMixin
from streamlit.elements.widgets.color_picker import ColorPickerMixin
from streamlit.elements.widgets.data_editor import DataEditorMixin
from streamlit.elements.widgets.date_time import DateTimeInputMixin
from streamlit.elements.widgets.datetime_input import DateTimeWidgetMixin
from streamlit.elements.widgets.download_button import DownloadButtonMixin
from streamlit.elements.widgets.file_uploader import FileUploaderMixin
from streamlit.elements.widgets.link_button import LinkButtonMixin
from streamlit.elements.widgets.menu_button import MenuButtonMixin
from streamlit.elements.widgets.multiselect import MultiselectMixin
from streamlit.elements.widgets.number_input import NumberInputMixin
from streamlit.elements.widgets.pagination import PaginationMixin
from streamlit.elements.widgets.radio import RadioMixin
from streamlit.elements.widgets.select_slider import SelectSliderMixin
from streamlit.elements.widgets.selectbox import SelectboxMixin
from streamlit.elements.widgets.slider import SliderMixin
from streamlit.elements.widgets.text_area import TextAreaMixin
from streamlit.elements.widgets.text_input import TextInputMixin
from streamlit.elements.write import WriteMixin
from streamlit.runtime.run_context import _local, get_ctx
from streamlit.unsupported import unknown_container_command, unsupported_error

# Cursors and `with` stack used outside any run (plain `python app.py`): the
# native module ignores output there, but the API must still work.
_bare_cursors = root_cursors()
_bare_stack: list[DeltaGenerator] = []


class DeltaGenerator(
    TextMixin,
    AlertsMixin,
    JsonMixin,
    DataMixin,
    VegaChartsMixin,
    PlotlyChartMixin,
    EChartsMixin,
    MapMixin,
    DiagramsMixin,
    DataEditorMixin,
    WriteMixin,
    ExceptionMixin,
    LayoutsMixin,
    GridMixin,
    PageLinkMixin,
    StatusMixin,
    ButtonMixin,
    CheckboxMixin,
    SliderMixin,
    TextInputMixin,
    NumberInputMixin,
    SelectboxMixin,
    RadioMixin,
    TextAreaMixin,
    MultiselectMixin,
    SelectSliderMixin,
    ColorPickerMixin,
    ButtonGroupMixin,
    PaginationMixin,
    MenuButtonMixin,
    LinkButtonMixin,
    DownloadButtonMixin,
    FileUploaderMixin,
    CaptureInputsMixin,
    DateTimeInputMixin,
    DateTimeWidgetMixin,
    SkeletonMixin,
    FormMixin,
    ChatInputMixin,
    ChatMessageMixin,
    HelpMixin,
    HtmlMixin,
    IframeMixin,
    PdfMixin,
    ImageMixin,
    PyplotMixin,
    MediaMixin,
):
    """A place in the page that element and container methods write to."""

    __slots__ = ("_cursor", "_is_main", "_root")

    def __init__(self, root: int = 0, cursor: RunningCursor | LockedCursor | None = None, *, is_main: bool = False):
        self._root = root
        self._cursor = cursor
        self._is_main = is_main

    def __repr__(self) -> str:
        where = self._cursor.path if isinstance(self._cursor, LockedCursor) else self._cursor
        return f"DeltaGenerator(root={self._root}, cursor={where!r})"

    # ------------------------------------------------------------ placement
    def _active(self) -> DeltaGenerator:
        """The DG a call on `self` really writes to (`st` follows `with` blocks)."""
        if self._is_main:
            ctx = _local.__dict__.get("ctx") or get_ctx()
            stack = ctx.dg_stack if ctx is not None else _bare_stack
            if stack:
                return stack[-1]
        return self

    def _get_delta_path_str(self) -> str:
        """Where this DG writes, as text (packages pass it to the media manager as its
        `coordinates`; rustlit does not need it)."""
        dg = self._active()
        where = dg._cursor.path if isinstance(dg._cursor, LockedCursor) else None
        return str(list(where)) if where is not None else f"[{dg._root}]"

    def _next_path(self) -> tuple[int, ...]:
        """The path of the next element written through this DG (advances running cursors)."""
        dg = self
        ctx = _local.__dict__.get("ctx")
        if ctx is None:
            ctx = get_ctx()
        if self._is_main:
            stack = ctx.dg_stack if ctx is not None else _bare_stack
            if stack:
                dg = stack[-1]
        if ctx is not None and ctx.current_fragment_id is not None:
            # A fragment writing to a container created outside it writes
            # into its own transparent block there (runtime/fragment.py).
            from streamlit.runtime.fragment import outside_wrapper

            return outside_wrapper(ctx, dg)._advance(ctx)
        # _advance, inlined: this runs for every element and a method call
        # costs as much as the rest of it.
        cursor = dg._cursor
        if cursor is None:
            cursor = (ctx.cursors if ctx is not None else _bare_cursors)[dg._root]
        if cursor.locked:
            return cursor.path
        i = cursor.index
        cursor.index = i + 1
        return (*cursor.parent, i)

    def _advance(self, ctx: Any) -> tuple[int, ...]:
        """The next path of this DG's own cursor (advances a running cursor)."""
        dg = self
        cursor = dg._cursor
        if cursor is None:
            cursor = (ctx.cursors if ctx is not None else _bare_cursors)[dg._root]
        if cursor.locked:
            return cursor.path
        i = cursor.index
        cursor.index = i + 1
        return (*cursor.parent, i)

    @staticmethod
    def _element(path: tuple[int, ...]) -> DeltaGenerator:
        """The DG returned by an element call: locked on the element's path."""
        return DeltaGenerator(path[0], LockedCursor(path))

    @staticmethod
    def _block_dg(path: tuple[int, ...]) -> DeltaGenerator:
        """The DG of a new block at `path`: its children start at index 0."""
        return DeltaGenerator(path[0], RunningCursor(path))

    @property
    def _root_container(self) -> int:
        return self._active()._root

    # ------------------------------------------------------------ `with`
    def __enter__(self) -> DeltaGenerator:
        ctx = get_ctx()
        (ctx.dg_stack if ctx is not None else _bare_stack).append(self)
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        ctx = get_ctx()
        stack = ctx.dg_stack if ctx is not None else _bare_stack
        if stack:
            stack.pop()
        return False

    def __getattr__(self, name: str) -> Any:
        # Only reached for names the class lacks: Streamlit commands rustlit
        # does not implement yet raise a clear error (an AttributeError too);
        # any other name fails when called, as in 1.67.
        if name.startswith("__"):
            raise AttributeError(f"'DeltaGenerator' object has no attribute '{name}'")
        unsupported = unsupported_error(name)
        if unsupported is not None:
            raise unsupported
        return unknown_container_command(name, in_sidebar=self._root == 1)
