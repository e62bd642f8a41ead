"""Page-level commands that are not elements (`st.set_page_config`)."""
