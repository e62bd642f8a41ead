"""Magic: bare expression statements in the app script are written with st.write.

Applied once per compile (the code cache in `runtime.entry` keys by path and
mtime), by rewriting the syntax tree, so it costs nothing per run. Only the
main script and page files get it, never imported modules. The rules follow
Streamlit 1.67 (SPEC §1.8):

- statement lists inside `def`/`async def`, `with`, `for`/`while` (+ `else`),
  `if`/`else`, `try` (body, handlers, `else`, `finally`), `match` cases and
  the methods of a class are walked; other statements of a class body are not;
- an expression statement becomes `<magic>.transparent_write(value)` (a
  tuple's items become separate arguments), except calls, `yield`,
  `yield from`, `await`, and docstrings (a string as the first statement of a
  module or function; the module's is written when
  `magic.displayRootDocString` is on);
- with `magic.displayLastExprIfNoSemicolon`, a call that is the module's last
  statement is written too, unless its line ends with `;`.

The helper module is imported under a name a script cannot clash with,
after the module docstring and any `from __future__` imports.
"""

from __future__ import annotations

import ast
from typing import Any

MAGIC_ALIAS = "__rustlit_magic__"
_MAGIC_MODULE = "streamlit.runtime.scriptrunner.magic_funcs"

_NOT_WRITTEN = (ast.Call, ast.Yield, ast.YieldFrom, ast.Await)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _option(key: str) -> bool:
    from streamlit import config

    try:
        return bool(config.get_option(key))
    except RuntimeError:  # outside the server (tests): the defaults
        return False


def add_magic(source: str | bytes, path: str) -> ast.Module:
    """The script's syntax tree with magic applied (raises SyntaxError like compile)."""
    tree = ast.parse(source, path, "exec")
    show_docstring = _option("magic.displayRootDocString")
    show_last_call = _option("magic.displayLastExprIfNoSemicolon") and not _last_line_ends_in_semicolon(
        tree, source
    )
    _rewrite(tree.body, docstring_slot=True, show_docstring=show_docstring, last_call=show_last_call)
    tree.body.insert(_import_position(tree.body), _magic_import())
    return ast.fix_missing_locations(tree)


def _last_line_ends_in_semicolon(tree: ast.Module, source: str | bytes) -> bool:
    if not tree.body:
        return False
    end = tree.body[-1].end_lineno
    if end is None:
        return False
    text = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
    lines = text.split("\n")
    return end <= len(lines) and lines[end - 1].strip(" ").endswith(";")


def _is_string(node: Any) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _rewrite(
    body: list[ast.stmt], *, docstring_slot: bool, show_docstring: bool = False, last_call: bool = False
) -> None:
    """Rewrite one statement list in place; `docstring_slot`: its first string is a docstring."""
    for i, node in enumerate(body):
        if isinstance(node, _FUNCTIONS):
            _rewrite(node.body, docstring_slot=True)
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            _rewrite(node.body, docstring_slot=False)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.If)):
            _rewrite(node.body, docstring_slot=False)
            _rewrite(node.orelse, docstring_slot=False)
        elif isinstance(node, (ast.Try, ast.TryStar)):
            for part in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                _rewrite(part, docstring_slot=False)
        elif isinstance(node, ast.Match):
            for case in node.cases:
                _rewrite(case.body, docstring_slot=False)
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, _FUNCTIONS):
                    _rewrite(member.body, docstring_slot=True)
        elif isinstance(node, ast.Expr):
            value = node.value
            shown_last_call = isinstance(value, ast.Call) and last_call and i == len(body) - 1
            if isinstance(value, _NOT_WRITTEN) and not shown_last_call:
                continue
            if docstring_slot and i == 0 and _is_string(value) and not show_docstring:
                continue
            args = list(value.elts) if isinstance(value, ast.Tuple) else [value]
            node.value = ast.copy_location(_write_call(args), value)


def _write_call(args: list[ast.expr]) -> ast.Call:
    func = ast.Attribute(value=ast.Name(id=MAGIC_ALIAS, ctx=ast.Load()), attr="transparent_write", ctx=ast.Load())
    return ast.Call(func=func, args=args, keywords=[])


def _magic_import() -> ast.Import:
    node = ast.Import(names=[ast.alias(name=_MAGIC_MODULE, asname=MAGIC_ALIAS)])
    node.lineno = node.end_lineno = 1
    node.col_offset = node.end_col_offset = 0
    return node


def _import_position(body: list[ast.stmt]) -> int:
    """After the module docstring and the `from __future__` imports (which must come first)."""
    pos = 1 if body and isinstance(body[0], ast.Expr) and _is_string(body[0].value) else 0
    while pos < len(body) and isinstance(body[pos], ast.ImportFrom) and body[pos].module == "__future__":
        pos += 1
    return pos
