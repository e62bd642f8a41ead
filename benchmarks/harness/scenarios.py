"""The six measurements, each taken on both servers with identical client code.

Where a scenario measures both servers it alternates between them in small
blocks, so drift on a shared machine (another process waking up, thermal
changes) lands on both sides instead of favouring one. Every loop is bounded
by a count or a deadline.
"""

from __future__ import annotations

import asyncio
import gc
import resource
import statistics
import time
from dataclasses import dataclass

from .clients import Session, session_class
from .servers import Launcher, Server

KINDS = ("streamlit", "rustlit")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile, q in [0, 100]."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def client_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def open_session(server: Server) -> Session:
    session = session_class(server.kind)(server.port)
    await session.open()
    await session.rerun()
    return session


# ---------------------------------------------------------------- 5. launch


def launch_to_health(launcher: Launcher, app, rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {k: [] for k in KINDS}
    for _ in range(rounds):
        for kind in KINDS:
            server = launcher.start(kind, app)
            try:
                times[kind].append(server.wait_healthy())
            finally:
                server.stop()
    return times


# ---------------------------------------------------------------- 1, 2. latency


@dataclass
class Latency:
    samples: list[float]
    bytes_received_per_rerun: float
    bytes_sent_per_rerun: float
    payload_bytes_per_rerun: float
    frames_per_rerun: float

    @property
    def p50(self) -> float:
        return percentile(self.samples, 50)

    @property
    def p99(self) -> float:
        return percentile(self.samples, 99)


async def rerun_latency(
    servers: dict[str, Server], reruns: int, block: int, warmup: int, move_slider: bool
) -> dict[str, Latency]:
    """One session per server; sequential reruns, alternating servers every `block` reruns.

    With `move_slider`, every rerun sends a new slider value, so exactly one
    number on the page changes per rerun (what the bytes figure is about).
    """
    sessions = {k: await open_session(s) for k, s in servers.items()}
    value = {k: 0 for k in KINDS}

    async def one(kind: str):
        value[kind] += 1
        return await sessions[kind].rerun(slider=float(value[kind]) if move_slider else None)

    for kind in KINDS:
        for _ in range(warmup):
            await one(kind)
    # The client's own garbage collector would add pauses to either side's samples.
    gc.collect()
    gc.disable()
    samples: dict[str, list[float]] = {k: [] for k in KINDS}
    received = {k: 0 for k in KINDS}
    sent = {k: 0 for k in KINDS}
    payload = {k: 0 for k in KINDS}
    frames = {k: 0 for k in KINDS}
    done = 0
    while done < reruns:
        n = min(block, reruns - done)
        for kind in KINDS:
            before = sessions[kind].wire_bytes()
            for _ in range(n):
                run = await one(kind)
                samples[kind].append(run.latency_s)
                payload[kind] += run.payload_bytes
                frames[kind] += run.frames
            after = sessions[kind].wire_bytes()
            received[kind] += after[0] - before[0]
            sent[kind] += after[1] - before[1]
        done += n
    gc.enable()
    for session in sessions.values():
        await session.close()
    return {
        k: Latency(samples[k], received[k] / reruns, sent[k] / reruns, payload[k] / reruns, frames[k] / reruns)
        for k in KINDS
    }


# ---------------------------------------------------------------- 3. throughput


@dataclass
class Throughput:
    reruns: int
    wall_s: float
    server_cpu_s: float
    client_cpu_s: float

    @property
    def per_second(self) -> float:
        return self.reruns / self.wall_s

    @property
    def cpu_per_rerun_s(self) -> float:
        return self.server_cpu_s / self.reruns


async def _throughput_once(server: Server, sessions: int, seconds: float) -> Throughput:
    opened = [await open_session(server) for _ in range(sessions)]
    counts = [0] * sessions

    async def loop(i: int, deadline: float) -> None:
        while time.perf_counter() < deadline:
            await opened[i].rerun()
            counts[i] += 1

    cpu0, client0 = server.cpu_seconds(), client_cpu_seconds()
    start = time.perf_counter()
    await asyncio.gather(*(loop(i, start + seconds) for i in range(sessions)))
    wall = time.perf_counter() - start
    cpu1, client1 = server.cpu_seconds(), client_cpu_seconds()
    for session in opened:
        await session.close()
    return Throughput(sum(counts), wall, cpu1 - cpu0, client1 - client0)


async def throughput(servers: dict[str, Server], sessions: int, seconds: float, rounds: int) -> dict[str, Throughput]:
    """`sessions` sessions rerunning back to back for `seconds`, alternating servers per round."""
    total = {k: Throughput(0, 0.0, 0.0, 0.0) for k in KINDS}
    for _ in range(rounds):
        for kind in KINDS:
            t = await _throughput_once(servers[kind], sessions, seconds)
            acc = total[kind]
            total[kind] = Throughput(
                acc.reruns + t.reruns,
                acc.wall_s + t.wall_s,
                acc.server_cpu_s + t.server_cpu_s,
                acc.client_cpu_s + t.client_cpu_s,
            )
    return total


# ---------------------------------------------------------------- 4. idle memory


async def idle_rss_per_session(server: Server, sessions: int, settle_s: float) -> float:
    """RSS growth per idle session, each having completed its first run.

    A warm-up session runs first so one-off costs (importing the script's
    modules, first-run caches) are not charged to the sessions measured.
    """
    warm = await open_session(server)
    await asyncio.sleep(settle_s)
    before = server.rss_bytes()
    opened = []
    for _ in range(sessions):
        opened.append(await open_session(server))
    await asyncio.sleep(settle_s)
    after = server.rss_bytes()
    for session in [warm, *opened]:
        await session.close()
    return (after - before) / sessions


# ---------------------------------------------------------------- 6. element call cost


@dataclass
class ElementCost:
    per_call_us: list[float]
    rerun_s: list[float]


async def element_call_cost(servers: dict[str, Server], runs: int) -> dict[str, ElementCost]:
    """Runs the element_calls app; the script reports its own per-call time."""
    sessions = {k: await open_session(s) for k, s in servers.items()}
    result = {k: ElementCost([], []) for k in KINDS}
    for _ in range(runs):
        for kind in KINDS:
            run = await sessions[kind].rerun(collect_text=True)
            reported = [t for t in run.texts if t.startswith("element_call_us=")]
            if not reported:
                raise RuntimeError(f"{kind}: the element_calls app reported no timing")
            result[kind].per_call_us.append(float(reported[-1].split("=", 1)[1]))
            result[kind].rerun_s.append(run.latency_s)
    for session in sessions.values():
        await session.close()
    return result


def median(values: list[float]) -> float:
    return statistics.median(values)
