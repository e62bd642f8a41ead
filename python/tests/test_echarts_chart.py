"""st.echarts_chart: spec forms, datasets as Arrow, sizes, errors and selections (SPEC-DATA "echarts")."""

from __future__ import annotations

import json

import fake_rustlit
import pytest

from streamlit.elements import echarts_chart as ec

BAR = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {}, "series": [{"type": "bar", "data": [1, 2]}]}


def test_dict_json_and_pyecharts_like_specs_travel_as_compact_json(make_app):
    app = make_app("""
        import json, streamlit as st
        bar = {"xAxis": {"type": "category", "data": ["A", "B"]}, "yAxis": {},
               "series": [{"type": "bar", "data": [1, 2]}]}
        class Chart:
            width = "640px"
            height = "500px"
            def dump_options(self):
                return json.dumps(bar)
        st.echarts_chart(bar)
        st.echarts_chart(json.dumps(bar), theme=None, renderer="svg", alt=" bars ")
        st.echarts_chart(Chart(), width="content", height="content")
    """)
    assert app.run() == 0
    a, b, c = app.of("echarts_chart")
    compact = json.dumps(BAR, separators=(",", ":"))
    assert a["spec"] == b["spec"] == c["spec"] == compact
    assert (a["theme"], a["renderer"], a["alt"]) == ("streamlit", "CANVAS", None)
    assert (b["theme"], b["renderer"], b["alt"]) == ("", "SVG", "bars")
    assert a["widget"]["id"] == "" and a["datasets"] == []
    # "content": 350 px high; a pyecharts chart's own InitOpts width (its 500px default is ignored).
    assert (a["width_config"], a["height_config"]) == (None, {"pixel_height": 350})
    assert (c["width_config"], c["height_config"]) == ({"pixel_width": 640}, {"pixel_height": 350})


def test_content_width_is_700_and_stretch_height_is_kept(make_app):
    app = make_app("""
        import streamlit as st
        st.echarts_chart({"series": []}, width="content", height="stretch")
        st.echarts_chart({"series": []}, width=300, height=200)
    """)
    assert app.run() == 0
    a, b = app.of("echarts_chart")
    assert (a["width_config"], a["height_config"]) == ({"pixel_width": 700}, {"use_stretch": True})
    assert (b["width_config"], b["height_config"]) == ({"pixel_width": 300}, {"pixel_height": 200})


def test_dataframe_sources_become_named_arrow_datasets():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"product": ["a", "b"], "2015": [1.0, 2.0]})
    spec = {"dataset": [{"source": df}, {"source": df}], "baseOption": {"dataset": {"source": [[1, 2]]}}}
    option, arrow = ec.normalize_spec(spec)
    assert len(arrow) == 1
    name = next(iter(arrow))
    assert option["dataset"] == [{"source": {"name": name}}, {"source": {"name": name}}]
    assert option["baseOption"]["dataset"]["source"] == [[1, 2]]
    # The caller's spec is left as it was.
    assert spec["dataset"][0]["source"] is df


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ('{"tooltip": {"formatter": function (p) { return p; }}}', "contains JavaScript callbacks"),
        ('{"title": {"text": "--x_x--function(){}--x_x--"}}', "contains JavaScript callbacks"),
        ('{"title": ', "could not be parsed as JSON"),
        ({"series": [{"type": "bar3D"}]}, "`bar3D` series, which requires the ECharts GL extension"),
        ({"grid3D": {}}, "`grid3D` component, which requires the ECharts GL extension"),
        ({"series": [{"type": "wordCloud"}]}, "requires the `echarts-wordcloud` extension"),
        ({"series": [{"type": "custom"}]}, "uses a `custom` series"),
        ({"geo": {}}, "uses a map or geo coordinate system"),
        ({"media": {"option": {}}}, "has a `media` value that is not a list"),
        ({"series": [{"data": [float("nan")]}]}, "`series[0].data[0]` is `NaN`. Use `None`"),
        ({"series": [{"data": [print]}]}, "is a `builtin_function_or_method`. Use an ECharts string template"),
    ],
)
def test_1_67_errors_for_specs_it_cannot_draw(spec, message):
    with pytest.raises(Exception, match=None) as info:
        option, _ = ec.normalize_spec(spec)
        ec.serialize_option(option)
    assert message in str(info.value)


def test_argument_errors(make_app):
    app = make_app("""
        import streamlit as st
        for kwargs in ({"theme": "dark"}, {"renderer": "webgl"}, {"on_select": "always"}, {"width": "wide"}):
            try:
                st.echarts_chart({"series": []}, **kwargs)
            except Exception as e:
                st.text(f"{type(e).__name__}: {e}")
        try:
            st.echarts_chart([1, 2])
        except Exception as e:
            st.text(f"{type(e).__name__}: {e}")
        try:
            st.echarts_chart("[1, 2]")
        except Exception as e:
            st.text(f"{type(e).__name__}: {e}")
    """)
    assert app.run() == 0
    texts = [c["body"] for c in app.of("text")]
    assert texts[0] == "StreamlitValueError: Invalid `theme` value. Supported values: 'streamlit', None."
    assert texts[1] == "StreamlitValueError: Invalid `renderer` value. Supported values: 'canvas', 'svg'."
    assert texts[2].startswith("StreamlitValueError: Invalid `on_select` value.")
    assert texts[3].startswith("StreamlitInvalidWidthError")
    assert texts[4] == ("StreamlitInvalidParameterTypeError: Invalid `spec` type. Expected one of: dict, str, "
                        "pyecharts chart. Provided type: list.")
    assert texts[5].endswith("Provided type: list. An ECharts spec must be a JSON object (mapping).")


def test_selections_make_the_chart_a_widget_with_a_read_only_state(make_app):
    app = make_app("""
        import streamlit as st
        def changed():
            st.session_state.seen = st.session_state.c.selection.selected
        ev = st.echarts_chart({"series": [{"type": "bar", "data": [1, 2], "selectedMode": "single"}]},
                              key="c", on_select=changed)
        st.text(repr((ev.selection.selected, ev["selection"]["areas"], st.session_state.get("seen"))))
        try:
            ev.selection["selected"] = 1
        except TypeError:
            st.text("read-only")
    """)
    assert app.run() == 0
    chart = app.of("echarts_chart")[0]
    wid = chart["widget"]["id"]
    assert wid.endswith("-c")
    empty = {"selection": {"selected": [], "areas": []}}
    assert json.loads(chart["widget"]["default"]["string_value"]) == empty
    assert [c["body"] for c in app.of("text")] == ["([], [], None)", "read-only"]
    fake_rustlit.reset()
    group = {"series_index": 0, "series_id": None, "series_name": None, "data_type": "main", "data_indices": [1]}
    app.run([(wid, "string", json.dumps({"selection": {"selected": [group]}}))])
    assert [c["body"] for c in app.of("text")] == [f"([{group!r}], [], [{group!r}])", "read-only"]
