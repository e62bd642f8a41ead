"""st.echo: show the source of a `with` block as code, and run the block.

The code is found the way Streamlit 1.67 finds it: the source file of the
`with` statement is parsed and the statement starting on its line gives the
block (its decorators included); the code is shown above the block's output
(in a placeholder written first) or below it. A block that raises shows no
code, and an unreadable file shows a warning instead of the code.
"""

from __future__ import annotations

import ast
import contextlib
import logging
import sys
import textwrap
import tokenize
from collections.abc import Iterator
from typing import Any

_LOGGER = logging.getLogger(__name__)


def _statements_by_line(tree: ast.AST) -> dict[int, Any]:
    """Nodes by their first line, descending only into nodes with a body.

    Several nodes can start on one line (`with st.echo(): st.write(1)`): the
    innermost one visited last wins, as in 1.67, where such a one-liner then
    fails because the statement found has no body.
    """
    found: dict[int, Any] = {}

    def visit(node: ast.AST) -> None:
        if not hasattr(node, "body"):
            return
        for child in ast.iter_child_nodes(node):
            line = getattr(child, "lineno", None)
            if line is not None:
                found[line] = child
                visit(child)

    visit(tree)
    return found


def _block_source(filename: str, line: int) -> str:
    """The dedented source of the body of the statement starting at `line`."""
    with tokenize.open(filename) as f:
        lines = f.readlines()
    statement = _statements_by_line(ast.parse("".join(lines)))[line]
    first = statement.body[0]
    start = min([first.lineno, *(d.lineno for d in getattr(first, "decorator_list", []))])
    return textwrap.dedent("".join(lines[start - 1 : statement.end_lineno]))


@contextlib.contextmanager
def echo(code_location: str = "above") -> Iterator[None]:
    """Use in a `with` block to show its code on the page, then run it."""
    import streamlit as st

    if code_location == "below":
        show_code, show_warning = st.code, st.warning
    else:
        placeholder = st.empty()
        show_code, show_warning = placeholder.code, placeholder.warning

    # The `with` statement's frame: this generator's caller is contextlib's
    # __enter__, whose caller is the script.
    caller = sys._getframe(2)
    code: str | None = None
    problem: str | None = None
    try:
        code = _block_source(caller.f_code.co_filename, caller.f_lineno)
    except OSError as err:
        problem = f"Unable to display code. {err}"
        _LOGGER.warning("%s", problem)

    # The block runs even when its source could not be read.
    yield

    if code is not None:
        show_code(code, "python")
    elif problem is not None:
        show_warning(problem)
