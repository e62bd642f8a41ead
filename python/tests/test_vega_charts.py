"""st.vega_lite_chart and st.altair_chart: spec processing, Arrow datasets, layout and selections
(SPEC-DATA §7)."""

from __future__ import annotations

import json

import fake_rustlit
import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
alt = pytest.importorskip("altair")

from streamlit.elements import vega_charts as vc  # noqa: E402


def decode(data: bytes):
    return pa.ipc.open_stream(data).read_all()


def test_altair_data_becomes_a_named_arrow_dataset_hashed_by_its_bytes(make_app):
    app = make_app("""
        import altair as alt, pandas as pd, streamlit as st
        df = pd.DataFrame({"a": ["x", "y"], "b": [1, 2]})
        st.altair_chart(alt.Chart(df).mark_bar().encode(x="a", y="b"))
    """)
    assert app.run() == 0
    chart = app.of("vega_lite_chart")[0]
    spec = json.loads(chart["spec"])
    [dataset] = chart["datasets"]
    assert dataset["has_name"] is True
    assert dataset["name"] == vc.calc_hash(dataset["data"]["data"])
    assert spec["data"] == {"name": dataset["name"]}
    assert "datasets" not in spec
    assert decode(dataset["data"]["data"]).column_names == ["a", "b"]
    assert spec["autosize"] == {"type": "fit", "contains": "padding"}
    assert chart["theme"] == "streamlit"
    assert chart["widget"]["id"] == ""
    assert chart["width_config"] is None and chart["height_config"] is None


def test_vega_lite_values_move_to_the_data_field_and_layout_follows_the_arguments(make_app):
    app = make_app("""
        import streamlit as st
        st.vega_lite_chart({"data": {"values": [{"x": 1}]}, "mark": "bar"}, width="content", height=120, theme=None)
        st.vega_lite_chart({"hconcat": [{"mark": "bar"}]}, use_container_width=True)
        st.vega_lite_chart({"facet": {"row": {"field": "x"}}, "spec": {"mark": "bar"}})
    """)
    assert app.run() == 0
    first, second, third = app.of("vega_lite_chart")
    assert json.loads(first["spec"]) == {"mark": "bar", "autosize": {"type": "fit", "contains": "padding"}}
    assert decode(first["data"]["data"]).column_names == ["x"]
    assert first["theme"] == ""
    assert first["width_config"] == {"use_content": True}
    assert first["height_config"] == {"pixel_height": 120}
    assert first["use_container_width"] is None
    assert second["use_container_width"] is True and second["width_config"] is None
    assert json.loads(third["spec"])["autosize"] == {"type": "pad", "contains": "padding"}
    assert third["width_config"] == {"use_content": True}


def test_generated_parameter_names_are_renumbered_but_datasets_are_not():
    text = json.dumps({"params": [{"name": "param_7f"}, {"name": "param_3"}], "x": "param_7f",
                       "layer": [{"name": "view_a1_0"}], "datasets": {"d": [{"k": "param_9"}]}})
    out = json.loads(vc.stabilize(text))
    assert [p["name"] for p in out["params"]] == ["param_1", "param_2"]
    assert out["x"] == "param_1"
    assert out["layer"] == [{"name": "view_1"}]
    assert out["datasets"] == {"d": [{"k": "param_9"}]}


def test_selection_parameters_are_found_in_nested_views():
    spec = {"params": [{"name": "a", "select": "point"}, {"name": "v", "value": 1}],
            "layer": [{"params": [{"name": "b", "select": {"type": "interval"}}]}],
            "spec": {"params": [{"name": "c", "select": "point"}]}}
    assert vc.selection_parameters(spec) == {"a", "b", "c"}


def test_selections_make_the_chart_a_widget_with_a_read_only_state(make_app):
    app = make_app("""
        import altair as alt, pandas as pd, streamlit as st
        df = pd.DataFrame({"a": ["x", "y"], "b": [1, 2]})
        def changed():
            st.session_state.seen = st.session_state.c.selection.pick
        chart = alt.Chart(df).mark_point().encode(x="a", y="b").add_params(alt.selection_point(name="pick"))
        ev = st.altair_chart(chart, key="c", on_select=changed)
        st.text(repr((ev.selection.pick, ev["selection"]["pick"], st.session_state.get("seen"))))
        try:
            ev.selection["pick"] = 1
        except TypeError as e:
            st.text("read-only")
    """)
    assert app.run() == 0
    chart = app.of("vega_lite_chart")[0]
    wid = chart["widget"]["id"]
    assert wid.endswith("-c")
    assert chart["selection_mode"] == ["pick"]
    assert json.loads(chart["widget"]["default"]["string_value"]) == {"selection": {"pick": {}}}
    assert [c["body"] for c in app.of("text")] == ["({}, {}, None)", "read-only"]
    fake_rustlit.reset()
    app.run([(wid, "string", json.dumps({"selection": {"pick": [{"a": "y", "b": 2}]}}))])
    expected = "([{'a': 'y', 'b': 2}], [{'a': 'y', 'b': 2}], [{'a': 'y', 'b': 2}])"
    assert [c["body"] for c in app.of("text")] == [expected, "read-only"]


def test_a_selection_chart_refuses_a_session_state_value(make_app):
    app = make_app("""
        import streamlit as st
        st.session_state.c = {"selection": {}}
        st.vega_lite_chart({"mark": "bar", "params": [{"name": "p", "select": "point"}]}, key="c", on_select="rerun")
    """)
    app.run()
    assert app.calls[-1].name == "exception"
    assert app.calls[-1]["type"].endswith("StreamlitValueAssignmentNotAllowedError")


def test_invalid_arguments_raise_streamlits_errors(make_app):
    app = make_app("""
        import streamlit as st
        for kwargs in ({"on_select": "yes"}, {"theme": "dark"}, {"height": "auto"}):
            try:
                st.vega_lite_chart({"mark": "bar"}, **kwargs)
            except Exception as e:
                st.text(str(e))
    """)
    assert app.run() == 0
    bodies = [c["body"] for c in app.of("text")]
    assert bodies[0] == "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function."
    assert bodies[1] == "Invalid `theme` value. Supported values: 'streamlit', None."
    assert bodies[2].startswith("Invalid height value: 'auto'.")


# ------------------------------------------------------------------ built-in charts


def test_line_chart_melts_several_columns_and_layers_a_hover_point(make_app):
    app = make_app("""
        import numpy as np, pandas as pd, streamlit as st
        st.line_chart(pd.DataFrame({"a": [1, 2], "b.c": [3.0, 4.0]}))
        st.line_chart(pd.DataFrame({"v": np.arange(1001)}), x_label="t", width=300)
    """)
    assert app.run() == 0
    first, big = app.of("vega_lite_chart")
    spec = json.loads(first["spec"])
    assert spec["config"] == {"legend": {"symbolType": "stroke"}}
    line, detect, highlight = spec["layer"]
    assert line["mark"] == {"type": "line"}
    assert detect["name"] == "view_2" and detect["mark"] == {"type": "point", "opacity": 0}
    hover, zoom = spec["params"]
    assert hover["views"] == ["view_2"] and hover["select"]["on"] == "mousemove"
    assert zoom == {"name": "param_2", "select": {"type": "interval", "encodings": ["x", "y"]}, "bind": "scales",
                    "views": ["view_1"]}
    assert highlight["mark"] == {"type": "point", "filled": True, "size": 65}
    enc = line["encoding"]
    assert enc["x"]["field"] == "index -- streamlit-generated" and enc["x"]["title"] == ""
    assert enc["y"]["field"] == "value -- streamlit-generated"
    assert enc["color"]["title"] == " "
    [dataset] = first["datasets"]
    table = decode(dataset["data"]["data"])
    assert table.column_names == ["index -- streamlit-generated", "color -- streamlit-generated",
                                  "value -- streamlit-generated"]
    # The aliased column keeps its own name in the legend values.
    assert table.column("color -- streamlit-generated").to_pylist() == ["a", "a", "b.c", "b.c"]
    big_spec = json.loads(big["spec"])
    assert big_spec["params"][0]["select"]["on"] == "mousemove{16}"
    assert big_spec["width"] == 300 and big["width_config"] == {"pixel_width": 300}
    assert big_spec["layer"][0]["encoding"]["x"]["title"] == "t"


def test_bar_and_scatter_encodings(make_app):
    app = make_app("""
        import pandas as pd, streamlit as st
        df = pd.DataFrame({"k": ["p", "q"], "a": [1, 2], "c": [(255, 0, 0), (0, 0, 255)]})
        st.bar_chart(df, x="k", y="a", horizontal=True, sort="-a", stack="layered")
        st.scatter_chart(df, x="k", y="a", color="c", size=40)
    """)
    assert app.run() == 0
    bar, scatter = (json.loads(c["spec"]) for c in app.of("vega_lite_chart"))
    assert bar["encoding"]["y"]["field"] == "k" and bar["encoding"]["y"]["type"] == "ordinal"
    assert bar["encoding"]["y"]["sort"] == {"field": "a", "order": "descending"}
    assert bar["encoding"]["x"]["stack"] is False and bar["encoding"]["x"]["axis"]["grid"] is True
    assert scatter["mark"] == {"type": "circle"}
    assert scatter["encoding"]["size"] == {"value": 40}
    assert scatter["encoding"]["color"]["scale"] == {"range": ["rgb(255, 0, 0)", "rgb(0, 0, 255)"]}
    assert scatter["encoding"]["color"]["legend"] is None
