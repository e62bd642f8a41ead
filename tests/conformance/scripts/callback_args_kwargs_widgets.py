# on_change with args and kwargs on multiselect, date_input, color_picker, pills
# and feedback: each callback runs before the body and sees the new value.
import datetime as dt

import streamlit as st

st.session_state.setdefault("log", [])


def changed(key, *, tag):
    st.session_state.log.append(f"{tag}:{key}={st.session_state[key]}")


st.write("log at start:", st.session_state.log)
st.multiselect("Tags", ["a", "b"], key="tags", on_change=changed, args=("tags",), kwargs={"tag": "ms"})
st.date_input("Day", dt.date(2024, 1, 1), key="day", on_change=changed, args=("day",), kwargs={"tag": "di"})
st.color_picker("Colour", key="colour", on_change=changed, args=("colour",), kwargs={"tag": "cp"})
st.pills("Size", ["S", "M"], key="size", on_change=changed, args=("size",), kwargs={"tag": "pi"})
st.feedback("thumbs", key="fb", on_change=changed, args=("fb",), kwargs={"tag": "fb"})
# step: set "Tags" ["b"]
# step: set "Day" "2024-02-29"
# step: set "Colour" "#00ff00"
# step: set "Size" "M"
# step: set "key=fb" 0
# step: rerun
