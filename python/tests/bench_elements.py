"""Per-element Python cost with a no-op native module: `python tests/bench_elements.py`."""

import sys
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import fake_rustlit

noop = types.ModuleType("_rustlit")
noop.__dict__.update({k: v for k, v in vars(fake_rustlit).items() if not k.startswith("_")})
noop.element = noop.block = lambda *a, **k: None
noop.check_interrupt = lambda: None
sys.modules["_rustlit"] = noop

import streamlit as st  # noqa: E402
from streamlit.runtime import entry  # noqa: E402
from streamlit.runtime.run_context import RunContext, set_ctx  # noqa: E402

session = entry.new_session("bench")
N = 100_000
for label, fn in (("st.text", lambda: st.text("x")), ("st.write", lambda: st.write("x")),
                  ("st.markdown", lambda: st.markdown("x"))):
    set_ctx(RunContext(session))
    t = time.perf_counter()
    for _ in range(N):
        fn()
    print(f"{label}: {(time.perf_counter() - t) / N * 1e6:.2f} us per call")
set_ctx(None)
