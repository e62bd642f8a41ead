"""`streamlit.components.v2`: components made of HTML, CSS and JavaScript
(inline, or files of an installed package's `asset_dir`).

1.67 runs these in the app's own page. rustlit serves each as a document on
the component origin and mounts it in a frame, so a component never reads
the app's cookies or DOM (docs/architecture.md); inside its frame it gets
what 1.67 gives it: `parentElement`, `data`, `setStateValue`,
`setTriggerValue` and the theme's `--st-*` variables.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from streamlit.components.v2.definition import define, lookup
from streamlit.components.v2.mount import mount
from streamlit.components.v2.result import BidiComponentResult, ComponentResult

_LOGGER = logging.getLogger("streamlit")

ComponentRenderer = Callable[..., ComponentResult]


def component(
    name: str, *, html: str | None = None, css: str | None = None, js: str | None = None,
    isolate_styles: bool = True,
) -> ComponentRenderer:
    """Define a component and return the callable that mounts it:
    `renderer(key=, data=, default=, width=, height=, on_<name>_change=...)`."""
    definition = define(name, html, css, js)

    def _mount_component(
        *, key: Any = None, data: Any = None, default: dict[str, Any] | None = None, width: Any = "stretch",
        height: Any = "content", **on_callbacks: Any,
    ) -> ComponentResult:
        import streamlit as st

        if "isolate_styles" in on_callbacks:
            on_callbacks.pop("isolate_styles")
            _LOGGER.warning(
                "Passing `isolate_styles` when mounting a component created via `st.components.v2.component` is "
                "deprecated and will be ignored. Set `isolate_styles` when creating the component instead "
                "(`st.components.v2.component(..., isolate_styles=...)`)."
            )
        # Another definition under this name since: the last one is used (1.67); none: this one again.
        if lookup(name) is None:
            define(name, definition.html, css, js)
        return mount(
            st._main, name, key=key, isolate_styles=isolate_styles, data=data, default=default, width=width,
            height=height, **on_callbacks,
        )

    return _mount_component


__all__ = ["BidiComponentResult", "ComponentRenderer", "ComponentResult", "component"]
