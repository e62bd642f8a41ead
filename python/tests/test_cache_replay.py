"""Elements written inside cached functions are written again, at the caller's place, on hits."""

from __future__ import annotations

import pytest

from streamlit.runtime import caching


@pytest.fixture(autouse=True)
def _fresh_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    caching.clear_all()
    yield
    caching.clear_all()


def _page(app):
    """The calls that make the page, without the spinner a miss shows (and the empty that clears it)."""
    return [(c.name, c.path, c.fields.get("body", c.fields.get("label"))) for c in app.calls
            if not (c.name == "spinner" and c.fields.get("cache")) and c.name != "empty"]


def test_replay_follows_the_callers_position(make_app):
    app = make_app('''
        import streamlit as st

        @st.cache_data
        def load(n):
            st.write(f"loading {n}")
            st.sidebar.text("side")
            with st.container():
                st.text("inner")
                cols = st.columns(2)
                cols[1].text("right")
            ph = st.empty()
            ph.text("first")
            ph.text("second")
            return n

        if st.session_state.get("shift"):
            st.text("shifted")
        st.sidebar.text("sidebar before")
        with st.expander("box"):
            st.text("in box")
            load(1)
        load(1)
    ''')
    app.run()
    miss = _page(app)
    app.run()
    assert _page(app) == miss
    app.session.state["shift"] = True
    app.run()
    hit = _page(app)
    assert hit[0] == ("text", (0, 0), "shifted")
    assert [(n, p) for n, p, _ in hit[1:]] == [
        (n, (p[0], p[1] + 1, *p[2:]) if p[0] == 0 else p) for n, p, _ in miss
    ]
    assert ("text", (1, 1), "side") in miss and ("text", (0, 0, 3), "second") in miss
    assert ("text", (0, 0, 2, 1, 1, 0), "right") in miss  # expander/container/columns/column#1
    assert ("markdown", (0, 1), "loading 1") in miss  # the second call, a hit, at the main cursor


def test_explicit_write_to_an_outside_container_cannot_replay(make_app):
    app = make_app('''
        import streamlit as st
        outside = st.empty()

        @st.cache_data
        def f():
            outside.text("from inside")
            return 1

        f()
    ''')
    assert app.run() == 0
    assert app.run() == 4
    exc = app.of("exception")[-1]
    assert exc["type"].endswith("CacheReplayClosureError")
    assert "a streamlit element is called on some layout block" in exc["message"]


def test_widget_in_cached_function_warns_and_is_replayed(make_app):
    app = make_app('''
        import streamlit as st

        @st.cache_resource(show_spinner=False)
        def f():
            st.checkbox("inside")
            return 1

        f()
    ''')
    app.run()
    first = [(c.name, c.path) for c in app.calls]
    assert first == [("exception", (0, 0)), ("checkbox", (0, 1))]
    assert app.of("exception")[0]["is_warning"] is True
    assert "widget command in a cached function" in app.of("exception")[0]["message"]
    app.run()
    assert [(c.name, c.path) for c in app.calls] == first


def test_nested_cached_functions_replay_inner_output(make_app):
    app = make_app('''
        import streamlit as st

        @st.cache_data
        def inner():
            st.text("inner")
            return 1

        @st.cache_data
        def outer(x):
            st.text("outer")
            return inner() + x

        inner()
        outer(1)
        outer(2)
    ''')
    app.run()
    assert app.bodies() == ["inner", "outer", "inner", "outer", "inner"]
    app.run()
    assert app.bodies() == ["inner", "outer", "inner", "outer", "inner"]


def test_replayed_media_is_stored_again_with_this_runs_urls(make_app):
    import fake_rustlit

    app = make_app('''
        import streamlit as st

        @st.cache_data
        def show(data):
            st.image(data, caption="cached")
            st.video(b"video bytes", subtitles="WEBVTT")
            return len(data)

        show(bytes.fromhex(
            "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
            "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201a5e7a7b00000000049454e44ae426082"
        ))
    ''')
    app.run()
    (first,) = app.of("imgs")
    (first_video,) = app.of("video")
    stored = len(fake_rustlit.media)
    app.run()
    (hit,) = app.of("imgs")
    (hit_video,) = app.of("video")
    # The hit stored every file again (the fake issues a new URL for each) and shows those URLs.
    assert len(fake_rustlit.media) == stored + 3
    assert hit["imgs"][0]["url"] != first["imgs"][0]["url"]
    assert fake_rustlit.media[hit["imgs"][0]["url"]] == fake_rustlit.media[first["imgs"][0]["url"]]
    assert hit["imgs"][0]["caption"] == "cached"
    assert hit_video["url"] != first_video["url"]
    assert hit_video["subtitles"][0]["url"] != first_video["subtitles"][0]["url"]
    assert fake_rustlit.media[hit_video["subtitles"][0]["url"]][0] == b"WEBVTT"
