"""@st.fragment(parallel=True): bodies on worker threads during a full run, sequential in fragment runs,
confined to their container, waited for before the run ends; 1.67's errors (against the fake native module)."""

from __future__ import annotations

import fake_rustlit

from streamlit.runtime import entry

# Each card waits until the other has started: run one after the other, the first would wait in vain.
TWO_CARDS = """
    import threading
    import streamlit as st

    started = {"A": threading.Event(), "B": threading.Event()}

    @st.fragment(parallel=True)
    def card(name, other):
        started[name].set()
        together = started[other].wait(timeout=20)
        st.text(f"{name} {'together' if together else 'alone'}")
        st.checkbox(f"pick {name}")

    card("A", "B")
    card("B", "A")
    st.text("script done")
"""


def test_parallel_fragments_run_at_the_same_time_in_their_own_containers(make_app) -> None:
    app = make_app(TWO_CARDS)
    assert app.run() == 0
    by_path = {c.path: c for c in app.calls}
    first, second = by_path[(0, 0)], by_path[(0, 1)]
    assert first.name == second.name == "block_vertical"
    assert first.fragment_id and second.fragment_id and first.fragment_id != second.fragment_id
    assert by_path[(0, 0, 0)]["body"] == "A together" and by_path[(0, 0, 0)].fragment_id == first.fragment_id
    assert by_path[(0, 1, 0)]["body"] == "B together" and by_path[(0, 1, 0)].fragment_id == second.fragment_id
    assert by_path[(0, 2)]["body"] == "script done" and by_path[(0, 2)].fragment_id == ""
    # Widgets a worker rendered are the run's: they keep their state.
    pick_a, pick_b = app.widget("pick A")["id"], app.widget("pick B")["id"]
    assert {pick_a, pick_b} <= set(app.session.state.meta)
    assert app.run([(pick_a, "bool", True)]) == 0
    assert app.session.state[pick_a] is True


def test_a_fragment_run_of_a_parallel_fragment_is_sequential(make_app) -> None:
    app = make_app(TWO_CARDS)
    app.run()
    fid = {c.path: c for c in app.calls}[(0, 0)].fragment_id
    pick_a = app.widget("pick A")["id"]
    assert app.run_fragment([fid], [(pick_a, "bool", True)]) == 0
    # The other card's event is set from the full run: it does not wait.
    assert [c.path for c in app.calls] == [(0, 0), (0, 0, 0), (0, 0, 1)]
    assert app.calls[1]["body"] == "A together"


def test_a_parallel_fragment_writes_only_inside_its_container(make_app) -> None:
    app = make_app("""
        import streamlit as st
        outside = st.container()

        @st.fragment(parallel=True)
        def sidebar_writer():
            st.sidebar.text("nope")

        @st.fragment(parallel=True)
        def outside_writer():
            outside.text("nope")

        sidebar_writer()
        outside_writer()
    """)
    assert app.run() == 0
    errors = [c for c in app.of("exception")]
    assert len(errors) == 2
    assert all(e["message"].startswith("Writing to a container created outside a parallel fragment") for e in errors)
    assert {e.path[:2] for e in errors} == {(0, 1), (0, 2)}
    assert not [c for c in app.calls if c.name == "text"]


def test_a_rerun_or_stop_in_a_worker_ends_the_run(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.session_state.setdefault("runs", 0)
        st.session_state.runs += 1

        @st.fragment(parallel=True)
        def again():
            if st.session_state.runs == 1:
                st.rerun()
            st.text("settled")

        again()
        st.text("body done")
    """)
    assert app.run() == entry.RERUN
    assert app.run() == 0
    assert app.bodies() == ["settled", "body done"]


def test_dialog_and_switch_page_refuse_a_worker(make_app) -> None:
    app = make_app("""
        import streamlit as st

        @st.dialog("Hi")
        def hello():
            st.text("hello")

        @st.fragment(parallel=True)
        def opener():
            hello()

        @st.fragment(parallel=True)
        def switcher():
            st.switch_page("app.py")

        opener()
        switcher()
    """)
    assert app.run() == 0
    messages = sorted(c["message"] for c in app.of("exception"))
    assert messages[0].startswith("`@st.dialog` cannot be called from a parallel fragment during the initial page load")
    assert messages[1].startswith("`st.switch_page` cannot be called from a parallel fragment")


def test_workers_join_the_shared_run_as_their_fragment(make_app, monkeypatch) -> None:
    shared: list[fake_rustlit.SharedRun] = []
    real = fake_rustlit.share_run

    def recording() -> fake_rustlit.SharedRun:
        run = real()
        shared.append(run)
        return run

    monkeypatch.setattr(fake_rustlit, "share_run", recording)
    app = make_app(TWO_CARDS)
    app.run()
    # One shared run per full run; each worker entered it as its own fragment.
    assert len(shared) == 1
    ids = {c.path: c.fragment_id for c in app.calls}
    assert sorted(shared[0].entered) == sorted([ids[(0, 0)], ids[(0, 1)]])


def test_runner_parallel_max_workers_caps_the_workers(monkeypatch) -> None:
    from streamlit import config
    from streamlit.runtime import parallel_fragments

    for wanted, got in [(3, 3), (None, parallel_fragments.DEFAULT_MAX_WORKERS), (0, parallel_fragments.DEFAULT_MAX_WORKERS)]:
        monkeypatch.setattr(config, "get_option", lambda key, wanted=wanted: wanted)
        assert parallel_fragments.max_workers() == got


def test_a_parallel_fragment_called_from_a_callback_runs_inline(make_app, monkeypatch) -> None:
    shared: list[fake_rustlit.SharedRun] = []
    real = fake_rustlit.share_run
    monkeypatch.setattr(fake_rustlit, "share_run", lambda: shared.append(real()) or shared[-1])
    app = make_app("""
        import streamlit as st

        @st.fragment(parallel=True)
        def note():
            st.text("from the callback")

        st.button("go", on_click=note)
    """)
    app.run()
    go = app.widget("go")["id"]
    assert app.run([(go, "trigger", True)]) == 0
    assert "from the callback" in app.bodies()
    assert shared == []  # no worker: the callback's run could end before it
