"""st.cache_data / st.cache_resource: keys, copies, expiry, clearing, persistence, replay, threads."""

from __future__ import annotations

import threading
import time

import pytest

import streamlit as st
from streamlit.runtime import caching
from streamlit.runtime.caching.api import ttl_seconds
from streamlit.runtime.caching.cache_errors import StreamlitBadTimeStringError


@pytest.fixture(autouse=True)
def _fresh_caches(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    caching.clear_all()
    yield
    caching.clear_all()


COUNTER = '''
import streamlit as st
calls = st.session_state.setdefault("calls", [])

@st.cache_data
def double(x):
    calls.append(x)
    return {"value": x * 2}

a = double(2)
a["value"] = "mutated"
b = double(2)
st.write(b["value"], len(calls))
'''


def test_cache_data_computes_once_and_returns_copies(make_app):
    app = make_app(COUNTER)
    assert app.run() == 0
    assert app.bodies() == ["`4` `1`"]
    assert app.run() == 0
    assert app.bodies() == ["`4` `1`"]


def test_editing_the_function_invalidates(make_app):
    app = make_app(COUNTER)
    app.run()
    app.write(COUNTER.replace("x * 2", "x * 3"))
    app.run()
    assert app.bodies() == ["`6` `2`"]


def test_cache_resource_returns_the_same_object_and_validate(make_app):
    app = make_app('''
        import streamlit as st
        made = st.session_state.setdefault("made", [])
        released = st.session_state.setdefault("released", [])

        @st.cache_resource(validate=lambda r: not r.get("stale"), on_release=lambda r: released.append(r["n"]))
        def resource():
            made.append(1)
            return {"n": len(made)}

        r1 = resource()
        r2 = resource()
        st.write(r1 is r2, r1["n"])
        if st.session_state.get("expire"):
            r1["stale"] = True
            st.write(resource()["n"], released)
    ''')
    app.run()
    assert app.bodies() == ["`True` `1`"]
    app.session.state["expire"] = True
    app.run()
    assert app.bodies() == ["`True` `1`", "`2`", "[1]"]  # r1 failed validation: released, made again


def test_forms_of_the_decorator_and_underscore_args(make_app):
    app = make_app('''
        import streamlit as st
        seen = []

        def plain(x, _conn):
            seen.append(x)
            return x

        cached = st.cache_data(plain)

        @st.cache_data(ttl="1h", max_entries=10, show_spinner="Loading...", persist=None)
        def with_args(x, _unhashable):
            seen.append(x)
            return x

        lock = __import__("threading").Lock()
        cached(1, object())
        cached(1, object())
        with_args(2, lock)
        with_args(2, lock)
        with_args(3, lock)
        st.write(seen)
    ''')
    assert app.run() == 0
    assert app.of("json")[0]["body"] == "[1, 2, 3]"


def test_unhashable_argument_message(make_app):
    app = make_app('''
        import threading
        import streamlit as st

        @st.cache_data
        def load(conn):
            return 1

        load(threading.Lock())
    ''')
    assert app.run() == 4
    exc = app.of("exception")[-1]
    assert exc["type"] == "streamlit.runtime.caching.cache_errors.UnhashableParamError"
    assert exc["message"].startswith("Cannot hash argument 'conn' (of type `_thread.lock`) in 'load'.")
    assert "def load(_conn, ...):" in exc["message"] and "@st.cache_data" in exc["message"]


def test_unpicklable_return_value(make_app):
    app = make_app('''
        import threading
        import streamlit as st

        @st.cache_data
        def lock():
            return threading.Lock()

        lock()
    ''')
    assert app.run() == 4
    assert app.of("exception")[-1]["type"].endswith(".cache_errors.UnserializableReturnValueError")


def test_hash_funcs_and_methods():
    calls = []

    class Opaque:
        def __init__(self, key):
            self.key = key
            self.lock = threading.Lock()

    @st.cache_data(hash_funcs={Opaque: lambda o: o.key})
    def by_key(o):
        calls.append(o.key)
        return o.key

    assert by_key(Opaque("a")) == by_key(Opaque("a")) == "a"
    by_key(Opaque("b"))
    assert calls == ["a", "b"]

    class Repo:
        def __init__(self):
            self.n = 0

        @st.cache_resource
        def get(_self, x):
            _self.n += 1
            return x

    repo = Repo()
    assert repo.get(1) == repo.get(1) == 1
    assert repo.n == 1


def test_ttl_and_max_entries():
    calls = []

    @st.cache_data(ttl=0.05)
    def short(x):
        calls.append(x)
        return x

    short(1)
    short(1)
    time.sleep(0.08)
    short(1)
    assert calls == [1, 1]

    @st.cache_data(max_entries=2)
    def lru(x):
        calls.append(x)
        return x

    calls.clear()
    for x in (1, 2, 1, 3, 1, 2):
        lru(x)
    assert calls == [1, 2, 3, 2]


def test_ttl_forms():
    import datetime

    assert ttl_seconds(None) == float("inf")
    assert ttl_seconds(90) == 90
    assert ttl_seconds(datetime.timedelta(minutes=2)) == 120
    assert ttl_seconds("1h") == 3600
    assert ttl_seconds("2h30m") == 9000
    assert ttl_seconds("1 day") == 86400
    assert ttl_seconds("10s") == 10
    with pytest.raises(StreamlitBadTimeStringError):
        ttl_seconds("soon")


def test_clear_one_entry_one_function_and_all():
    calls = []

    @st.cache_data
    def f(x):
        calls.append(x)
        return x

    f(1)
    f(2)
    f.clear(1)
    f(1)
    f(2)
    assert calls == [1, 2, 1]
    f.clear()
    f(2)
    assert calls == [1, 2, 1, 2]
    st.cache_data.clear()
    f(2)
    assert calls == [1, 2, 1, 2, 2]


def test_bad_arguments():
    with pytest.raises(st.errors.StreamlitAPIException, match="persist"):
        st.cache_data(persist="memory")
    with pytest.raises(st.errors.StreamlitAPIException, match="scope"):
        st.cache_resource(scope="user")


def test_persist_disk_survives_memory_loss(tmp_path):
    calls = []

    @st.cache_data(persist="disk")
    def slow(x):
        calls.append(x)
        return [x]

    assert slow(5) == [5]
    files = list((tmp_path / "home" / ".streamlit" / "cache").glob("*.memo"))
    assert len(files) == 1
    st.cache_data._registry.clear_all(disk=False)  # a restarted server: memory gone, disk kept
    assert slow(5) == [5]
    assert calls == [5]
    st.cache_data.clear()
    assert not (tmp_path / "home" / ".streamlit" / "cache").exists()
    slow(5)
    assert calls == [5, 5]


def test_with_a_data_key_files_are_sealed_and_nothing_unsealed_is_read(tmp_path):
    import pickle

    import _rustlit

    _rustlit.at_rest_key[0] = b"k" * 32
    calls = []

    @st.cache_data(persist="disk")
    def secret(x):
        calls.append(x)
        return f"payroll {x}"

    assert secret(1) == "payroll 1"
    (memo,) = (tmp_path / "home" / ".streamlit" / "cache").glob("*.memo")
    sealed = memo.read_bytes()
    assert b"payroll" not in sealed
    st.cache_data._registry.clear_all(disk=False)
    assert secret(1) == "payroll 1"
    assert calls == [1], "the sealed file was read back"

    # A planted plain pickle (it would run code when unpickled) is a miss, and so is
    # a sealed file moved over another entry's name.
    memo.write_bytes(pickle.dumps(("planted", [])))
    st.cache_data._registry.clear_all(disk=False)
    assert secret(1) == "payroll 1"
    assert calls == [1, 1]
    secret(2)
    (other,) = [p for p in memo.parent.glob("*.memo") if p != memo]
    other.write_bytes(memo.read_bytes())
    st.cache_data._registry.clear_all(disk=False)
    assert secret(2) == "payroll 2"
    assert calls == [1, 1, 2, 2]


def test_concurrent_callers_compute_once():
    calls = []
    started = threading.Event()

    @st.cache_resource
    def slow():
        started.set()
        calls.append(1)
        time.sleep(0.2)
        return object()

    results = []
    threads = [threading.Thread(target=lambda: results.append(slow())) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1
    assert all(r is results[0] for r in results)


def test_scope_session_is_per_session(make_app, tmp_path):
    source = '''
        import streamlit as st
        n = st.session_state.setdefault("n", [0])

        @st.cache_data(scope="session")
        def per_session():
            n[0] += 1
            return n[0]

        per_session()
        st.write(per_session())
    '''
    one = make_app(source)
    one.run()
    one.run()
    assert one.bodies() == ["`1`"]
    from streamlit.runtime import entry

    one.session = entry.new_session("other")
    one.run()
    assert one.bodies() == ["`1`"]  # computed again: the other session has its own cache
