import streamlit as st

st.badge("New")
st.badge("Success", icon=":material/check:", color="green")
st.badge("Hot", icon="🔥", color="red", help="Some help")
st.badge("a [x] b", color="violet", width="stretch")
st.badge("px", color="primary", width=120)
st.badge("unchecked colour", color="pink")
st.markdown("Inline :orange-badge[⚠️ Needs review] and :gray-badge[Deprecated]")

for kwargs in [
    {"icon": "x"},
    {"icon": ":smile:"},
    {"icon": ":material/Not An Icon:"},
    {"icon": "https://example.com/a.png"},
    {"icon": 5},
    {"width": "wide"},
    {"width": 0},
    {"width": 1.5},
]:
    try:
        st.badge("bad", **kwargs)
    except Exception as e:
        st.write(f"{kwargs} -> {type(e).__name__}: {e}")

try:
    st.badge(5)
except Exception as e:
    st.write(f"label 5 -> {type(e).__name__}: {e}")

if st.button("more"):
    st.badge("after click", color="orange")
# step: click "more"
# step: rerun
