"""A pure-Python stand-in for the native `_rustlit` module, for tests.

It records every `element`/`block` call as (kind, path, fields) — blocks
as "block_<kind>" — checking the fields against the protocol exactly as
the native module does (the table `proto_schema.py` is generated from
proto/ by build.rs), and can dump the page as a plain, JSON-able element
tree (path -> kind + fields). It can also simulate the runtime
asking a run to end: `interrupt_at(n, RerunInterrupt)` raises at the n-th
yield point from now.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import proto_schema


class RerunInterrupt(BaseException):
    """A newer run request is pending."""


class StopInterrupt(BaseException):
    """The run was asked to stop."""


class Call:
    """One recorded emitting call."""

    __slots__ = ("fields", "fragment_id", "name", "path")

    def __init__(self, name: str, path: tuple[int, ...], fields: dict[str, Any], fragment_id: str = "") -> None:
        self.name = name
        self.path = path
        self.fields = fields
        # The fragment that wrote it (the Delta's fragment_id; "" = the script's body).
        self.fragment_id = fragment_id

    def __getitem__(self, field: str) -> Any:
        return self.fields[field]

    def __repr__(self) -> str:
        return f"Call({self.name!r}, {self.path!r}, {self.fields!r})"


calls: list[Call] = []
compile_errors: list[tuple[str, str, list[str]]] = []
_interrupt: list[Any] = []  # [countdown, exception class]


def reset() -> None:
    calls.clear()
    auto_reruns.clear()
    global client, user
    client = None
    user = None
    login_urls.clear()
    logged_out.clear()
    _fragment[0] = ""
    compile_errors.clear()
    events.clear()
    page_infos.clear()
    page_configs.clear()
    uploads.clear()
    upload_data_reads.clear()
    kept_uploads.clear()
    media.clear()
    pinned_media.clear()
    _interrupt.clear()
    at_rest_key[0] = None


def interrupt_at(n: int, exc: type[BaseException]) -> None:
    """Raise `exc` at the n-th yield point from now (1 = the next one)."""
    _interrupt[:] = [n, exc]


def _yield_point() -> None:
    if getattr(_worker, "shared", None) is not None and _worker.shared.cancelled:
        raise StopInterrupt()
    if _interrupt:
        _interrupt[0] -= 1
        if _interrupt[0] <= 0:
            exc = _interrupt[1]
            _interrupt.clear()
            raise exc()


def check_interrupt() -> None:
    _yield_point()


def has_run_context() -> bool:
    return True


_fragment = [""]
# A parallel fragment's worker thread: the SharedRun it entered and the fragment it writes as.
_worker = threading.local()


def _current_fragment() -> str:
    return _worker.fragment if getattr(_worker, "shared", None) is not None else _fragment[0]


class SharedRun:
    """As the native one: worker threads join the run; cancel() makes their next call raise StopInterrupt."""

    def __init__(self) -> None:
        self.cancelled = False
        self.entered: list[str] = []

    def enter(self, fragment_id: str) -> None:
        _worker.shared, _worker.fragment = self, fragment_id
        self.entered.append(fragment_id)

    def leave(self) -> None:
        _worker.shared = None

    def cancel(self) -> None:
        self.cancelled = True


def share_run() -> SharedRun:
    return SharedRun()
# run_every timers the runs asked for: (interval in seconds, fragment id).
auto_reruns: list[tuple[float, str]] = []


# What st.context reads; tests set it (None = outside a run, as natively).
client: dict[str, Any] | None = None


def client_context() -> dict[str, Any] | None:
    return client


# st.user: the login JSON the server would hand the run (None = nobody logged in).
user: str | None = None
login_urls: dict[str, str] = {}
logged_out: list[bool] = []


def user_info() -> str | None:
    return user


def auth_login_url(provider: str) -> str | None:
    return login_urls.get(provider)


def auth_logout() -> str | None:
    global user
    user = None
    logged_out.append(True)
    return "/auth/logout"


def set_fragment(fragment_id: str) -> None:
    if getattr(_worker, "shared", None) is not None:
        _worker.fragment = fragment_id
    else:
        _fragment[0] = fragment_id


def auto_rerun(interval: float, fragment_id: str) -> None:
    _yield_point()
    auto_reruns.append((float(interval), fragment_id))


# Components: the registry the component origin would serve.
components: dict[str, tuple[str | None, str | None]] = {}
html_docs: dict[str, str] = {}


def component_register(name: str, path: str | None = None, url: str | None = None) -> str | None:
    previous = components.get(name)
    components[name] = (path, url)
    return None if previous in (None, (path, url)) else repr(previous)


def component_store_html(html: str) -> str:
    # The real digest is keyed per process; any stable name will do here.
    digest = hashlib.sha256(html.encode("utf-8", "surrogatepass")).hexdigest()
    html_docs[digest] = html
    return f"/html/{digest}.html"


v2_components: dict[str, tuple[Any, ...]] = {}


def component_v2_define(
    name: str, html: str | None, css: str | None, js: str | None, asset_dir: str | None, css_path: str | None,
    js_path: str | None,
) -> tuple[str, str]:
    definition = (html, css, js, asset_dir, css_path, js_path)
    v2_components[name] = definition
    digest = hashlib.sha256(repr((name, definition)).encode("utf-8", "surrogatepass")).hexdigest()
    label = hashlib.sha256(name.encode()).hexdigest()[:16]
    return f"/v2/{label}/{digest}.html", label


# Uploads: the session's store as the upload endpoint would fill it.
uploads: dict[str, tuple[str, str, bytes]] = {}
upload_data_reads: list[str] = []


def uploaded_files(ids: list[str]) -> list[tuple[str, str, str, int]]:
    return [(i, uploads[i][0], uploads[i][1], len(uploads[i][2])) for i in ids if i in uploads]


def uploaded_file_data(file_id: str) -> bytes | None:
    upload_data_reads.append(file_id)
    found = uploads.get(file_id)
    return None if found is None else found[2]


kept_uploads: list[list[str]] = []


def keep_uploaded_files(ids: list[str]) -> None:
    kept_uploads.append(list(ids))


held_delays: list[int] = []


def hold_next_delta(delay_ms: int) -> None:
    held_delays.append(delay_ms)


def end_held_delta() -> bool:
    """As if the hold had run out: the held element was sent (the real timer is the binary's)."""
    return True


def max_upload_bytes() -> int:
    return 200 * 1024 * 1024


# server.dataEncryptionKeyFile: a stand-in key (the real sealing is AES-GCM in
# src/at_rest.rs, tested there); None = not configured.
at_rest_key: list[bytes | None] = [None]


def at_rest_encrypted() -> bool:
    return at_rest_key[0] is not None


def _at_rest_tag(context: str, data: bytes) -> bytes:
    import hashlib

    key = at_rest_key[0]
    if key is None:
        raise RuntimeError("server.dataEncryptionKeyFile is not set")
    return hashlib.sha256(key + context.encode() + b"\0" + data).digest()


def at_rest_seal(context: str, data: bytes) -> bytes:
    return b"FAKESEAL" + _at_rest_tag(context, data) + bytes(b ^ 0x5A for b in data)


def at_rest_open(context: str, data: bytes) -> bytes:
    if not data.startswith(b"FAKESEAL"):
        raise ValueError("not sealed by rustlit")
    plain = bytes(b ^ 0x5A for b in data[8 + 32 :])
    if data[8 : 8 + 32] != _at_rest_tag(context, plain):
        raise ValueError("sealed with another key, for another file, or changed since")
    return plain


# st.set_page_config calls, in order: the fields each call sent.
page_configs: list[dict[str, Any]] = []


def page_config(**fields: Any) -> None:
    _check_fields("PageConfig", fields, set())
    _yield_point()
    page_configs.append(dict(fields))


def compile_error(type: str, message: str, stack_trace: list[str]) -> None:
    compile_errors.append((type, message, list(stack_trace)))


# Events that are not page elements: ("navigation", fields) / ("page_not_found", name).
events: list[tuple[str, Any]] = []


def navigation(**fields: Any) -> None:
    _check_fields("Navigation", fields, set())
    _yield_point()
    events.append(("navigation", dict(fields)))


def page_not_found(page_name: str) -> None:
    _yield_point()
    events.append(("page_not_found", page_name))


# Query strings the runs sent to the browser (st.query_params mutations).
page_infos: list[str] = []


def page_info_changed(query_string: str) -> None:
    _yield_point()
    page_infos.append(query_string)


def _check_value(label: str, kind: str, value: Any) -> None:
    if kind.startswith("enum:"):
        names = proto_schema.ENUMS[kind[5:]]
        if not isinstance(value, str):
            raise TypeError(f"{label}: expected the enum value's name (a str), got {type(value).__name__}")
        if value not in names:
            raise ValueError(f"{label}: unknown value '{value}' (one of {', '.join(names)})")
    elif kind.startswith("message:"):
        if not isinstance(value, dict):
            raise TypeError(f"{label}: expected a dict of rustlit.{kind[8:]} fields, got {type(value).__name__}")
        _check_fields(kind[8:], value, set())
    else:
        expected = {"str": str, "bool": bool, "int": int, "float": (int, float), "bytes": (bytes, bytearray)}[kind]
        if not isinstance(value, expected) or (kind in ("int", "float") and isinstance(value, bool)):
            raise TypeError(f"{label}: expected {kind}, got {type(value).__name__}")


def _check_fields(message: str, fields: dict[str, Any], envelope_names: set[str]) -> None:
    """The native module's rules (src/runner/native/fields.rs) for one message."""
    spec = proto_schema.MESSAGES[message]
    for name, value in fields.items():
        if name in envelope_names:
            continue
        if name not in spec:
            raise TypeError(f"rustlit.{message} has no field '{name}' (fields: {', '.join(spec)})")
        kind, presence = spec[name]
        label = f"{message}.{name}"
        if presence == "repeated":
            if not isinstance(value, (list, tuple)):
                raise TypeError(f"{label}: expected a list, got {type(value).__name__}")
            for item in value:
                _check_value(label, kind, item)
        elif value is None and presence != "required":
            continue
        else:
            _check_value(label, kind, value)
    missing = [n for n, (_, presence) in spec.items() if presence in ("required", "repeated") and n not in fields]
    if missing:
        raise TypeError(f"rustlit.{message} is missing field(s): {', '.join(missing)}")


def _write(function: str, envelope: str, kinds: dict[str, str], path: Any, kind: str, fields: dict[str, Any]) -> None:
    if not isinstance(path, tuple) or not all(type(i) is int for i in path):
        raise TypeError(f"_rustlit.{function}: path must be a tuple of ints, got {path!r}")
    envelope_fields = proto_schema.MESSAGES[envelope]
    own = {n: v for n, v in fields.items() if n not in envelope_fields or n in proto_schema.MESSAGES[kinds[kind]]}
    _check_fields(kinds[kind], own, set())
    _check_fields(envelope, {n: v for n, v in fields.items() if n not in own}, set())
    _yield_point()
    calls.append(Call(kind if function == "element" else f"block_{kind}", path, _flatten(fields), _current_fragment()))


def _unwrap(value: dict[str, Any] | None) -> Any:
    """A WidgetValue dict as the plain value it carries (None for none_value or no value)."""
    if not value:
        return None
    ((member, inner),) = value.items()
    if member == "none_value":
        return None
    if member in ("string_array_value", "double_array_value"):
        return list(inner["data"])
    return inner


def _flatten(fields: dict[str, Any]) -> dict[str, Any]:
    """What tests read: a widget's `Widget` fields next to its own, its values unwrapped."""
    widget = fields.get("widget")
    if widget is None:
        return dict(fields)
    flat = {k: v for k, v in fields.items() if k != "widget"}
    for name, value in widget.items():
        flat[name] = _unwrap(value) if name in ("default", "value") else value
    flat.setdefault("default", None)
    flat.setdefault("value", None)
    flat["widget"] = widget
    return flat


def _writer(function: str, envelope: str, kinds: dict[str, str], kind: str):
    def write(path: Any, /, **fields: Any) -> None:
        _write(function, envelope, kinds, path, kind, fields)

    write.__name__ = kind if function == "element" else f"block_{kind}"
    return write


# One function per kind, as the native module has them (`text`, `block_vertical`, ...).
for _kind in proto_schema.ELEMENT_KINDS:
    globals()[_kind] = _writer("element", "Element", proto_schema.ELEMENT_KINDS, _kind)
for _kind in proto_schema.BLOCK_KINDS:
    globals()[f"block_{_kind}"] = _writer("block", "Block", proto_schema.BLOCK_KINDS, _kind)


# Files download buttons, image avatars and the favicon stored: url -> (data, mime, file_name, attachment).
media: dict[str, tuple[bytes, str, str, bool]] = {}
pinned_media: dict[str, str] = {}  # slot -> url


def media_url(data: bytes, mime: str, file_name: str, attachment: bool, pin: str | None = None) -> str | None:
    if pin not in (None, "favicon"):
        raise ValueError(f"unknown media slot '{pin}' (known: favicon)")
    url = f"media/{len(media)}"
    media[url] = (bytes(data), mime, file_name, attachment)
    if pin is not None:
        pinned_media[pin] = url
    return url


def tree() -> dict[str, dict[str, Any]]:
    """The page as the browser would hold it: "[0, 1]" -> {"kind": ..., fields...}.

    Later writes to a path replace earlier ones; a block written at a path
    keeps the children already under it only when it is the same kind.
    """
    nodes: dict[tuple[int, ...], dict[str, Any]] = {}
    for c in calls:
        old = nodes.get(c.path)
        if old is None or old["kind"] != c.name or not c.name.startswith("block_"):
            n = len(c.path)
            for p in [p for p in nodes if len(p) > n and p[:n] == c.path]:
                del nodes[p]
        nodes[c.path] = {"kind": c.name, **c.fields}
    return {str(list(p)): nodes[p] for p in sorted(nodes)}
