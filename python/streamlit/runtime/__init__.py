"""rustlit's runtime glue: runs, session state, widget ids; driven by the Rust runner."""

from streamlit.runtime.run_context import get_ctx
from streamlit.runtime.runtime import Runtime


def exists() -> bool:
    """True while a script run is active on this thread (Streamlit's runtime.exists)."""
    return get_ctx() is not None


def get_instance() -> Runtime:
    """Streamlit's runtime singleton (only what packages use of it: `media_file_mgr`)."""
    return Runtime.instance()


__all__ = ["Runtime", "exists", "get_ctx", "get_instance"]
