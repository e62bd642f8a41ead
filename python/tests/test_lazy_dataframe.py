"""st.dataframe(lazy=...): when rows stay on the server, the element it sends, the chunks a
session serves, and when its sources go (SPEC-DATA §1.8)."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")

from streamlit import config  # noqa: E402
from streamlit.elements.lib import lazy_dataframe as ld  # noqa: E402
from streamlit.errors import StreamlitAPIException  # noqa: E402
from streamlit.runtime import entry  # noqa: E402
from streamlit.runtime.lazy_sources import ROW_POSITION_FIELD, ChunkError, load_chunk  # noqa: E402


def decode(data: bytes):
    return pa.ipc.open_stream(data).read_all()


def frame(rows: int):
    return pd.DataFrame({"n": range(rows), "s": [f"r{i}" for i in range(rows)]})


# ------------------------------------------------------------------ deciding


@pytest.mark.parametrize(("lazy", "rows", "is_lazy"), [
    (True, 1_000, False), (True, 1_001, True), (None, 150_000, False), (None, 150_001, True),
    (False, 200_000, False),
])
def test_in_memory_thresholds(lazy, rows, is_lazy):
    for data in (frame(rows), pa.table({"n": list(range(rows))})):
        resolved = ld.resolve_lazy_source(data, lazy, selecting=False)
        assert isinstance(resolved, ld.InMemorySource) is is_lazy


def test_lazy_true_converts_other_inputs_once():
    small = ld.resolve_lazy_source(iter([[1, 2], [3, 4]]), True, selecting=False)
    assert isinstance(small, ld.EagerFallback) and len(small.data) == 2
    big = ld.resolve_lazy_source([[i] for i in range(2_000)], True, selecting=False)
    assert isinstance(big, ld.InMemorySource) and big.row_count == 2_000
    # lazy=None leaves other inputs alone.
    assert ld.resolve_lazy_source([[i] for i in range(200_000)], None, selecting=False) is None


def test_refusals_with_lazy_true():
    with pytest.raises(StreamlitAPIException, match=r"^`lazy=True` is not supported for `pandas.Styler` objects"):
        ld.resolve_lazy_source(frame(2).style, True, selecting=False)
    with pytest.raises(StreamlitAPIException, match="`lazy=True` and `on_select` cannot be used together"):
        ld.resolve_lazy_source(frame(2_000), True, selecting=True)
    multi = pd.DataFrame([[1, 2]] * 2_000, columns=pd.MultiIndex.from_tuples([("a", "x"), ("a", "y")]))
    with pytest.raises(StreamlitAPIException, match=r"multi-level \(`MultiIndex`\) column headers"):
        ld.resolve_lazy_source(multi, True, selecting=False)
    # Without lazy=True the same inputs stay eager.
    assert ld.resolve_lazy_source(frame(200_000).style, None, selecting=False) is None
    assert ld.resolve_lazy_source(frame(200_000), None, selecting=True) is None
    assert ld.resolve_lazy_source(pd.concat([multi] * 100), None, selecting=False) is None


def test_app_test_runs_stay_eager():
    config.configure({"global.appTest": True})
    try:
        assert ld.resolve_lazy_source(frame(2_000), True, selecting=False) is None
    finally:
        config.configure({"global.appTest": False})


# ------------------------------------------------------------------ the element


LAZY_SCRIPT = """
    import pandas as pd
    import streamlit as st
    df = pd.DataFrame({"n": range(2500), "g": [i % 3 for i in range(2500)]})
    st.dataframe(df, lazy=True)
"""


def test_the_element_carries_the_first_page(make_app):
    app = make_app(LAZY_SCRIPT)
    assert app.run() == 0
    (call,) = app.of("dataframe")
    lazy = call.fields["lazy_data"]
    assert call.fields["arrow_data"] == {"data": b""}
    assert lazy["row_count"] == 2500 and lazy["page_size"] == 1000 and lazy["sortable"] is True
    assert lazy["access_mode"] == "RANDOM_ACCESS" and len(lazy["source_id"]) == 32
    first = decode(lazy["initial_chunk"])
    assert first.num_rows == 1000
    # The RangeIndex travels as a column, so every chunk carries its own index values.
    assert first.column_names == ["n", "g", "__index_level_0__"]


def chunk(app, source_id, offset, limit, sort=None, descending=False):
    return decode(load_chunk(app.session, source_id, offset, limit, sort, descending))


def test_chunks_offsets_limits_and_stable_sort(make_app):
    app = make_app(LAZY_SCRIPT)
    app.run()
    source_id = app.of("dataframe")[0].fields["lazy_data"]["source_id"]
    rows = chunk(app, source_id, 2400, 1000)
    assert rows.num_rows == 100 and rows.column("__index_level_0__")[0].as_py() == 2400
    past = chunk(app, source_id, 5000, 1000)
    assert past.num_rows == 0 and past.schema.names == rows.schema.names
    assert chunk(app, source_id, 0, 50_000).num_rows == 2500  # clamped to 10,000, the source has 2,500
    assert chunk(app, source_id, 0, -3).num_rows == 0
    ordered = chunk(app, source_id, 0, 5, "g", True)
    # Descending by g; equal keys keep their order (stable): 2, 5, 8, ...
    assert ordered.column("g").to_pylist() == [2] * 5
    assert ordered.column("n").to_pylist() == [2, 5, 8, 11, 14]
    # A sorted chunk ends with each row's position in the unsorted data (the browser reports it).
    assert ordered.column_names[-1] == ROW_POSITION_FIELD
    assert ordered.column(ROW_POSITION_FIELD).to_pylist() == [2, 5, 8, 11, 14]
    later = chunk(app, source_id, 1000, 3, "n", True)
    assert later.column(ROW_POSITION_FIELD).to_pylist() == [1499, 1498, 1497]
    assert ROW_POSITION_FIELD not in rows.column_names
    assert chunk(app, source_id, 0, 3, "nope").column("n").to_pylist() == [0, 1, 2]
    with pytest.raises(ChunkError, match=r"^Chunk offset must be non-negative\.$"):
        chunk(app, source_id, -1, 10)


def test_sources_are_per_session(make_app):
    app = make_app(LAZY_SCRIPT)
    app.run()
    source_id = app.of("dataframe")[0].fields["lazy_data"]["source_id"]
    other = entry.new_session("other")
    with pytest.raises(ChunkError, match=r"^Dataframe source does not belong to session\.$"):
        load_chunk(other, source_id, 0, 10, None, False)
    with pytest.raises(ChunkError, match=r"^Dataframe source not found or expired\.$"):
        load_chunk(app.session, "0" * 32, 0, 10, None, False)


def test_a_rerun_replaces_the_source(make_app):
    app = make_app(LAZY_SCRIPT)
    app.run()
    first = app.of("dataframe")[0].fields["lazy_data"]["source_id"]
    app.run()
    second = app.of("dataframe")[0].fields["lazy_data"]["source_id"]
    assert second != first and len(app.session.lazy_sources) == 1
    with pytest.raises(ChunkError, match="not found or expired"):
        load_chunk(app.session, first, 0, 10, None, False)
    app.write("import streamlit as st\nst.write('no frame')\n")
    app.run()
    assert len(app.session.lazy_sources) == 0


def test_a_fragment_run_drops_only_its_own(make_app):
    app = make_app("""
        import pandas as pd
        import streamlit as st
        st.dataframe(pd.DataFrame({"a": range(1500)}), lazy=True)
        @st.fragment
        def part():
            st.dataframe(pd.DataFrame({"b": range(1500)}), lazy=True)
        part()
    """)
    app.run()
    outer, inner = (c.fields["lazy_data"]["source_id"] for c in app.of("dataframe"))
    (fragment_id,) = app.session.fragments._fragments
    app.run_fragment([fragment_id])
    (again,) = app.of("dataframe")
    new_inner = again.fields["lazy_data"]["source_id"]
    assert new_inner != inner
    assert chunk(app, outer, 0, 1).num_rows == 1
    with pytest.raises(ChunkError, match="not found or expired"):
        load_chunk(app.session, inner, 0, 1, None, False)


def test_a_session_that_ends_drops_everything(make_app):
    from streamlit.runtime import lazy_sources

    app = make_app(LAZY_SCRIPT)
    app.run()
    lazy_sources.session_ended(app.session)
    assert len(app.session.lazy_sources) == 0


def test_index_hidden_for_list_input_and_range_index_of_arrow_tables(make_app):
    app = make_app("""
        import pyarrow as pa
        import pandas as pd
        import streamlit as st
        st.dataframe([[i, i * 2] for i in range(1200)], lazy=True)
        st.dataframe(pa.Table.from_pandas(pd.DataFrame({"x": range(1200)}, index=pd.RangeIndex(5, 1205))), lazy=True)
    """)
    app.run()
    listed, table = app.of("dataframe")
    assert listed.fields["columns"] == '{"_index": {"hidden": true}}'
    first = decode(table.fields["lazy_data"]["initial_chunk"])
    assert first.column_names == ["x", "__streamlit_lazy_index__"]
    assert first.column("__streamlit_lazy_index__")[0].as_py() == 5
    assert table.fields["columns"] == "{}"


def test_a_sorted_polars_lazyframe_chunk_carries_the_original_positions(make_app):
    pytest.importorskip("polars")
    app = make_app("""
        import polars as pl
        import streamlit as st
        st.dataframe(pl.LazyFrame({"n": range(3000), "g": [i % 3 for i in range(3000)]}), lazy=True)
    """)
    app.run()
    source_id = app.of("dataframe")[0].fields["lazy_data"]["source_id"]
    ordered = chunk(app, source_id, 0, 4, "g", True)
    assert ordered.column("n").to_pylist() == [2, 5, 8, 11]
    assert ordered.column_names == ["n", "g", ROW_POSITION_FIELD]
    assert ordered.column(ROW_POSITION_FIELD).to_pylist() == [2, 5, 8, 11]
    assert ROW_POSITION_FIELD not in chunk(app, source_id, 0, 4).column_names
