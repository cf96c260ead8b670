"""The store and index in HOME as the web page holds them across requests.

One `RecordIndex` stays open (opening Whoosh costs more than a query); it is reopened when an
ingest rewrites the catalog, so new files and learned acronyms show up without a restart.
Requests use it one at a time: a local page has one officer, and a Whoosh searcher is not
meant to be shared between threads."""
from __future__ import annotations

import contextlib
import os
import pathlib
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from corpus.register.hand_status import status_path
from corpus.store import Store, require_store
from web.facets import FacetCache

if TYPE_CHECKING:
    from corpus.register.assemble import RegisterAction
    from index.search import RecordIndex

Stamp = tuple[int, ...]


def file_stamp(*paths: str | os.PathLike[str]) -> Stamp:
    """A cheap "has it changed?" for files the store replaces whole (a new inode each time), so
    two changes within one tick of a coarse file-system clock still differ."""
    stamps: list[int] = []
    for path in paths:
        try:
            info = os.stat(path)
            stamps.extend((info.st_mtime_ns, info.st_ino, info.st_size))
        except OSError:
            stamps.extend((0, 0, 0))
    return tuple(stamps)


class Library:
    def __init__(self, home: str) -> None:
        self.home = home
        self.lock = threading.RLock()
        self._watched: tuple[pathlib.Path, pathlib.Path] | None = None
        self._index: RecordIndex | None = None
        self._index_stamp: Stamp = ()
        # What was built from the store, and the stamp of the store it was built from.
        self._built: dict[str, tuple[Stamp, Any]] = {}
        self.facet_cache = FacetCache()

    def watched(self) -> tuple[pathlib.Path, pathlib.Path]:
        """The catalog an ingest saves and the file a clerk's close or reopen writes."""
        if self._watched is None:
            store = Store(self.home)
            self._watched = (store.catalog_path, status_path(store))
        return self._watched

    def stamp(self) -> Stamp:
        return file_stamp(*self.watched())

    def built(self, name: str, build: Callable[[], Any]) -> Any:
        """`build()`, made again only when the store has changed since it was last made."""
        with self.lock:
            stamp = self.stamp()
            if name not in self._built or self._built[name][0] != stamp:
                self._built[name] = (stamp, build())
            return self._built[name][1]

    def store(self) -> Store:
        """The catalog (StoreError when there is no index yet)."""
        store: Store = self.built("store", lambda: require_store(self.home))
        return store

    @contextlib.contextmanager
    def index(self) -> Iterator[RecordIndex]:
        from index.integrity import damage_reported
        from index.schema import home_to_index_dir
        from index.search import RecordIndex

        with self.lock, damage_reported(home_to_index_dir(self.home)):
            stamp = file_stamp(self.watched()[0])
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
        from corpus.register.commands import load_register

        register: list[RegisterAction] = self.built("register", lambda: load_register(self.home))
        return register

    def open_meetings(self, index: RecordIndex) -> frozenset[str]:
        """Meeting keys (one per document) of every document that lists an action still open,
        for the "has open actions" facet."""
        from corpus.register.commands import STATUS_CHOICES

        def build() -> frozenset[str]:
            still_open = [e for e in self.register() if e.status in STATUS_CHOICES["open"]]
            ids = {rid for entry in still_open for rid in (entry.id, *entry.aliases)}
            return frozenset(r.meeting_key for rid in ids for r in index.records(id=rid))

        meetings: frozenset[str] = self.built("open meetings", build)
        return meetings
