"""Custom components: `streamlit.components.v1` (iframes on a separate origin)."""
