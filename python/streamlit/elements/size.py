"""1.67's `width`, `height` and `text_alignment` parameters as the envelope's `WidthConfig`,
`HeightConfig` and `TextAlignmentConfig` (proto/layout.proto), which the browser applies to the
element's container (frontend/src/render/size.ts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from streamlit.errors import StreamlitInvalidHeightError, StreamlitInvalidWidthError, StreamlitValueError

_UINT32_MAX = 2**32 - 1
# Shared, never mutated: the common configs cost no allocation per call.
_CONTENT: dict[str, Any] = {"use_content": True}
_STRETCH: dict[str, Any] = {"use_stretch": True}


def width_config(width: Any, *, allow_content: bool, default: str = "stretch") -> dict[str, Any] | None:
    """The `width_config` field for `width`, checked as 1.67 checks it; None for the command's
    1.67 default, which the browser applies to the kind when the field is absent (its registry
    entry names it), so the common case sends nothing."""
    if width is default or width == default:
        return None
    if isinstance(width, str):
        if width == "stretch":
            return _STRETCH
        if width == "content" and allow_content:
            return _CONTENT
    elif isinstance(width, int) and 0 < width <= _UINT32_MAX:  # True is 1 pixel in 1.67 too
        return {"pixel_width": int(width)}
    raise StreamlitInvalidWidthError(width, allow_content)


def height_config(height: Any, *, allow_content: bool, default: str | None) -> dict[str, Any] | None:
    """The `height_config` field for `height`, checked as 1.67 checks it; None for the command's
    default (`default`, e.g. "auto"), which the browser applies when the field is absent (a
    `default` of None: the height is always sent)."""
    if isinstance(height, str):
        if height == default:
            return None
        if height == "stretch":
            return {"use_stretch": True}
        if height == "content" and allow_content:
            return {"use_content": True}
    elif isinstance(height, int) and 0 < height <= _UINT32_MAX:  # True is 1 pixel in 1.67 too
        return {"pixel_height": int(height)}
    raise StreamlitInvalidHeightError(height, allow_content)


def chart_sizes(
    width: Any,
    height: Any,
    *,
    allow_content: bool = True,
    own_size: Callable[[str], Any] | None = None,
    height_default: str | None = "content",
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """A chart's (`width_config`, `height_config`), checked as 1.67 checks them, with its errors.
    `allow_content`: False for the maps (1.67's width and height "without content").
    `own_size("width" | "height")`: what "content" stands for, the chart's own size (a figure's
    layout size, or the library's default) in pixels or "stretch"; without it "content" is sent
    as such, which also checks the values before the command looks at its other arguments.
    `height_default`: the height the browser applies when none is sent (None: always sent)."""
    if own_size is not None:
        if isinstance(width, str) and width == "content":
            width = own_size("width")
        if isinstance(height, str) and height == "content":
            height = own_size("height")
    return (
        width_config(width, allow_content=allow_content),
        height_config(height, allow_content=allow_content, default=height_default),
    )


_ALIGNMENTS = {"center": {"alignment": "CENTER"}, "right": {"alignment": "RIGHT"}, "justify": {"alignment": "JUSTIFY"}}


def text_alignment_config(text_alignment: Any) -> dict[str, Any] | None:
    """The `text_alignment_config` field for a text element's `text_alignment`; None for "left"
    (and None, which 1.67 also accepts), the browser's default."""
    if text_alignment is None or text_alignment == "left":
        return None
    found = _ALIGNMENTS.get(text_alignment) if isinstance(text_alignment, str) else None
    if found is None:
        raise StreamlitValueError("text_alignment", ["'left'", "'center'", "'right'", "'justify'"])
    return found


def widget_width(width: Any, *, default: str) -> dict[str, Any] | None:
    """`width_config` for a widget's `width`: 1.67 accepts "content" exactly for the widgets whose
    default it is (checkbox, radio, pills, ...); the others take "stretch" or pixels. Call it
    before the widget's `_next_path()`: a refused width leaves no gap in the delta path, as in 1.67."""
    return width_config(width, allow_content=default == "content", default=default)


def config_fields(width: dict[str, Any] | None = None, height: dict[str, Any] | None = None) -> dict[str, Any]:
    """The `width_config` and `height_config` keyword arguments of a `_rustlit` call, leaving out a
    None (the command's default, applied by the browser)."""
    fields: dict[str, Any] = {}
    if width is not None:
        fields["width_config"] = width
    if height is not None:
        fields["height_config"] = height
    return fields


def button_width(width: Any) -> tuple[bool, dict[str, Any] | None]:
    """A button's (`use_container_width`, `width_config`) for 1.67's `width`: "stretch" fills the
    container, a number of pixels is the button's own width (its element is that wide and the
    button fills it), "content" (the default) is the label's width."""
    if isinstance(width, int) and not isinstance(width, bool):
        return True, width_config(width, allow_content=True, default="content")
    return width == "stretch", None
