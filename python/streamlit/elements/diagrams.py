"""st.graphviz_chart and st.mermaid_chart: diagrams the browser lays out from their source.

st.graphviz_chart sends the DOT source and the layout engine (`GraphVizChart`,
proto/diagrams.proto); the browser runs Graphviz. st.mermaid_chart is no
element of its own, as in 1.67: it sends a markdown element whose body is a
```mermaid fence, which the markdown renderer draws with mermaid (SPEC-DATA §9).
"""

from __future__ import annotations

import hashlib
import logging
import re
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.lib.image_utils import normalize_alt
from streamlit.elements.size import height_config, width_config
from streamlit.elements.text import NATIVE, clean_text, write_markdown
from streamlit.errors import StreamlitInvalidParameterTypeError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_LOGGER = logging.getLogger(__name__)

# graphviz >= 0.18 and the older module layout, by class name so graphviz is never imported here.
_GRAPHVIZ_TYPES = frozenset({
    "graphviz.dot.Graph", "graphviz.dot.Digraph",
    "graphviz.graphs.Graph", "graphviz.graphs.Digraph", "graphviz.sources.Source",
})

_USE_CONTAINER_WIDTH_DEPRECATED = (
    "Please replace `use_container_width` with `width`.\n\n"
    "`use_container_width` will be removed after 2025-12-31.\n\n"
    "For `use_container_width=True`, use `width='stretch'`. "
    "For `use_container_width=False`, use `width='content'`."
)

# Mermaid: 1.67 records `alt` as a `%% stAlt:` comment line before the diagram's type line.
_ST_ALT_LINE = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)
_ACC_LINE = re.compile(r"^acc(Title|Descr)\s*:")
_ACC_BLOCK = re.compile(r"^accDescr\s*\{")


def _is_graphviz(obj: Any) -> bool:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}" in _GRAPHVIZ_TYPES


def _element_id(path: tuple[int, ...]) -> str:
    """1.67's element id: the BLAKE2b-128 hex of the delta path as Python prints a list."""
    return hashlib.blake2b(str(list(path)).encode(), digest_size=16).hexdigest()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _diagram_start(lines: list[str]) -> int:
    """Index of the diagram's type line: after blank lines, `%%` comments, `%%{...}%%`
    directives (one or several lines) and a `---` front matter block."""
    i, n = 0, len(lines)
    while i < n:
        stripped = lines[i].strip()
        if not stripped:
            i += 1
        elif stripped.startswith("%%{"):
            if "}%%" not in stripped:
                i += 1
                while i < n and "}%%" not in lines[i]:
                    i += 1
            i = min(i + 1, n)
        elif stripped.startswith("%%"):
            i += 1
        elif stripped == "---":
            i += 1
            while i < n and lines[i].strip() != "---":
                i += 1
            i = min(i + 1, n)
        else:
            break
    return i


def _author_accessibility(body: str) -> list[str]:
    """The diagram's own top-level `accTitle`/`accDescr` directives (only for the warning)."""
    lines = body.splitlines(keepends=True)
    start = _diagram_start(lines)
    if start >= len(lines):
        return []
    depth = _indent(lines[start])
    found, i = [], start + 1
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped and _indent(line) <= depth:
            if _ACC_LINE.match(stripped):
                found.append(stripped)
            elif _ACC_BLOCK.match(stripped):
                block = [stripped]
                if "}" not in stripped:
                    i += 1
                    while i < len(lines):
                        block.append(lines[i].rstrip("\r\n"))
                        if "}" in lines[i]:
                            break
                        i += 1
                found.append("\n".join(block))
        i += 1
    return found


def _with_alt(body: str, alt: str) -> str:
    """`body` with one `%% stAlt: <alt>` line before its type line (earlier ones removed)."""
    one_line = " ".join(alt.split())
    directives = _author_accessibility(body)
    if directives:
        _LOGGER.warning(
            "The Mermaid diagram already sets accessibility directives %r. The alt=%r parameter "
            "overrides them for the accessible name.", directives, one_line,
        )
    lines = _ST_ALT_LINE.sub("", body).splitlines(keepends=True)
    at = _diagram_start(lines)
    if at > 0 and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    lines.insert(at, f"%% stAlt: {one_line}\n")
    return "".join(lines)


def _longest_run(text: str, char: str) -> int:
    runs = re.findall(f"{re.escape(char)}+", text)
    return max((len(r) for r in runs), default=0)


class DiagramsMixin:
    __slots__ = ()

    def graphviz_chart(
        self: DeltaGenerator, figure_or_dot: Any, use_container_width: bool | None = None, *,
        width: Any = "content", height: Any = "content", alt: str | None = None,
    ) -> DeltaGenerator:
        """Display a graph (a graphviz Graph, Digraph or Source, or a DOT string), laid out by Graphviz
        in the browser."""
        if use_container_width is not None:
            show_deprecation(_USE_CONTAINER_WIDTH_DEPRECATED, show_in_browser=False)
            width = "stretch" if use_container_width else "content"
        if _is_graphviz(figure_or_dot):
            dot, engine = figure_or_dot.source, figure_or_dot.engine
        elif isinstance(figure_or_dot, str):
            dot, engine = figure_or_dot, "dot"
        else:
            raise StreamlitInvalidParameterTypeError(
                "figure_or_dot", type(figure_or_dot).__name__,
                ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"],
            )
        size = width_config(width, allow_content=True, default="content")
        tall = height_config(height, allow_content=True, default="content")
        path = self._next_path()
        _rustlit.graphviz_chart(
            path, spec=str(dot), element_id=_element_id(path), engine=str(engine), alt=normalize_alt(alt),
            width_config=size, height_config=tall,
        )
        return self._element(path)

    def mermaid_chart(self: DeltaGenerator, body: str, *, width: Any = "stretch", alt: str | None = None):
        """Display a Mermaid diagram: a markdown element holding a ```mermaid fence, as 1.67 sends it."""
        text = str(body)
        alt_text = normalize_alt(alt)
        if alt_text is not None:
            text = _with_alt(text, alt_text)
        fence = "`" * max(4, _longest_run(text, "`") + 1)
        size = width_config(width, allow_content=True)
        path = self._next_path()
        write_markdown(path, clean_text(f"{fence}mermaid\n{text}\n{fence}"), False, NATIVE, "", size)
        return self._element(path)
