"""st.map and st.pydeck_chart: the deck JSON, sizes, tooltips and selections (SPEC-DATA §9)."""

from __future__ import annotations

import json

import fake_rustlit
import pytest

from streamlit.elements import map as mp


def test_map_builds_a_scatterplot_deck_centred_and_zoomed_on_the_data(make_app):
    app = make_app("""
        import pandas as pd, streamlit as st
        st.map(pd.DataFrame({"LAT": [10.0, 12.0], "longitude": [20.0, 21.0], "s": [5, 6]}), size="s", alt=" m ")
        st.map()
    """)
    assert app.run() == 0
    first, empty = app.of("deck_gl_json_chart")
    deck = json.loads(first["json"])
    assert deck["initialViewState"] == {"latitude": 11.0, "longitude": 20.5, "pitch": 0, "zoom": 7}
    layer = deck["layers"][0]
    assert layer["getPosition"] == "@@=[longitude, LAT]" and layer["getRadius"] == "@@=s"
    assert layer["getFillColor"] == "primary" and layer["radiusMinPixels"] == 3
    assert layer["data"] == [{"LAT": 10.0, "longitude": 20.0, "s": 5}, {"LAT": 12.0, "longitude": 21.0, "s": 6}]
    assert first["alt"] == "m" and first["tooltip"] is None and first["selection_mode"] == "NONE"
    assert first["widget"]["id"] == ""
    assert first["height_config"] == {"pixel_height": 500} and first["width_config"] is None
    assert json.loads(empty["json"]) == mp.EMPTY_MAP


def test_map_colours_as_values_or_columns():
    import pandas as pd

    df = pd.DataFrame({"lat": [1.0], "lon": [2.0], "c": ["#10203040"]})
    assert json.loads(mp.map_json(df, None, None, None, "#abc", 3))["layers"][0]["getFillColor"] == [170, 187, 204, 255]
    assert json.loads(mp.map_json(df, None, None, None, (1.0, 0.5, 0), 3))["layers"][0]["getFillColor"] == [255, 127, 0]
    column = json.loads(mp.map_json(df, None, None, None, "c", 3))["layers"][0]
    assert column["getFillColor"] == "@@=c" and column["data"][0]["c"] == [16, 32, 48, 64]
    with pytest.raises(Exception, match="does not look like a valid color"):
        mp.map_json(df, None, None, None, "red", 3)
    with pytest.raises(Exception, match="latitude column named"):
        mp.map_json(pd.DataFrame({"x": [1.0], "lon": [2.0]}), None, None, None, None, None)


def test_pydeck_selection_is_a_widget_returning_the_selection_state(make_app):
    pytest.importorskip("pydeck")
    app = make_app("""
        import pydeck as pdk, streamlit as st
        layer = pdk.Layer("ScatterplotLayer", data=[{"a": 1}], id="L", get_position="[a, a]")
        deck = pdk.Deck(layers=[layer], tooltip={"text": "{a}"})
        ev = st.pydeck_chart(deck, on_select="rerun", selection_mode="multi-object", key="d", height="stretch")
        st.text(repr((ev.selection.indices, ev["selection"]["objects"], st.session_state.d.selection.indices)))
    """)
    assert app.run() == 0
    chart = app.of("deck_gl_json_chart")[0]
    wid = chart["widget"]["id"]
    assert wid.endswith("-d") and chart["selection_mode"] == "MULTI_OBJECT"
    assert json.loads(chart["tooltip"]) == {"text": "{a}"}
    assert json.loads(chart["widget"]["default"]["string_value"]) == {"selection": {"indices": {}, "objects": {}}}
    assert chart["height_config"] == {"use_stretch": True}
    assert [c["body"] for c in app.of("text")] == ["({}, {}, {})"]
    fake_rustlit.reset()
    value = {"selection": {"indices": {"L": [0]}, "objects": {"L": [{"a": 1}]}}}
    app.run([(wid, "string", json.dumps(value))])
    assert [c["body"] for c in app.of("text")] == ["({'L': [0]}, {'L': [{'a': 1}]}, {'L': [0]})"]


def test_selection_mode_is_one_string():
    assert mp.parse_selection_mode("single-object") == "SINGLE_OBJECT"
    with pytest.raises(Exception, match="Selection mode must be a single value"):
        mp.parse_selection_mode(["single-object"])
    with pytest.raises(Exception, match="'multi-object', 'single-object'"):
        mp.parse_selection_mode("circle")
