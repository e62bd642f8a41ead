"""st.cache_data and st.cache_resource (SPEC §5): process-wide, thread-safe memoization
with element replay. See `api` for the decorators, `cached_func` for a call's path,
`storage` for where entries live, `replay` for re-writing recorded elements.
"""

from __future__ import annotations

from streamlit.runtime.caching.api import CacheDataAPI, CacheResourceAPI, cache_data, cache_resource


def clear_all() -> None:
    """Both caches, memory and disk (the "Clear caches" menu item)."""
    cache_data.clear()
    cache_resource.clear()


__all__ = ["CacheDataAPI", "CacheResourceAPI", "cache_data", "cache_resource", "clear_all"]
