"""st.download_button: data conversion, names and types, trigger semantics, errors."""

import fake_rustlit


def test_data_kinds_names_and_types(make_app, tmp_path):
    (tmp_path / "table.csv").write_text("a,b\n1,2\n")
    app = make_app(f"""
        import io
        import streamlit as st
        st.download_button("text", "héllo")
        st.download_button("bytes", b"\\x00\\x01", file_name="raw.bin")
        st.download_button("bytesio", io.BytesIO(b"abc"), mime="application/zip")
        st.download_button("stringio", io.StringIO("line"), file_name="l.md")
        with open({str(tmp_path / "table.csv")!r}, "rb") as f:
            st.download_button("file", f)
        st.download_button("lazy", lambda: "made on demand", file_name="lazy.txt")
    """)
    app.run()
    got = [(c["label"], *fake_rustlit.media[c["url"]][:2], c["file_name"]) for c in app.of("download_button")]
    assert got == [
        ("text", "héllo".encode(), "text/plain", "streamlit_download.txt"),
        ("bytes", b"\x00\x01", "application/octet-stream", "raw.bin"),
        ("bytesio", b"abc", "application/zip", "streamlit_download.zip"),
        ("stringio", b"line", "text/plain", "l.md"),
        ("file", b"a,b\n1,2\n", "text/csv", "table.csv"),
        ("lazy", b"made on demand", "text/plain", "lazy.txt"),
    ]


def test_a_click_is_true_once_and_runs_the_callback(make_app):
    app = make_app("""
        import streamlit as st
        def clicked():
            st.session_state.clicks = st.session_state.get("clicks", 0) + 1
        st.write(str(st.download_button("get", "x", on_click=clicked, key="dl")))
        st.write(str(st.session_state.get("clicks", 0)))
        st.download_button("quiet", "y", on_click="ignore")
    """)
    app.run()
    button, quiet = app.of("download_button")
    assert button["id"].endswith("-dl")
    assert (button["ignore_rerun"], quiet["ignore_rerun"]) == (False, True)
    app.run([(button["id"], "trigger", True)])
    assert app.bodies() == ["True", "1"]
    app.run([])
    assert app.bodies() == ["False", "1"]


def test_errors(make_app):
    app = make_app("""
        import streamlit as st
        for label, call in [
            ("bad data", lambda: st.download_button("a", 42)),
            ("bad type", lambda: st.download_button("b", "x", type="huge")),
        ]:
            try:
                call()
            except Exception as e:
                st.write(label, type(e).__name__, str(e))
        with st.form("f"):
            try:
                st.download_button("c", "x")
            except Exception as e:
                st.write("in form", type(e).__name__)
            st.form_submit_button()
    """)
    app.run()
    bodies = app.bodies()
    assert bodies[0].startswith("bad data StreamlitAPIException Invalid binary data format: <class 'int'>")
    assert bodies[1].startswith("bad type StreamlitValueError")
    assert bodies[2] == "in form StreamlitInvalidLayoutContextError"
