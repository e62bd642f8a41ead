"""Which browser permissions a component frame gets (its iframe's `allow=`).

None by default: a frame holds no camera, microphone, geolocation and so
on, even when the app itself was granted them (a prompt answered for
`st.camera_input` would otherwise cover every component too). A component
asks for features when it is declared (`declare_component(...,
permissions=["camera"])`, a rustlit extension), and the operator grants them
with `server.componentPermissions`, entries `<name>:<feature>` where
`<name>` is the component's registered name (`module.name`), `html`
(components.html), `iframe` (components.iframe) or `*` (all of them).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

_LOGGER = logging.getLogger("streamlit")

# Permissions-policy feature names look like this; the page filters them
# again against the features it knows.
_FEATURE = re.compile(r"^[a-z][a-z0-9-]{0,40}$")


def features(requested: Iterable[str] | None) -> list[str]:
    """The valid feature names among `requested`, in order, without repeats."""
    out: list[str] = []
    for feature in requested or ():
        name = str(feature).strip().lower()
        if not _FEATURE.match(name):
            _LOGGER.warning("ignoring the component permission %r: not a permissions-policy feature", feature)
        elif name not in out:
            out.append(name)
    return out


def granted(name: str, declared: Iterable[str] | None = None) -> list[str]:
    """What the frame of component `name` may use: its declaration's and the operator's grants."""
    from streamlit import config

    try:
        entries = config.get_option("server.componentPermissions") or []
    except RuntimeError:  # not configured by a server (tests)
        entries = []
    operator = []
    for entry in entries:
        who, _, feature = str(entry).rpartition(":")
        if who in ("*", name):
            operator.append(feature)
    return features([*(declared or ()), *operator])
