"""st.html: what goes to the page, the event container or the component origin."""

import fake_rustlit


def test_bodies_widths_and_where_they_go(make_app, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<b>file</b>")
    app = make_app(f"""
        import streamlit as st
        st.html("<p>x</p>", width="content")
        st.html({str(page)!r})
        st.html("<style>p {{}}</style>")
        st.html("<p>js</p><script>1</script>", unsafe_allow_javascript=True, width=200)
    """)
    app.run()
    first, as_text, style, scripted = app.of("html")
    assert (first["body"], first.fields.get("width_config")) == ("<p>x</p>", {"use_content": True})
    # A path given as a string is not read any more (1.67): its text is the body, with a warning.
    assert as_text["body"] == str(page)
    assert "no longer supported" in app.of("alert")[0]["body"]
    assert style.path[0] == 2 and style["body"] == "<style>p {}</style>"
    assert scripted["body"] == "" and scripted["html_path"].startswith("/html/")
    assert scripted.fields.get("width_config") == {"pixel_width": 200}
    digest = scripted["html_path"].removeprefix("/html/").removesuffix(".html")
    document = fake_rustlit.html_docs[digest]
    assert document.startswith("<p>js</p><script>1</script>") and "rustlitHtmlHeight" in document
