"""A test hook for the crash harness (tests/test_crash_harness.py): MINUTEBOOK_CRASH_AT=EVENT
(or EVENT:N, the Nth time) kills this process, as `kill -9` would, at that event of the store's
writes, so a test can stop an ingest exactly between two of its files' writes.

Events, in the order an ingest meets them: `cache-written` (a cached extraction renamed into
place), `segment-written` (an index segment written, its table of contents not yet),
`toc-written` (the index committed, the catalog not yet saved), `catalog-written`."""
from __future__ import annotations

import os
import signal
from collections import Counter

CRASH_AT = "MINUTEBOOK_CRASH_AT"
CRASH_EVENTS = ("cache-written", "segment-written", "toc-written", "catalog-written")
_seen: Counter[str] = Counter()


def crash_point(event: str) -> None:
    wanted = os.environ.get(CRASH_AT)
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name != event:
        return
    _seen[event] += 1
    if _seen[event] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
