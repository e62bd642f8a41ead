"""st.logo: an element of the event root, with 1.67's image kinds and checks."""

import fake_rustlit
import pytest


def test_images_icons_and_emoji(make_app, tmp_path):
    from PIL import Image

    Image.new("RGB", (20, 10), (255, 0, 0)).save(tmp_path / "logo.png")
    app = make_app(f"""
        import streamlit as st
        st.logo({str(tmp_path / "logo.png")!r}, link="https://example.org", icon_image=":material/home:", size="LARGE")
        st.logo("https://example.org/logo.svg")
        st.logo("🎈")
    """)
    app.run()
    first, url, emoji = app.of("logo")
    assert first.path[0] == 2 and first["image_type"] == "IMAGE" and first["image"].startswith("media/")
    data, mime, _name, _attachment = fake_rustlit.media[first["image"]]
    assert mime == "image/jpeg" and data  # an RGB image becomes a JPEG ("auto"), as in 1.67
    assert (first["link"], first["icon_image"], first["icon_image_type"], first["size"]) == (
        "https://example.org", ":material/home:", "ICON", "large")
    assert (url["image"], url["image_type"], url["size"]) == ("https://example.org/logo.svg", "IMAGE", "medium")
    assert (emoji["image"], emoji["image_type"]) == ("🎈", "EMOJI")


@pytest.mark.parametrize(("call", "message"), [
    ('st.logo("https://x.org/a.png", link="ftp://x")', '"ftp://x" is not a valid URL'),
    ('st.logo("https://x.org/a.png", size="huge")', "Invalid `size` value"),
    ('st.logo(":material/not a name:")', "The image passed to st.logo is invalid"),
    ('st.logo("https://x.org/a.png", icon_image=42)', "The icon_image passed to st.logo is invalid"),
])
def test_bad_arguments_give_1_67s_errors(make_app, call, message):
    app = make_app(f"import streamlit as st\n{call}\n")
    app.run()
    assert message in app.of("exception")[0]["message"]
