"""The store and index in HOME as the web page holds them across requests.

One `RecordIndex` stays open (opening Whoosh costs more than a query); it is reopened when an
ingest rewrites the catalog, so new files and learned acronyms show up without a restart.
Requests use it one at a time: a local page has one officer, and a Whoosh searcher is not
meant to be shared between threads."""
from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

from corpus.hand_status import status_path
from corpus.store import Store, require_store

if TYPE_CHECKING:
    from corpus.register import RegisterAction
    from index.search import RecordIndex

Stamp = tuple[int, ...]


def file_stamp(*paths: object) -> Stamp:
    """Modification times (ns) of files, 0 for a missing one: a cheap "has it changed?"."""
    import os

    stamps = []
    for path in paths:
        try:
            stamps.append(os.stat(path).st_mtime_ns)  # type: ignore[arg-type]
        except OSError:
            stamps.append(0)
    return tuple(stamps)


class Library:
    def __init__(self, home: str) -> None:
        self.home = home
        self.lock = threading.RLock()
        self._index: RecordIndex | None = None
        self._index_stamp: Stamp = ()
        self._open_meetings: frozenset[str] = frozenset()
        self._open_stamp: Stamp = ()

    def store(self) -> Store:
        """The catalog as it is now (StoreError when there is no index yet)."""
        return require_store(self.home)

    def stamp(self) -> Stamp:
        store = Store(self.home)
        return file_stamp(store.catalog_path, status_path(store))

    @contextlib.contextmanager
    def index(self) -> Iterator[RecordIndex]:
        from index.search import RecordIndex

        with self.lock:
            stamp = file_stamp(Store(self.home).catalog_path)
            if self._index is None or stamp != self._index_stamp:
                if self._index is not None:
                    self._index.close()
                    self._index = None
                self._index = RecordIndex(self.home)
                self._index_stamp = stamp
            else:
                self._index.refresh()
            yield self._index

    def register(self) -> list[RegisterAction]:
        from corpus.register_commands import load_register

        return load_register(self.home)

    def open_meetings(self, index: RecordIndex, today: dt.date) -> frozenset[str]:
        """Meeting keys (one per document) of every document that lists an action still open,
        for the "has open actions" facet. The register is read again only when the catalog or
        a hand-set status has changed."""
        from corpus.register_commands import ActionFilter, filter_register

        with self.lock:
            stamp = self.stamp()
            if stamp != self._open_stamp:
                still_open = filter_register(self.register(), ActionFilter(status="open"), today)
                ids = {rid for entry in still_open for rid in (entry.id, *entry.aliases)}
                self._open_meetings = frozenset(r.meeting_key for rid in ids for r in index.records(id=rid))
                self._open_stamp = stamp
            return self._open_meetings
