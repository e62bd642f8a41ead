# query: a=1&embed=true
import streamlit as st
from streamlit.errors import StreamlitAPIException

attempts = {
    "missing item": lambda: st.query_params["missing"],
    "missing attr": lambda: st.query_params.missing,
    "hidden embed": lambda: st.query_params["embed"],
    "del missing": lambda: st.query_params.__delitem__("missing"),
    "delattr missing": lambda: delattr(st.query_params, "missing"),
    "pop missing": lambda: st.query_params.pop("missing"),
    "dict value": lambda: st.query_params.__setitem__("d", {"k": 1}),
    "set embed": lambda: st.query_params.__setitem__("EMBED", "false"),
    "update embed": lambda: st.query_params.update(embed_options="x"),
    "from_dict dict": lambda: st.query_params.from_dict({"ok": "1", "bad": {"k": 1}}),
    "removed get": lambda: st.experimental_get_query_params(),
    "removed set": lambda: st.experimental_set_query_params(a=2),
}
for name, attempt in attempts.items():
    try:
        attempt()
        st.text(f"{name}: no error")
    except (KeyError, AttributeError, StreamlitAPIException) as e:
        st.text(f"{name}: {type(e).__name__}: {e}")
st.text(repr(st.query_params.to_dict()))
st.query_params["missing"]
