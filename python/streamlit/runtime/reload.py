"""Which imported modules are the app's own, and forgetting them on a change.

The Rust file watcher watches the files this module reports; when one
changes it asks the runner to call `forget_local_modules` before the next
run, so local modules are imported fresh while third-party ones (anything in
site-packages, a virtualenv or the interpreter's prefix) are never reloaded.
As in Streamlit, every local module is dropped, not just the changed one, so
a module that imported the changed one is rebuilt too.
"""

from __future__ import annotations

import os
import sys

_EXCLUDED_PARTS = {"site-packages", "dist-packages", "__pycache__", "node_modules", ".git"}

_roots: list[str] = []
_blacklist: list[str] = []
_known_modules = -1
# Page scripts that ran (st.Page files, `pages/*.py`): not modules, but
# sources whose changes must reload the app too.
_page_files: set[str] = set()
_page_files_reported = 0


def configure(roots: list[str], blacklist: list[str]) -> None:
    """`roots`: the script's folder and `server.folderWatchList`; `blacklist`:
    `server.folderWatchBlacklist` (relative entries are under the first root)."""
    global _roots, _blacklist, _known_modules
    _roots = [os.path.abspath(r) for r in roots]
    base = _roots[0] if _roots else os.getcwd()
    _blacklist = [os.path.abspath(os.path.join(base, b)) for b in blacklist]
    _known_modules = -1


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _is_local(path: str) -> bool:
    root = next((r for r in _roots if _under(path, r)), None)
    if root is None:
        return False
    prefixes = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    if any(_under(path, p) for p in prefixes if p):
        return False
    # Only the folders inside the root count: the root itself may be hidden.
    parts = os.path.relpath(path, root).split(os.sep)[:-1]
    if any(p in _EXCLUDED_PARTS or p.startswith(".") for p in parts):
        return False
    return not any(_under(path, b) for b in _blacklist)


def _local_modules() -> list[tuple[str, str]]:
    found = []
    for name, module in list(sys.modules.items()):
        if name == "__main__" or name == "streamlit" or name.startswith("streamlit."):
            continue
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            continue
        path = os.path.abspath(path)
        if _is_local(path):
            found.append((name, path))
    return found


def note_page_file(path: str) -> None:
    """A page script ran: watch it like a local module."""
    _page_files.add(os.path.abspath(path))


def local_module_files() -> list[str] | None:
    """The local modules' and pages' files, or None when nothing new was
    imported or run since the last call (checked after every run, so it
    must be cheap)."""
    global _known_modules, _page_files_reported
    if len(sys.modules) == _known_modules and len(_page_files) == _page_files_reported:
        return None
    _known_modules = len(sys.modules)
    _page_files_reported = len(_page_files)
    return sorted({path for _, path in _local_modules()} | _page_files)


def forget_local_modules() -> None:
    """Drops every local module and the compiled-script cache."""
    global _known_modules
    for name, _ in _local_modules():
        sys.modules.pop(name, None)
    _known_modules = -1
    from streamlit.runtime import entry

    entry.clear_code_cache()
