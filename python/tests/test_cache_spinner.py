"""Cached functions as 1.67 shows and runs them: the spinner while a miss computes, `async def`
functions, and the menu's "Clear caches" (entry.clear_caches)."""

from __future__ import annotations

import pytest

from streamlit.runtime import caching


@pytest.fixture(autouse=True)
def _fresh_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    caching.clear_all()
    yield
    caching.clear_all()


def _spinners(app):
    return [(c.path, c.fields["text"], c.fields["show_time"], c.fields["cache"]) for c in app.of("spinner")]


def test_a_miss_shows_a_cache_spinner_where_the_next_element_goes(make_app) -> None:
    import fake_rustlit

    app = make_app("""
        import streamlit as st

        @st.cache_data
        def load(x):
            return x * 2

        @st.cache_resource(show_spinner="Connecting...", show_time=True)
        def connect():
            return object()

        @st.cache_data(show_spinner=False)
        def quiet():
            return 1

        st.write(load(2))
        connect()
        quiet()
    """)
    assert app.run() == 0
    # Each spinner stands where the next element goes without taking its place (1.67's transient).
    assert _spinners(app) == [((0, 0), "Running `load(...)`.", False, True),
                              ((0, 1), "Connecting...", True, True)]
    kinds = {path: node["kind"] for path, node in fake_rustlit.tree().items()}
    assert kinds == {"[0, 0]": "markdown", "[0, 1]": "empty"}
    # Each is held back half a second by the runtime (1.67 shows it only then).
    assert fake_rustlit.held_delays[-2:] == [500, 500]
    # Hits show nothing.
    fake_rustlit.reset()
    assert app.run() == 0
    assert _spinners(app) == []


def test_only_the_outermost_cached_function_shows_a_spinner(make_app) -> None:
    app = make_app("""
        import streamlit as st

        @st.cache_data
        def inner():
            return 1

        @st.cache_data
        def outer():
            return inner() + 1

        outer()
    """)
    assert app.run() == 0
    assert [s[1] for s in _spinners(app)] == ["Running `outer()`."]


def test_async_functions_are_awaited_and_cached(make_app) -> None:
    app = make_app("""
        import asyncio
        import streamlit as st
        calls = st.session_state.setdefault("calls", [])

        @st.cache_data
        async def fetch(x):
            calls.append(x)
            await asyncio.sleep(0)
            return x * 10

        async def main():
            return [await fetch(1), await fetch(1), await fetch(2)]

        st.write(str(asyncio.run(main())), len(calls))
    """)
    assert app.run() == 0
    assert app.bodies()[-1].startswith("[10, 10, 20]")
    assert "2" in app.bodies()[-1]


@pytest.mark.parametrize(
    ("decorator", "message"),
    [
        ("@st.cache_data",
         "Async-generator functions cannot be cached. Async generators produce streams that are one-shot "
         "iterators"),
        ('@st.cache_resource(refresh_mode="background")',
         "Background refresh is not supported for coroutine functions (`async def`)."),
    ],
)
def test_what_1_67_refuses_for_async(make_app, decorator, message) -> None:
    body = "yield 1" if decorator == "@st.cache_data" else "return 1"
    app = make_app(f"""
        import streamlit as st

        {decorator}
        async def f():
            {body}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]


def test_clear_caches_empties_both_caches_and_the_session_state(make_app) -> None:
    from streamlit.runtime import entry

    app = make_app("""
        import uuid
        import streamlit as st
        runs = st.session_state.setdefault("runs", 0)
        st.session_state.runs = runs + 1

        @st.cache_data
        def data():
            return uuid.uuid4().hex

        @st.cache_resource
        def resource():
            return {"token": uuid.uuid4().hex}

        st.write(data(), resource()["token"], st.session_state.runs)
    """)
    assert app.run() == 0
    first = app.bodies()[-1]
    assert app.run() == 0
    second = app.bodies()[-1]
    assert first.split()[:2] == second.split()[:2]
    entry.clear_caches(app.session)
    assert "runs" not in app.session.state.filtered_state()
    assert app.run() == 0
    third = app.bodies()[-1]
    assert third.split()[0] != first.split()[0]
    assert third.split()[1] != first.split()[1]
    assert third.split()[-1] == "`1`"
