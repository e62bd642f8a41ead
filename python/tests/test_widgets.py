"""Widget values across simulated reruns, ids, callbacks, duplicate errors."""

import pytest


def test_values_persist_and_convert(make_app):
    app = make_app("""
        import streamlit as st
        st.write(repr(st.slider("s", 0, 10, 3)))
        st.write(repr(st.slider("r", 0.0, 1.0, (0.2, 0.4))))
        st.write(repr(st.selectbox("sel", ["a", "b", "c"], index=1)))
        st.write(repr(st.radio("rad", [10, 20], index=None)))
        st.write(repr(st.number_input("n")))
        st.write(repr(st.number_input("i", min_value=1)))
        st.write(repr(st.text_input("t", "hi")))
        st.write(repr(st.toggle("tg")))
    """)
    app.run()
    assert app.bodies()[-8:] == ["3", "(0.2, 0.4)", "'b'", "None", "0.0", "1", "'hi'", "False"]
    ids = {c["label"]: c["id"] for c in app.calls if "id" in c.fields}
    states = [
        (ids["s"], "double_array", [7.0]), (ids["r"], "double_array", [0.1, 0.9]),
        (ids["sel"], "int", 2), (ids["rad"], "int", 1), (ids["n"], "double", 2.5),
        (ids["i"], "int", 4), (ids["t"], "string", "yo"), (ids["tg"], "bool", True),
    ]
    app.run(states)
    assert app.bodies()[-8:] == ["7", "(0.1, 0.9)", "'c'", "20", "2.5", "4", "'yo'", "True"]
    # st.rerun-style runs carry no browser state: values persist.
    app.run(None)
    assert app.bodies()[-8:] == ["7", "(0.1, 0.9)", "'c'", "20", "2.5", "4", "'yo'", "True"]


def test_slider_inference(make_app):
    app = make_app("""
        import streamlit as st
        st.slider("a")
        st.slider("b", value=0.5)
        st.slider("c", 10, 5)
        st.slider("d", value=[30, 20])
    """)
    app.run()
    a, b, c, d = app.of("slider")
    assert (a["min"], a["max"], a["step"], a["format"], a["data_type"]) == (0, 100, 1, "%d", "INT")
    assert (b["min"], b["max"], b["step"], b["format"], b["data_type"]) == (0.0, 1.0, 0.01, "%0.2f", "FLOAT")
    assert (c["min"], c["max"], c["default"]) == (5, 10, [10.0])  # value defaults to the given min_value
    assert d["default"] == [20.0, 30.0]


def test_button_is_true_once(make_app):
    app = make_app("""
        import streamlit as st
        st.write(str(st.button("go", key="b")))
        st.write(str(st.session_state.b))
    """)
    app.run()
    bid = app.widget("go")["id"]
    assert bid.endswith("-b") and bid.startswith("$$ID-")
    app.run([(bid, "trigger", True)])
    assert app.bodies() == ["True", "True"]
    app.run([])
    assert app.bodies() == ["False", "False"]


def test_callbacks_fire_before_body_with_captured_args(make_app):
    app = make_app("""
        import streamlit as st
        log = st.session_state.setdefault("log", [])
        def changed(tag, *, extra):
            log.append((tag, extra, st.session_state.c))
            st.text("from callback")
        st.checkbox("c", key="c", on_change=changed, args=("cb",), kwargs={"extra": len(log)})
        st.button("b", on_click=lambda: log.append("clicked"))
        st.text("body")
    """)
    app.run()
    cid, bid = app.widget("c")["id"], app.widget("b")["id"]
    app.run([(cid, "bool", True), (bid, "trigger", True)])
    assert app.session.state["log"] == [("cb", 0, True), "clicked"]
    assert app.calls[0]["body"] == "from callback" and app.calls[0].path == (0, 0)
    # Unchanged value: no callback.
    app.run([(cid, "bool", True)])
    assert len(app.session.state["log"]) == 2


def test_rerun_inside_callback_ends_only_the_callback(make_app):
    app = make_app("""
        import streamlit as st
        def cb():
            st.session_state.hit = 1
            st.rerun()
            st.session_state.hit = 2
        st.button("b", on_click=cb)
    """)
    app.run()
    assert app.run([(app.widget("b")["id"], "trigger", True)]) == 0
    assert app.session.state["hit"] == 1


def test_duplicate_ids_and_keys(make_app):
    app = make_app("""
        import streamlit as st
        st.checkbox("same")
        st.sidebar.checkbox("same")
        st.checkbox("same")
    """)
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitDuplicateElementId"
    assert exc["message"].startswith("There are multiple `checkbox` elements with the same auto-generated ID.")
    app.write("""
        import streamlit as st
        st.text_input("a", key="k")
        st.slider("b", key="k")
    """)
    app.run()
    assert app.of("exception")[0]["message"] == (
        "There are multiple elements with the same `key='k'`. To fix this, please make sure that the "
        "`key` argument is unique for each element you create."
    )


def test_keyed_widget_keeps_identity_when_label_changes(make_app):
    app = make_app("""
        import streamlit as st
        st.radio(st.session_state.get("label", "one"), ["x", "y"], key="r")
    """)
    app.run()
    rid = app.widget("one")["id"]
    app.session.state["label"] = "two"
    app.run([(rid, "int", 1)])
    assert app.widget("two")["id"] == rid
    assert app.session.state["r"] == "y"


@pytest.mark.parametrize("lv", ["visible", "hidden", "collapsed"])
def test_label_visibility_values(make_app, lv):
    app = make_app(f"""
        import streamlit as st
        st.text_input("t", label_visibility="{lv}")
    """)
    app.run()
    assert app.widget("t")["label_visibility"] == lv.upper()


def test_unrendered_widget_state_is_dropped_but_not_after_stop(make_app):
    app = make_app("""
        import streamlit as st
        if st.session_state.get("show", True):
            st.text_input("t", key="t")
        if st.session_state.get("stop"):
            st.stop()
    """)
    app.run()
    tid = app.widget("t")["id"]
    app.run([(tid, "string", "hello")])
    assert app.state["t"] == "hello"
    app.session.state["show"] = False
    app.session.state["stop"] = True
    app.run([(tid, "string", "hello")])
    assert app.state["t"] == "hello"  # premature stop: no cleanup
    app.session.state["stop"] = False
    app.run([])
    assert "t" not in app.state


def test_selectbox_and_radio_hold_labels_and_accept_new_options(make_app):
    app = make_app("""
        import streamlit as st
        opts = st.session_state.get("opts", ["a", "b", "c"])
        s = st.selectbox("s", opts, key="s")
        r = st.radio("r", opts, key="r")
        n = st.selectbox("n", ["x", "y"], accept_new_options=True)
        st.write(f"{s}|{r}|{n}")
    """)
    app.run()
    s, r, n = app.widget("s"), app.widget("r"), app.widget("n")
    assert n["accept_new_options"] and not s["accept_new_options"]
    app.run([(s["id"], "string", "c"), (r["id"], "string", "b"), (n["id"], "string", "typed")])
    assert app.bodies()[-1] == "c|b|typed"
    # A label that is not an option falls back to the default (no accept_new_options).
    app.run([(s["id"], "string", "zzz"), (r["id"], "string", "b"), (n["id"], "string", "y")])
    assert app.bodies()[-1] == "a|b|y"
