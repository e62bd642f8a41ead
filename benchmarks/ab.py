#!/usr/bin/env python3
"""Two or more rustlit builds, A/B on one machine: `benchmarks/ab.py APP RUNS BIN_A BIN_B [...]`.

For comparing a change with the build before it, where the difference is a few
percent and the machine's own noise is larger: each binary serves APP (one of
`apps/ab/`, which report their script thread's CPU time as `cpu_us=` text), and
the binaries are rerun in turn, the order flipped every round, so that load on
the machine falls on all of them alike. Prints, per binary, the median and
minimum `cpu_us` and the rerun latency p50, and for each binary after the first
the median of its per-round ratios to the first with their interquartile range.

Run it inside `benchmarks/.venv` after `benchmarks/run.py` has generated
`benchmarks/build/` (e.g. `benchmarks/.venv/bin/python benchmarks/ab.py
benchmarks/apps/ab/writes.py 200 old/rustlit target/release/rustlit`). An old
build's protocol must still decode with today's classes for the events the
client reads (run start and end, text elements): the apps use no widgets.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(BENCH / "build"))

from harness.clients import RustlitSession  # noqa: E402
from harness.servers import Launcher  # noqa: E402

WARMUP_RUNS = 3


async def measure(app: Path, rounds: int, binaries: list[Path]) -> None:
    servers = []
    sessions = []
    cpu: list[list[float]] = [[] for _ in binaries]
    latency: list[list[float]] = [[] for _ in binaries]
    try:
        for binary in binaries:
            server = Launcher(Path(sys.prefix), binary, BENCH / "build" / "logs").start("rustlit", app)
            servers.append(server)
            server.wait_healthy()
            session = RustlitSession(server.port)
            await session.open()
            sessions.append(session)
        for session in sessions:
            for _ in range(WARMUP_RUNS):
                await session.rerun()
        for round_ in range(rounds):
            order = list(range(len(binaries)))
            if round_ % 2:
                order.reverse()
            seen: dict[int, tuple[float, float]] = {}
            for k in order:
                run = await sessions[k].rerun(collect_text=True)
                reported = [t for t in run.texts if t.startswith("cpu_us=")]
                if reported:
                    seen[k] = (float(reported[-1].split("=", 1)[1]), run.latency_s * 1e3)
            if len(seen) == len(binaries):  # a run whose text was unchanged reports nothing
                for k, (c, ms) in seen.items():
                    cpu[k].append(c)
                    latency[k].append(ms)
    finally:
        for session in sessions:
            await session.close()
        for server in servers:
            server.stop()
    print(f"{app.name}: {len(cpu[0])} rounds")
    for k, binary in enumerate(binaries):
        print(f"  {binary}: cpu_us median {statistics.median(cpu[k]):.4f}, min {min(cpu[k]):.4f}; "
              f"rerun p50 {statistics.median(latency[k]):.3f} ms")
    for k in range(1, len(binaries)):
        ratios = sorted(a / b for a, b in zip(cpu[k], cpu[0], strict=True))
        q1, _, q3 = statistics.quantiles(ratios, n=4)
        print(f"  {binaries[k]} / {binaries[0]}: cpu ratio median {statistics.median(ratios):.3f} "
              f"(IQR {q1:.3f}..{q3:.3f})")


def main() -> None:
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    app = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2])
    binaries = [Path(b).resolve() for b in sys.argv[3:]]
    asyncio.run(measure(app, rounds, binaries))


if __name__ == "__main__":
    main()
