"""Custom components (`streamlit.components.v1`); not supported by rustlit yet."""
