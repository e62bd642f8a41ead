"""How much to measure (the plan) and the markdown table the run ends with.

Ratios are always "how many times better rustlit is": Streamlit ÷ rustlit
for costs (latency, bytes, CPU, memory, time), rustlit ÷ Streamlit for
throughput. The target column repeats PERFORMANCE.md's goal for rustlit and
says whether this run met it.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import scenarios

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Plan:
    launch_rounds: int
    idle_sessions: int
    settle_s: float
    latency_reruns: int
    latency_reruns_100: int
    block: int
    warmup: int
    sessions: int
    seconds: float
    rounds: int
    element_runs: int

    @staticmethod
    def full() -> Plan:
        return Plan(
            launch_rounds=5,
            idle_sessions=100,
            settle_s=1.0,
            latency_reruns=300,
            latency_reruns_100=200,
            block=25,
            warmup=10,
            sessions=20,
            seconds=4.0,
            rounds=2,
            element_runs=5,
        )

    @staticmethod
    def quick() -> Plan:
        return Plan(
            launch_rounds=1,
            idle_sessions=10,
            settle_s=0.3,
            latency_reruns=20,
            latency_reruns_100=20,
            block=10,
            warmup=2,
            sessions=4,
            seconds=1.0,
            rounds=1,
            element_runs=1,
        )


@dataclass
class Results:
    launch: dict = field(default_factory=dict)
    idle_trivial: dict = field(default_factory=dict)
    idle_hundred: dict = field(default_factory=dict)
    latency_trivial: dict = field(default_factory=dict)
    latency_hundred: dict = field(default_factory=dict)
    throughput: dict = field(default_factory=dict)
    elements: dict = field(default_factory=dict)
    wall_s: float = 0.0


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.2f} ms" if seconds < 0.01 else f"{seconds * 1e3:.1f} ms"


def _kb(n: float) -> str:
    return f"{n / 1024:.1f} KB"


def _bytes(n: float) -> str:
    return f"{n:,.0f} B"


def _ratio(better: float, worse: float, word: str) -> str:
    if better <= 0:
        return "n/a"
    return f"{worse / better:.1f}x {word}"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def render(r: Results, plan: Plan, rustlit_bin: Path) -> str:
    S, R = "streamlit", "rustlit"
    rows: list[tuple[str, str, str, str, str]] = []

    def cost(name, s, rv, fmt, target=None, ok=None):
        rows.append((name, fmt(s), fmt(rv), _ratio(rv, s, "lower"), f"{target} — {_verdict(ok)}" if target else ""))

    lt, lh = r.latency_trivial, r.latency_hundred
    cost(
        "1. trivial rerun, p50",
        lt[S].p50,
        lt[R].p50,
        _ms,
        "≤ 1 ms and ≥ 50x lower",
        lt[R].p50 <= 1e-3 and lt[S].p50 / lt[R].p50 >= 50,
    )
    cost("1. trivial rerun, p99", lt[S].p99, lt[R].p99, _ms)
    cost(
        "2. 100-element rerun (slider moved), p50",
        lh[S].p50,
        lh[R].p50,
        _ms,
        "≤ 2 ms and ≥ 20x lower",
        lh[R].p50 <= 2e-3 and lh[S].p50 / lh[R].p50 >= 20,
    )
    cost("2. 100-element rerun (slider moved), p99", lh[S].p99, lh[R].p99, _ms)
    cost(
        "2. bytes on the wire per rerun, server → client",
        lh[S].bytes_received_per_rerun,
        lh[R].bytes_received_per_rerun,
        _bytes,
        "≤ 200 B",
        lh[R].bytes_received_per_rerun <= 200,
    )
    cost(
        "2. bytes on the wire per rerun, client → server",
        lh[S].bytes_sent_per_rerun,
        lh[R].bytes_sent_per_rerun,
        _bytes,
    )
    t = r.throughput
    throughput_ok = t[R].per_second >= 2000 and t[R].per_second >= 30 * t[S].per_second
    rows.append(
        (
            f"3. throughput, {plan.sessions} sessions, trivial",
            f"{t[S].per_second:,.0f} reruns/s",
            f"{t[R].per_second:,.0f} reruns/s",
            _ratio(t[S].per_second, t[R].per_second, "higher"),
            f"≥ 2,000/s and ≥ 30x higher — {_verdict(throughput_ok)}",
        )
    )
    cost("3. server CPU per rerun", t[S].cpu_per_rerun_s, t[R].cpu_per_rerun_s, _ms)
    it, ih = r.idle_trivial, r.idle_hundred
    cost(
        f"4. idle RSS per session, trivial ({plan.idle_sessions} sessions)",
        it[S],
        it[R],
        _kb,
        "≤ 30 KB and ≥ 4x lower",
        it[R] <= 30 * 1024 and (it[R] <= 0 or it[S] / it[R] >= 4),
    )
    cost(f"4. idle RSS per session, 100-element ({plan.idle_sessions} sessions)", ih[S], ih[R], _kb)
    ls_, lr = scenarios.median(r.launch[S]), scenarios.median(r.launch[R])
    cost(
        f"5. launch to /_stcore/health ok (median of {plan.launch_rounds})",
        ls_,
        lr,
        _ms,
        "≤ 100 ms and ≥ 5x faster",
        lr <= 0.1 and ls_ / lr >= 5,
    )
    e = r.elements
    es, er = scenarios.median(e[S].per_call_us), scenarios.median(e[R].per_call_us)
    cost(
        "6. one st.text call inside the script (10,000 calls)",
        es,
        er,
        lambda us: f"{us:.2f} µs",
        "≤ 10 µs",
        er <= 10,
    )
    cost(
        "6. that 10,000-element rerun, end to end",
        scenarios.median(e[S].rerun_s),
        scenarios.median(e[R].rerun_s),
        _ms,
    )

    lines = [
        "# rustlit vs Streamlit 1.67, side by side",
        "",
        "| scenario | Streamlit 1.67 | rustlit | ratio | rustlit target |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    lines += ["", *_notes(r, plan, rustlit_bin)]
    return "\n".join(lines) + "\n"


def _notes(r: Results, plan: Plan, rustlit_bin: Path) -> list[str]:
    S, R = "streamlit", "rustlit"
    t, lh = r.throughput, r.latency_hundred
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "src", "python", "proto", "Cargo.toml", "Cargo.lock"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout.strip()
    if commit and dirty:
        commit += " + uncommitted changes"
    return [
        "Notes:",
        f"- Machine: {os.cpu_count()} cores, Linux {platform.release()}, Python {platform.python_version()}; "
        f"rustlit at commit {commit or '?'} ({rustlit_bin}); total benchmark time {r.wall_s:.0f} s.",
        f"- Latency: one session, {plan.latency_reruns} (trivial) / {plan.latency_reruns_100} (100-element) "
        f"reruns per server after {plan.warmup} warm-up reruns, alternating servers every {plan.block}.",
        "- Bytes on the wire: TCP payload bytes from the kernel (`TCP_INFO`), websocket framing included; "
        f"decoded payload per rerun: Streamlit {lh[S].payload_bytes_per_rerun:,.0f} B in "
        f"{lh[S].frames_per_rerun:.1f} frames, rustlit {lh[R].payload_bytes_per_rerun:,.0f} B in "
        f"{lh[R].frames_per_rerun:.1f} frames.",
        f"- Throughput: {plan.rounds} rounds x {plan.seconds:.0f} s per server; the Python client used "
        f"{t[S].client_cpu_s / t[S].wall_s * 100:.0f}% (Streamlit) and {t[R].client_cpu_s / t[R].wall_s * 100:.0f}% "
        f"(rustlit) of a core, so a figure near 100% means the client, not the server, was the limit.",
        "- Idle RSS: VmRSS growth after opening sessions that each completed one run, "
        "measured after a warm-up session, on freshly started servers.",
        "- Element call: the app times 10,000 `st.text` calls with `time.perf_counter()` and reports the "
        f"mean per call; median of {plan.element_runs} reruns.",
        f"- Client interpreter: {sys.executable}",
    ]
