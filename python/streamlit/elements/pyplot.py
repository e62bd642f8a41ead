"""st.pyplot: a Matplotlib figure, rendered on the server to a PNG shown as an image.

The figure goes through `savefig` with 1.67's defaults (tight bounding box,
200 dpi) and then the same path as `st.image` (media store, ImageList
element). Rendering holds one process-wide lock: Matplotlib keeps global
state (font and text caches, rcParams) that concurrent `savefig` calls on
several sessions' threads must not interleave on.
"""

from __future__ import annotations

import io
import threading
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.elements.lib.deprecation import show_deprecation
from streamlit.elements.lib.image_utils import image_bytes, normalize_alt, store
from streamlit.elements.size import width_config
from streamlit.errors import StreamlitMissingRequiredParameterError

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

_SAVEFIG_DEFAULTS: dict[str, Any] = {"bbox_inches": "tight", "dpi": 200, "format": "png"}

_RENDER_LOCK = threading.Lock()

_FIG_REQUIRED = """Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```"""

_SAVEFIG_KWARGS_DEPRECATED = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""


def _render(fig: Any, clear_figure: bool, savefig_kwargs: dict[str, Any]) -> bytes | str:
    """The figure as PNG bytes, or as SVG text when the options (or rcParams) ask for SVG."""
    try:
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise ImportError("pyplot() command requires matplotlib") from e
    buffer = io.BytesIO()
    with _RENDER_LOCK:
        plt.ioff()
        fig.savefig(buffer, **{**_SAVEFIG_DEFAULTS, **savefig_kwargs})
        if clear_figure:
            fig.clf()
    payload = buffer.getvalue()
    # Matplotlib picks the format itself (format=None follows rcParams), so look at the bytes.
    head = payload.lstrip()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head[:2048]):
        return payload.decode("utf-8")
    return payload


class PyplotMixin:
    __slots__ = ()

    def pyplot(
        self: DeltaGenerator, fig: Any, clear_figure: bool = False, *, width: Any = "stretch",
        use_container_width: bool | None = None, alt: str | None = None, **kwargs: Any,
    ):
        """Display a Matplotlib figure as a static image."""
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED)
        if use_container_width is not None:
            show_deprecation(
                "The `use_container_width` parameter has been deprecated and will be removed in a future "
                "release. For `use_container_width=True`, use `width='stretch'`. "
                "For `use_container_width=False`, use `width='content'`.",
                show_in_browser=False,
            )
            width = "stretch" if use_container_width else "content"
        if kwargs:
            show_deprecation(_SAVEFIG_KWARGS_DEPRECATED, show_in_browser=True)
        # The image element's own default is "content", so "stretch" is sent explicitly.
        size = width_config(width, allow_content=True, default="content")
        px = width if isinstance(width, int) and not isinstance(width, bool) else None
        rendered = _render(fig, bool(clear_figure), kwargs)
        image = rendered if isinstance(rendered, str) else io.BytesIO(rendered)
        url, data, mime = image_bytes(image, px, False, "RGB", "PNG")
        entry: dict[str, Any] = {"url": url if url is not None else store(data, mime), "caption": ""}
        alt_text = normalize_alt(alt, allow_empty=True)
        if alt_text is not None:
            entry["alt"] = alt_text
        path = self._next_path()
        _rustlit.imgs(path, imgs=[entry], link="", width_config=size)
        return self._element(path)
