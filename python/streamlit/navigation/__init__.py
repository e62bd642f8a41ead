"""Multipage apps: `st.Page`, `st.navigation`, the `pages/` folder and
switching pages (SPEC §6)."""
