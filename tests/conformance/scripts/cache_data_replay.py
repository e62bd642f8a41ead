import streamlit as st

st.session_state.setdefault("calls", 0)


@st.cache_data
def square(x):
    st.session_state.calls += 1
    st.write(f"computing {x}")
    st.sidebar.caption(f"sidebar note {x}")
    return x * x


@st.cache_data(show_spinner=False)
def quiet(x):
    st.text(f"quiet {x}")
    return [x]


n = st.slider("n", 1, 5, 2)
st.write("square", square(n))
result = quiet(n)
result.append("mutated")
st.write("quiet", quiet(n))
with st.expander("inside"):
    st.write("again", square(n))
st.write("calls", st.session_state.calls)
# step: rerun
# step: set "n" 3
# step: set "n" 2
