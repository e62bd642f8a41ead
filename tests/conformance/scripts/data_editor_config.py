import pandas as pd
import streamlit as st

df = pd.DataFrame({"name": ["a", "b"], "n": [1, 2], "ok": [True, False], "when": pd.to_datetime(["2024-01-01", "2024-01-02"])})
st.data_editor(
    df,
    column_config={
        "name": st.column_config.TextColumn("Name", max_chars=5, validate="^[a-z]+$", required=True),
        "n": st.column_config.NumberColumn(min_value=0, max_value=10, step=1, format="%d"),
        "ok": st.column_config.CheckboxColumn(default=True),
        "when": st.column_config.DatetimeColumn(format="YYYY-MM-DD"),
    },
    hide_index=True,
    num_rows="add",
    on_change="ignore",
)
st.data_editor(df, num_rows="delete", disabled=True, row_height=50, placeholder="-", width=300, height=200)
st.data_editor(df.set_index("name"), num_rows="dynamic", hide_index=True)
st.data_editor(df, disabled=["n", 1], use_container_width=False)
st.data_editor(pd.DataFrame({"z": [complex(1, 2)], "m": [[1, "a"]]}))
st.data_editor(df.style.highlight_max(subset=["n"]), key="styled")
for bad in [dict(on_change="nope"), dict(width="wide"), dict(num_rows="bogus")]:
    try:
        st.data_editor(df, **bad)
        st.text("ok")
    except Exception as e:
        st.text(f"{type(e).__name__}: {e}")
