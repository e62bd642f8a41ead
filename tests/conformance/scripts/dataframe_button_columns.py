# st.column_config.ButtonColumn: a keyed column is a click widget; the click (row, label) is in
# st.session_state[key] and reaches the callback for the run it causes only.
import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["Alice", "Bob"], "go": ["Open", "Open"]})


def opened(tag):
    click = st.session_state.go_click
    st.session_state.log = f"{tag}: row {click.row} {click['label']}"


st.dataframe(df, column_config={
    "go": st.column_config.ButtonColumn("Go", on_click=opened, args=("df",), key="go_click", type="primary"),
})
st.data_editor(df, key="ed", column_config={"go": st.column_config.ButtonColumn("Act", key="act")})
st.data_editor(df, key="off", disabled=True, column_config={"go": st.column_config.ButtonColumn(key="never")})
st.dataframe(df, column_config={"go": st.column_config.ButtonColumn("Plain")})
st.text(f"log={st.session_state.get('log')} act={st.session_state.get('act')} go={st.session_state.get('go_click')}")
with st.form("f"):
    st.dataframe(df, column_config={1: st.column_config.ButtonColumn("In form", key="form_click")})
    st.form_submit_button("Save")
st.text(f"form={st.session_state.get('form_click')}")
try:
    st.column_config.ButtonColumn("x", on_click=print)
except Exception as e:
    st.text(f"{type(e).__name__}: {e}")
# step: click_cell "key=go_click" {"label": "Open", "row": 1}
# step: rerun
# step: click_cell "key=act" {"label": "Open", "row": 0}
# step: click_cell "key=form_click" {"label": "Open", "row": 1}
