import streamlit as st

for call in [
    lambda: st.dataframe([1], width="wide"),
    lambda: st.dataframe([1], height=0),
    lambda: st.dataframe([1], column_config={"a": 5}),
    lambda: st.table([1], border="thick"),
    lambda: st.dataframe([1], selection_default={"selection": {}}),
    lambda: st.column_config.LineChartColumn(color="nope"),
    lambda: st.dataframe([1]).add_rows([2]),
    lambda: st.dataframe([1], on_select="sometimes"),
    lambda: st.dataframe([1], on_select="rerun", selection_mode="all"),
    lambda: st.dataframe([1], on_select="rerun", selection_mode=["single-row", "multi-row"]),
    lambda: st.dataframe([1], on_select="rerun", selection_mode=["single-column", "multi-column"]),
    lambda: st.dataframe([1], on_select="rerun", lazy=True),
]:
    try:
        call()
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")


class Opaque:
    def __str__(self) -> str:
        return "an opaque object"


st.dataframe(Opaque())
