"""What the app's code does with the value a command returns, read from its bytecode.

`st.skeleton()` shows a skeleton at once when called alone, but as the subject
of a `with` statement it must show one only if the block runs for a while. The
runtime sends each delta as soon as it is written, so writing the skeleton and
clearing it on `__enter__` a moment later can reach a busy page in two frames
and flash. Knowing at call time that the result goes straight into `with` lets
the command skip the first write instead of racing it.
"""

from __future__ import annotations

import dis
import sys
from itertools import islice
from types import FrameType

# The opcode that follows the call when its result is a `with` subject:
# SETUP_WITH up to 3.10, BEFORE_WITH from 3.11 to 3.13. From 3.14 the result is
# copied and its `__exit__` looked up with LOAD_SPECIAL (from 3.14's
# compiler; not run here, where 3.10-3.13 are checked). Anything else
# reads as "not a with subject", the safe answer.
_WITH_OPCODES = {"SETUP_WITH", "BEFORE_WITH", "BEFORE_ASYNC_WITH", "SETUP_ASYNC_WITH"}
_SKIPPED = {"CACHE", "EXTENDED_ARG", "NOP"}


def _app_frame() -> FrameType | None:
    """The innermost frame outside the streamlit package: the code that called the command."""
    frame: FrameType | None = sys._getframe(1)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module != "streamlit" and not module.startswith("streamlit."):
            return frame
        frame = frame.f_back
    return None


def result_enters_with() -> bool:
    """True when the command being run was called as `with st.command(...):`."""
    frame = _app_frame()
    if frame is None:
        return False
    call_offset = frame.f_lasti
    following = list(
        islice(
            (
                ins.opname
                for ins in dis.get_instructions(frame.f_code)
                if ins.offset > call_offset and ins.opname not in _SKIPPED
            ),
            2,
        )
    )
    if not following:
        return False
    if following[0] in _WITH_OPCODES:
        return True
    return following == ["COPY", "LOAD_SPECIAL"]
