"""`@st.fragment(parallel=True)`: fragment bodies that run on worker threads during a full run.

As in 1.67, a full run that calls a parallel fragment places the fragment's
container on the script's thread, where it is called, then runs the body on
a worker thread while the script goes on; fragment runs (a widget inside it,
`run_every`) stay sequential. A worker writes only inside its container, so
where its elements land does not depend on timing. The run waits for every
worker before it ends: nothing a worker writes can arrive after the run
finished. A worker's `st.rerun()` or `st.stop()` ends its sibling workers at
their next `st.*` call and then the run, as one from the script would.

The workers share the run's registries (widget ids, keys, fragments) and the
session's state; `SessionState` registration is locked for them. Not safe on
a worker, as in 1.67: `st.dialog`, `st.switch_page`, and writing to a
container created outside the fragment (`st.sidebar` included).
"""

from __future__ import annotations

import logging
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import _rustlit
from streamlit.errors import StreamlitInvalidLayoutContextError
from streamlit.runtime.run_context import get_ctx, set_ctx
from streamlit.runtime.scriptrunner import RerunException, StopException

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator
    from streamlit.runtime.fragment import Fragment
    from streamlit.runtime.run_context import RunContext

_LOGGER = logging.getLogger(__name__)

# Python's ThreadPoolExecutor default, as 1.67 with `runner.parallelMaxWorkers` unset.
DEFAULT_MAX_WORKERS = min(32, (os.cpu_count() or 1) + 4)


def max_workers() -> int:
    """`runner.parallelMaxWorkers`, or the default when unset or not a positive number."""
    from streamlit import config

    try:
        wanted = config.get_option("runner.parallelMaxWorkers")
    except RuntimeError:
        return DEFAULT_MAX_WORKERS
    if isinstance(wanted, int) and not isinstance(wanted, bool) and wanted > 0:
        return wanted
    return DEFAULT_MAX_WORKERS


def check_not_parallel_worker(api_name: str) -> None:
    """1.67's error for a command a parallel fragment cannot run on its worker thread."""
    ctx = get_ctx()
    if ctx is not None and ctx.parallel_worker:
        raise StreamlitInvalidLayoutContextError(
            f"`{api_name}` cannot be called from a parallel fragment during the initial page load, because "
            f"parallel fragments run concurrently on separate threads where `{api_name}` is not safe.\n\n"
            "To fix this, gate the call behind a widget interaction (e.g., `if st.button(...):`) so it runs "
            "during a sequential fragment rerun instead."
        )


OUTSIDE_PARALLEL_FRAGMENT = (
    "Writing to a container created outside a parallel fragment, including `st.sidebar` and `st.bottom`, "
    "is not supported on a full app run or a later fragment rerun.\n\n"
    "To fix this, move the element inside the fragment body."
)


class ParallelFragments:
    """The workers one full run started; `wait()` ends them all before the run ends."""

    __slots__ = ("_executor", "_lock", "_outcome", "_pending", "_share")

    def __init__(self, share: Any) -> None:
        self._share = share
        self._executor = ThreadPoolExecutor(max_workers=max_workers(), thread_name_prefix="rustlit-fragment")
        self._pending: list[Future[None]] = []
        self._lock = threading.Lock()
        # The first st.rerun()/st.stop() a worker raised: the run's own outcome once all are done.
        self._outcome: RerunException | StopException | None = None

    @staticmethod
    def of(ctx: RunContext) -> ParallelFragments | None:
        """The run's pool, made on first use (None where no run can be shared)."""
        if ctx.parallel is None:
            share = _rustlit.share_run()
            if share is None:
                return None
            ctx.parallel = ParallelFragments(share)
        pool: ParallelFragments = ctx.parallel
        return pool

    def start(self, ctx: RunContext, record: Fragment, container: DeltaGenerator) -> None:
        worker = ctx.for_worker(record.id, container)
        with self._lock:
            self._pending.append(self._executor.submit(self._work, worker, record, container))

    def _work(self, worker: RunContext, record: Fragment, container: DeltaGenerator) -> None:
        from streamlit.runtime.fragment import FragmentHandledException

        self._share.enter(record.id)
        set_ctx(worker)
        try:
            record.run_inside(worker, container)
        except (RerunException, StopException) as e:
            with self._lock:
                if self._outcome is None:
                    self._outcome = e
            self._share.cancel()
        except (_rustlit.RerunInterrupt, _rustlit.StopInterrupt, FragmentHandledException):
            pass  # the run is ending anyway, or the error is already shown inside the fragment
        except BaseException:
            _LOGGER.exception("A parallel fragment's worker failed")
        finally:
            set_ctx(None)
            self._share.leave()

    def wait(self) -> RerunException | StopException | None:
        """Blocks until every worker (and any worker one started) has finished; what ends the run.

        A stop raised asynchronously in the script's thread while it waits (a
        script-health timeout breaking a stuck run) ends the workers at their
        next `st.*` call, and is raised once they are done: a worker must never
        outlive its run.
        """
        stopped: BaseException | None = None
        while True:
            try:
                self._wait_for_pending()
                break
            except BaseException as e:
                stopped = stopped or e
                self._share.cancel()
        self._executor.shutdown(wait=True)
        if stopped is not None:
            raise stopped
        return self._outcome

    def _wait_for_pending(self) -> None:
        while True:
            with self._lock:
                pending, self._pending = self._pending, []
            if not pending:
                return
            for i, future in enumerate(pending):
                try:
                    future.result()
                except BaseException:
                    with self._lock:  # not waited for yet: the next round waits for them
                        self._pending[:0] = pending[i:]
                    raise
