"""The two servers as child processes, and what /proc says about them.

Each server is started the way a user would start it, on a free loopback
port, with its stdout discarded and its stderr kept in `build/logs/` for when
something goes wrong. A server is always stopped by the harness (SIGTERM,
then SIGKILL after a grace period); nothing outlives a benchmark run.
"""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")
HEALTH_TIMEOUT_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def health_ok(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1.0)
        conn.request("GET", "/_stcore/health")
        response = conn.getresponse()
        body = response.read()
        conn.close()
        return response.status == 200 and body.strip() == b"ok"
    except OSError:
        return False


class Server:
    """One running server process serving `app`."""

    def __init__(self, kind: str, argv: list[str], env: dict[str, str], app: Path, logs: Path):
        self.kind = kind
        self.app = app
        self.port = free_port()
        argv = [a.replace("{port}", str(self.port)) for a in argv]
        logs.mkdir(parents=True, exist_ok=True)
        self._log = open(logs / f"{kind}-{app.stem}-{self.port}.log", "wb")  # noqa: SIM115
        self.started_at = time.perf_counter()
        self.proc = subprocess.Popen(
            argv,
            cwd=app.parent,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._log,
        )
        self.pid = self.proc.pid

    def wait_healthy(self) -> float:
        """Seconds from process start until `/_stcore/health` answered `ok`."""
        deadline = self.started_at + HEALTH_TIMEOUT_S
        while time.perf_counter() < deadline:
            if health_ok(self.port):
                return time.perf_counter() - self.started_at
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.kind} exited with {self.proc.returncode}; see {self._log.name}")
            time.sleep(0.002)
        raise RuntimeError(f"{self.kind} was not healthy after {HEALTH_TIMEOUT_S} s; see {self._log.name}")

    def rss_bytes(self) -> int:
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
        raise RuntimeError("no VmRSS")

    def cpu_seconds(self) -> float:
        """utime + stime of the server process (all its threads)."""
        stat = Path(f"/proc/{self.pid}/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        # fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        return (int(fields[11]) + int(fields[12])) / CLK_TCK

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        self._log.close()


class Launcher:
    """Knows how to start each kind of server on an app file."""

    def __init__(self, venv: Path, rustlit_bin: Path, logs: Path):
        self.venv = venv
        self.rustlit_bin = rustlit_bin
        self.logs = logs

    def start(self, kind: str, app: Path) -> Server:
        env = dict(os.environ)
        # As if the user had activated the benchmark's virtualenv: both servers
        # see the same interpreter and site-packages.
        env["VIRTUAL_ENV"] = str(self.venv)
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env.pop("PYTHONPATH", None)
        if kind == "streamlit":
            argv = [
                str(self.venv / "bin" / "streamlit"),
                "run",
                str(app),
                "--server.port",
                "{port}",
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--browser.gatherUsageStats",
                "false",
            ]
        else:
            env["RUSTLIT_LOG"] = "warn"
            # The harness sends reruns back to back, far above server.maxMessagesPerSecond's
            # default (200 a second), which would close the socket mid-benchmark; 0 lifts the
            # limit. An environment variable, not a flag, so older binaries that lack the
            # option still start (they ignore it).
            env["STREAMLIT_SERVER_MAX_MESSAGES_PER_SECOND"] = "0"
            argv = [
                str(self.rustlit_bin),
                "run",
                str(app),
                "--server.port",
                "{port}",
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ]
        return Server(kind, argv, env, app, self.logs)
