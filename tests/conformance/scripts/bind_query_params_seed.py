# bind="query-params" (1.67): bound widgets start from the URL; a value a widget cannot take (not a
# boolean, not an option, out of range, empty where it cannot be empty) or equal to its default leaves
# the URL; a list with unknown options is written back filtered; other parameters stay.
# query: dark=TRUE&level=99&fruit=banana&tags=z&tags=w&tags=x&name=Ada&size=&n=2.50&pick=durian&flag=false&keep=1
# step: rerun
import streamlit as st

dark = st.checkbox("Dark", key="dark", bind="query-params")
level = st.slider("Level", 0, 10, 3, key="level", bind="query-params")
fruit = st.selectbox("Fruit", ["apple", "banana"], key="fruit", bind="query-params")
tags = st.multiselect("Tags", ["x", "y", "z"], key="tags", bind="query-params")
name = st.text_input("Name", key="name", bind="query-params")
size = st.select_slider("Size", ["S", "M", "L"], value="M", key="size", bind="query-params")
n = st.number_input("N", value=1.0, key="n", bind="query-params")
pick = st.radio("Pick", ["a", "b"], key="pick", bind="query-params")
flag = st.toggle("Flag", key="flag", bind="query-params")
tab = st.tabs(["A", "B"], key="tab", bind="query-params")
st.text(repr((dark, level, fruit, tags, name, size, n, pick, flag, st.session_state.tab)))
st.text(repr(st.query_params.to_dict()))
