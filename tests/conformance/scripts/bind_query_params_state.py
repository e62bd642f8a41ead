# bind="query-params" (1.67): a value assigned through st.session_state goes to the URL, and back at
# the default the parameter goes; st.query_params cannot set, delete or clear a bound parameter (the
# binding outlives its run); a widget that stops binding, or leaves the page, takes its parameter.
# query: level=5&other=1
# step: click "seven"
# step: click "reset"
# step: click "try the params"
# step: click "unbind"
# step: click "bind again"
# step: click "hide"
import streamlit as st

st.session_state.setdefault("mode", "bound")
if st.button("seven"):
    st.session_state.level = 7
if st.button("reset"):
    st.session_state.level = 3
if st.button("unbind"):
    st.session_state.mode = "plain"
if st.button("bind again"):
    st.session_state.mode = "bound"
if st.button("hide"):
    st.session_state.mode = "hidden"
if st.button("try the params"):
    for attempt in (lambda: st.query_params.__setitem__("level", "1"), lambda: st.query_params.update(level="1"),
                    lambda: st.query_params.__delitem__("level"), st.query_params.clear):
        try:
            attempt()
        except st.errors.StreamlitAPIException as e:
            st.text(str(e))
if st.session_state.mode == "bound":
    st.slider("Level", 0, 10, 3, key="level", bind="query-params")
elif st.session_state.mode == "plain":
    st.slider("Level", 0, 10, 3, key="level")
st.text(repr(st.query_params.to_dict()))
