"""Return codes, exceptions, compile errors, interrupts, st.stop and st.rerun."""

import sys

import fake_rustlit


def test_uncaught_exception_renders_at_the_main_cursor(make_app):
    # Streamlit 1.67 renders it after the `with` blocks have exited: in the
    # main area, after the expander, not inside it.
    app = make_app("""
        import streamlit as st
        st.text("before")
        with st.sidebar:
            with st.expander("e"):
                1 / 0
    """)
    assert app.run() == 4  # finished early
    exc = app.calls[-1]
    assert exc.name == "exception" and exc.path == (0, 1)
    assert exc["type"] == "ZeroDivisionError" and exc["message"] == "division by zero"
    assert any("1 / 0" in line for line in exc["stack_trace"])
    assert not any("streamlit" in line and "entry.py" in line for line in exc["stack_trace"])


def test_uncaught_exception_type_is_qualified(make_app):
    app = make_app("""
        import streamlit as st
        class BoomError(Exception):
            pass
        st.exception(BoomError("shown"))
        raise BoomError("uncaught")
    """)
    app.run()
    shown, uncaught = app.of("exception")
    assert shown["type"] == "BoomError"
    assert uncaught["type"] == "__main__.BoomError"


def test_api_exception_hides_streamlit_frames(make_app):
    app = make_app("""
        import streamlit as st
        st.checkbox("x", label_visibility="nope")
    """)
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitValueError" and exc["message_is_markdown"]
    assert exc["message"] == (
        "Invalid `label_visibility` value. Supported values: 'visible', 'hidden', 'collapsed'."
    )
    assert len(exc["stack_trace"]) == 1 and "app.py" in exc["stack_trace"][0]


def test_syntax_error_is_a_compile_error(make_app):
    app = make_app("x = (1,\nprint('hi'\n")
    assert app.run() == 1
    type_, message, _ = fake_rustlit.compile_errors[-1]
    assert type_ == "SyntaxError"
    assert message.startswith('File "') and "line" in message and "SyntaxError:" in message
    assert app.calls == []


def test_main_module_and_argv(make_app):
    app = make_app("""
        import sys
        import streamlit as st
        if __name__ == "__main__":
            st.text(sys.argv[0].endswith("app.py"))
            st.text(__file__.endswith("app.py"))
            st.text(sys.modules["__main__"].__dict__ is globals())
    """)
    app.run()
    assert app.bodies() == ["True", "True", "True"]
    assert str(app.path.parent) in sys.path


def test_stop_and_rerun_codes(make_app):
    app = make_app("""
        import streamlit as st
        st.text("a")
        if "n" not in st.session_state:
            st.session_state.n = 0
        st.session_state.n += 1
        if st.session_state.n == 1:
            st.rerun()
        st.stop()
        st.text("never")
    """)
    assert app.run() == 3
    assert app.run(None) == 4  # st.stop(): finished early
    assert app.bodies() == ["a"]


def test_interrupt_returns_2_without_cleanup(make_app):
    app = make_app("""
        import streamlit as st
        if st.checkbox("c"):
            st.text("on")
        st.text("end")
    """)
    app.run()
    cid = app.widget("c")["id"]
    app.run([(cid, "bool", True)])
    fake_rustlit.interrupt_at(1, fake_rustlit.RerunInterrupt)
    assert app.run([(cid, "bool", True)]) == 2
    # The widget's state survived the interrupted run.
    assert app.session.state[cid] is True


def test_stop_interrupt_finishes_early(make_app):
    app = make_app("""
        import streamlit as st
        st.text("a")
        st.text("b")
    """)
    fake_rustlit.interrupt_at(2, fake_rustlit.StopInterrupt)
    assert app.run() == 4
    assert app.bodies() == ["a"]
