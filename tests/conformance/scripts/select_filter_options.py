# Selectbox and multiselect `filter_mode`, multiselect `select_all`, and the `icon` of selectbox and
# number_input: what 1.67 accepts and the errors it gives for the rest.
import streamlit as st


def attempt(name, call):
    try:
        value = call()
        st.text(f"{name}: ok {value!r}")
    except Exception as e:  # the error's type and text are what is compared
        st.text(f"{name}: {type(e).__name__}: {e}")


attempt("selectbox contains", lambda: st.selectbox("s1", ["a", "b"], filter_mode="contains"))
attempt("selectbox prefix", lambda: st.selectbox("s2", ["a", "b"], filter_mode="prefix"))
attempt("selectbox none", lambda: st.selectbox("s3", ["a", "b"], filter_mode=None))
attempt("selectbox bad", lambda: st.selectbox("s4", ["a"], filter_mode="exact"))
attempt("selectbox none new", lambda: st.selectbox("s5", ["a"], filter_mode=None, accept_new_options=True))
attempt("selectbox icon", lambda: st.selectbox("s6", ["a"], icon=":material/search:"))
attempt("selectbox emoji", lambda: st.selectbox("s7", ["a"], icon="🔍"))
attempt("selectbox bad icon", lambda: st.selectbox("s8", ["a"], icon="not an icon"))
attempt("multiselect prefix", lambda: st.multiselect("m1", ["a", "b"], filter_mode="prefix"))
attempt("multiselect list mode", lambda: st.multiselect("m2", ["a"], filter_mode=["fuzzy"]))
attempt("multiselect none new", lambda: st.multiselect("m3", ["a"], filter_mode=None, accept_new_options=True))
attempt("select_all true", lambda: st.multiselect("m4", ["a", "b"], select_all=True))
attempt("select_all false", lambda: st.multiselect("m5", ["a", "b"], select_all=False))
attempt("select_all 5", lambda: st.multiselect("m6", ["a", "b"], select_all=5))
attempt("select_all negative", lambda: st.multiselect("m7", ["a"], select_all=-2))
attempt("select_all text", lambda: st.multiselect("m8", ["a"], select_all="all"))
attempt("select_all float", lambda: st.multiselect("m9", ["a"], select_all=2.5))
attempt("number icon", lambda: st.number_input("n1", icon=":material/euro:"))
attempt("number bad icon", lambda: st.number_input("n2", icon=":material/:"))
attempt("number icon type", lambda: st.number_input("n3", icon=5))
