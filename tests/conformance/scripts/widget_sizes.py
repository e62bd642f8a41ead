# The widths and heights 1.67 accepts for widgets, forms, tabs, columns, expanders, metrics,
# progress bars, spinners and chat inputs, and the errors it gives for the others.
import streamlit as st


def attempt(name, call):
    try:
        call()
        st.text(f"{name}: ok")
    except Exception as e:  # the error's type and text are what is compared
        st.text(f"{name}: {type(e).__name__}: {e}")


attempt("checkbox content", lambda: st.checkbox("c1", width="content"))
attempt("checkbox stretch", lambda: st.checkbox("c2", width="stretch"))
attempt("checkbox pixels", lambda: st.checkbox("c3", width=250))
attempt("toggle zero", lambda: st.toggle("t1", width=0))
attempt("radio text", lambda: st.radio("r1", ["a", "b"], width="wide"))
attempt("pills float", lambda: st.pills("p1", ["a"], width=1.5))
attempt("feedback pixels", lambda: st.feedback("thumbs", width=120))
attempt("color_picker bool", lambda: st.color_picker("cp", width=True))
attempt("slider content", lambda: st.slider("s1", width="content"))
attempt("slider pixels", lambda: st.slider("s2", width=300))
attempt("text_input content", lambda: st.text_input("ti", width="content"))
attempt("text_area negative", lambda: st.text_area("ta", width=-5))
attempt("number_input pixels", lambda: st.number_input("ni", width=200))
attempt("selectbox content", lambda: st.selectbox("sb", ["a"], width="content"))
attempt("multiselect none", lambda: st.multiselect("ms", ["a"], width=None))
attempt("date_input content", lambda: st.date_input("di", width="content"))
attempt("time_input pixels", lambda: st.time_input("tm", "12:30", width=180))
attempt("file_uploader content", lambda: st.file_uploader("fu", width="content"))
attempt("camera_input content", lambda: st.camera_input("ci", width="content"))
attempt("progress content", lambda: st.progress(10, width="content"))
attempt("metric content", lambda: st.metric("m1", 1, width="content"))
attempt("metric height text", lambda: st.metric("m2", 2, height="tall"))
attempt("metric height pixels", lambda: st.metric("m3", 3, height=150))
attempt("chat_input height zero", lambda: st.chat_input("say", height=0))
attempt("columns content", lambda: st.columns(2, width="content"))
attempt("columns pixels", lambda: st.columns(2, width=400))
attempt("expander content", lambda: st.expander("e1", width="content"))
attempt("tabs content", lambda: st.tabs(["A"], width="content"))
attempt("tabs height auto", lambda: st.tabs(["B"], height="auto"))
attempt("tabs height pixels", lambda: st.tabs(["C"], height=120))
attempt("form height text", lambda: st.form("f1", height="tall"))
attempt("form width content", lambda: st.form("f2", width="content"))

with st.spinner("spinning", width="stretch"):
    st.text("inside the spinner")
