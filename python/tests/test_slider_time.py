"""Date, time and datetime sliders: defaults, the microsecond wire format, time zones."""

DAY = 86_400_000_000


def test_date_time_defaults_and_wire(make_app):
    app = make_app("""
        import datetime as dt
        import streamlit as st
        st.write(repr(st.slider("d", value=dt.date(2024, 5, 17))))
        st.write(repr(st.slider("t", value=dt.time(9, 30))))
        st.write(repr(st.slider("s", dt.datetime(2024, 1, 1, 8), dt.datetime(2024, 1, 1, 18))))
    """)
    app.run()
    d, t, s = app.of("slider")
    may17 = 19_860 * DAY  # 2024-05-17 is day 19860 of the epoch
    assert (d["data_type"], d["default"], d["format"], d["step"]) == ("DATE", [may17], "YYYY-MM-DD", DAY)
    assert (d["min"], d["max"]) == (may17 - 14 * DAY, may17 + 14 * DAY)
    # Times sit on 2000-01-01 (day 10957) and span the whole day in 15 minute steps.
    base = 10_957 * DAY
    assert (t["data_type"], t["format"], t["step"]) == ("TIME", "HH:mm", 15 * 60_000_000)
    assert (t["min"], t["max"], t["default"]) == (base, base + DAY - 1, [base + 9.5 * 3_600_000_000])
    # A span under a day steps by 15 minutes; a missing value is the minimum.
    assert (s["data_type"], s["step"], s["format"]) == ("DATETIME", 15 * 60_000_000, "YYYY-MM-DD")
    assert app.bodies() == [
        "datetime.date(2024, 5, 17)", "datetime.time(9, 30)", "datetime.datetime(2024, 1, 1, 8, 0)",
    ]
    app.run([(d["id"], "double_array", [may17 + 2 * DAY]), (t["id"], "double_array", [base + 3_600_000_000])])
    assert app.bodies()[:2] == ["datetime.date(2024, 5, 19)", "datetime.time(1, 0)"]


def test_time_zone_is_kept_and_ranges_are_tuples(make_app):
    app = make_app("""
        import datetime as dt
        import streamlit as st
        tz = dt.timezone(dt.timedelta(hours=2))
        v = st.slider("z", value=dt.datetime(2024, 1, 1, 12, tzinfo=tz))
        st.write(repr((v.hour, v.utcoffset())))
        st.write(repr(st.slider("r", value=(dt.date(2024, 1, 3), dt.date(2024, 1, 1)))))
    """)
    app.run()
    z, r = app.of("slider")
    # Wall-clock time travels as if it were UTC: 12:00 stays 12:00.
    assert z["default"] == [(19_723 * DAY) + 12 * 3_600_000_000]
    assert app.bodies() == [
        "(12, datetime.timedelta(seconds=7200))",
        "(datetime.date(2024, 1, 1), datetime.date(2024, 1, 3))",
    ]
    assert r["default"] == [19_723 * DAY, 19_725 * DAY]


def test_session_state_sets_a_date_slider(make_app):
    app = make_app("""
        import datetime as dt
        import streamlit as st
        if st.button("later"):
            st.session_state.d = dt.date(2024, 5, 20)
        st.write(repr(st.slider("d", value=dt.date(2024, 5, 17), key="d")))
    """)
    app.run()
    button = app.widget("later")["id"]
    app.run([(button, "trigger", True)])
    d = app.of("slider")[-1]
    assert d["set_value"] is True
    assert d["value"] == [19_863 * DAY]
    assert app.bodies()[-1] == "datetime.date(2024, 5, 20)"
