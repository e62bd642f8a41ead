import streamlit as st

with st.echo():
    st.write("This code will be printed")
    total = sum(range(4))

st.write("total", total)

with st.echo(code_location="below"):

    def double(x):
        # doubled
        return 2 * x

    st.write(double(3))

with st.echo("anywhere"):
    st.text("an unknown location shows the code above")

col, _ = st.columns(2)
with col:  # noqa: SIM117 (echo inside a column, as users write it)
    with st.echo():
        @st.cache_data
        def one():
            return 1

        st.write(one())

with st.expander("inside"):  # noqa: SIM117
    with st.echo("below"):
        if st.checkbox("flag"):
            st.write("flag is on")

try:
    with st.echo():
        raise ValueError("inside echo")
except ValueError as e:
    st.write("caught", str(e))

with st.echo(): st.write("one line")  # noqa: E701 (1.67 fails on a one-line block)
# step: set "flag" true
