"""st.set_page_config: what each call sends, and 1.67's validation errors."""

import fake_rustlit
import pytest

ZW = "\u200b"


def _configs(make_app, source: str) -> list[dict]:
    app = make_app(source)
    app.run()
    assert not app.of("exception"), app.of("exception")
    return list(fake_rustlit.page_configs)


def _error(make_app, call: str) -> tuple[str, str]:
    app = make_app(f"import streamlit as st\n{call}\n")
    app.run()
    exc = app.of("exception")[-1]
    return exc["type"].rsplit(".", 1)[-1], exc["message"]


def test_each_call_sends_only_the_fields_it_sets(make_app):
    configs = _configs(make_app, """
        import streamlit as st
        st.set_page_config(page_title="One", layout="wide", menu_items={"Get Help": "https://a.example/help"})
        st.write("between")
        st.set_page_config(initial_sidebar_state="collapsed", menu_items={" ABOUT ": "  # Hi\\n  there", "report a bug": None})
        st.set_page_config()
    """)
    unset = {"title": None, "favicon": None, "layout": "LAYOUT_UNSET", "initial_sidebar_state": "SIDEBAR_UNSET",
             "initial_sidebar_width": None, "menu_items": None}
    no_menu = {"hide_get_help": False, "hide_report_a_bug": False, "clear_about": False}
    assert configs == [
        {**unset, "title": "One", "layout": "WIDE",
         "menu_items": {**no_menu, "get_help_url": "https://a.example/help"}},
        {**unset, "initial_sidebar_state": "COLLAPSED",
         "menu_items": {**no_menu, "about_markdown": "# Hi\nthere", "hide_report_a_bug": True}},
        unset,
    ]


def test_sidebar_states_and_an_int_width(make_app):
    configs = _configs(make_app, """
        import streamlit as st
        for state in ["auto", "expanded", "collapsed", "locked", 320]:
            st.set_page_config(initial_sidebar_state=state, layout="centered")
    """)
    assert [(c["initial_sidebar_state"], c["initial_sidebar_width"], c["layout"]) for c in configs] == [
        ("AUTO", None, "CENTERED"), ("EXPANDED", None, "CENTERED"), ("COLLAPSED", None, "CENTERED"),
        ("LOCKED", None, "CENTERED"), ("AUTO", 320, "CENTERED"),
    ]


def test_page_icons(make_app, tmp_path):
    from PIL import Image

    png = tmp_path / "icon.png"
    Image.new("RGB", (4, 4), "red").save(png)
    bmp = tmp_path / "icon.bmp"
    Image.new("RGB", (4, 4), "blue").save(bmp)
    configs = _configs(make_app, f"""
        from pathlib import Path
        from PIL import Image
        import streamlit as st
        st.set_page_config(page_icon="🧊")
        st.set_page_config(page_icon=":material/thumb_up:")
        st.set_page_config(page_icon=":shark:")
        st.set_page_config(page_icon="https://example.com/i.png")
        st.set_page_config(page_icon={str(png)!r})
        st.set_page_config(page_icon=Path({str(bmp)!r}))
        st.set_page_config(page_icon=Image.new("RGB", (2, 2)))
        st.set_page_config(page_icon=open({str(png)!r}, "rb").read())
        st.set_page_config(page_icon="random")
    """)
    favicons = [c["favicon"] for c in configs]
    assert favicons[:4] == ["emoji:🧊", ":material/thumb_up:", ":shark:", "https://example.com/i.png"]
    # Images are stored in the session's media, pinned as the favicon, and the event carries their URL.
    stored = [fake_rustlit.media[url] for url in favicons[4:8]]
    assert [(mime, name) for _, mime, name, _ in stored] == [("image/png", "favicon.png")] * 4
    assert stored[0][0] == png.read_bytes()
    assert stored[1][0].startswith(b"\x89PNG"), "a BMP is converted to PNG"
    assert fake_rustlit.pinned_media["favicon"] == favicons[7]
    assert favicons[8].startswith("emoji:") and len(favicons[8]) > len("emoji:")


@pytest.mark.parametrize(("call", "type_", "message"), [
    ('st.set_page_config(layout="wIde")', "StreamlitValueError",
     "Invalid `layout` value. Supported values: 'centered', 'wide'."),
    ('st.set_page_config(initial_sidebar_state="open")', "StreamlitValueError",
     "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', "
     "a positive integer (width in pixels). Got 'open'."),
    ("st.set_page_config(initial_sidebar_state=0)", "StreamlitValueError",
     "Invalid `initial_sidebar_state` value. Supported values: 'auto', 'expanded', 'collapsed', 'locked', "
     "a positive integer (width in pixels). Got 0."),
    ('st.set_page_config(menu_items={"Help me": "https://x"})', "StreamlitValueError",
     "Invalid `menu_items` value. Supported values: 'Get help', 'Report a bug', 'About'. "
     "`help me` is not a supported menu item key."),
    ('st.set_page_config(menu_items={"Get help": "ftp://x"})', "StreamlitInvalidURLError",
     '"ftp://x" is not a valid URL. You must use a fully qualified domain beginning with '
     '"http://", "https://", or "mailto:".'),
    ('st.set_page_config(menu_items={"report a bug": "example.com"})', "StreamlitInvalidURLError",
     '"example.com" is not a valid URL. You must use a fully qualified domain beginning with '
     '"http://", "https://", or "mailto:".'),
    ('st.set_page_config(page_icon=":material/foo bar:")', "StreamlitAPIException",
     f'The value `":material{ZW}/foo bar:"` is not a valid Material icon. Please use a Material icon shortcode '
     f"like **`:material{ZW}/thumb_up:`**."),
    ('st.set_page_config(page_icon=":materials/home:")', "StreamlitAPIException",
     f'The value `":materials{ZW}/home:"` is not a valid Material icon. Please use a Material icon shortcode '
     f"like **`:material{ZW}/thumb_up:`**."),
    ('st.set_page_config(page_icon=":material:")', "StreamlitAPIException",
     'The value `":material:"` is not a valid Material icon. Please use a Material icon shortcode '
     f"like **`:material{ZW}/thumb_up:`**"),
])
def test_errors_match_streamlit(make_app, call, type_, message):
    assert _error(make_app, call) == (type_, message)


def test_a_failed_call_sends_nothing_and_mailto_is_a_url(make_app):
    configs = _configs(make_app, """
        import streamlit as st
        try:
            st.set_page_config(page_title="no", layout="tall")
        except st.errors.StreamlitAPIException:
            pass
        st.set_page_config(menu_items={"Report a Bug": "mailto:bugs@example.com", "Get help": None, "About": None})
    """)
    assert [c["menu_items"] for c in configs] == [
        {"report_a_bug_url": "mailto:bugs@example.com", "hide_get_help": True, "clear_about": True,
         "hide_report_a_bug": False},
    ]


def test_not_an_image(make_app):
    type_, message = _error(make_app, 'st.set_page_config(page_icon=b"notanimage")')
    assert type_ == "StreamlitAPIException" and "page_icon" in message
