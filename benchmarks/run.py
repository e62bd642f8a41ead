#!/usr/bin/env python3
"""rustlit vs Streamlit 1.67, side by side on this machine: `python3 benchmarks/run.py`.

Creates `benchmarks/.venv` from `requirements.txt` on first use (and re-execs
itself inside it), builds rustlit in release mode, generates Python classes
for `proto/*.proto` into `benchmarks/build/`, then starts both servers on
the same app files and measures them alternately. Prints a markdown table and
writes it to `benchmarks/results/latest.md`. Loopback only; every loop is
bounded; a full run takes about three minutes on a 2-core machine.

Options: `--quick` (fewer samples, for checking the harness), `--no-build`
(use the existing target/release/rustlit), `--rustlit PATH` (another binary).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
VENV = BENCH / ".venv"
BUILD = BENCH / "build"
RESULTS = BENCH / "results"
APPS = BENCH / "apps"


# ---------------------------------------------------------------- environment


def ensure_venv() -> None:
    """Re-exec inside benchmarks/.venv, creating or updating it when needed."""
    requirements = (BENCH / "requirements.txt").read_bytes()
    stamp = VENV / ".requirements.sha256"
    digest = hashlib.sha256(requirements).hexdigest()
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"creating {VENV}", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    if not stamp.exists() or stamp.read_text() != digest:
        print("installing benchmarks/requirements.txt", flush=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(BENCH / "requirements.txt")], check=True)
        stamp.write_text(digest)
    if Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(python), [str(python), str(Path(__file__).resolve()), *sys.argv[1:]])


def build_rustlit() -> Path:
    print("cargo build --release", flush=True)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=REPO, check=True)
    return REPO / "target" / "release" / "rustlit"


def generate_proto() -> None:
    """rustlit_pb2.py (and the families' *_pb2.py it imports) from proto/*.proto, regenerated when one changes."""
    protos = sorted((REPO / "proto").glob("*.proto"))
    out = BUILD / "rustlit_pb2.py"
    BUILD.mkdir(parents=True, exist_ok=True)
    if not out.exists() or out.stat().st_mtime < max(p.stat().st_mtime for p in protos):
        subprocess.run(
            [sys.executable, "-m", "grpc_tools.protoc", f"-I{REPO / 'proto'}", f"--python_out={BUILD}",
             *map(str, protos)],
            check=True,
        )
    sys.path.insert(0, str(BUILD))


# ---------------------------------------------------------------- the run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer samples, to check the harness")
    parser.add_argument("--no-build", action="store_true", help="do not run cargo build --release")
    parser.add_argument("--rustlit", type=Path, help="rustlit binary to benchmark")
    args = parser.parse_args()

    ensure_venv()
    rustlit_bin = args.rustlit or (REPO / "target" / "release" / "rustlit")
    if not args.no_build and args.rustlit is None:
        rustlit_bin = build_rustlit()
    generate_proto()

    import asyncio

    from harness import report, scenarios
    from harness.servers import Launcher

    plan = report.Plan.quick() if args.quick else report.Plan.full()
    launcher = Launcher(VENV, rustlit_bin, BUILD / "logs")
    started = time.perf_counter()
    results = asyncio.run(run_all(launcher, plan, scenarios))
    results.wall_s = time.perf_counter() - started
    table = report.render(results, plan, rustlit_bin)
    print()
    print(table)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.md").write_text(table)
    print(f"written to {RESULTS / 'latest.md'}")


async def run_all(launcher, plan, scenarios):
    from harness.report import Results

    results = Results()

    def step(name: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {name}", flush=True)

    step(f"launch to healthy, {plan.launch_rounds} rounds each")
    results.launch = scenarios.launch_to_health(launcher, APPS / "trivial.py", plan.launch_rounds)

    async def with_servers(app: str, body):
        servers = {k: launcher.start(k, APPS / app) for k in scenarios.KINDS}
        try:
            for server in servers.values():
                server.wait_healthy()
            return await body(servers)
        finally:
            for server in servers.values():
                server.stop()

    async def trivial(servers):
        # Memory first, on fresh processes, before other scenarios grow the heap.
        for kind, server in servers.items():
            step(f"idle RSS, trivial app, {plan.idle_sessions} sessions: {kind}")
            results.idle_trivial[kind] = await scenarios.idle_rss_per_session(server, plan.idle_sessions, plan.settle_s)
        step(f"rerun latency, trivial app, {plan.latency_reruns} reruns each")
        results.latency_trivial = await scenarios.rerun_latency(
            servers, plan.latency_reruns, plan.block, plan.warmup, move_slider=False
        )
        step(f"throughput, {plan.sessions} sessions, {plan.rounds}x{plan.seconds} s each")
        results.throughput = await scenarios.throughput(servers, plan.sessions, plan.seconds, plan.rounds)

    async def hundred(servers):
        for kind, server in servers.items():
            step(f"idle RSS, 100-element app, {plan.idle_sessions} sessions: {kind}")
            results.idle_hundred[kind] = await scenarios.idle_rss_per_session(server, plan.idle_sessions, plan.settle_s)
        step(f"rerun latency + bytes, 100-element app, {plan.latency_reruns_100} reruns each")
        results.latency_hundred = await scenarios.rerun_latency(
            servers, plan.latency_reruns_100, plan.block, plan.warmup, move_slider=True
        )

    async def element_calls(servers):
        step(f"element call cost, {plan.element_runs} runs each")
        results.elements = await scenarios.element_call_cost(servers, plan.element_runs)

    await with_servers("trivial.py", trivial)
    await with_servers("hundred_elements.py", hundred)
    await with_servers("element_calls.py", element_calls)
    return results


if __name__ == "__main__":
    main()
