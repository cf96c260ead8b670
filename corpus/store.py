"""The store under HOME: one cached extraction per file (keyed by SHA-256) and a catalog.

Layout::

    HOME/store/extractions/<sha256>.v<N>.json   the extraction, as `extract --json` prints it
    HOME/store/ocr/<sha256>/<page>.json    what OCR read on a scanned page (corpus.ocr_cache)
    HOME/store/catalog.json                {"paths": {path: sha}, "files": {sha: FileEntry}}
    HOME/index/                            the Whoosh index (see index.schema) and, in
                                           acronyms.json, the acronyms learned (index.acronyms)

Every file is written to a temporary name and renamed into place, so a process killed at any
moment leaves either the old or the new version, never half a file.
"""
from __future__ import annotations

import contextlib
import fcntl
import json
import os
import pathlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from corpus.errors import StoreError
from corpus.ocr_cache import StoreOcrCache
from index.atomic import write_atomically
from index.schema import home_to_index_dir

if TYPE_CHECKING:  # the record types load only where extractions are read or written
    from extract.records import Extraction

CATALOG_VERSION = 1
# Bumped when extraction gains something the index needs (v2: page passages), so an extraction
# cached by an older minutebook is made again rather than indexed without it.
EXTRACTION_VERSION = 2


@dataclass
class FileEntry:
    """What the store knows about one file content: where it was seen and what it yielded."""

    path: str
    indexed: bool = False
    records: dict[str, int] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)


class Store:
    def __init__(self, home: str | os.PathLike[str]) -> None:
        self.home = pathlib.Path(home)
        self.root = self.home / "store"
        self.index_dir = home_to_index_dir(self.home)
        self.paths: dict[str, str] = {}
        self.files: dict[str, FileEntry] = {}
        self.load()

    @property
    def catalog_path(self) -> pathlib.Path:
        return self.root / "catalog.json"

    def extraction_path(self, sha: str) -> pathlib.Path:
        return self.root / "extractions" / f"{sha}.v{EXTRACTION_VERSION}.json"

    @property
    def ocr_cache(self) -> StoreOcrCache:
        return StoreOcrCache(self.root / "ocr")

    def exists(self) -> bool:
        return self.catalog_path.is_file()

    def load(self) -> None:
        if not self.exists():
            return
        try:
            data = json.loads(self.catalog_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise StoreError(f"The store catalog {self.catalog_path} cannot be read ({e}).") from None
        if data.get("version") != CATALOG_VERSION:
            raise StoreError(f"The store in {self.home} was written by another version of minutebook; "
                             "move it aside and ingest again.")
        self.paths = data["paths"]
        self.files = {sha: FileEntry(**entry) for sha, entry in data["files"].items()}

    def save(self) -> None:
        data = {"version": CATALOG_VERSION, "paths": self.paths,
                "files": {sha: asdict(entry) for sha, entry in self.files.items()}}
        write_atomically(self.catalog_path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))

    def has_extraction(self, sha: str) -> bool:
        return self.extraction_path(sha).is_file()

    def put_extraction(self, extraction: Extraction) -> None:
        write_atomically(self.extraction_path(extraction.source.sha256),
                         json.dumps(extraction.to_dict(), ensure_ascii=False))

    def get_extraction(self, sha: str) -> Extraction:
        from extract.records import extraction_from_dict

        return extraction_from_dict(json.loads(self.extraction_path(sha).read_text(encoding="utf-8")))

    def indexed(self) -> Iterator[tuple[str, FileEntry]]:
        """Indexed files in path order, so exports and listings are stable."""
        yield from sorted(((s, e) for s, e in self.files.items() if e.indexed), key=lambda se: se[1].path)

    def indexed_extractions(self) -> Iterator[Extraction]:
        """The cached extraction of every indexed file, in path order, each carrying the path the
        catalog has for the file now: the cache keeps the first path its content was seen at."""
        for sha, entry in self.indexed():
            extraction = self.get_extraction(sha)
            extraction.source.path = entry.path
            yield extraction

    def learned_acronyms(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for _, entry in self.indexed():
            merged.update(entry.acronyms)
        return merged

    @contextlib.contextmanager
    def writing(self) -> Iterator[Store]:
        """Holds the store's write lock: one ingest or remove at a time; searches need no lock.
        An flock dies with its process, so a killed ingest never leaves the store locked."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / "write.lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError(f"Another ingest or remove is writing to {self.home}; "
                                 "wait for it to finish.") from None
            self.load()
            yield self


def require_store(home: str | os.PathLike[str]) -> Store:
    store = Store(home)
    if not store.exists() or not store.index_dir.is_dir():
        raise StoreError(f"There is no minutebook index in {store.home}; run `minutebook ingest PATH` first.")
    return store


def record_counts(store: Store) -> dict[str, Any]:
    totals: dict[str, int] = {}
    for _, entry in store.indexed():
        for kind, n in entry.records.items():
            totals[kind] = totals.get(kind, 0) + n
    return totals
