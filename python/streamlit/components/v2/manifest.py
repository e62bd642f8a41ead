"""Where an installed package keeps a components v2 component's files.

A package declares them in a `pyproject.toml` shipped inside it:
`[[tool.streamlit.component.components]]` entries with a `name` and an
`asset_dir` (relative to that file). A component named
"<project>.<component>" is looked up in the distribution called <project>
(1.67's naming rule). Only that one distribution is read, on first use,
instead of scanning everything installed at startup.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
from pathlib import Path
from typing import Any

_LOGGER = logging.getLogger("streamlit")


def _load_toml(path: Path) -> dict[str, Any] | None:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            _LOGGER.warning("Cannot read %s: Python 3.10 needs the `tomli` package for it", path)
            return None
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except (OSError, ValueError) as e:
        _LOGGER.warning("Cannot read component manifest %s: %s", path, e)
        return None


def _normalized(name: str) -> str:
    return name.replace("_", "-").replace(".", "-").lower()


def _manifests(dist: importlib.metadata.Distribution) -> list[Path]:
    """The `pyproject.toml` files the distribution installed (inside its packages)."""
    found = []
    for file in dist.files or ():
        if file.name == "pyproject.toml":
            found.append(Path(str(dist.locate_file(file))))
    return found


def _entries(dist_name: str) -> dict[str, Path]:
    """component name -> asset_dir, from the distribution's manifests whose project is `dist_name`."""
    try:
        dist = importlib.metadata.distribution(dist_name)
    except importlib.metadata.PackageNotFoundError:
        return {}
    entries: dict[str, Path] = {}
    for manifest in _manifests(dist):
        data = _load_toml(manifest)
        if not data:
            continue
        project = data.get("project", {}).get("name", "")
        if _normalized(str(project)) != _normalized(dist_name):
            continue
        declared = data.get("tool", {}).get("streamlit", {}).get("component", {}).get("components", [])
        for entry in declared if isinstance(declared, list) else []:
            name, asset_dir = entry.get("name"), entry.get("asset_dir")
            if isinstance(name, str) and isinstance(asset_dir, str):
                entries[name] = manifest.parent / asset_dir
    return entries


@functools.lru_cache(maxsize=256)
def asset_dir_for(component_name: str) -> Path | None:
    """The declared `asset_dir` of "<project>.<component>", if an installed package declares one."""
    parts = component_name.split(".")
    for cut in range(1, len(parts)):
        project, component = ".".join(parts[:cut]), ".".join(parts[cut:])
        asset_dir = _entries(project).get(component)
        if asset_dir is not None:
            return asset_dir
    return None
