"""A components v2 definition: its HTML, CSS and JavaScript, each inline or
(CSS and JS) a file of the package's `asset_dir`, checked as 1.67 checks
them, and handed to the server, which serves it as one document on the
component origin (never in the app's own page).

Definitions are process-wide, by name; defining a name again replaces it
(1.67: the last definition is used).
"""

from __future__ import annotations

import glob
import threading
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

import _rustlit
from streamlit.components.v2.manifest import asset_dir_for
from streamlit.errors import StreamlitAPIException, StreamlitComponentRegistryError, StreamlitInvalidParameterTypeError

_GLOB_CHARS = ("*", "?", "[", "]")


@dataclass(frozen=True)
class ComponentDefinition:
    name: str
    html: str | None
    css: str | None
    js: str | None
    asset_dir: str | None
    css_path: str | None
    js_path: str | None
    # Where the component origin serves the assembled document.
    document_path: str


_definitions: dict[str, ComponentDefinition] = {}
_lock = threading.Lock()


def looks_inline(value: str) -> bool:
    """1.67's rule: a string is a file path only if it looks like one (one line, and a glob,
    a leading "./" or "/", a path separator, or a .js/.mjs/.cjs/.css ending)."""
    s = value.strip()
    if "\n" in s or "\r" in s:
        return True
    if any(c in s for c in _GLOB_CHARS) or "/" in s or "\\" in s:
        return False
    return not s.lower().endswith((".js", ".css", ".mjs", ".cjs"))


def _check_safe(value: str, kind: str) -> None:
    if PurePosixPath(value).is_absolute() or PureWindowsPath(value).is_absolute() or value.startswith("\\"):
        raise StreamlitComponentRegistryError(f"Unsafe paths are not allowed in {kind}: {value}")
    if ".." in PurePosixPath(value.replace("\\", "/")).parts:
        raise StreamlitComponentRegistryError(f"Path traversal attempts are not allowed in {kind}: {value}")


def _inside(path: Path, root: Path, kind: str) -> str:
    """`path` relative to `root` (POSIX), refusing anything that resolves outside it."""
    try:
        resolved, base = path.resolve(), root.resolve()
    except OSError as e:
        raise StreamlitComponentRegistryError(f"Failed to resolve {kind} path '{path}': {e}")
    if not resolved.is_relative_to(base):
        raise StreamlitComponentRegistryError(f"{kind} path '{path}' is outside the declared asset_dir '{root}'.")
    return resolved.relative_to(base).as_posix()


def _asset(value: str, root: Path, kind: str) -> str:
    """The asset_dir-relative path of a file named by a path or a glob matching exactly one file."""
    _check_safe(value, kind)
    if any(c in value for c in _GLOB_CHARS):
        matches = sorted(p for p in glob.glob(value, root_dir=root, recursive=True) if (root / p).is_file())
        if not matches:
            raise StreamlitComponentRegistryError(f"No files found matching pattern '{value}' in package root {root}")
        if len(matches) > 1:
            raise StreamlitComponentRegistryError(
                f"Multiple files found matching pattern '{value}': {matches}. "
                "Exactly one file must match the pattern."
            )
        return _inside(root / matches[0], root, kind)
    relative = _inside(root / value, root, kind)
    if not (root / relative).is_file():
        raise StreamlitComponentRegistryError(f"No files found matching pattern '{value}' in package root {root}")
    return relative


def _split(name: str, value: str | None, kind: str, root: Path | None) -> tuple[str | None, str | None]:
    """(inline content, asset path) for a `css`/`js` argument."""
    if value is None:
        return None, None
    if looks_inline(value):
        return value, None
    if root is None:
        raise StreamlitAPIException(
            f"Component '{name}' must be declared in pyproject.toml with asset_dir to use file-backed {kind}."
        )
    return None, _asset(value, root, kind)


def define(name: str, html: str | None, css: str | None, js: str | None) -> ComponentDefinition:
    """Check and register a definition; the server keeps its document from now on."""
    for param, value in (("css", css), ("js", js)):
        if value is not None and not isinstance(value, str):
            raise StreamlitInvalidParameterTypeError(
                param, type(value).__name__, ["str", "None"], detail="Pass a string path or glob."
            )
    if html is not None and not isinstance(html, str):
        raise StreamlitInvalidParameterTypeError("html", type(html).__name__, ["str", "None"])
    declared = asset_dir_for(name)
    root = declared if declared is not None and declared.is_dir() else None
    inline_css, css_path = _split(name, css, "css", root)
    inline_js, js_path = _split(name, js, "js", root)
    asset_dir = str(root) if root is not None else None
    document_path, _label = _rustlit.component_v2_define(
        name, html, inline_css, inline_js, asset_dir, css_path, js_path
    )
    definition = ComponentDefinition(name, html, inline_css, inline_js, asset_dir, css_path, js_path, document_path)
    with _lock:
        _definitions[name] = definition
    return definition


def lookup(name: str) -> ComponentDefinition | None:
    with _lock:
        return _definitions.get(name)
