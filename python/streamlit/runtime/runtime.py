"""`streamlit.runtime.Runtime`: the few attributes of Streamlit's runtime
singleton that packages use. rustlit's runtime is the Rust server; this
facade reaches the running session's parts through the native module."""

from __future__ import annotations

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.run_context import get_ctx


class Runtime:
    _instance: Runtime | None = None

    def __init__(self) -> None:
        self.media_file_mgr = MediaFileManager()

    @classmethod
    def instance(cls) -> Runtime:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    @classmethod
    def exists(cls) -> bool:
        """True while a script run is active on this thread."""
        return get_ctx() is not None
