"""What magic-rewritten scripts call: st.write that hands its value back.

Kept in its own tiny module because every script rewritten by
`scriptrunner.magic` imports it.
"""

from __future__ import annotations

from typing import Any


def transparent_write(*args: Any) -> Any:
    """`st.write(*args)`, then the value itself (a tuple for several)."""
    import streamlit as st

    st.write(*args)
    return args[0] if len(args) == 1 else args
