"""A tour of what rustlit serves today: run it with `rustlit run examples/hello.py`."""

import streamlit as st

st.title("Hello, rustlit 👋")
st.caption("The same Streamlit script, served by a Rust runtime.")

with st.sidebar:
    st.header("Settings")
    name = st.text_input("Your name", "world", key="name")
    theme = st.radio("Mood", ["calm", "curious", "bold"], horizontal=True)
    st.toggle("Show details", key="details")

st.markdown(f"### Good to see you, **{name}**!")

left, right = st.columns(2)
with left:
    count = st.slider("How many stars?", 1, 10, 3)
    st.write("⭐" * count)
with right:
    flavour = st.selectbox("Favourite flavour", ["vanilla", "chocolate", "strawberry"])
    scoops = st.number_input("Scoops", min_value=1, max_value=5, value=2)
    st.write(f"{scoops} × {flavour}")

if "clicks" not in st.session_state:
    st.session_state.clicks = 0


def add_click() -> None:
    st.session_state.clicks += 1


st.button("Click me", on_click=add_click, type="primary")
st.write(f"Button clicked {st.session_state.clicks} times.")

if st.checkbox("Agree to the terms"):
    st.success("Thanks for agreeing!")
else:
    st.info("Tick the box to agree.")

if st.session_state.details:
    with st.expander("Details", expanded=True):
        st.json({"name": name, "mood": theme, "stars": count, "flavour": flavour, "scoops": scoops})
        st.code("import streamlit as st\nst.write('hello')", language="python")

placeholder = st.empty()
placeholder.text(f"Mood: {theme}")
