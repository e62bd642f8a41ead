"""The test double's tree against the shared tree fixtures (tests/fixtures/tree/README.md).

The double models one run written on an empty page (what `fake_rustlit.tree()` is
used for), so it replays each case's first run when that run ends normally and
announces nothing unchanged; the Rust models and the browser's store replay all runs.
"""

import json
from pathlib import Path

import fake_rustlit
import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tree"


def _first_runs():
    for path in sorted(FIXTURES.glob("*.json")):
        for case in json.loads(path.read_text())["cases"]:
            run = case["runs"][0]
            kinds = {e["event"] for e in run["events"]}
            if "unchanged" not in kinds and run["events"][-1].get("status") == "FINISHED_SUCCESSFULLY":
                yield pytest.param(run, id=f"{path.stem}: {case['name']}")


@pytest.mark.parametrize("run", list(_first_runs()))
def test_the_double_keeps_what_the_fixture_says(run) -> None:
    fake_rustlit.reset()
    for event in run["events"]:
        if event["event"] in ("element", "block"):
            name = event["kind"] if event["event"] == "element" else f"block_{event['kind']}"
            fake_rustlit.calls.append(fake_rustlit.Call(name, tuple(event["path"]), {}))
    got = [(json.loads(p), node["kind"].removeprefix("block_")) for p, node in fake_rustlit.tree().items()]
    want = [(n["path"], n["kind"]) for n in run["surviving"]]
    assert sorted(got) == sorted(want)


def test_the_fixtures_give_the_double_cases() -> None:
    assert len(list(_first_runs())) >= 5
