"""The spinner a cached function shows while a miss computes (1.67's cache spinner): a held,
transient spinner (elements/held_spinner.py) at the main area's next place. Inside a fragment
run, and in an `st.empty()` placeholder, no spinner is shown."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from streamlit.elements.held_spinner import held_spinner, next_place


@contextlib.contextmanager
def cache_spinner(message: str, show_time: bool) -> Iterator[None]:
    import streamlit as st

    place = next_place(st._main)
    if place is None:
        yield
        return
    with held_spinner(place, message, show_time=show_time, cache=True):
        yield
