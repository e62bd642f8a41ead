"""Test setup: the fake `_rustlit` replaces the native module; helpers to run scripts."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # python/ : the streamlit package
sys.path.insert(0, str(HERE))

import fake_rustlit  # noqa: E402

sys.modules["_rustlit"] = fake_rustlit

from streamlit import config  # noqa: E402
from streamlit.runtime import entry  # noqa: E402


@pytest.fixture(autouse=True)
def _server_options():
    """The options the server would hand over that the package reads at run time."""
    config.configure({"client.showSidebarNavigation": True, "client.showErrorDetails": "full"})


class App:
    """A script file plus one session, run the way the Rust runner runs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.session = entry.new_session("test-session")
        self.last_code: int | None = None

    def write(self, source: str) -> None:
        self.path.write_text(textwrap.dedent(source))
        # Make sure the compile cache sees the edit even within one mtime tick.
        st = os.stat(self.path)
        os.utime(self.path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))

    def run(
        self, widget_states: list[tuple[str, str, Any]] | None = None, query_string: str = "",
        page: tuple[str, str] | None = None,
    ) -> int:
        """`page`: (hash, URL name) as the browser asks; None as a server rerun."""
        fake_rustlit.calls.clear()
        fake_rustlit.events.clear()
        entry.configure(str(self.path), [])
        page_hash, page_name = page if page is not None else (None, None)
        self.last_code = entry.run(self.session, widget_states, query_string, page_hash, page_name)
        return self.last_code

    def run_fragment(
        self, fragment_ids: list[str], widget_states: list[tuple[str, str, Any]] | None = None,
        auto: bool = False,
    ) -> Any:
        """A fragment run, as the runner starts it for a widget inside a fragment."""
        fake_rustlit.calls.clear()
        fake_rustlit.events.clear()
        self.scope = entry.fragment_scope(self.session, fragment_ids)
        self.last_code = entry.run(self.session, widget_states, "", None, None, fragment_ids, auto)
        return self.last_code

    # ---- inspection helpers
    @property
    def calls(self) -> list[fake_rustlit.Call]:
        return fake_rustlit.calls

    def of(self, name: str) -> list[fake_rustlit.Call]:
        return [c for c in fake_rustlit.calls if c.name == name]

    def widget(self, label: str) -> fake_rustlit.Call:
        found = [c for c in fake_rustlit.calls if c.fields.get("label") == label and "id" in c.fields]
        assert found, f"no widget labelled {label!r} in {fake_rustlit.calls}"
        return found[-1]

    def bodies(self) -> list[str]:
        return [c.fields["body"] for c in fake_rustlit.calls if "body" in c.fields]

    @property
    def state(self) -> dict[str, Any]:
        return self.session.state.filtered_state()


@pytest.fixture
def app(tmp_path: Path) -> App:
    fake_rustlit.reset()
    return App(tmp_path / "app.py")


@pytest.fixture
def make_app(tmp_path: Path):
    def make(source: str) -> App:
        fake_rustlit.reset()
        a = App(tmp_path / "app.py")
        a.write(source)
        return a

    return make
