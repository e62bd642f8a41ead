"""bind="query-params": the URL seeds a bound widget, values the widget cannot take leave the URL,
script assignments go to the URL, and st.query_params cannot change a bound parameter (1.67)."""

import fake_rustlit
import pytest

WIDGETS = """
import streamlit as st
dark = st.checkbox("Dark", key="dark", bind="query-params")
level = st.slider("Level", 0, 10, 3, key="level", bind="query-params")
fruit = st.selectbox("Fruit", ["apple", "banana"], key="fruit", bind="query-params")
tags = st.multiselect("Tags", ["x", "y", "z"], key="tags", bind="query-params")
name = st.text_input("Name", key="name", bind="query-params")
st.text(repr((dark, level, fruit, tags, name)))
"""


def _sent(app) -> str | None:
    """The last query string the run told the browser, if any."""
    return fake_rustlit.page_infos[-1] if fake_rustlit.page_infos else None


def test_widgets_start_from_the_url_and_tell_the_page(make_app) -> None:
    app = make_app(WIDGETS)
    assert app.run(query_string="dark=TRUE&level=7&fruit=banana&tags=z&tags=x&name=Ada%20L") == 0
    assert app.bodies() == ["(True, 7, 'banana', ['z', 'x'], 'Ada L')"]
    dark = app.widget("Dark")
    assert dark["set_value"] is True and dark["query_param_key"] == "dark"
    assert app.state["tags"] == ["z", "x"]
    assert _sent(app) is None  # every value was valid and as the widgets write it


@pytest.mark.parametrize(("query", "left"), [
    ("dark=maybe&keep=1", "keep=1"),            # not a boolean
    ("level=abc&keep=1", "keep=1"),             # not a number
    ("fruit=durian&keep=1", "keep=1"),          # not an option
    ("tags=w&keep=1", "keep=1"),                # no known option
    ("dark=&keep=1", "keep=1"),                 # empty, and a checkbox cannot be empty
    ("level=3&keep=1", "keep=1"),               # the default
    ("dark=false&keep=1", "keep=1"),            # the default, in another spelling
])
def test_values_the_widget_cannot_take_or_defaults_leave_the_url(make_app, query, left) -> None:
    app = make_app(WIDGETS)
    assert app.run(query_string=query) == 0
    assert app.bodies() == ["(False, 3, 'apple', [], '')"]
    assert _sent(app) == left


def test_out_of_range_values_leave_and_filtered_lists_are_written_back(make_app) -> None:
    app = make_app(WIDGETS)
    # 1.67's slider takes its default for a value out of range (which then leaves the URL).
    assert app.run(query_string="level=50&tags=x&tags=w&tags=x") == 0
    assert app.bodies() == ["(False, 3, 'apple', ['x'], '')"]
    assert _sent(app) == "tags=x"


def test_an_empty_value_is_kept_for_a_widget_that_can_be_empty(make_app) -> None:
    app = make_app("""
import streamlit as st
st.text(repr(st.text_input("T", "preset", key="t", bind="query-params")))
""")
    assert app.run(query_string="t=") == 0
    assert app.bodies() == ["''"]
    assert _sent(app) is None


def test_the_browsers_value_wins_after_the_first_run(make_app) -> None:
    app = make_app(WIDGETS)
    app.run(query_string="level=7")
    lid = app.widget("Level")["id"]
    assert app.run([(lid, "double_array", [9.0])], query_string="level=9") == 0
    assert app.bodies()[0].startswith("(False, 9,")
    # The page dropped the parameter at the default: the value is the browser's, nothing is sent.
    assert app.run([(lid, "double_array", [3.0])], query_string="") == 0
    assert app.bodies()[0].startswith("(False, 3,")
    assert _sent(app) is None


def test_a_session_state_assignment_goes_to_the_url(make_app) -> None:
    app = make_app("""
import streamlit as st
if st.button("seven"):
    st.session_state.level = 7
if st.button("reset"):
    st.session_state.level = 3
st.slider("Level", 0, 10, 3, key="level", bind="query-params")
""")
    app.run()
    seven, reset = app.widget("seven")["id"], app.widget("reset")["id"]
    lid = app.widget("Level")["id"]
    assert app.run([(seven, "trigger", True), (lid, "double_array", [3.0])]) == 0
    assert _sent(app) == "level=7"
    assert app.run([(reset, "trigger", True), (lid, "double_array", [7.0])], query_string="level=7") == 0
    assert _sent(app) == ""


@pytest.mark.parametrize(("call", "message"), [
    ('st.query_params["level"] = "5"', "Cannot directly set query parameter 'level' - it is bound to a widget."),
    ('st.query_params.update(level="5")', "Cannot directly set query parameter 'level' - it is bound to a widget."),
    ('del st.query_params["level"]', "Cannot directly delete query parameter 'level' - it is bound to a widget."),
    ("st.query_params.clear()", "Cannot clear query parameters - the following are bound to widgets: 'level'."),
])
def test_st_query_params_cannot_change_a_bound_parameter(make_app, call, message) -> None:
    app = make_app(f"""
import streamlit as st
st.slider("Level", 0, 10, 3, key="level", bind="query-params")
st.query_params["free"] = "ok"
try:
    {call}
except Exception as e:
    st.text(f"{{type(e).__name__}}: {{e}}")
st.text(repr(st.query_params.to_dict()))
""")
    assert app.run(query_string="level=5") == 0
    texts = app.bodies()
    assert texts[0].startswith(f"StreamlitAPIException: {message}")
    assert texts[1] == "{'level': '5', 'free': 'ok'}"


def test_a_binding_outlives_the_run_that_made_it(make_app) -> None:
    app = make_app("""
import streamlit as st
try:
    st.query_params["level"] = "1"
except Exception as e:
    st.text(type(e).__name__)
st.slider("Level", 0, 10, 3, key="level", bind="query-params")
""")
    app.run()
    assert app.bodies() == []
    app.run()
    assert app.bodies() == ["StreamlitAPIException"]


@pytest.mark.parametrize(("call", "error", "text"), [
    ('st.checkbox("c", bind="query-params")', "StreamlitMissingRequiredParameterError",
     "When using bind='query-params', the widget must have a unique 'key' parameter specified."),
    ('st.checkbox("c", key="c", bind="url")', "StreamlitValueError", "bind"),
    ('st.checkbox("c", key="embed", bind="query-params")', "StreamlitAPIException",
     "Cannot bind to reserved query parameter 'embed'."),
    ('st.tabs(["A", "A"], key="t", bind="query-params")', "StreamlitValueError",
     "Tab labels must be unique when bind='query-params'."),
])
def test_binding_errors_as_1_67(make_app, call, error, text) -> None:
    app = make_app(f"import streamlit as st\n{call}\n")
    app.run()
    exc, = app.of("exception")
    assert error in exc["type"]
    assert text in exc["message"]


def test_a_widget_that_leaves_the_page_or_stops_binding_takes_its_parameter(make_app) -> None:
    app = make_app("""
import streamlit as st
mode = st.session_state.get("mode", "bound")
if mode == "bound":
    st.checkbox("c", key="c", bind="query-params")
elif mode == "plain":
    st.checkbox("c", key="c")
""")
    app.run(query_string="c=true&x=1")
    app.session.state.new_session["mode"] = "plain"
    assert app.run(query_string="c=true&x=1") == 0
    assert _sent(app) == "x=1"
    app.session.state.new_session["mode"] = "bound"
    app.run(query_string="c=true&x=1")
    fake_rustlit.page_infos.clear()
    app.session.state.new_session["mode"] = "gone"
    assert app.run(query_string="c=true&x=1") == 0
    assert _sent(app) == "x=1"


def test_tabs_and_expanders_bind_their_state(make_app) -> None:
    app = make_app("""
import streamlit as st
st.tabs(["A", "B"], key="tab", bind="query-params")
st.expander("E", key="exp", bind="query-params")
st.text(f"{st.session_state.tab} {st.session_state.exp}")
""")
    assert app.run(query_string="tab=B&exp=true") == 0
    assert app.bodies() == ["B True"]
    tabs, = app.of("block_tab_container")
    assert (tabs["query_param_key"], tabs["default_tab_label"], tabs["default_index"]) == ("tab", "A", 1)
    exp, = app.of("block_expandable")
    assert (exp["query_param_key"], exp["default_expanded"], exp["expanded"]) == ("exp", False, True)
    assert app.run(query_string="tab=Z") == 0
    assert app.bodies() == ["B True"]  # the browser sent no value: the earlier one stays


def test_date_and_time_sliders_read_iso_text_as_1_67_writes_it(make_app) -> None:
    app = make_app("""
import datetime as dt
import streamlit as st
d = st.slider("D", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1), key="d", bind="query-params")
t = st.slider("T", dt.time(8), dt.time(18), dt.time(9), key="t", bind="query-params")
st.text(f"{d} {t}")
""")
    assert app.run(query_string="d=2024-03-05&t=09:30") == 0
    assert app.bodies() == ["2024-03-05 09:30:00"]
    # A value that is neither a number nor ISO text leaves the URL.
    app2 = make_app(app.path.read_text())
    assert app2.run(query_string="d=soon") == 0
    assert app2.bodies() == ["2024-06-01 09:00:00"]
    assert _sent(app2) == ""


def test_pills_and_segmented_control_bind_too(make_app) -> None:
    # st.pills once dropped its `bind` on the way to the shared button-group code.
    app = make_app("""
        import streamlit as st
        size = st.pills("Size", ["S", "M", "L"], key="size", bind="query-params")
        sides = st.segmented_control("Sides", ["L", "R"], selection_mode="multi", key="sides", bind="query-params")
        st.text(repr((size, sides)))
    """)
    assert app.run(query_string="size=M&sides=R") == 0
    assert app.bodies() == ["('M', ['R'])"]
    assert app.widget("Size")["query_param_key"] == "size"
    assert app.widget("Sides")["query_param_key"] == "sides"
