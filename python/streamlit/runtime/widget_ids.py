"""Element ids: `$$ID-<32 hex>-<user key or None>` (SPEC §3.1, Streamlit 1.67).

The digest is BLAKE2b (16 bytes) over the element type, the user key, then
`str(name)` and `str(value)` of each identity argument in order. With a key,
`key_as_main_identity` narrows those arguments (True: none; a set: only
those names). The page hash is always added; the form id and the root
container only for unkeyed widgets, so the same widget may appear once in the
main area and once in the sidebar.
"""

from __future__ import annotations

import hashlib
from typing import Any

from streamlit.errors import StreamlitDuplicateElementId, StreamlitDuplicateElementKey
from streamlit.runtime.run_context import RunContext, get_ctx

# Outside a run (tests, bare Python) there is no page: ids use this.
MAIN_PAGE_HASH = "rustlit-main-page"


def compute_element_id(
    element_type: str,
    user_key: str | None,
    key_as_main_identity: bool | frozenset[str],
    root: int,
    identity: dict[str, Any],
    page_hash: str | None = None,
    form_id: str = "",
) -> str:
    """The element id for these identity arguments. `page_hash` defaults to
    the page whose code is running (see RunContext.active_script_hash)."""
    if page_hash is None:
        ctx = get_ctx()
        page_hash = ctx.active_script_hash if ctx is not None and ctx.active_script_hash else MAIN_PAGE_HASH
    narrowed = key_as_main_identity is True or isinstance(key_as_main_identity, frozenset)
    ignore_kwargs = user_key is not None and narrowed
    if ignore_kwargs and isinstance(key_as_main_identity, frozenset):
        items = [(k, v) for k, v in identity.items() if k in key_as_main_identity]
    elif ignore_kwargs:
        items = []
    else:
        items = list(identity.items())
    items.append(("active_script_hash", page_hash))
    if not ignore_kwargs:
        items.append(("form_id", form_id))
        items.append(("active_dg_root_container", root))
    h = hashlib.blake2b(digest_size=16)
    h.update(element_type.encode())
    if user_key:
        h.update(user_key.encode())
    for k, v in items:
        h.update(str(k).encode())
        h.update(str(v).encode())
    return f"$$ID-{h.hexdigest()}-{user_key}"


def register_element_id(ctx: RunContext | None, element_type: str, element_id: str, user_key: str | None) -> None:
    """Claim the id (and key) for this run; a second claim is a duplicate error."""
    if ctx is None:
        return
    if user_key is not None:
        if user_key in ctx.widget_user_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        ctx.widget_user_keys_this_run.add(user_key)
    if element_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(element_type)
    ctx.widget_ids_this_run.add(element_id)
