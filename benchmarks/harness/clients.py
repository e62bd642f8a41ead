"""Protocol clients: one browser tab each, speaking Streamlit's or rustlit's websocket.

Both expose the same small surface (`open`, `rerun`, `close`, `wire_bytes`) so
every scenario drives the two servers with identical code. A client does what
a browser does and nothing more: it opens `/_stcore/stream`, asks for a run,
and keeps the values of the widgets it has seen.

Latency is measured from just before the rerun request is written to the
socket until the message that ends the run has been decoded
(`ForwardMsg.script_finished` for Streamlit, a `RunFinished` event for
rustlit). Bytes on the wire come from the kernel (`TCP_INFO`), so they include
websocket framing and everything the server sent, not only what we decoded.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from dataclasses import dataclass, field

import websockets

# Bounds every wait: a server that stops answering fails the run, never hangs it.
TIMEOUT_S = 60.0

# `struct tcp_info` (linux/tcp.h): tcpi_bytes_received is a u64 at offset 128.
_TCP_INFO_LEN = 232
_BYTES_RECEIVED_OFFSET = 128
_BYTES_ACKED_OFFSET = 120


@dataclass
class Run:
    """One finished run as the client saw it."""

    latency_s: float
    frames: int
    payload_bytes: int
    texts: list[str] = field(default_factory=list)


class Session:
    """What the scenarios rely on; see the two implementations below."""

    kind: str

    def __init__(self, port: int) -> None:
        self.port = port
        self.ws: websockets.ClientConnection | None = None
        self.slider_id: str | None = None

    async def _connect(self, subprotocols: list[str]) -> None:
        self.ws = await asyncio.wait_for(
            websockets.connect(
                f"ws://127.0.0.1:{self.port}/_stcore/stream",
                subprotocols=subprotocols,
                origin=f"http://127.0.0.1:{self.port}",
                compression=None,
                max_size=None,
                ping_interval=None,
                open_timeout=TIMEOUT_S,
            ),
            TIMEOUT_S,
        )

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    def wire_bytes(self) -> tuple[int, int]:
        """(received, sent-and-acked) TCP payload bytes on this socket so far."""
        sock = self.ws.transport.get_extra_info("socket")
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, _TCP_INFO_LEN)
        received = struct.unpack_from("Q", info, _BYTES_RECEIVED_OFFSET)[0]
        acked = struct.unpack_from("Q", info, _BYTES_ACKED_OFFSET)[0]
        return received, acked

    async def open(self) -> None:
        raise NotImplementedError

    async def rerun(self, slider: float | None = None, collect_text: bool = False) -> Run:
        raise NotImplementedError


class StreamlitSession(Session):
    """Streamlit 1.67's protocol, with Streamlit's own protobuf classes."""

    kind = "streamlit"

    def __init__(self, port: int) -> None:
        super().__init__(port)
        from streamlit.proto import BackMsg_pb2, ForwardMsg_pb2

        self._BackMsg = BackMsg_pb2.BackMsg
        self._ForwardMsg = ForwardMsg_pb2.ForwardMsg
        self.main_script_hash = ""

    async def open(self) -> None:
        # The browser's second entry is its XSRF token; without auth it is this placeholder.
        await self._connect(["streamlit", "PLACEHOLDER_AUTH_TOKEN"])

    async def rerun(self, slider: float | None = None, collect_text: bool = False) -> Run:
        msg = self._BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = ""
        rerun.page_script_hash = self.main_script_hash
        if slider is not None and self.slider_id is not None:
            widget = rerun.widget_states.widgets.add()
            widget.id = self.slider_id
            widget.double_array_value.data.append(slider)
        data = msg.SerializeToString()
        frames = payload = 0
        texts: list[str] = []
        start = time.perf_counter()
        await self.ws.send(data)
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT_S)
            frames += 1
            payload += len(raw)
            fwd = self._ForwardMsg.FromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "script_finished":
                latency = time.perf_counter() - start
                return Run(latency, frames, payload, texts)
            if kind == "new_session":
                self.main_script_hash = fwd.new_session.main_script_hash
            elif kind == "delta" and fwd.delta.WhichOneof("type") == "new_element":
                element = fwd.delta.new_element
                which = element.WhichOneof("type")
                if which == "slider":
                    self.slider_id = element.slider.id
                elif collect_text and which == "text":
                    texts.append(element.text.body)


class RustlitSession(Session):
    """rustlit's protocol (`proto/rustlit.proto`), with classes generated by grpc_tools."""

    kind = "rustlit"

    def __init__(self, port: int) -> None:
        super().__init__(port)
        import rustlit_pb2  # generated into benchmarks/build by run.py

        self._pb = rustlit_pb2
        self.session_id = ""

    async def open(self) -> None:
        await self._connect(["rustlit"])
        raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT_S)
        init = self._pb.ForwardMsg.FromString(raw)
        self.session_id = init.events[0].session_init.session_id

    async def rerun(self, slider: float | None = None, collect_text: bool = False) -> Run:
        msg = self._pb.BackMsg()
        rerun = msg.rerun_script
        rerun.query_string = ""
        if slider is not None and self.slider_id is not None:
            widget = rerun.widget_states.add()
            widget.id = self.slider_id
            widget.value.double_array_value.data.append(slider)
        data = msg.SerializeToString()
        frames = payload = 0
        texts: list[str] = []
        start = time.perf_counter()
        await self.ws.send(data)
        while True:
            raw = await asyncio.wait_for(self.ws.recv(), TIMEOUT_S)
            frames += 1
            payload += len(raw)
            fwd = self._pb.ForwardMsg.FromString(raw)
            for event in fwd.events:
                kind = event.WhichOneof("kind")
                if kind == "run_finished":
                    latency = time.perf_counter() - start
                    return Run(latency, frames, payload, texts)
                if kind == "delta" and event.delta.WhichOneof("kind") == "element":
                    element = event.delta.element
                    which = element.WhichOneof("type")
                    if which == "slider":
                        self.slider_id = element.slider.widget.id
                    elif collect_text and which == "text":
                        texts.append(element.text.body)


def session_class(kind: str) -> type[Session]:
    return {"streamlit": StreamlitSession, "rustlit": RustlitSession}[kind]
