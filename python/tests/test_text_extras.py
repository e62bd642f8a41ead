"""st.badge, st.latex, st.space and st.echo: what each writes, and 1.67's errors."""

import pytest


def test_badge_is_markdown_with_the_badge_directive(make_app):
    app = make_app("""
        import streamlit as st
        st.badge("New")
        st.badge("Done", icon=":material/check:", color="green", help="  tip")
        st.badge("a [x] b", icon="🔥 ", color="pink", width=120)
    """)
    assert app.run() == 0
    new, done, odd = app.of("markdown")
    assert (new["body"], new["element_type"], new["help"]) == (":blue-badge[New]", "NATIVE", "")
    assert new["width_config"] == {"use_content": True}
    assert (done["body"], done["help"]) == (":green-badge[:material/check: Done]", "tip")
    # Brackets are escaped; the colour is not checked (1.67 neither).
    assert odd["body"] == ":pink-badge[🔥 a \\[x\\] b]"
    assert odd["width_config"] == {"pixel_width": 120}


@pytest.mark.parametrize(
    ("call", "error"),
    [
        ('st.badge("a", icon="x")', 'The value "x" is not a valid icon. Please use a single emoji'),
        ('st.badge("a", icon=":smile:")', "Emoji shortcodes are not supported."),
        ('st.badge("a", icon=":material/No Way:")', "is not a valid Material icon."),
        ('st.badge("a", icon="https://x.io/a.png")', "looks like a URL. Images are not supported for `icon`."),
        ('st.badge("a", icon=5)', "Invalid `icon` type. Expected one of: str, None. Provided type: int."),
        ("st.badge(5)", "'int' object has no attribute 'replace'"),
        ('st.badge("a", width="wide")', "Invalid width value: 'wide'. Width must be either a positive integer"),
        ('st.latex("x", width=0)', "Invalid width value: 0."),
        ('st.space("huge")', "Invalid `size` value. Supported values: 'stretch', 'xxsmall', 'xsmall', 'small', "
         "'medium', 'large', 'xlarge', 'xxlarge', a positive integer. Got 'huge'."),
        ("st.space(0)", "a positive integer. Got 0."),
        ("st.space(1.5)", "Got 1.5."),
    ],
)
def test_errors_as_in_1_67(make_app, call, error):
    app = make_app(f"""
        import streamlit as st
        try:
            {call}
        except Exception as e:
            st.text(str(e))
    """)
    assert app.run() == 0
    [shown] = app.of("text")
    assert error in shown["body"]


def test_latex_is_display_math_markdown(make_app):
    app = make_app("""
        import streamlit as st
        st.latex(r'''
            \\frac{a}{b}
            ''', help="h")
        st.latex(42, width="content")
    """)
    assert app.run() == 0
    frac, num = app.of("markdown")
    assert (frac["body"], frac["element_type"], frac["help"]) == ("$$\n\\frac{a}{b}\n$$", "LATEX", "h")
    assert frac["width_config"] is None  # "stretch", the default
    assert (num["body"], num["width_config"]) == ("$$\n42\n$$", {"use_content": True})


def test_space_sizes(make_app):
    app = make_app("""
        import streamlit as st
        st.space()
        st.space("xxlarge")
        st.space("stretch")
        st.space(30)
        st.sidebar.space(size="medium")
    """)
    assert app.run() == 0
    sizes = [(c.path, {k: v for k, v in c.fields.items() if v is not None}) for c in app.of("space")]
    assert sizes == [
        ((0, 0), {"rem": 0.75}), ((0, 1), {"rem": 8.0}), ((0, 2), {"stretch": True}), ((0, 3), {"pixels": 30}),
        ((1, 0), {"rem": 2.5}),
    ]


def test_echo_shows_the_block_above_then_runs_it(make_app):
    app = make_app("""
        import streamlit as st

        with st.echo():
            @st.cache_data
            def double(x):
                # twice
                return 2 * x
            st.write(double(4))

        with st.echo(code_location="below"):
            st.text("ran")
    """)
    assert app.run() == 0
    # The cached function's spinner (shown where the next element goes, then cleared with an empty)
    # is not part of the echo's layout.
    spinners = {c.path for c in app.calls if c.name == "spinner" and c.fields.get("cache")}
    names = [(c.name, c.path) for c in app.calls if not (c.name in ("spinner", "empty") and c.path in spinners)]
    assert names == [("empty", (0, 0)), ("markdown", (0, 1)), ("code", (0, 0)), ("text", (0, 2)), ("code", (0, 3))]
    first, second = app.of("code")
    assert first["code_text"] == "@st.cache_data\ndef double(x):\n    # twice\n    return 2 * x\nst.write(double(4))"
    assert first["language"] == "python"
    assert second["code_text"] == 'st.text("ran")'


def test_echo_block_that_raises_shows_no_code(make_app):
    app = make_app("""
        import streamlit as st
        with st.echo():
            raise ValueError("boom")
    """)
    app.run()
    assert [c.name for c in app.calls] == ["empty", "exception"]


def test_echo_on_one_line_fails_as_in_1_67(make_app):
    app = make_app("""
        import streamlit as st
        with st.echo(): st.text("x")
    """)
    app.run()
    [exc] = app.of("exception")
    assert (exc["type"], exc["message"]) == ("AttributeError", "'Expr' object has no attribute 'body'")


def test_dg_has_no_echo(make_app):
    app = make_app("""
        import streamlit as st
        try:
            st.sidebar.echo()
        except st.errors.StreamlitAPIException as e:
            st.text(str(e))
    """)
    app.run()
    assert app.of("text")[0]["body"] == "Method `echo()` does not exist for `st.sidebar`. Did you mean `st.echo()`?"
