"""rustlit's runtime glue: runs, session state, widget ids; driven by the Rust runner."""

from streamlit.runtime.run_context import get_ctx


def exists() -> bool:
    """True while a script run is active on this thread (Streamlit's runtime.exists)."""
    return get_ctx() is not None
