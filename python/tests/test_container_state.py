"""1.67's containers that track their state: st.tabs, st.expander and st.popover with `on_change`
(or `bind`) are widgets; their state is in st.session_state and in the containers' `.open`."""

import fake_rustlit

TABS = """
import streamlit as st

def changed(tag, who="?"):
    st.session_state["log"] = f"{tag}:{who}:{st.session_state.t}"

if st.session_state.get("jump"):
    st.session_state.t = "C"
tabs = st.tabs(["A", "B", "C"], key="t", default="B", on_change=changed, args=("cb",), kwargs={"who": "me"})
st.text(f"{st.session_state.t} {[tab.open for tab in tabs]} {type(tabs).__name__} {st.session_state.get('log')}")
"""


def _tabs(app):
    block, = app.of("block_tab_container")
    return block


def test_stateful_tabs_start_at_the_default_and_expose_open(make_app) -> None:
    app = make_app(TABS)
    assert app.run() == 0
    block = _tabs(app)
    assert block["id"].endswith("-t") and block["default_index"] == 1
    assert app.bodies() == ["B [False, True, False] tuple None"]
    assert "query_param_key" not in block.fields or block["query_param_key"] is None


def test_selecting_a_tab_reruns_with_the_callback_and_its_args(make_app) -> None:
    app = make_app(TABS)
    app.run()
    tid = _tabs(app)["id"]
    assert app.run([(tid, "string", "C")]) == 0
    assert app.bodies() == ["C [False, False, True] tuple cb:me:C"]
    assert _tabs(app)["default_index"] == 2
    assert app.state["t"] == "C"


def test_session_state_selects_a_tab_and_an_unknown_label_falls_back_to_the_default(make_app) -> None:
    app = make_app(TABS + "\nif st.button('bad'):\n    st.session_state.t = 'Z'\n")
    app.run()
    app.session.state.new_session["jump"] = True
    assert app.run() == 0
    assert _tabs(app)["default_index"] == 2
    assert app.bodies()[0].startswith("C [False, False, True]")


def test_tabs_without_state_have_no_id_and_open_is_none(make_app) -> None:
    app = make_app("""
import streamlit as st
tabs = st.tabs(["A", "B"], key="plain")
st.text(repr([t.open for t in tabs]) + " " + repr("plain" in st.session_state))
""")
    assert app.run() == 0
    block = _tabs(app)
    assert block.fields.get("id") is None and block["key"] == "plain"
    assert app.bodies() == ["[None, None] False"]


def test_two_keyed_tabs_with_one_key_are_a_duplicate(make_app) -> None:
    app = make_app("""
import streamlit as st
st.tabs(["A"], key="k")
st.tabs(["B"], key="k")
""")
    app.run()
    exc, = app.of("exception")
    assert "StreamlitDuplicateElementKey" in exc["type"]


def test_expander_open_state_is_a_widget(make_app) -> None:
    app = make_app("""
import streamlit as st
if st.session_state.get("force"):
    st.session_state.exp = True
with st.expander("E", key="exp", on_change="rerun") as e:
    st.text("inside")
st.text(f"{e.open} {st.session_state.exp}")
""")
    assert app.run() == 0
    block, = app.of("block_expandable")
    assert block["expanded"] is False and block["id"].endswith("-exp")
    assert app.bodies()[-1] == "False False"
    assert app.run([(block["id"], "bool", True)]) == 0
    assert app.bodies()[-1] == "True True"
    assert app.of("block_expandable")[0]["expanded"] is True
    app.run([(block["id"], "bool", False)])
    app.session.state.new_session["force"] = True
    assert app.run() == 0
    assert app.of("block_expandable")[0]["expanded"] is True


def test_expander_without_state_reports_none(make_app) -> None:
    app = make_app("""
import streamlit as st
e = st.expander("E", expanded=True, key="k")
st.text(repr(e.open))
""")
    assert app.run() == 0
    assert app.bodies() == ["None"]
    assert app.of("block_expandable")[0].fields.get("id") is None


def test_popover_open_state_is_a_widget_with_its_callback(make_app) -> None:
    app = make_app("""
import streamlit as st
def cb(x):
    st.session_state.seen = x
p = st.popover("P", key="pop", on_change=cb, args=("popped",))
st.text(f"{p.open} {st.session_state['pop']} {st.session_state.get('seen')}")
""")
    assert app.run() == 0
    block, = app.of("block_popover")
    assert block["open"] is False
    assert app.run([(block["id"], "bool", True)]) == 0
    assert app.bodies() == ["True True popped"]
    assert app.of("block_popover")[0]["open"] is True


def test_a_callback_on_a_stateful_container_inside_a_form_is_an_error(make_app) -> None:
    app = make_app("""
import streamlit as st
with st.form("f"):
    st.expander("E", on_change=lambda: None)
    st.form_submit_button()
""")
    app.run()
    exc, = app.of("exception")
    assert "StreamlitInvalidFormCallbackError" in exc["type"]
    assert fake_rustlit.calls
