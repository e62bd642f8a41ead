"""streamlit.components.v2: definitions (inline and asset_dir files), mounting, state and
events, callbacks, data, and st.pdf through streamlit-pdf's component (fake runtime)."""

from __future__ import annotations

import json
import sys
import textwrap

import fake_rustlit
import pytest

import streamlit as st


def _mounted(app):
    return app.of("bidi_component")


INLINE = """
    import streamlit as st
    comp = st.components.v2.component(
        "demo.counter", html="<button>+1</button>", css="button { color: red; }",
        js="export default function (c) { c.setStateValue('count', 1); }",
    )
"""


def test_an_inline_component_is_defined_and_mounted(make_app):
    app = make_app(INLINE + """
    r = comp(data={"label": "hi"}, key="c", default={"count": 0}, on_count_change=lambda: None)
    st.write(f"count={r.count} r={dict(r)}")
    """)
    app.run()
    assert fake_rustlit.v2_components["demo.counter"] == (
        "<button>+1</button>", "button { color: red; }",
        "export default function (c) { c.setStateValue('count', 1); }", None, None, None,
    )
    (m,) = _mounted(app)
    assert m["component_name"] == "demo.counter"
    assert m["document_path"].startswith("/v2/") and m["document_path"].endswith(".html")
    assert json.loads(m["json"]) == {"label": "hi"}
    assert m["widget"]["id"].endswith("-c")
    assert m["trigger_widget"]["id"] == "$$STREAMLIT_INTERNAL_KEY_" + m["widget"]["id"] + "__events"
    assert json.loads(m["widget"]["default"]["json_value"]) == {"count": 0}
    assert m["isolate_styles"] is True
    assert app.bodies()[-1] == "count=0 r={'count': 0}"


def test_state_stays_and_events_last_one_run_and_callbacks_fire_for_their_own_names(make_app):
    app = make_app(INLINE + """
    calls = st.session_state.setdefault("calls", [])
    r = comp(key="c", default={"count": 0}, on_count_change=lambda: calls.append("count"),
             on_clicked_change=lambda: calls.append("clicked"), on_other_change=lambda: calls.append("other"))
    st.write(f"count={r.count} clicked={r.clicked} other={r.other} calls={calls}")
    """)
    app.run()
    wid = _mounted(app)[0]["widget"]["id"]
    assert app.bodies()[-1] == "count=0 clicked=None other=None calls=[]"
    events = _mounted(app)[0]["trigger_widget"]["id"]
    app.run([(wid, "json", '{"count": 3}'), (events, "json_trigger", '[{"event": "clicked", "value": true}]')])
    assert app.bodies()[-1] == "count=3 clicked=True other=None calls=['count', 'clicked']"
    # A run the component did not cause: the state stays, the event is gone, no callback fires.
    app.run(None)
    assert app.bodies()[-1] == "count=3 clicked=None other=None calls=['count', 'clicked']"
    # The same state sent again is no change.
    app.run([(wid, "json", '{"count": 3}')])
    assert app.bodies()[-1] == "count=3 clicked=None other=None calls=['count', 'clicked']"


def test_data_kinds(make_app):
    pytest.importorskip("pandas")
    app = make_app(INLINE + """
    import pandas as pd
    df = pd.DataFrame({"a": [1, 2]})
    comp(key="j", data=[1, "x"])
    comp(key="b", data=b"raw")
    comp(key="d", data=df)
    comp(key="m", data={"table": df, "n": 1})
    comp(key="s", data="text")
    """)
    app.run()
    j, b, d, m, s = _mounted(app)
    assert json.loads(j["json"]) == [1, "x"]
    assert b["bytes"] == b"raw"
    assert d["arrow"]["data"][:4] in (b"\xff\xff\xff\xff", b"ARROW1"[:4])
    mixed = m["mixed"]
    (blob,) = mixed["arrow_blobs"]
    assert json.loads(mixed["json"]) == {"table": {"__streamlit_arrow_ref__": blob["ref"]}, "n": 1}
    assert json.loads(s["json"]) == "text"


def test_1_67s_errors(make_app):
    app = make_app(INLINE + """
    comp(default={"nope": 1}, on_count_change=lambda: None)
    """)
    app.run()
    assert "Key `'nope'` in `default` is not a valid state name" in app.of("exception")[-1]["message"]
    app = make_app(INLINE + """
    comp(on__change=lambda: None)
    """)
    app.run()
    assert "The callback name `'on__change'` is not allowed" in app.of("exception")[-1]["message"]
    app = make_app("""
    import streamlit as st
    st.components.v2.component("x.y", js="dist/*.js")
    """)
    app.run()
    assert app.of("exception")[-1]["message"] == (
        "Component 'x.y' must be declared in pyproject.toml with asset_dir to use file-backed js."
    )
    app = make_app("""
    import streamlit as st
    st.components.v2.component("x.y", js=42)
    """)
    app.run()
    assert "Invalid `js` type" in app.of("exception")[-1]["message"]


def test_inline_or_path_as_1_67_tells_them_apart():
    from streamlit.components.v2.definition import looks_inline

    assert looks_inline("console.log(1)")
    assert looks_inline("a\nb/c.js")
    assert not looks_inline("index.js")
    assert not looks_inline("assets/*.js")
    assert not looks_inline("./x")


def _package(tmp_path, files: dict[str, str]):
    """An installed distribution "demo-pkg" whose package ships a component manifest."""
    site = tmp_path / "site"
    pkg = site / "demo_pkg"
    (pkg / "build" / "assets").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "pyproject.toml").write_text(textwrap.dedent("""
        [project]
        name = "demo-pkg"
        [[tool.streamlit.component.components]]
        name = "viewer"
        asset_dir = "build"
    """))
    for name, text in files.items():
        (pkg / "build" / name).write_text(text)
    info = site / "demo_pkg-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.0\n")
    records = ["demo_pkg/__init__.py,,", "demo_pkg/pyproject.toml,,"]
    records += [f"demo_pkg/build/{name},," for name in files]
    (info / "RECORD").write_text("\n".join(records) + "\n")
    return site


def test_asset_dir_files_by_path_and_glob(make_app, tmp_path, monkeypatch):
    from streamlit.components.v2 import manifest

    site = _package(tmp_path, {"assets/index-abc.js": "export default () => {}", "assets/index-abc.css": "p{}",
                               "assets/other.js": ""})
    monkeypatch.syspath_prepend(str(site))
    manifest.asset_dir_for.cache_clear()
    app = make_app("""
    import streamlit as st
    st.components.v2.component("demo-pkg.viewer", js="assets/index-*.js", css="assets/index-abc.css",
                               html="<div class='root'></div>")
    """)
    app.run()
    assert not app.of("exception")
    html, css, js, asset_dir, css_path, js_path = fake_rustlit.v2_components["demo-pkg.viewer"]
    assert (html, css, js) == ("<div class='root'></div>", None, None)
    assert asset_dir == str((site / "demo_pkg" / "build").resolve()) or asset_dir == str(site / "demo_pkg" / "build")
    assert (css_path, js_path) == ("assets/index-abc.css", "assets/index-abc.js")

    for js, message in (
        ("assets/*.js", "Multiple files found matching pattern 'assets/*.js'"),
        ("assets/none-*.js", "No files found matching pattern 'assets/none-*.js'"),
        ("../secret.js", "Path traversal attempts are not allowed in js: ../secret.js"),
        ("/etc/passwd.js", "Unsafe paths are not allowed in js: /etc/passwd.js"),
    ):
        app = make_app(f"""
        import streamlit as st
        st.components.v2.component("demo-pkg.viewer", js={js!r})
        """)
        app.run()
        assert message in app.of("exception")[-1]["message"], js
    manifest.asset_dir_for.cache_clear()


def test_st_pdf_mounts_streamlit_pdfs_component_with_the_file_in_media(make_app, monkeypatch, tmp_path):
    pytest.importorskip("streamlit_pdf")
    sys.modules.pop("streamlit_pdf", None)
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    app = make_app(f"""
    import streamlit as st
    st.pdf({str(pdf)!r}, height=300, alt=" Report ")
    st.pdf("https://example.com/x.pdf", key="remote")
    """)
    app.run()
    assert not app.of("exception"), app.of("exception")
    local, remote = _mounted(app)
    assert local["component_name"] == "streamlit-pdf.pdf_viewer"
    data = json.loads(local["json"])
    assert data["height"] == "300" and data["alt"] == "Report"
    stored = data["file"]
    assert stored.startswith("/media/")
    assert fake_rustlit.media[stored[1:]][0] == b"%PDF-1.4 test"
    assert json.loads(remote["json"])["file"] == "https://example.com/x.pdf"
    assert remote["widget"]["id"].endswith("-remote")
    _html, _css, _js, asset_dir, css_path, js_path = fake_rustlit.v2_components["streamlit-pdf.pdf_viewer"]
    assert asset_dir.endswith("streamlit_pdf/frontend/build")
    assert js_path.startswith("assets/index-") and js_path.endswith(".js")
    assert css_path.startswith("assets/index-") and css_path.endswith(".css")


def test_without_streamlit_pdf_st_pdf_asks_for_it(monkeypatch):
    from streamlit.elements import pdf

    monkeypatch.setattr(pdf, "_viewer", lambda: None)
    with pytest.raises(st.errors.StreamlitAPIException, match="requires the `streamlit-pdf` component"):
        st.pdf(b"%PDF-1.4")
