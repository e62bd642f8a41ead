# multiselect, date_input, pills and color_picker lose their values when hidden.
import datetime as dt

import streamlit as st

show = st.toggle("show", True)
if show:
    st.multiselect("Tags", ["a", "b", "c"], key="tags")
    st.date_input("Day", dt.date(2024, 1, 1), key="day")
    st.pills("Size", ["S", "M"], key="size")
    st.color_picker("Colour", key="colour")
st.write(sorted(k for k in st.session_state))
# step: set "Tags" ["b", "c"]
# step: set "Day" "2024-06-30"
# step: set "Size" "M"
# step: set "Colour" "#ff00ff"
# step: set "show" false
# step: rerun
# step: set "show" true
