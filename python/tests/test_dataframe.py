"""Dataframes: conversion to Arrow (streamlit.dataframe_util), st.dataframe, st.table,
st.column_config and st.write of tables."""

from __future__ import annotations

import json
import sys

import fake_rustlit
import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")

from streamlit import column_config as cc  # noqa: E402
from streamlit import dataframe_util as du  # noqa: E402
from streamlit.dataframe_util import DataFormat  # noqa: E402
from streamlit.errors import StreamlitAPIException, StreamlitDataframeConversionError  # noqa: E402


def decode(data: bytes):
    return pa.ipc.open_stream(data).read_all()


def pandas_meta(table) -> dict:
    return json.loads(table.schema.metadata[b"pandas"])


# ------------------------------------------------------------------ formats


@pytest.mark.parametrize(("value", "fmt"), [
    (None, DataFormat.EMPTY),
    (pd.DataFrame({"a": [1]}), DataFormat.PANDAS_DATAFRAME),
    (np.array([1, 2]), DataFormat.NUMPY_LIST),
    (np.array([[1, 2]]), DataFormat.NUMPY_MATRIX),
    (pa.table({"a": [1]}), DataFormat.PYARROW_TABLE),
    (pa.array([1]), DataFormat.PYARROW_ARRAY),
    (pd.Series([1]), DataFormat.PANDAS_SERIES),
    (pd.Index([1]), DataFormat.PANDAS_INDEX),
    (pd.DataFrame({"a": [1]}).style, DataFormat.PANDAS_STYLER),
    (pd.array([1, 2]), DataFormat.PANDAS_ARRAY),
    ([1, 2], DataFormat.LIST_OF_VALUES),
    ((1, 2), DataFormat.TUPLE_OF_VALUES),
    ({1, 2}, DataFormat.SET_OF_VALUES),
    ([{"a": 1}], DataFormat.LIST_OF_RECORDS),
    ([[1, 2], [3, 4]], DataFormat.LIST_OF_ROWS),
    ({"a": {"x": 1}}, DataFormat.COLUMN_INDEX_MAPPING),
    ({"a": [1, 2]}, DataFormat.COLUMN_VALUE_MAPPING),
    ({"a": pd.Series([1])}, DataFormat.COLUMN_SERIES_MAPPING),
    ({"a": 1}, DataFormat.KEY_VALUE_DICT),
    ({}, DataFormat.KEY_VALUE_DICT),
    ({"a": 1}.items(), DataFormat.LIST_OF_ROWS),
    ("text", DataFormat.UNKNOWN),
    (42, DataFormat.UNKNOWN),
])
def test_determine_data_format(value, fmt):
    assert du.determine_data_format(value) is fmt


def test_dataframe_like():
    assert du.is_dataframe_like(pd.DataFrame())
    assert du.is_dataframe_like(np.array([1]))
    assert not du.is_dataframe_like([1, 2])
    assert not du.is_dataframe_like((1, 2))
    assert not du.is_dataframe_like("abc")


# ------------------------------------------------------------------ to pandas


def test_conversions_to_pandas():
    assert list(du.convert_anything_to_pandas_df([1, 2]).columns) == ["value"]
    assert list(du.convert_anything_to_pandas_df(pd.Series([1, 2])).columns) == [0]  # not renamed
    kv = du.convert_anything_to_pandas_df({"k1": 1, "k2": "two"})
    assert list(kv.index) == ["k1", "k2"] and list(kv.columns) == ["value"]
    assert du.convert_anything_to_pandas_df(np.array(5)).empty
    assert du.convert_anything_to_pandas_df(pa.table({"a": [1, 2]}))["a"].tolist() == [1, 2]
    assert du.convert_anything_to_pandas_df({"a": [1, 2], "b": [3, 4]}).shape == (2, 2)
    styler = pd.DataFrame({"a": [1]}).style
    assert du.convert_anything_to_pandas_df(styler) is styler.data


def test_unconvertible_object_raises_streamlit_error():
    class Thing:
        def __str__(self) -> str:
            return "a thing"

    with pytest.raises(StreamlitDataframeConversionError) as e:
        du.convert_anything_to_pandas_df(Thing())
    assert str(e.value).startswith("\nUnable to convert object of type `<class")
    assert "to `pandas.DataFrame`.\nOffending object:\n```py\na thing\n```" in str(e.value)


def test_convert_anything_to_list():
    assert du.convert_anything_to_list(None) == []
    assert du.convert_anything_to_list("a") == ["a"]
    assert du.convert_anything_to_list({"a": 1, "b": 2}) == ["a", "b"]
    assert du.convert_anything_to_list(pd.DataFrame({"x": [1, 2], "y": [3, 4]})) == [1, 2]
    assert du.convert_anything_to_list((1, 2)) == [1, 2]


# ------------------------------------------------------------------ to Arrow


def test_range_index_travels_as_metadata_only():
    table = decode(du.convert_pandas_df_to_arrow_bytes(pd.DataFrame({"a": [1, 2, 3]})))
    assert table.column_names == ["a"]
    assert pandas_meta(table)["index_columns"] == [{"kind": "range", "name": None, "start": 0, "stop": 3, "step": 1}]


def test_other_index_is_appended_after_the_data():
    df = pd.DataFrame({"a": [1, 2]}, index=pd.Index(["x", "y"], name="key"))
    table = decode(du.convert_pandas_df_to_arrow_bytes(df))
    assert table.column_names == ["a", "key"]
    unnamed = decode(du.convert_pandas_df_to_arrow_bytes(pd.DataFrame({"a": [1]}, index=["i"])))
    assert unnamed.column_names == ["a", "__index_level_0__"]


def test_incompatible_columns_are_fixed():
    df = pd.DataFrame({"mixed": [1, "two", 3.0], "c": [1 + 2j, 3j, 0j], "ok": [1, 2, 3]})
    table = decode(du.convert_pandas_df_to_arrow_bytes(df))
    assert pa.types.is_string(table.schema.field("mixed").type) or pa.types.is_large_string(
        table.schema.field("mixed").type)
    assert table.column("mixed").to_pylist() == ["1", "two", "3.0"]
    assert table.column("c").to_pylist()[0] == "(1+2j)"
    assert table.column("ok").to_pylist() == [1, 2, 3]
    assert du.determine_arrow_column_fix(pd.Series([frozenset([1]), [2]])) == "list"


def test_unfixable_column_names_the_arrow_error():
    df = pd.DataFrame({"big": [2**64, "x"]}, dtype=object)
    # A mixed column is stringified on retry, so it converts; an int too large alone does not.
    assert decode(du.convert_pandas_df_to_arrow_bytes(df)).column("big").to_pylist() == [str(2**64), "x"]


def test_large_list_is_cast_to_list_but_strings_stay_large():
    table = pa.table({"l": pa.array([[1, 2]], type=pa.large_list(pa.int64())),
                      "s": pa.array(["x"], type=pa.large_string())})
    out = decode(du.convert_arrow_table_to_arrow_bytes(table))
    assert out.schema.field("l").type == pa.list_(pa.int64())
    assert out.schema.field("s").type == pa.large_string()


def test_missing_package_is_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(StreamlitAPIException, match="`pyarrow` package, which is not installed"):
        du.convert_anything_to_arrow_bytes(pd.DataFrame({"a": [1]}))


def test_round_trip():
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    back = du.convert_arrow_bytes_to_pandas_df(du.convert_anything_to_arrow_bytes(df))
    assert back["a"].tolist() == [1, 2] and back["b"].tolist() == ["x", "y"]


def test_polars_goes_direct_when_installed():
    pl = pytest.importorskip("polars")
    table = decode(du.convert_anything_to_arrow_bytes(pl.DataFrame({"a": [1, 2]})))
    assert table.column_names == ["a"] and table.schema.metadata is None


# ------------------------------------------------------------------ column_config


def test_column_config_json_shapes():
    assert cc.NumberColumn("N", format="%d", min_value=0, step=1)["type_config"] == {
        "type": "number", "min_value": 0, "max_value": None, "format": "%d", "step": 1}
    import datetime as dt

    d = cc.DatetimeColumn("D", min_value=dt.datetime(2020, 1, 1), step=dt.timedelta(minutes=5))
    assert d["type_config"]["min_value"] == "2020-01-01T00:00:00" and d["type_config"]["step"] == 300.0
    assert cc.SelectboxColumn(options=[1, 2], format_func=lambda v: f"#{v}")["type_config"]["options"] == [
        {"value": 1, "label": "#1"}, {"value": 2, "label": "#2"}]
    assert cc.ProgressColumn(color="auto")["type_config"]["type"] == "progress"
    with pytest.raises(StreamlitAPIException, match="Invalid `color` value"):
        cc.LineChartColumn(color="bad")
    assert cc.ButtonColumn("B", type="primary")["disabled"] is True


# ------------------------------------------------------------------ commands


def test_dataframe_sends_arrow_and_config(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
        st.dataframe(df, column_config={"a": st.column_config.NumberColumn("A", format="%d"), 0: "idx",
                                        "b": None}, column_order=["b", "a"], row_height=40, hide_index=True)
        st.dataframe([1, 2, 3], height=300, width=200)
        st.dataframe(df, column_order=[], row_height=0, placeholder="-", alt="  a   b  ")
    """)
    assert app.run() == 0
    first, second, third = app.calls
    assert first.name == "dataframe"
    assert decode(first["arrow_data"]["data"]).column_names == ["a", "b"]
    assert json.loads(first["columns"]) == {
        "a": {"label": "A", "type_config": {"type": "number", "format": "%d"}},
        "_pos:0": {"label": "idx"}, "b": {"hidden": True}, "_index": {"hidden": True}}
    assert first["column_order"] == ["b", "a"] and first["row_height"] == 40
    assert json.loads(second["columns"]) == {"_index": {"hidden": True}}
    assert second["height_config"] == {"pixel_height": 300} and second["width_config"] == {"pixel_width": 200}
    assert json.loads(third["columns"]) == {} and third["column_order"] == [] and third["row_height"] is None
    assert third["placeholder"] == "-" and third["alt"] == "a b"


def test_dataframe_errors(make_app):
    app = make_app("""
        import streamlit as st
        st.dataframe([1], width="wide")
    """)
    app.run()
    assert "Invalid width value: 'wide'" in app.calls[-1]["message"]
    app = make_app("""
        import streamlit as st
        st.dataframe([1], column_config={"a": 5})
    """)
    app.run()
    assert "Invalid configuration for column `a`" in app.calls[-1]["message"]
    app = make_app("""
        import streamlit as st
        st.dataframe(object())
    """)
    app.run()
    assert app.calls[-1].name == "exception"
    assert "to `pandas.DataFrame`" in app.calls[-1]["message"]


def test_selection_from_the_browser_reaches_the_script_and_its_callback(make_app):
    app = make_app("""
        import streamlit as st
        def changed():
            st.session_state.seen = st.session_state.sel.selection.rows
        ev = st.dataframe({"a": [1, 2, 3]}, key="sel", on_select=changed, selection_mode=["multi-row", "single-column"])
        st.text(repr((ev.selection.rows, ev.selection.columns, ev["selection"]["cells"])))
        st.text(repr(st.session_state.get("seen")))
    """)
    assert app.run() == 0
    frame = app.of("dataframe")[0]
    wid = frame["widget"]["id"]
    assert wid.endswith("-sel")
    assert frame["selection_mode"] == ["MULTI_ROW", "SINGLE_COLUMN"]
    assert json.loads(frame["widget"]["default"]["string_value"]) == {"selection": {"rows": [], "columns": [],
                                                                                    "cells": []}}
    assert json.loads(frame["columns"]) == {"_index": {"hidden": True}}
    assert [c["body"] for c in app.of("text")] == ["([], [], [])", "None"]
    fake_rustlit.reset()
    app.run([(wid, "string", '{"selection": {"rows": [2, 0], "columns": ["a"]}}')])
    assert [c["body"] for c in app.of("text")] == ["([2, 0], ['a'], [])", "[2, 0]"]


def test_selection_written_through_session_state_is_validated_and_sent(make_app):
    app = make_app("""
        import streamlit as st
        if "sel" not in st.session_state:
            st.session_state.sel = {"selection": {"rows": [5, 1, 1, 0], "columns": ["nope"]}}
        ev = st.dataframe({"a": [1, 2]}, key="sel", on_select="rerun", selection_mode="single-row")
        st.text(repr(ev.selection.rows))
    """)
    assert app.run() == 0
    frame = app.of("dataframe")[0]
    assert frame["widget"]["set_value"]
    assert json.loads(frame["widget"]["value"]["string_value"])["selection"]["rows"] == [1]
    assert app.of("text")[0]["body"] == "[1]"


def test_selection_mode_errors(make_app):
    app = make_app("""
        import streamlit as st
        for mode in ["bad", ["single-row", "multi-row"], ["single-cell", "multi-cell"]]:
            try:
                st.dataframe([1], on_select="rerun", selection_mode=mode)
            except Exception as e:
                st.text(str(e))
        try:
            st.dataframe([1], on_select="yes")
        except Exception as e:
            st.text(str(e))
    """)
    app.run()
    assert [c["body"] for c in app.of("text")] == [
        "Invalid `selection_mode` value. Supported values: 'multi-cell', 'multi-column', 'multi-row', "
        "'single-cell', 'single-column', 'single-row', 'single-row-required'.",
        "`selection_mode='multi-row'` and `selection_mode='single-row'` cannot be used together. Only one row "
        "selection mode can be specified.",
        "`selection_mode='single-cell'` and `selection_mode='multi-cell'` cannot be used together.",
        "Invalid `on_select` value. Supported values: 'rerun', 'ignore', a callback function.",
    ]


def test_dataframe_on_select_returns_an_empty_read_only_selection(make_app):
    app = make_app("""
        import streamlit as st
        ev = st.dataframe([1, 2], on_select="rerun")
        st.text(repr(ev.selection.rows))
        try:
            ev["selection"]["rows"] = [1]
        except TypeError as e:
            st.text("read-only")
    """)
    app.run()
    assert [c["body"] for c in app.calls if c.name == "text"] == ["[]", "read-only"]


def test_table_hides_range_index_and_header_by_format(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        st.table(pd.DataFrame({"a": [1]}))
        st.table(pd.DataFrame({"a": [1]}, index=["r"]))
        st.table([1, 2])
        st.table({"k": 1}, border="horizontal")
    """)
    app.run()
    a, b, c, d = app.calls
    assert a["hide_index"] and not a["hide_header"] and a["border_mode"] == "ALL"
    assert not b["hide_index"]
    assert c["hide_index"] and c["hide_header"]
    assert not d["hide_index"] and d["hide_header"] and d["border_mode"] == "HORIZONTAL"


def test_table_border_error(make_app):
    app = make_app("""
        import streamlit as st
        st.table([1], border="thick")
    """)
    app.run()
    assert app.calls[-1]["message"] == "Invalid `border` value. Supported values: True, False, 'horizontal'."


def test_styler_is_marshalled(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        df = pd.DataFrame({"a": [1.5, 2.25]})
        st.table(df.style.format("{:.1f}").highlight_max(color="yellow").set_caption("cap"))
    """)
    app.run()
    styler = app.calls[0]["arrow_data"]["styler"]
    uuid = styler["uuid"]
    assert styler["caption"] == "cap"
    assert f"#T_{uuid}_row1_col0 {{ background-color: yellow }}" in styler["styles"]
    assert decode(styler["display_values"]).column("a").to_pylist() == ["1.5", "2.2"]


def test_write_and_magic_show_tables_as_grids(make_app):
    app = make_app("""
        import numpy as np
        import pandas as pd
        import pyarrow as pa
        import streamlit as st
        st.write(pd.DataFrame({"a": [1]}))
        st.write(pd.Series([1, 2]))
        st.write(pa.table({"a": [1]}))
        arr = np.array([1, 2])
        arr
        st.write({"a": 1})

        class Convertible:
            def to_pandas(self):
                return pd.DataFrame({"c": [1]})

        st.write("table:", Convertible())
    """)
    app.run()
    assert [c.name for c in app.calls] == [
        "dataframe", "dataframe", "dataframe", "dataframe", "json", "markdown", "dataframe"]


def test_add_rows_is_gone_as_in_1_67(make_app):
    app = make_app("""
        import streamlit as st
        el = st.dataframe([1])
        add = el.add_rows
        add([2])
    """)
    app.run()
    assert app.calls[-1]["message"] == "`add_rows()` is not a valid Streamlit command."
