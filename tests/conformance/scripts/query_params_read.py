# query: a=1&a=2&b=x%20y&blank=&embed=true&Embed_Options=show_toolbar&e=%C3%A9
import streamlit as st

qp = st.query_params
st.text(repr(qp["a"]))
st.text(repr(qp.b))
st.text(repr(qp["blank"]))
st.text(repr(qp["e"]))
st.text(repr(qp.get_all("a")))
st.text(repr(qp.get_all("missing")))
st.text(repr(qp.get_all("embed")))
st.text(repr(qp.to_dict()))
st.text(repr((len(qp), list(qp), "a" in qp, "embed" in qp, "zzz" in qp)))
st.text(repr(qp.get("zzz", "default")))
st.text(repr(sorted(qp.items())))
st.text(str(qp))
# step: rerun
