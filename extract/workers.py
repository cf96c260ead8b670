"""The process pool `ingest --jobs N` extracts files in (and `--jobs` reads a scan's pages in),
made so that no worker outlives its ingest however the ingest ends (kill -9, SIGTERM, Ctrl-C,
an error). It lives in `extract` so that both the ingest and the OCR of one file's pages use it.

- Workers are started fresh ('spawn'), not forked: a forked worker holds a copy of the store's
  open write lock (an flock belongs to the open file, which every copy shares), so a worker left
  behind kept every later ingest out.
- On Linux each worker asks the kernel to kill it when the ingest dies (PR_SET_PDEATHSIG): a
  process killed with SIGKILL runs no code of its own to stop its workers.
- Workers ignore SIGINT. Ctrl-C reaches the whole process group; the ingest stops its workers
  itself, killing them rather than waiting for the files they are reading."""
from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int, then: Callable[..., None] | None = None, args: tuple[Any, ...] = ()) -> None:
    """The pool's initializer, run in each worker before any work; `then(*args)` after it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        import ctypes

        # The kernel sends the signal when the thread that started this worker ends; the pool
        # starts its workers from the thread that submits work, the one running the ingest.
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the ingest died before the request was made
        os._exit(1)
    if then is not None:
        then(*args)


@contextlib.contextmanager
def worker_pool(jobs: int, initializer: Callable[..., None] | None = None,
                initargs: tuple[Any, ...] = ()) -> Iterator[ProcessPoolExecutor]:
    """`jobs` workers, each running `initializer(*initargs)` once it is set to die with its parent."""
    import multiprocessing

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(), initializer, initargs))
    try:
        yield pool
    except BaseException:
        # Python 3.14 has pool.kill_workers(); before it, the pool's own table of its processes.
        for process in list(pool._processes.values()):  # type: ignore[attr-defined]
            process.kill()
        pool.shutdown(cancel_futures=True)
        raise
    pool.shutdown()
