"""st.session_state: dict and attribute access, and the widget rules."""


def test_mapping_api(make_app):
    app = make_app("""
        import streamlit as st
        ss = st.session_state
        ss.a = 1
        ss["b"] = 2
        ss[3] = "three"
        st.write(str(("a" in ss, "3" in ss, len(ss), sorted(ss.keys()))))
        st.write(str((ss.get("zz", 9), ss.setdefault("c", 4), ss.pop("c"), ss.to_dict())))
        ss.update({"d": 5})
        del ss.a
        del ss["b"]
        st.write(str(sorted(ss.items())))
        try:
            ss.missing
        except AttributeError as e:
            st.write(str(e))
        try:
            ss["missing"]
        except KeyError as e:
            st.write(e.args[0])
        ss.clear()
        st.write(str(len(ss)))
    """)
    app.run()
    b = app.bodies()
    assert b[0] == "(True, True, 3, ['3', 'a', 'b'])"
    assert b[1] == "(9, 4, 4, {'a': 1, 'b': 2, '3': 'three'})"
    assert b[2] == "[('3', 'three'), ('d', 5)]"
    assert b[3].startswith('st.session_state has no attribute "missing". Did you forget to initialize it?')
    assert b[4].startswith('st.session_state has no key "missing". Did you forget to initialize it?')
    assert b[5] == "0"


def test_setting_key_before_widget_sets_value(make_app):
    app = make_app("""
        import streamlit as st
        if st.session_state.get("force"):
            st.session_state.n = 42
        st.write(str(st.number_input("n", key="n")))
    """)
    app.run()
    assert app.widget("n")["set_value"] is False
    app.session.state["force"] = True
    app.run()
    w = app.widget("n")
    assert w["set_value"] is True and w["value"] == 42.0 and w["data_type"] == "FLOAT"  # no typed argument: float
    assert app.bodies()[-1] == "42"


def test_setting_key_after_widget_raises(make_app):
    app = make_app("""
        import streamlit as st
        st.slider("s", key="s")
        st.session_state.s = 5
    """)
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitWidgetAlreadyInstantiatedError"
    assert exc["message"].startswith("`st.session_state['s']` cannot be modified after the widget")


def test_button_value_cannot_be_assigned(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.b = True
        st.button("b", key="b")
    """)
    app.run()
    exc = app.of("exception")[0]
    assert exc["type"] == "streamlit.errors.StreamlitValueAssignmentNotAllowedError"
    assert exc["message"] == (
        "`st.session_state['b']` is read-only and cannot be assigned through session state. "
        "Use a different session state key for values you need to set."
    )


def test_selectbox_set_by_option_object(make_app):
    app = make_app("""
        import streamlit as st
        if "pick" not in st.session_state:
            st.session_state.pick = "c"
        st.write(st.selectbox("x", ["a", "b", "c"], key="pick"))
    """)
    app.run()
    w = app.widget("x")
    assert w["set_value"] and w["value"] == "c" and app.bodies()[-1] == "c"


def test_state_access_is_a_yield_point(make_app):
    import fake_rustlit

    app = make_app("""
        import streamlit as st
        st.session_state.x = 1
        st.text("unreached")
    """)
    fake_rustlit.interrupt_at(1, fake_rustlit.RerunInterrupt)
    assert app.run() == 2
    assert app.calls == []


def test_a_value_the_browser_no_longer_holds_is_sent_back(make_app):
    # The widget leaves the page in a run that ends early (st.stop): the
    # browser forgets its value, the session keeps it, and when the widget
    # comes back the element carries the kept value.
    app = make_app("""
        import streamlit as st
        if st.checkbox("halt"):
            st.stop()
        st.slider("qty", 0, 10, 2, key="qty")
    """)
    app.run()
    halt, qty = app.widget("halt")["id"], app.widget("qty")["id"]
    app.run([(halt, "bool", False), (qty, "double_array", [9.0])])
    assert not app.widget("qty")["set_value"]
    app.run([(halt, "bool", True), (qty, "double_array", [9.0])])
    app.run([(halt, "bool", False)])
    slider = app.widget("qty")
    assert slider["set_value"] and slider["value"] == [9.0]
