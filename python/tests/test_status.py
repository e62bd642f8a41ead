"""st.progress, st.spinner, st.toast, st.metric and st.tabs (against the fake native module)."""

from __future__ import annotations

import pytest

from streamlit.elements.status import metric_color_and_direction, progress_value
from streamlit.errors import StreamlitAPIException


def test_progress_takes_percentages_and_fractions() -> None:
    assert progress_value(40) == 40
    assert progress_value(0.755) == 75
    for bad in (101, -1, 1.5, "50", True):
        with pytest.raises(StreamlitAPIException):
            progress_value(bad)


@pytest.mark.parametrize(
    ("color", "delta", "expected"),
    [
        ("normal", 1.2, ("GREEN", "UP")),
        ("normal", "-8%", ("RED", "DOWN")),
        ("inverse", "-8%", ("GREEN", "DOWN")),
        ("off", 5, ("GRAY", "UP")),
        ("normal", 0, ("GRAY", "NONE")),
        ("normal", "0%", ("GREEN", "UP")),
        ("normal", None, ("GRAY", "NONE")),
        ("blue", -1, ("BLUE", "DOWN")),
    ],
)
def test_metric_colours_follow_the_delta(color: str, delta, expected) -> None:
    assert metric_color_and_direction(color, delta) == expected


def test_status_elements_in_a_run(make_app) -> None:
    app = make_app(
        "import streamlit as st\n"
        "bar = st.progress(10, text='loading')\n"
        "bar.progress(0.5)\n"
        "with st.spinner('busy'):\n    st.text('inside')\n"
        "st.toast('saved', icon='🎉', duration='long')\n"
        "st.metric('Temp', 70, '-1.2 °F', delta_color='inverse')\n"
        "a, b = st.tabs(['A', 'B'], default='B')\n"
        "b.text('in b')\n"
    )
    app.run()
    progress = app.of("progress")
    assert [(c.path, c["value"], c["text"]) for c in progress] == [((0, 0), 10, "loading"), ((0, 0), 50, "")]
    # The spinner takes no place of its own (1.67's transient): the text inside replaces it.
    spinner, = app.of("spinner")
    assert spinner.path == (0, 1)
    assert not app.of("empty")
    toast, = app.of("toast")
    assert (toast.path[0], toast["body"], toast["duration_ms"]) == (2, "saved", 10000)
    metric, = app.of("metric")
    assert (metric["body"], metric["delta"], metric["color"], metric["direction"]) == ("70", "-1.2 °F", "GREEN", "DOWN")
    bar, = app.of("block_tab_container")
    assert bar["default_index"] == 1
    assert [c["label"] for c in app.of("block_tab")] == ["A", "B"]
    assert [c.path for c in app.of("text")] == [(0, 1), (0, 3, 1, 0)]


def test_tabs_that_report_their_selection_show_as_static_tabs(make_app) -> None:
    # on_change/bind are accepted but not applied (streamlit.runtime.unapplied): the tabs still show.
    app = make_app("import streamlit as st\na, = st.tabs(['A'], on_change='rerun', key='t')\na.text('in a')\n")
    app.run()
    assert not app.of("exception")
    bar, = app.of("block_tab_container")
    assert bar["key"] == "t"
    assert [c.path for c in app.of("text")] == [(0, 0, 0, 0)]


def test_metric_sparklines_take_any_sequence_of_numbers(make_app) -> None:
    app = make_app(
        "import pandas as pd\nimport streamlit as st\n"
        "st.metric('a', 1, chart_data=[1, 2.5, '3'])\n"
        "st.metric('b', 1, chart_data=pd.DataFrame({'x': [4, 5], 'y': [0, 0]}), chart_type='bar')\n"
        "st.metric('c', 1, chart_data=(7,), chart_type='area')\n"
        "st.metric('d', 1)\n"
        "st.metric('e', 1, chart_data=['x'])\n"
    )
    app.run()
    metrics = app.of("metric")
    assert [(m["chart_data"], m["chart_type"]) for m in metrics] == [
        ([1.0, 2.5, 3.0], "LINE"), ([4.0, 5.0], "BAR"), ([7.0], "AREA"), ([], "LINE"),
    ]
    error, = app.of("exception")
    assert "Only numeric values are supported for chart data sequence" in error["message"]
