"""st.datetime_input: values and bounds, the wire form, session state, the URL, and 1.67's errors."""

from __future__ import annotations

import pytest


def test_the_value_bounds_and_the_browser_value(make_app) -> None:
    app = make_app("""
        import datetime as dt
        import streamlit as st
        v = st.datetime_input("When", dt.datetime(2024, 5, 17, 14, 30, 45), key="w", step=300, format="DD.MM.YYYY")
        st.write(repr(v))
    """)
    assert app.run() == 0
    el = app.of("date_time_input")[0]
    assert el["widget"]["default"] == {"string_array_value": {"data": ["2024-05-17T14:30"]}}
    assert el["min"] == "2014-05-17T00:00" and el["max"] == "2034-05-17T23:59"
    assert el["step"] == 300 and el["format"] == "DD.MM.YYYY" and el["required"] is False
    assert app.bodies() == ["datetime.datetime(2024, 5, 17, 14, 30)"]
    wid = el["widget"]["id"]
    assert app.run([(wid, "string_array", ["2025-01-02T03:04"])]) == 0
    assert app.bodies() == ["datetime.datetime(2025, 1, 2, 3, 4)"]
    assert app.state["w"].isoformat() == "2025-01-02T03:04:00"
    # Out of the bounds or unreadable: the default.
    assert app.run([(wid, "string_array", ["2040-01-01T00:00"])]) == 0
    assert app.bodies() == ["datetime.datetime(2024, 5, 17, 14, 30)"]


def test_dates_times_and_strings_take_the_fallbacks(make_app) -> None:
    app = make_app("""
        import datetime as dt
        import streamlit as st
        st.write(repr(st.datetime_input("d", dt.date(2024, 1, 2))))
        st.write(repr(st.datetime_input("s", "2024-03-04 05:06")))
        st.write(repr(st.datetime_input("m", dt.datetime(2024, 1, 1, 12), min_value=dt.date(2024, 1, 1),
                                         max_value=dt.date(2024, 1, 3))))
        st.write(repr(st.datetime_input("n", None)))
    """)
    assert app.run() == 0
    assert app.bodies() == [
        "datetime.datetime(2024, 1, 2, 0, 0)", "datetime.datetime(2024, 3, 4, 5, 6)",
        "datetime.datetime(2024, 1, 1, 12, 0)", "None",
    ]
    m = app.of("date_time_input")[2]
    assert (m["min"], m["max"]) == ("2024-01-01T00:00", "2024-01-03T23:59")
    assert app.of("date_time_input")[3]["widget"]["default"] == {"string_array_value": {"data": []}}


def test_session_state_sets_the_value_and_none_empties_it(make_app) -> None:
    app = make_app("""
        import datetime as dt
        import streamlit as st
        if st.button("set"):
            st.session_state.k = dt.datetime(2020, 2, 2, 2, 2)
        if st.button("clear"):
            st.session_state.k = None
        st.write(repr(st.datetime_input("k", dt.datetime(2024, 1, 1), key="k")))
    """)
    assert app.run() == 0
    set_id, clear_id = (b["widget"]["id"] for b in app.of("button"))
    assert app.run([(set_id, "trigger", True)]) == 0
    el = app.of("date_time_input")[0]
    assert el["widget"]["set_value"] is True
    assert el["widget"]["value"] == {"string_array_value": {"data": ["2020-02-02T02:02"]}}
    assert app.bodies() == ["datetime.datetime(2020, 2, 2, 2, 2)"]
    assert app.run([(clear_id, "trigger", True)]) == 0
    assert app.bodies() == ["None"]
    assert app.of("date_time_input")[0]["widget"]["default"] == {"string_array_value": {"data": []}}


def test_a_value_outside_new_explicit_bounds_goes_back_to_the_default(make_app) -> None:
    app = make_app("""
        import datetime as dt
        import streamlit as st
        lo = dt.datetime(2024, 1, 1) if st.checkbox("narrow") else None
        st.write(repr(st.datetime_input("x", dt.datetime(2024, 6, 1), min_value=lo, key="x")))
    """)
    assert app.run() == 0
    box = app.of("checkbox")[0]["widget"]["id"]
    wid = app.of("date_time_input")[0]["widget"]["id"]
    assert app.run([(wid, "string_array", ["2020-01-01T10:00"])]) == 0
    assert app.bodies() == ["datetime.datetime(2020, 1, 1, 10, 0)"]
    assert app.run([(wid, "string_array", ["2020-01-01T10:00"]), (box, "bool", True)]) == 0
    assert app.bodies() == ["datetime.datetime(2024, 6, 1, 0, 0)"]


def test_a_bound_datetime_starts_from_the_url(make_app) -> None:
    script = """
        import datetime as dt
        import streamlit as st
        st.write(repr(st.datetime_input("t", dt.datetime(2024, 1, 1), key="t", bind="query-params")))
    """
    app = make_app(script)
    assert app.run(query_string="t=2024-02-03T04:05") == 0
    assert app.bodies() == ["datetime.datetime(2024, 2, 3, 4, 5)"]
    assert app.of("date_time_input")[0]["widget"]["query_param_key"] == "t"
    fresh = make_app(script)
    assert fresh.run(query_string="t=garbage") == 0
    assert fresh.bodies() == ["datetime.datetime(2024, 1, 1, 0, 0)"]


def test_required_ignore_and_width(make_app) -> None:
    app = make_app("""
        import streamlit as st
        st.datetime_input("r", required=True, on_change="ignore", width=300, disabled=True)
    """)
    assert app.run() == 0
    el = app.of("date_time_input")[0]
    assert el["required"] is True and el["ignore_rerun"] is True and el["widget"]["disabled"] is True
    assert el["width_config"] == {"pixel_width": 300}


# The messages are Streamlit 1.67's for the same calls.
@pytest.mark.parametrize(
    ("call", "message"),
    [
        ('st.datetime_input("a", step=30)',
         "The `step` parameter, set to 30 seconds, is outside the required range [60 seconds, 23 hours]."),
        ('st.datetime_input("a", step=dt.timedelta(hours=24))',
         "The `step` parameter, set to 86400 seconds, is outside the required range [60 seconds, 23 hours]."),
        ('st.datetime_input("a", step=1.5)',
         "Invalid `step` type. Expected one of: int, timedelta. Provided type: float."),
        ('st.datetime_input("a", step=True)',
         "Invalid `step` type. Expected one of: int, timedelta. Provided type: bool."),
        ('st.datetime_input("a", format="YY/MM/DD")',
         "Invalid `format` value. Supported values: 'YYYY/MM/DD', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY.MM.DD', "
         "'DD.MM.YYYY', 'MM.DD.YYYY', 'YYYY-MM-DD', 'DD-MM-YYYY', 'MM-DD-YYYY'. Provided value: 'YY/MM/DD'."),
        ('st.datetime_input("a", format=3)', "Invalid `format` type. Expected one of: str. Provided type: int."),
        ('st.datetime_input("a", value="garbage")',
         'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: str.'),
        ('st.datetime_input("a", min_value=3)',
         'Invalid `value` type. Expected one of: datetime, date, time, ISO string, "now". Provided type: int.'),
        ('st.datetime_input("a", dt.datetime(2024,1,1), min_value=dt.datetime(2024,2,1))',
         "The `value` 2024-01-01 00:00:00 is less than the `min_value` 2024-02-01 00:00:00."),
        ('st.datetime_input("a", dt.datetime(2024,3,1), max_value=dt.datetime(2024,2,1))',
         "The `value` 2024-03-01 00:00:00 is greater than the `max_value` 2024-02-01 00:00:00."),
        ('st.datetime_input("a", None, min_value=dt.datetime(2024,3,1), max_value=dt.datetime(2024,2,1))',
         "The `min_value`, set to 2024-03-01 00:00:00, cannot be greater than the `max_value`, set to "
         "2024-02-01 00:00:00."),
        ('st.datetime_input("a", on_change="bogus")',
         "Invalid `on_change` value. Supported values: 'rerun', 'ignore', a callback function."),
        ('st.datetime_input("a", width="content")',
         "Invalid width value: 'content'. Width must be either a positive integer (pixels) or 'stretch'."),
        ('st.datetime_input("a", bind="query-params")', "The `key` parameter is required."),
        ('st.datetime_input("a", key="k"); st.datetime_input("b", key="k")',
         "There are multiple elements with the same `key='k'`."),
        ('st.datetime_input("a", step=30, key="k"); st.datetime_input("a", step=30, key="k")',
         "The `step` parameter, set to 30 seconds"),
    ],
)
def test_bad_arguments_fail_as_in_streamlit(make_app, call, message) -> None:
    app = make_app(f"""
        import datetime as dt
        import streamlit as st
        {call}
    """)
    app.run()
    assert message in app.of("exception")[0]["message"]
