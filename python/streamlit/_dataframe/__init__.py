"""The work behind `streamlit.dataframe_util`, one module per concept (see that module)."""
