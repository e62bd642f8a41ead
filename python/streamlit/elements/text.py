"""Text elements: title, header, subheader, markdown, caption, text, code, divider, latex, badge."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.icons import validate_icon
from streamlit.elements.size import height_config, text_alignment_config, width_config
from streamlit.errors import StreamlitInvalidParameterTypeError, StreamlitValueError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "rainbow")
# Markdown element types (proto Markdown.Type).
NATIVE, CAPTION, DIVIDER, LATEX = "NATIVE", "CAPTION", "DIVIDER", "LATEX"
_HORIZONTAL_RULE = "***"


def clean_text(body: Any) -> str:
    """`str(body)`, dedented and stripped, as Streamlit shows headings and markdown."""
    text = body if type(body) is str else str(body)
    if "\n" in text:
        text = textwrap.dedent(text)
    return text.strip()


def _divider(divider: Any) -> str:
    if not divider:
        return ""
    if divider is True:
        return "auto"
    if divider in _DIVIDER_COLORS:
        return divider
    raise StreamlitValueError("divider", ["True"] + [f"'{c}'" for c in _DIVIDER_COLORS])


def _anchor(anchor: Any) -> tuple[str, bool]:
    """(anchor id, hide_anchor) from Streamlit's `anchor` argument."""
    if anchor is None:
        return "", False
    if anchor is False:
        return "", True
    if anchor is True:
        raise StreamlitValueError("anchor", ["None", "False", "any string"])
    if isinstance(anchor, str):
        return anchor, False
    raise StreamlitInvalidParameterTypeError("anchor", type(anchor).__name__, ["str", "None", "False"])


def write_markdown(
    path: tuple[int, ...], body: str, allow_html: bool, element_type: str, help: str,
    width: dict[str, Any] | None = None, *, alignment: dict[str, Any] | None = None, truncate: bool = False,
    hide_anchors: bool = False,
) -> None:
    """Emits a Markdown element (`element_type`: NATIVE, CAPTION, DIVIDER or LATEX)."""
    _rustlit.markdown(
        path, body=body, allow_html=allow_html, element_type=element_type, help=help, width_config=width,
        text_alignment_config=alignment, truncate=truncate or None, hide_anchors=hide_anchors or None,
    )


def _help_text(help: Any) -> str:
    """`help` as 1.67 stores it: str() and dedented."""
    return textwrap.dedent(help if isinstance(help, str) else str(help))


def _is_sympy(body: Any) -> bool:
    if not type(body).__module__.startswith("sympy"):
        return False
    try:
        import sympy
    except ImportError:
        return False
    return isinstance(body, sympy.Expr)



class TextMixin:
    __slots__ = ()

    def _heading(
        self: DeltaGenerator, tag: str, body: Any, anchor: Any, help: Any, divider: Any, width: Any,
        icon: Any, text_alignment: Any, wrap: Any,
    ) -> DeltaGenerator:
        anchor_id, hide = _anchor(anchor)
        div = _divider(divider)
        size = width_config(width, allow_content=True)
        alignment = text_alignment_config(text_alignment)
        path = self._next_path()
        _rustlit.heading(
            path, tag=tag, body=clean_text(body), anchor=anchor_id, help=str(help) if help else "",
            hide_anchor=hide, divider=div, icon=validate_icon(icon), truncate=not wrap, width_config=size,
            text_alignment_config=alignment,
        )
        return self._element(path)

    def title(
        self, body: Any, anchor: Any = None, *, help: str | None = None, icon: str | None = None,
        width: Any = "stretch", text_alignment: str = "left", wrap: bool = True,
    ) -> DeltaGenerator:
        """Display text in title formatting (h1)."""
        return self._heading("h1", body, anchor, help, False, width, icon, text_alignment, wrap)

    def header(
        self, body: Any, anchor: Any = None, *, help: str | None = None, icon: str | None = None,
        divider: Any = False, width: Any = "stretch", text_alignment: str = "left", wrap: bool = True,
    ) -> DeltaGenerator:
        """Display text in header formatting (h2), optionally with a colored divider."""
        return self._heading("h2", body, anchor, help, divider, width, icon, text_alignment, wrap)

    def subheader(
        self, body: Any, anchor: Any = None, *, help: str | None = None, icon: str | None = None,
        divider: Any = False, width: Any = "stretch", text_alignment: str = "left", wrap: bool = True,
    ) -> DeltaGenerator:
        """Display text in subheader formatting (h3), optionally with a colored divider."""
        return self._heading("h3", body, anchor, help, divider, width, icon, text_alignment, wrap)

    def markdown(
        self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "auto",
        text_alignment: str = "left", anchors: bool = True, wrap: bool = True,
    ) -> DeltaGenerator:
        """Display a string formatted as Markdown (HTML only with unsafe_allow_html)."""
        # "auto" is "stretch" outside horizontal containers, which rustlit does not lay out yet.
        size = None if width == "auto" else width_config(width, allow_content=True)
        alignment = text_alignment_config(text_alignment)
        path = self._next_path()
        write_markdown(
            path, clean_text(body), bool(unsafe_allow_html), NATIVE, str(help) if help else "", size,
            alignment=alignment, truncate=not wrap, hide_anchors=not anchors,
        )
        return self._element(path)

    def caption(
        self, body: Any, unsafe_allow_html: bool = False, *, help: str | None = None, width: Any = "stretch",
        text_alignment: str = "left", wrap: bool = True,
    ) -> DeltaGenerator:
        """Display text in small font (captions, asides, footnotes)."""
        size = width_config(width, allow_content=True)
        alignment = text_alignment_config(text_alignment)
        path = self._next_path()
        write_markdown(
            path, clean_text(body), bool(unsafe_allow_html), CAPTION, str(help) if help else "", size,
            alignment=alignment, truncate=not wrap,
        )
        return self._element(path)

    def text(
        self, body: Any, *, help: str | None = None, width: Any = "content", text_alignment: str = "left",
        wrap: bool = True,
    ) -> DeltaGenerator:
        """Display fixed-width, preformatted text (no Markdown)."""
        size = None if width == "content" else width_config(width, allow_content=True, default="content")
        alignment = text_alignment_config(text_alignment)
        path = self._next_path()
        _rustlit.text(
            path, body=clean_text(body), help=str(help) if help else "", truncate=None if wrap else True,
            width_config=size,
            text_alignment_config=alignment,
        )
        return self._element(path)

    def code(
        self, body: Any, language: str | None = "python", *, line_numbers: bool = False,
        wrap_lines: bool = False, height: Any = "content", width: Any = "stretch",
    ) -> DeltaGenerator:
        """Display a code block with optional syntax highlighting."""
        size = width_config(width, allow_content=True)
        # None is "content" in 1.67; pixels and "stretch" size the box, the code scrolling inside.
        tall = height_config("content" if height is None else height, allow_content=True, default="content")
        path = self._next_path()
        _rustlit.code(
            path, code_text=clean_text(body), language=language or "",
            show_line_numbers=bool(line_numbers), wrap_lines=bool(wrap_lines), width_config=size,
            **({} if tall is None else {"height_config": tall}),
        )
        return self._element(path)

    def divider(self, *, width: Any = "stretch") -> DeltaGenerator:
        """Display a horizontal rule."""
        size = width_config(width, allow_content=False)
        path = self._next_path()
        write_markdown(path, _HORIZONTAL_RULE, False, DIVIDER, "", size)
        return self._element(path)

    def latex(self, body: Any, *, help: str | None = None, width: Any = "stretch") -> DeltaGenerator:
        """Display a mathematical expression (LaTeX source or a SymPy expression), typeset with KaTeX."""
        if _is_sympy(body):
            import sympy

            body = sympy.latex(body)
        # Streamlit's wire form: display math between `$$` lines.
        text = f"$$\n{clean_text(body)}\n$$"
        help_text = _help_text(help) if help else ""
        size = width_config(width, allow_content=True)
        path = self._next_path()
        write_markdown(path, text, False, LATEX, help_text, size)
        return self._element(path)

    def badge(
        self, label: str, *, icon: str | None = None, color: str = "blue", width: Any = "content",
        help: str | None = None,
    ) -> DeltaGenerator:
        """Display a coloured badge: markdown's `:color-badge[icon label]` directive."""
        icon_text = validate_icon(icon)
        prefix = f"{icon_text} " if icon_text else ""
        # Brackets in the label would end the directive early. Like 1.67,
        # neither `label` nor `color` is type-checked: a non-str label fails
        # on .replace, an unknown colour shows as a plain directive name.
        escaped = label.replace("[", "\\[").replace("]", "\\]")
        body = f":{color}-badge[{prefix}{escaped}]"
        help_text = _help_text(help) if help is not None else ""
        size = width_config(width, allow_content=True)
        path = self._next_path()
        write_markdown(path, body, False, NATIVE, help_text, size)
        return self._element(path)
