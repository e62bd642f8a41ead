"""st.user, st.login and st.logout over what the server hands the run (the fake's `user`)."""

import json

import fake_rustlit
import pytest

from streamlit.runtime.secrets import secrets


@pytest.fixture
def auth_secrets(tmp_path):
    def write(text: str) -> None:
        path = tmp_path / "secrets.toml"
        path.write_text(text)
        secrets.configure([str(path)])

    yield write
    secrets.configure([])


FULL = """
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "0123456789abcdef0123"
client_id = "a"
client_secret = "b"
server_metadata_url = "https://idp.example/.well-known/openid-configuration"
"""


def test_logged_out_user_is_empty_without_auth_and_not_logged_in_with_it(make_app, auth_secrets):
    app = make_app("""
        import streamlit as st
        st.text(f"{st.user.to_dict()} {len(st.user)} {'is_logged_in' in st.user}")
    """)
    secrets.configure([])
    app.run()
    assert [c["body"] for c in app.of("text")] == ["{} 0 False"]
    auth_secrets("[other]\nx = 1\n")
    app.run()
    assert [c["body"] for c in app.of("text")] == ["{} 0 False"]
    auth_secrets(FULL)
    app.run()
    assert [c["body"] for c in app.of("text")] == ["{'is_logged_in': False} 1 True"]


def test_claims_by_attribute_and_key_and_tokens(make_app, auth_secrets):
    auth_secrets(FULL)
    app = make_app("""
        import streamlit as st
        st.text(f"{st.user.is_logged_in} {st.user.email} {st.user['name']} {st.user.provider}")
        st.text(f"{st.user.tokens.id} {st.user.tokens['id']} {st.user.tokens.to_dict()} {st.user['tokens'].to_dict()}")
        try:
            st.user.tokens.access
        except AttributeError as e:
            st.text(str(e))
        try:
            st.user.nope
        except AttributeError as e:
            st.text(str(e))
        try:
            st.user["nope"]
        except KeyError as e:
            st.text(str(e))
        try:
            st.user.email = "x"
        except st.errors.StreamlitAPIException as e:
            st.text(str(e))
    """)
    fake_rustlit.user = json.dumps({"is_logged_in": True, "email": "a@b.c", "name": "A",
                                    "provider": "default", "tokens": {"id": "idt"}})
    app.run()
    assert [c["body"] for c in app.of("text")] == [
        "True a@b.c A default",
        "idt idt {'id': 'idt'} {'id': 'idt'}",
        'Token "access" is not exposed or does not exist.',
        'st.user has no attribute "nope".',
        "'st.user has no key \"nope\".'",
        "st.user cannot be modified",
    ]


def test_login_sends_the_page_to_the_servers_login_url(make_app, auth_secrets):
    auth_secrets(FULL)
    app = make_app("""
        import streamlit as st
        st.login()
    """)
    fake_rustlit.login_urls["default"] = "/auth/login?provider=sealed"
    app.run()
    [redirect] = app.of("auth_redirect")
    assert redirect["url"] == "/auth/login?provider=sealed"


def test_logout_forgets_the_user_and_goes_to_the_logout_route(make_app, auth_secrets):
    auth_secrets(FULL)
    app = make_app("""
        import streamlit as st
        st.logout()
        st.text(f"{st.user.is_logged_in}")
    """)
    fake_rustlit.user = json.dumps({"is_logged_in": True, "email": "a@b.c"})
    app.run()
    assert not app.of("exception"), app.of("exception")
    assert app.of("auth_redirect")[0]["url"] == "/auth/logout"
    assert fake_rustlit.logged_out == [True]
    assert [c["body"] for c in app.of("text")] == ["False"]


@pytest.mark.parametrize(("secrets_text", "provider", "message"), [
    (None, None, "configure credentials for at"),
    ("[other]\nx = 1\n", None, "configure credentials for at"),
    ("[auth]\ncookie_secret = 'x'\n", None, 'missing the\n            "redirect_uri" key'),
    ("[auth]\nredirect_uri = 'x'\n", None, 'missing the\n            "cookie_secret" key'),
    ("[auth]\nredirect_uri = 'x'\ncookie_secret = 'y'\nclient_id = 'a'\n", None,
     "default authentication provider are missing the following keys: ['client_secret', 'server_metadata_url']"),
    (FULL, "corp", 'missing for the authentication provider "corp"'),
    (FULL, "my_idp", 'Auth provider name "my_idp" contains an underscore'),
])
def test_login_raises_1_67s_errors_for_incomplete_auth(make_app, auth_secrets, secrets_text, provider, message):
    if secrets_text is None:
        secrets.configure([])
    else:
        auth_secrets(secrets_text)
    app = make_app(f"""
        import streamlit as st
        st.login({provider!r})
    """)
    app.run()
    [exc] = app.of("exception")
    assert exc["type"] == "streamlit.errors.StreamlitAuthError"
    assert message in exc["message"]
