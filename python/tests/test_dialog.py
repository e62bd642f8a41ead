"""@st.dialog: the block in the event root, the content as a fragment, errors, on_dismiss."""

import pytest

DIALOG_APP = """
    import streamlit as st
    st.session_state.setdefault("full", 0)
    st.session_state.full += 1

    @st.dialog("Vote", width="large", icon="🗳️", on_dismiss="rerun")
    def vote(item):
        st.write(f"Why {item}?")
        reason = st.text_input("Because")
        if st.button("Submit"):
            st.session_state.vote = {"item": item, "reason": reason}
            st.rerun()

    if "vote" not in st.session_state:
        if st.button("A"):
            vote("A")
    else:
        st.write(f"You voted for {st.session_state.vote['item']} because {st.session_state.vote['reason']}")
    st.write(f"full runs {st.session_state.full}")
"""


def test_a_dialog_is_a_block_in_the_event_root_with_its_content_as_a_fragment(make_app):
    app = make_app(DIALOG_APP)
    app.run()
    a = app.widget("A")["id"]
    app.run([(a, "trigger", True)])
    (block,) = app.of("block_dialog")
    assert block.path == (2, 0)
    assert block["title"] == "Vote" and block["width"] == "LARGE" and block["is_open"] is True
    assert block["icon"] == "🗳️" and block["dismissible"] is True and block["position"] == "CENTER"
    assert block["id"].startswith("$$ID-")  # on_dismiss="rerun": closing is a trigger
    container = app.of("block_vertical")[0]
    assert container.path == (2, 0, 0) and container.fragment_id
    assert [c["body"] for c in app.of("markdown")][:1] == ["Why A?"]
    # Typing in the dialog reruns only the dialog's fragment.
    field = app.widget("Because")["id"]
    submit = app.widget("Submit")["id"]
    app.run_fragment([container.fragment_id], [(field, "string", "tasty")])
    assert app.scope == [(container.fragment_id, (2, 0, 0))]
    assert app.state["full"] == 2
    # Submitting closes it with st.rerun(): a full run without the dialog.
    assert app.run_fragment([container.fragment_id], [(field, "string", "tasty"), (submit, "trigger", True)]) == 3
    app.run()
    assert app.of("block_dialog") == []
    assert "You voted for A because tasty" in [c["body"] for c in app.of("markdown")]


def test_on_dismiss_ignore_sends_no_id_and_a_callable_is_called_on_dismiss(make_app):
    app = make_app("""
        import streamlit as st

        def dismissed():
            st.session_state.dismissed = True

        @st.dialog("Plain")
        def plain():
            st.write("x")

        @st.dialog("Tracked", on_dismiss=dismissed, dismissible=True, position="left", width=620)
        def tracked():
            st.write("y")

        if st.session_state.get("which") == "tracked":
            tracked()
        else:
            plain()
    """)
    app.run()
    assert app.of("block_dialog")[0]["id"] == ""
    app.session.state["which"] = "tracked"
    app.run()
    block = app.of("block_dialog")[0]
    assert block["position"] == "LEFT" and block["pixel_width"] == 620 and block["width"] == "SMALL"
    app.run([(block["id"], "trigger", True)])
    assert app.state["dismissed"] is True


@pytest.mark.parametrize("source, message", [
    ("""
        @st.dialog("A")
        def a():
            st.write("a")

        @st.dialog("B")
        def b():
            st.write("b")

        a()
        b()
     """, "Only one dialog is allowed to be opened at the same time. Please make sure to not call a "
          "dialog-decorated function more than once in a script run."),
    ("""
        @st.dialog("Inner")
        def inner():
            st.write("i")

        @st.dialog("Outer")
        def outer():
            inner()

        outer()
     """, "Dialogs may not be nested inside other dialogs."),
    ("""
        @st.dialog("W", width="huge")
        def w():
            st.write("w")

        w()
     """, "Invalid `width` value. Supported values: 'small', 'medium', 'large', a positive integer. Got 'huge'."),
    ("""
        @st.dialog("")
        def w():
            st.write("w")
     """, 'The `title` parameter is required. For example: `@st.dialog("Example Title")`.'),
])
def test_dialog_errors_are_streamlits(make_app, source, message):
    import textwrap

    app = make_app("import streamlit as st\n" + textwrap.dedent(source))
    app.run()
    exc = app.of("exception")[-1]
    assert exc["message"] == message


def test_a_dialog_opened_in_a_fragment_run(make_app):
    app = make_app("""
        import streamlit as st

        @st.dialog("Info")
        def info(x):
            st.write(f"opened with {x}")

        @st.fragment
        def opener():
            if st.button("Open"):
                info(42)

        opener()
    """)
    app.run()
    opener_id = app.calls[0].fragment_id
    button = app.widget("Open")["id"]
    app.run_fragment([opener_id], [(button, "trigger", True)])
    assert app.of("exception") == []
    (block,) = app.of("block_dialog")
    assert block.path == (2, 0) and block.fragment_id == opener_id
    container = app.of("block_vertical")[-1]
    assert container.path == (2, 0, 0) and container.fragment_id not in ("", opener_id)
    assert app.of("markdown")[0].path == (2, 0, 0, 0)


def test_a_fragment_run_that_does_not_open_its_dialog_again_closes_it(make_app):
    app = make_app("""
        import streamlit as st

        @st.dialog("Info")
        def info():
            st.write("inside")

        @st.fragment
        def opener():
            if st.button("Open"):
                info()
            st.checkbox("other")

        opener()
    """)
    app.run()
    opener_id = app.calls[0].fragment_id
    button, other = app.widget("Open")["id"], app.widget("other")["id"]
    app.run_fragment([opener_id], [(button, "trigger", True)])
    assert [b["is_open"] for b in app.of("block_dialog")] == [True]
    app.run_fragment([opener_id], [(other, "bool", True)])
    (closed,) = app.of("block_dialog")
    assert closed.path == (2, 0) and closed["is_open"] is False and closed["title"] == "Info"
    app.run_fragment([opener_id], [(other, "bool", False)])
    assert app.of("block_dialog") == []  # closed already: nothing more to say
