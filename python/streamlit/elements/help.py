"""st.help: the name, type, value, docstring and members of an object, as 1.67 shows them.

The name is the expression the script wrote (`st.help(df.head)` shows
"df.head"), read from the calling line's source; anything that is not a
plain call of `help`/`write` (magic, `x,`) is shown whole.
"""

from __future__ import annotations

import ast
import inspect
import os
import re
import types
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.size import width_config

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_NEWLINES = re.compile(r"[\n\r]+")
# A repr that only says where an object lives (`<Foo object at 0x7f...>`): nothing worth showing.
MEMORY_ADDRESS_REPR = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")
# st.help()'s default: the streamlit module (imported only when used, it imports this module).
_STREAMLIT = object()


def _caller_line() -> str | None:
    """The calling script line, outside this package."""
    for frame in inspect.stack():
        if frame.code_context is None:
            return None
        if not os.path.realpath(frame.filename).startswith(_PACKAGE_DIR + os.sep):
            return _NEWLINES.sub("", "".join(frame.code_context).strip())
    return None


def _called_as(tree: ast.Module, name: str) -> bool:
    node = tree.body[0].value if tree.body and isinstance(tree.body[0], ast.Expr) else None
    if not isinstance(node, ast.Call):
        return False
    return getattr(node.func, "id", None) == name or getattr(node.func, "attr", None) == name


def variable_name(code: str | None) -> str | None:
    """The argument's source text in `st.help(<arg>)` / `st.write(<arg>)`, or the whole line."""
    if code is None:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    if not (_called_as(tree, "help") or _called_as(tree, "write")):
        return code.removesuffix(",")
    call = tree.body[0].value  # type: ignore[attr-defined]
    if not call.args:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.NamedExpr):
        return arg.target.id if isinstance(arg.target, ast.Name) else None
    if isinstance(arg, ast.Constant):
        return None
    return code[arg.col_offset:getattr(arg, "end_col_offset", None)]


def _type(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _doc(obj: Any) -> str | None:
    doc = inspect.getdoc(obj)
    if doc is None:
        kind = type(obj)
        plain = kind is type or kind is types.ModuleType or inspect.isfunction(obj) or inspect.ismethod(obj)
        if not plain and kind.__name__ != "CachedFunc":
            doc = inspect.getdoc(kind)
    return doc.strip() if doc else None


def _shorten(text: str, length: int = 300) -> str:
    text = text.strip()
    return text[:length] + "..." if len(text) > length else text


def _readable(value: Any) -> str | None:
    """repr() of a plain value; None for classes, modules, callables and `<... at 0x...>` reprs."""
    if type(value).__name__ == "Secrets" or inspect.isclass(value) or inspect.ismodule(value) or callable(value):
        return None
    text = repr(value)
    if not isinstance(value, str) and MEMORY_ADDRESS_REPR.match(text):
        return None
    return _shorten(text)


def _signature(obj: Any) -> str:
    if not inspect.isclass(obj) and not callable(obj):
        return ""
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return ""


def _value(obj: Any, name: str | None) -> str:
    readable = _readable(obj)
    if readable is not None:
        return readable
    target = obj if (getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)) else type(obj)
    qualname = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if not qualname:
        return ""
    module = getattr(target, "__module__", None)
    value = f"{module}.{qualname}{_signature(target)}" if module else f"{qualname}{_signature(target)}"
    return "" if value == name else value


def _is_property(obj: Any, attr: str) -> bool:
    for cls in inspect.getmro(getattr(obj, "__class__", type(None))):
        found = getattr(cls, attr, None)
        if found is not None:
            return isinstance(found, property) or inspect.isgetsetdescriptor(found)
    return False


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _members(obj: Any) -> list[dict[str, str]]:
    found = []
    for attr in dir(obj):
        if attr.startswith("_"):
            continue
        try:
            if _is_property(obj, attr):
                kind, weight, doc, value = "property", 0, _doc(getattr(obj.__class__, attr)), None
            else:
                member = getattr(obj, attr)
                kind, weight, value = _type(member), _weight(member), _readable(member)
                doc = _doc(member) if value is None else None
        except AttributeError:
            continue
        if kind == "module":
            continue
        entry = {"name": attr, "type": kind, "value": value or "", "doc_string": (doc or "").partition("\n")[0]}
        found.append((weight, attr, entry))
    return [entry for _, _, entry in sorted(found, key=lambda m: (m[0], m[1]))]


def help_fields(obj: Any) -> dict[str, Any]:
    name = variable_name(_caller_line())
    return {
        "name": name or "", "type": _type(obj), "value": _value(obj, name), "doc_string": _doc(obj) or "",
        "members": _members(obj),
    }


class HelpMixin:
    __slots__ = ()

    def help(self: DeltaGenerator, obj: Any = _STREAMLIT, *, width: Any = "stretch") -> DeltaGenerator:
        """Show what Python knows about `obj` (the streamlit module by default)."""
        if obj is _STREAMLIT:
            import streamlit

            obj = streamlit
        size = width_config(width, allow_content=False, default="stretch")
        fields = help_fields(obj)
        path = self._next_path()
        _rustlit.help(path, width_config=size, **fields)
        return self._element(path)

