"""st.plotly_chart: the figure's JSON, config, theme template, sizes and selections (SPEC-DATA §8)."""

from __future__ import annotations

import json

import fake_rustlit
import pytest

pytest.importorskip("plotly")

from streamlit.elements import plotly_chart as pc


def test_the_figure_and_config_travel_as_json_with_the_streamlit_template(make_app):
    app = make_app("""
        import plotly.graph_objects as go, streamlit as st
        st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[3, 1])), config={"displayModeBar": False})
        st.plotly_chart({"data": [{"type": "scatter", "x": [1], "y": [2]}]}, theme=None, alt=" chart ")
    """)
    assert app.run() == 0
    first, second = app.of("plotly_chart")
    spec = json.loads(first["spec"])
    assert spec["data"][0]["type"] == "bar"
    template = spec["layout"]["template"]
    assert template["layout"]["colorway"] == [f"#0000{n:02d}" for n in range(1, 11)]
    assert template["layout"]["colorscale"]["diverging"][5] == [5 / 9, "#000026"]
    assert json.loads(first["config"]) == {"displayModeBar": False}
    assert first["theme"] == "streamlit" and second["theme"] == ""
    assert second["alt"] == "chart" and first["alt"] is None
    assert json.loads(second["config"]) == {}
    assert first["widget"]["id"] == "" and first["selection_mode"] == []
    # "content" height is the figure's layout height, else plotly.js's 450 px; width stretches.
    assert first["width_config"] is None
    assert first["height_config"] == {"pixel_height": 450}


def test_content_width_and_height_come_from_the_figure_layout(make_app):
    app = make_app("""
        import streamlit as st
        fig = {"data": [{"type": "bar"}], "layout": {"width": 400, "height": 300}}
        st.plotly_chart(fig, width="content")
        st.plotly_chart({"data": [{"type": "bar"}]}, use_container_width=False, height="stretch")
        st.plotly_chart({"data": [{"type": "bar"}]}, width=250, height=120)
    """)
    assert app.run() == 0
    a, b, c = app.of("plotly_chart")
    assert (a["width_config"], a["height_config"]) == ({"pixel_width": 400}, {"pixel_height": 300})
    assert (b["width_config"], b["height_config"]) == ({"pixel_width": 700}, {"use_stretch": True})
    assert (c["width_config"], c["height_config"]) == ({"pixel_width": 250}, {"pixel_height": 120})


def test_selections_make_the_chart_a_widget_with_a_read_only_state(make_app):
    app = make_app("""
        import streamlit as st
        def changed():
            st.session_state.seen = st.session_state.c.selection.point_indices
        ev = st.plotly_chart({"data": [{"type": "scatter", "x": [1, 2], "y": [3, 4]}]}, key="c",
                             on_select=changed, selection_mode=("lasso", "points"))
        st.text(repr((ev.selection.points, ev["selection"]["box"], st.session_state.get("seen"))))
        try:
            ev.selection["points"] = 1
        except TypeError:
            st.text("read-only")
    """)
    assert app.run() == 0
    chart = app.of("plotly_chart")[0]
    wid = chart["widget"]["id"]
    assert wid.endswith("-c")
    assert chart["selection_mode"] == ["lasso", "points"]
    empty = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}
    assert json.loads(chart["widget"]["default"]["string_value"]) == empty
    assert [c["body"] for c in app.of("text")] == ["([], [], None)", "read-only"]
    fake_rustlit.reset()
    point = {"curve_number": 0, "point_number": 1, "point_index": 1, "x": 2, "y": 4}
    value = {"selection": {"points": [point], "point_indices": [1], "box": [], "lasso": []}}
    app.run([(wid, "string", json.dumps(value))])
    assert [c["body"] for c in app.of("text")] == [f"([{point!r}], [], [1])", "read-only"]


def test_invalid_arguments_raise_streamlits_errors(make_app):
    app = make_app("""
        import streamlit as st
        for kwargs in ({"theme": "dark"}, {"on_select": "rerun", "selection_mode": "circle"}, {"width": "wide"},
                       {"on_select": "always"}):
            try:
                st.plotly_chart({"data": [{"type": "bar"}]}, **kwargs)
            except Exception as e:
                st.text(str(e))
    """)
    assert app.run() == 0
    bodies = [c["body"] for c in app.of("text")]
    assert bodies[0] == "Invalid `theme` value. Supported values: 'streamlit', None."
    assert bodies[1] == "Invalid `selection_mode` value. Supported values: 'box', 'lasso', 'points'."
    assert bodies[2].startswith("Invalid width value: 'wide'.")
    assert bodies[3] == "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."


def test_selection_modes_are_checked_and_sorted():
    assert pc.parse_selection_mode("box") == ["box"]
    assert pc.parse_selection_mode(["points", "box", "lasso"]) == ["box", "lasso", "points"]
    with pytest.raises(Exception, match="selection_mode"):
        pc.parse_selection_mode(["points", "circle"])
