import threading

import streamlit as st


@st.cache_resource
def shared():
    return {"hits": 0}


s = shared()
s["hits"] += 1
st.write("resource hits", s["hits"])


@st.cache_data(ttl="1h", max_entries=5)
def add_one(a, _lock):
    return a + 1


st.write("add_one", add_one(1, threading.Lock()))

if st.button("clear"):
    shared.clear()
    st.write("cleared")


@st.cache_data
def needs_hash(conn):
    return 1


needs_hash(threading.Lock())
# step: rerun
# step: click "clear"
# step: rerun
