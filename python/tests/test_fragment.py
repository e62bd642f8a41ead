"""@st.fragment: registration, fragment runs, ids on deltas, widget cleanup, st.rerun(scope)."""

import fake_rustlit
import pytest

COUNTER_APP = """
    import streamlit as st
    st.session_state.setdefault("full", 0)
    st.session_state.setdefault("frag", 0)
    st.session_state.full += 1
    st.text("above")

    @st.fragment
    def frag(label):
        st.session_state.frag += 1
        st.checkbox(label)
        st.text(f"frag runs {st.session_state.frag}")

    frag("inner")
    st.checkbox("outer")
    st.text(f"full runs {st.session_state.full}")
"""


def _frag_id(app):
    (fid,) = {c.fragment_id for c in app.calls if c.fragment_id}
    return fid


def test_a_fragment_writes_into_its_own_container_and_marks_its_deltas(make_app):
    app = make_app(COUNTER_APP)
    assert app.run() == 0
    by_path = {c.path: c for c in app.calls}
    assert by_path[(0, 0)].name == "text" and by_path[(0, 0)].fragment_id == ""
    container = by_path[(0, 1)]
    assert container.name == "block_vertical" and container.fragment_id
    fid = container.fragment_id
    assert by_path[(0, 1, 0)].name == "checkbox" and by_path[(0, 1, 0)].fragment_id == fid
    assert by_path[(0, 1, 1)]["body"] == "frag runs 1" and by_path[(0, 1, 1)].fragment_id == fid
    # After the fragment the script's body writes without an id again.
    assert by_path[(0, 2)].fragment_id == "" and by_path[(0, 3)]["body"] == "full runs 1"


def test_a_fragment_run_calls_only_the_fragment_at_its_old_place(make_app):
    app = make_app(COUNTER_APP)
    app.run()
    fid = _frag_id(app)
    inner = app.widget("inner")["id"]
    outer = app.widget("outer")["id"]
    assert app.run_fragment([fid], [(inner, "bool", True), (outer, "bool", True)]) == 0
    assert app.scope == [(fid, (0, 1))]
    assert [c.path for c in app.calls] == [(0, 1), (0, 1, 0), (0, 1, 1)]
    assert app.calls[-1]["body"] == "frag runs 2"
    assert all(c.fragment_id == fid for c in app.calls)
    # The script's body did not run; the widget outside keeps its value.
    assert app.state["full"] == 1
    assert app.session.state[outer] is True and app.session.state[inner] is True


def test_widgets_outside_the_fragment_keep_their_state_after_a_fragment_run(make_app):
    app = make_app("""
        import streamlit as st
        st.text_input("name", key="name")

        @st.fragment
        def frag():
            st.checkbox("c", key="c")

        frag()
    """)
    app.run()
    fid = _frag_id(app)
    name_id = app.widget("name")["id"]
    c_id = app.widget("c")["id"]
    app.run([(name_id, "string", "Ada"), (c_id, "bool", False)])
    app.run_fragment([fid], [(name_id, "string", "Ada"), (c_id, "bool", True)])
    assert app.state == {"name": "Ada", "c": True}


def test_a_full_run_drops_fragments_it_did_not_call(make_app):
    app = make_app("""
        import streamlit as st
        @st.fragment
        def frag():
            st.text("in")
        if not st.session_state.get("hide"):
            frag()
    """)
    app.run()
    fid = _frag_id(app)
    assert len(app.session.fragments) == 1
    app.session.state["hide"] = True
    app.run()
    assert len(app.session.fragments) == 0
    # A rerun for the vanished fragment (a late timer) does nothing.
    assert app.run_fragment([fid], auto=True) == 0
    assert app.scope == [] and app.calls == []


def test_fragment_with_arguments_method_and_two_call_sites(make_app):
    app = make_app("""
        import streamlit as st

        class Panel:
            def __init__(self, name):
                self.name = name

            @st.fragment()
            def show(self, n, *, suffix=""):
                st.text(f"{self.name}:{n}{suffix}")

        p = Panel("p")
        p.show(1, suffix="!")
        p.show(2)
    """)
    app.run()
    blocks = app.of("block_vertical")
    assert [b.path for b in blocks] == [(0, 0), (0, 1)]
    assert blocks[0].fragment_id != blocks[1].fragment_id  # two call sites, two fragments
    assert app.bodies() == ["p:1!", "p:2"]
    app.run_fragment([blocks[1].fragment_id])
    assert [(c.path, c.fields.get("body")) for c in app.calls] == [((0, 1), None), ((0, 1, 0), "p:2")]


def test_nested_fragments_rerun_alone_or_with_their_parent(make_app):
    app = make_app("""
        import streamlit as st

        @st.fragment
        def inner():
            st.text("inner")

        @st.fragment
        def outer():
            st.text("outer")
            inner()

        outer()
    """)
    app.run()
    outer_id = app.calls[0].fragment_id
    inner_id = app.of("block_vertical")[1].fragment_id
    assert app.of("block_vertical")[1].path == (0, 0, 1)
    app.run_fragment([inner_id])
    assert app.scope == [(inner_id, (0, 0, 1))]
    assert [c.path for c in app.calls] == [(0, 0, 1), (0, 0, 1, 0)]
    assert app.calls[-1].fragment_id == inner_id
    # Both queued: the inner one reruns as part of the outer one, once.
    app.run_fragment([inner_id, outer_id])
    assert app.scope == [(outer_id, (0, 0))]
    assert [c.path for c in app.calls] == [(0, 0), (0, 0, 0), (0, 0, 1), (0, 0, 1, 0)]


def test_a_fragment_inside_a_with_block_and_columns(make_app):
    app = make_app("""
        import streamlit as st
        st.text("top")
        a, b = st.columns(2)
        with b:
            st.text("b0")

            @st.fragment
            def frag():
                st.text("in b")
                st.text("again")

            frag()
            st.text("after")
    """)
    app.run()
    fid = _frag_id(app)
    frag_block = next(c for c in app.of("block_vertical") if c.fragment_id == fid)
    app.run_fragment([fid])
    assert [c.path for c in app.calls] == [frag_block.path, (*frag_block.path, 0), (*frag_block.path, 1)]


def test_an_exception_in_a_fragment_shows_inside_it(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.setdefault("boom", False)

        @st.fragment
        def frag():
            st.text("in")
            if st.session_state.boom:
                1 / 0

        frag()
        st.text("after")
    """)
    app.run()
    fid = _frag_id(app)
    app.session.state["boom"] = True
    app.run_fragment([fid])
    exc = app.of("exception")[0]
    assert exc.path == (0, 0, 1) and exc["type"] == "ZeroDivisionError" and exc.fragment_id == fid
    # In a full run the script stops at the fragment (as 1.67 does).
    assert app.run() == 4
    assert app.of("exception")[0].path == (0, 0, 1)
    assert "after" not in app.bodies()


def test_run_every_asks_the_page_for_a_timer(make_app):
    app = make_app("""
        import streamlit as st
        from datetime import timedelta

        @st.fragment(run_every=2)
        def a():
            st.text("a")

        @st.fragment(run_every="1.5s")
        def b():
            st.text("b")

        @st.fragment(run_every=timedelta(minutes=1))
        def c():
            st.text("c")

        a(); b(); c()
    """)
    app.run()
    ids = [c.fragment_id for c in app.of("block_vertical")]
    assert fake_rustlit.auto_reruns == [(2.0, ids[0]), (1.5, ids[1]), (60.0, ids[2])]


def test_bad_run_every_string_is_streamlits_error(make_app):
    app = make_app("""
        import streamlit as st
        @st.fragment(run_every="soon")
        def a():
            st.text("a")
        a()
    """)
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"].endswith("StreamlitBadTimeStringError")


def test_rerun_scope_fragment(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)

        @st.fragment
        def frag():
            st.session_state.n += 1
            if st.session_state.n == 3:
                st.rerun(scope="fragment")
            st.text(f"n={st.session_state.n}")

        frag()
    """)
    app.run()
    fid = _frag_id(app)
    assert app.run_fragment([fid]) == 0
    assert app.run_fragment([fid]) == (3, [fid])
    # Outside a fragment run it is Streamlit's error.
    app.session.state["n"] = 2
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert exc["message"] == (
        'scope="fragment" can only be specified from `@st.fragment`-decorated functions during fragment reruns.'
    )


def test_rerun_app_from_a_fragment_run_is_a_full_rerun(make_app):
    app = make_app("""
        import streamlit as st
        @st.fragment
        def frag():
            if st.session_state.get("go"):
                st.session_state.go = False
                st.rerun()
            st.text("x")
        frag()
    """)
    app.run()
    fid = _frag_id(app)
    app.session.state["go"] = True
    assert app.run_fragment([fid]) == 3


def test_fragment_widgets_are_cleaned_up_only_inside_the_fragment(make_app):
    app = make_app("""
        import streamlit as st
        st.checkbox("out", key="out")

        @st.fragment
        def frag():
            if st.session_state.get("show", True):
                st.checkbox("in", key="in")

        frag()
    """)
    app.run()
    fid = _frag_id(app)
    out_id, in_id = app.widget("out")["id"], app.widget("in")["id"]
    app.run([(out_id, "bool", True), (in_id, "bool", True)])
    app.session.state["show"] = False
    app.run_fragment([fid], [(out_id, "bool", True), (in_id, "bool", True)])
    assert "in" not in app.state and app.state["out"] is True


def test_outside_a_run_a_fragment_does_nothing():
    import streamlit as st

    @st.fragment
    def frag():
        raise AssertionError("not called")

    assert frag() is None


@pytest.mark.parametrize("name, advice", [("experimental_fragment", "fragment"), ("experimental_dialog", "dialog")])
def test_experimental_names_are_gone_with_1_67s_message(name, advice):
    import streamlit as st

    with pytest.raises(AttributeError) as e:
        getattr(st, name)
    assert str(e.value) == (
        f"module 'streamlit' has no attribute '{name}'. st.{name} has been removed. Use st.{advice} instead."
    )


def test_writes_outside_the_fragment_go_into_its_transparent_blocks(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.setdefault("n", 0)
        box = st.container()
        box.write("first")

        @st.fragment
        def frag():
            st.session_state.n += 1
            box.text(f"from fragment {st.session_state.n}")
            with st.sidebar:
                st.text("side")
            st.text("inside")

        frag()
        box.text("last")
    """)
    app.run()
    fid = _frag_id(app)
    wrappers = [c for c in app.of("block_transparent")]
    assert [(w.path, w.fragment_id) for w in wrappers] == [((0, 0, 1), fid), ((1, 0), fid)]
    assert [(c.path, c["body"]) for c in app.of("text")] == [
        ((0, 0, 1, 0), "from fragment 1"), ((1, 0, 0), "side"), ((0, 1, 0), "inside"), ((0, 0, 2), "last"),
    ]
    app.run_fragment([fid])
    # The run rewrites its container and both outside blocks, from their start.
    assert sorted(p for _, p in app.scope) == [(0, 0, 1), (0, 1), (1, 0)]
    assert [(c.name, c.path) for c in app.calls] == [
        ("block_vertical", (0, 1)), ("block_transparent", (0, 0, 1)), ("block_transparent", (1, 0)),
        ("text", (0, 0, 1, 0)), ("text", (1, 0, 0)), ("text", (0, 1, 0)),
    ]
    assert app.of("text")[0]["body"] == "from fragment 2"


def test_a_fragment_run_cannot_write_where_the_full_run_reserved_nothing(make_app):
    app = make_app("""
        import streamlit as st
        box = st.container()

        @st.fragment
        def frag():
            if st.session_state.get("late"):
                box.text("late")

        frag()
    """)
    app.run()
    fid = _frag_id(app)
    app.session.state["late"] = True
    app.run_fragment([fid])
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitInvalidLayoutContextError"
    assert exc["message"].startswith("A fragment tried to write to a container created outside it")
    assert exc.path == (0, 1, 0)


def test_a_nested_fragment_its_parent_stops_calling_is_dropped_with_its_timer(make_app):
    app = make_app("""
        import streamlit as st

        @st.fragment(run_every=1)
        def clock():
            st.text("tick")

        @st.fragment
        def outer():
            st.text("outer")
            if not st.session_state.get("hide"):
                clock()

        outer()
    """)
    app.run()
    outer_id = app.calls[0].fragment_id
    clock_id = app.of("block_vertical")[1].fragment_id
    assert len(app.session.fragments) == 2
    app.session.state["hide"] = True
    fake_rustlit.auto_reruns.clear()
    app.run_fragment([outer_id])
    assert fake_rustlit.auto_reruns == [(0.0, clock_id)]
    assert len(app.session.fragments) == 1
    # Its timer's next tick (sent before the page heard) runs nothing.
    app.run_fragment([clock_id], auto=True)
    assert app.scope == [] and app.calls == []


KEYED = """
    import streamlit as st
    st.session_state.setdefault("runs", [])
    st.session_state.runs.append("app")

    @st.fragment(key="charts")
    def charts(n):
        st.session_state.runs.append("charts")
        st.button("again", key=f"again{n}", on_click=lambda: st.rerun(scope="fragment"))

    @st.fragment(key=7)
    def table():
        st.session_state.runs.append("table")
        st.text("table")

    charts(1)
    charts(2)
    table()
    st.button("one", on_click=lambda: st.rerun(scope="charts"))
    st.button("both", on_click=lambda: st.rerun(scope=["charts", 7]))
    st.button("mixed", on_click=lambda: st.rerun(scope="charts"))
    st.button("normal", on_click=lambda: None)
"""


def _charts_and_table(app) -> tuple[list[str], str]:
    blocks = [c for c in fake_rustlit.calls if c.fragment_id]
    ids = list(dict.fromkeys(c.fragment_id for c in blocks))
    return ids[:2], ids[2]


def test_a_keyed_rerun_from_a_callback_replaces_the_run_with_those_fragments(make_app):
    app = make_app(KEYED)
    app.run()
    charts, table = _charts_and_table(app)
    one, both = app.widget("one")["id"], app.widget("both")["id"]
    app.session.state["runs"] = []
    # Both call sites of the "charts" fragment, and nothing of the script.
    assert app.run([(one, "trigger", True)]) == (3, charts)
    assert app.state["runs"] == []
    assert app.run([(both, "trigger", True)]) == (3, [*charts, table])


def test_a_keyed_rerun_next_to_a_callback_wanting_the_app_run_leaves_the_full_run(make_app):
    app = make_app(KEYED)
    app.run()
    mixed, normal = app.widget("mixed")["id"], app.widget("normal")["id"]
    app.session.state["runs"] = []
    assert app.run([(mixed, "trigger", True), (normal, "trigger", True)]) == 0
    assert app.state["runs"] == ["app", "charts", "charts", "table"]


def test_rerun_scope_fragment_in_a_callback_reruns_the_widgets_fragment(make_app):
    app = make_app(KEYED)
    app.run()
    charts, _ = _charts_and_table(app)
    again = next(c for c in fake_rustlit.calls if c.name == "button" and c.fragment_id == charts[0])["id"]
    assert app.run_fragment([charts[0]], [(again, "trigger", True)]) == (3, [charts[0]])


def test_keyed_rerun_errors(make_app):
    app = make_app("""
        import streamlit as st

        @st.fragment(key="k")
        def f():
            pass

        f()
        for call in (lambda: st.rerun(scope="k"), lambda: st.rerun(scope=[]), lambda: st.rerun(scope=["fragment"])):
            try:
                call()
            except Exception as e:
                st.text(type(e).__name__)
        st.button("unknown", on_click=lambda: st.rerun(scope="nope"))
    """)
    app.run()
    assert app.bodies() == ["StreamlitAPIException", "StreamlitValueError", "StreamlitValueError"]
    app.run([(app.widget("unknown")["id"], "trigger", True)])
    exc, = app.of("exception")
    assert exc["message"].startswith("No fragment found for target 'nope'.")
