import datetime

import pandas as pd
import streamlit as st

df = pd.DataFrame({
    "t": [datetime.time(10, 30)],
    "tags": [["x", "y"]],
    "md": ["**bold**"],
    "au": ["https://example.com/a.mp3"],
    "vi": ["https://example.com/v.mp4"],
})
config = {
    "t": st.column_config.TimeColumn("T", format="HH:mm", min_value=datetime.time(8, 0), step=60),
    "tags": st.column_config.MultiselectColumn("Tags", options=["x", "y", "z"], color="blue", accept_new_options=True),
    "md": st.column_config.MarkdownColumn("Md"),
    "au": st.column_config.AudioColumn("Au"),
    "vi": st.column_config.VideoColumn("Vi"),
}
st.dataframe(df, column_config=config)
out = st.data_editor(df, column_config=config, key="ed")
st.text(repr(out.to_dict("list")))
# step: set "key=ed" {"added_rows": [], "deleted_rows": [], "edited_rows": {"0": {"t": "09:15:00", "tags": ["z"]}}}
