"""Whether a string is a URL the app may link to (pages, menu items)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse


def is_url(value: Any, allowed_schemes: tuple[str, ...] = ("http", "https")) -> bool:
    """True for an absolute URL with one of `allowed_schemes` (and a host,
    or for `mailto` an address)."""
    try:
        parsed = urlparse(str(value))
    except ValueError:
        return False
    if parsed.scheme not in allowed_schemes:
        return False
    return bool(parsed.path) if parsed.scheme == "mailto" else bool(parsed.netloc)
