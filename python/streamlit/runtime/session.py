"""The per-session Python state that the Rust runner keeps between runs."""

from __future__ import annotations

from streamlit.navigation.pages_state import SessionPages
from streamlit.runtime.fragment import FragmentStorage
from streamlit.runtime.lazy_sources import LazySources
from streamlit.runtime.session_state import SessionState
from streamlit.runtime.uploaded_file_manager import UploadCache


class Session:
    """Everything of one browser session that outlives a run.

    Kept small: an idle session should cost little beyond the user's own
    `st.session_state` values.
    """

    __slots__ = ("__weakref__", "fragments", "lazy_sources", "pages", "session_id", "state", "upload_cache")

    def __init__(self, session_id: str) -> None:
        self.session_id = session_id
        self.state = SessionState()
        self.upload_cache = UploadCache()
        self.pages = SessionPages()
        self.fragments = FragmentStorage()
        # Lazy st.dataframe rows the page fetches in chunks (runtime/lazy_sources.py).
        self.lazy_sources = LazySources()

    def __repr__(self) -> str:
        return f"Session({self.session_id!r})"
