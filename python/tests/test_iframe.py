"""st.iframe: URLs load as they are; HTML goes to the component origin; other files to the media store."""

import fake_rustlit


def test_sources_and_sizes(make_app, tmp_path):
    (tmp_path / "page.html").write_text("<b>file</b>")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG fake")
    app = make_app(f"""
        from pathlib import Path
        import streamlit as st
        st.iframe("https://example.org", width="content")
        st.iframe("<p>inline</p>", alt=" A page ")
        st.iframe(Path({str(tmp_path / "page.html")!r}), height=300, tab_index=-1)
        st.iframe(Path({str(tmp_path / "pic.png")!r}), height="stretch")
    """)
    app.run()
    url, inline, page, pic = app.of("iframe")
    assert (url["src"], url["html_path"], url.fields.get("width_config")) == ("https://example.org", "", None)
    assert url.fields["height_config"] == {"pixel_height": 400}  # 1.67's height for a URL asked to fit content
    assert inline["src"] == "" and inline["alt"] == "A page"
    assert inline.fields["height_config"] == {"use_content": True}
    document = fake_rustlit.html_docs[inline["html_path"].removeprefix("/html/").removesuffix(".html")]
    assert document.startswith("<p>inline</p>") and "rustlitHtmlHeight" in document
    assert fake_rustlit.html_docs[page["html_path"].removeprefix("/html/").removesuffix(".html")].startswith(
        "<b>file</b>")
    assert (page.fields["height_config"], page["tab_index"]) == ({"pixel_height": 300}, -1)
    data, mime, _name, _attachment = fake_rustlit.media[pic["src"]]
    assert (data, mime, pic.fields["height_config"]) == (b"\x89PNG fake", "image/png", {"use_stretch": True})


def test_bad_sizes_are_refused_as_in_1_67(make_app):
    app = make_app("import streamlit as st\nst.iframe('https://x.org', height=0)\n")
    app.run()
    assert app.of("exception")[0]["type"].endswith("StreamlitInvalidHeightError")
