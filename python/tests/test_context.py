"""st.context over what the server hands the run (the fake's `client`)."""

import re

import fake_rustlit
import pytest


def test_context_reads_the_viewer_of_the_run(make_app):
    app = make_app("""
        import streamlit as st
        c = st.context
        st.text(f"agent={c.headers['user-agent']} langs={c.headers.get_all('Accept-Language')}")
        st.text(f"cookies={c.cookies.to_dict()}")
        st.text(f"ip={c.ip_address} tz={c.timezone} off={c.timezone_offset} locale={c.locale}")
        st.text(f"url={c.url} embedded={c.is_embedded} theme={c.theme.type} {c['theme']['type']}")
        st.text(f"has={'locale' in c} {'nope' in c}")
    """)
    fake_rustlit.client = {
        "headers": [("user-agent", "probe/1"), ("accept-language", "fr"), ("accept-language", "en"),
                    ("cookie", 'a=1; bad cookie; b="two"'), ("cookie", "c=3")],
        "ip": "10.1.2.3", "timezone": "Europe/Oslo", "timezone_offset": -60, "locale": "nb-NO",
        "url": "http://app.example/page", "is_embedded": False, "color_scheme": "dark",
    }
    app.run()
    assert [c["body"] for c in app.of("text")] == [
        "agent=probe/1 langs=['fr', 'en']",
        "cookies={'a': '1', 'b': 'two', 'c': '3'}",
        "ip=10.1.2.3 tz=Europe/Oslo off=-60 locale=nb-NO",
        "url=http://app.example/page embedded=False theme=dark dark",
        "has=True False",
    ]


def test_loopback_and_no_browser_info_read_as_none(make_app):
    app = make_app("""
        import streamlit as st
        st.text(f"{st.context.ip_address} {st.context.timezone} {st.context.theme.type} {len(st.context.cookies)}")
    """)
    fake_rustlit.client = {"headers": [], "ip": "127.0.0.1", "timezone": None, "timezone_offset": None,
                           "locale": None, "url": None, "is_embedded": None, "color_scheme": None}
    app.run()
    assert [c["body"] for c in app.of("text")] == ["None None None 0"]


def test_an_unknown_key_is_streamlits_key_error():
    import streamlit as st

    with pytest.raises(KeyError, match=re.escape('st.context has no key "nope". Valid keys are: cookies, headers')):
        st.context["nope"]
