import streamlit as st

counter = st.components.v2.component(
    "demo.counter",
    html="<button>+1</button>",
    css="button { color: red; }",
    js="export default function (c) { c.setStateValue('count', 1); }",
)
calls = st.session_state.setdefault("calls", [])
result = counter(
    key="c", data={"label": "hi", "n": 2}, default={"count": 0},
    on_count_change=lambda: calls.append("count"), on_clicked_change=lambda: calls.append("clicked"),
)
st.write(f"count={result.count!r} clicked={result.clicked!r} keys={sorted(result)} calls={calls}")
st.write(f"state={st.session_state.c!r}")
plain = counter(data=[1, 2])
st.write(f"plain={dict(plain)!r}")
for attempt in (
    lambda: counter(key="bad", default={"nope": 1}),
    lambda: counter(key="cb", on__change=lambda: None),
    lambda: st.components.v2.component("demo.file", js="dist/*.js"),
    lambda: st.components.v2.component("demo.file", css=3),
):
    try:
        attempt()
    except Exception as e:
        st.write(f"{type(e).__name__}: {e}")
st.pdf(b"%PDF-1.4 a tiny document", height=300, key="doc")
st.pdf("https://example.com/report.pdf", alt=" Report ")

# step: component "key=c" {"events": [{"event": "clicked", "value": "x"}], "state": {"count": 3}}
# step: rerun
# step: component "key=c" {"events": [{"event": "clicked", "value": 1}, {"event": "other", "value": 2}]}
# step: component "key=c" {"state": {"count": 3, "extra": true}}
