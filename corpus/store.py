"""The store under HOME: one cached extraction per file (keyed by SHA-256) and a catalog.

Layout::

    HOME/store/extractions/<sha256>.v<N>.json   the extraction, as `extract --json` prints it
    HOME/store/ocr/<sha256>/<page>.json    what OCR read on a scanned page (corpus.ocr_cache)
    HOME/store/catalog.json                {"paths": {path: sha}, "files": {sha: FileEntry}}
    HOME/index/                            the Whoosh index (see index.schema) and, in
                                           acronyms.json, the acronyms learned (index.acronyms)

Every file is written to a temporary name and renamed into place, so a process killed at any
moment leaves either the old or the new version, never half a file. The catalog keeps the
SHA-256 of each cached extraction as written, so one damaged since is found (`minutebook check`)
and made again (`minutebook ingest`), never read as the truth.
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import pathlib
import shlex
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any

from corpus.errors import CatalogDamaged, StoreDamaged, StoreError
from corpus.ocr_cache import StoreOcrCache
from corpus.surrogates import to_json
from index.atomic import write_atomically
from index.crash_points import crash_point
from index.integrity import REINDEX, Problem, error_reason, index_problems
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
    # Where a fetched file came from (`minutebook fetch`): the document's URL and its meeting's page.
    source_url: str | None = None
    meeting_url: str | None = None
    extraction_sha256: str | None = None  # of the cached extraction's bytes (None: cached before it was kept)

    def provenance(self) -> Provenance | None:
        return Provenance(self.source_url, self.meeting_url) if self.source_url else None


@dataclass(frozen=True)
class Provenance:
    """Where a fetched file came from: the document's URL and the page of its meeting."""

    url: str
    meeting_url: str | None = None


def catalog_from_dict(data: Any) -> tuple[dict[str, str], dict[str, FileEntry]]:
    """(paths, files) of a catalog as JSON; TypeError, KeyError or ValueError when not so shaped."""
    if data.get("version") != CATALOG_VERSION:
        raise ValueError("no version")
    paths, files = data["paths"], data["files"]
    if not isinstance(paths, dict) or not all(isinstance(p, str) and isinstance(s, str) for p, s in paths.items()):
        raise TypeError("'paths' is not a table of paths to SHA-256")
    entries = {sha: FileEntry(**entry) for sha, entry in files.items()}
    for entry in entries.values():
        if not (isinstance(entry.path, str) and isinstance(entry.indexed, bool)
                and isinstance(entry.records, dict) and all(isinstance(n, int) for n in entry.records.values())
                and isinstance(entry.acronyms, dict) and all(isinstance(x, str) for x in entry.acronyms.values())
                and isinstance(entry.extraction_sha256, str | None)
                and isinstance(entry.source_url, str | None) and isinstance(entry.meeting_url, str | None)):
            raise TypeError(f"the entry of {entry.path!r} is not shaped as a file's")
    return paths, entries


class Store:
    def __init__(self, home: str | os.PathLike[str], read_catalog: bool = True) -> None:
        self.home = pathlib.Path(home)
        self.root = self.home / "store"
        self.index_dir = home_to_index_dir(self.home)
        self.paths: dict[str, str] = {}
        self.files: dict[str, FileEntry] = {}
        if read_catalog:
            self.load()

    @property
    def catalog_path(self) -> pathlib.Path:
        return self.root / "catalog.json"

    @property
    def extractions_dir(self) -> pathlib.Path:
        return self.root / "extractions"

    def extraction_path(self, sha: str) -> pathlib.Path:
        return self.extractions_dir / f"{sha}.v{EXTRACTION_VERSION}.json"

    @property
    def ocr_cache(self) -> StoreOcrCache:
        return StoreOcrCache(self.root / "ocr")

    def exists(self) -> bool:
        return self.catalog_path.is_file()

    def refuse_a_file_as_index(self) -> None:
        """Something else where the index folder belongs is the user's to move, never ours to replace."""
        if self.index_dir.exists() and not self.index_dir.is_dir():
            raise StoreDamaged(index_problems(self.index_dir)[0])

    def load(self) -> None:
        if not self.exists():
            return
        try:
            text = self.catalog_path.read_text(encoding="utf-8")
        except OSError as e:
            raise StoreError(f"The store catalog {self.catalog_path} cannot be read ({e.strerror or e}).") from None
        try:
            data = json.loads(text)
        except ValueError as e:
            raise CatalogDamaged(self.catalog_problem(f"is damaged (not JSON: {error_reason(e)})")) from None
        if isinstance(data, dict) and isinstance(data.get("version"), int) and data["version"] != CATALOG_VERSION:
            raise StoreError(f"The store in {self.home} was written by another version of minutebook; "
                             "move it aside and ingest again.")
        try:
            self.paths, self.files = catalog_from_dict(data)
        except (AttributeError, KeyError, TypeError, ValueError) as e:
            raise CatalogDamaged(self.catalog_problem(f"is not shaped as minutebook's catalog ({error_reason(e)})")
                                 ) from None

    def catalog_problem(self, problem: str) -> Problem:
        return Problem(str(self.catalog_path), problem, f"`{REINDEX}` rebuilds it from the cached extractions",
                       REINDEX)

    def save(self) -> None:
        data = {"version": CATALOG_VERSION, "paths": self.paths,
                "files": {sha: asdict(entry) for sha, entry in self.files.items()}}
        write_atomically(self.catalog_path, to_json(data, indent=1, sort_keys=True))
        crash_point("catalog-written")

    def put_extraction(self, extraction: Extraction) -> str:
        """Caches the extraction; returns the SHA-256 of what was written, for its catalog entry."""
        text = to_json(extraction.to_dict())
        write_atomically(self.extraction_path(extraction.source.sha256), text)
        crash_point("cache-written")
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def read_extraction(self, sha: str) -> tuple[Extraction, str]:
        """The cached extraction of `sha` and the SHA-256 of its bytes; StoreDamaged when it is
        missing, not JSON, not an extraction of that file, or not the bytes the catalog records."""
        from extract.records import extraction_from_dict

        path = self.extraction_path(sha)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise StoreDamaged(self.extraction_problem(sha, "is missing")) from None
        except OSError as e:
            raise StoreError(f"The cached extraction {path} cannot be read ({e.strerror or e}).") from None
        try:
            extraction = extraction_from_dict(json.loads(raw))
        except ValueError as e:
            raise StoreDamaged(self.extraction_problem(sha, f"is damaged (not JSON: {error_reason(e)})")) from None
        except (AttributeError, KeyError, TypeError) as e:
            raise StoreDamaged(self.extraction_problem(
                sha, f"is not shaped as an extraction ({error_reason(e)})")) from None
        digest = hashlib.sha256(raw).hexdigest()
        entry = self.files.get(sha)
        if entry and entry.extraction_sha256 and entry.extraction_sha256 != digest:
            raise StoreDamaged(self.extraction_problem(sha, "is damaged (its bytes changed since minutebook wrote it)"))
        if extraction.source.sha256 != sha:
            raise StoreDamaged(self.extraction_problem(sha, "holds the extraction of another file"))
        return extraction, digest

    def get_extraction(self, sha: str) -> Extraction:
        return self.read_extraction(sha)[0]

    def cached_extraction(self, sha: str) -> tuple[Extraction, str] | None:
        """read_extraction, or None when there is no sound one (the file is to be extracted again)."""
        try:
            return self.read_extraction(sha)
        except StoreDamaged:
            return None

    def extraction_sound(self, sha: str) -> bool:
        """Is the cached extraction as written? By its SHA-256 where the catalog keeps it (cheaper
        than reading it), else by reading it."""
        entry = self.files.get(sha)
        if entry is None or entry.extraction_sha256 is None:
            cached = self.cached_extraction(sha)
            if cached and entry:
                entry.extraction_sha256 = cached[1]  # an older catalog gains it, for the checks to come
            return cached is not None
        try:
            return hashlib.sha256(self.extraction_path(sha).read_bytes()).hexdigest() == entry.extraction_sha256
        except OSError:
            return False

    def extraction_problem(self, sha: str, problem: str) -> Problem:
        """A problem with the cached extraction of `sha`, mended by extracting its file again, or
        by removing it from the store when the file is gone."""
        entry = self.files.get(sha)
        if entry is None:
            return Problem(str(self.extraction_path(sha)), problem, "no file of the store uses it: delete it")
        if pathlib.Path(entry.path).is_file():
            command = f"minutebook ingest {shlex.quote(entry.path)}"
            return Problem(str(self.extraction_path(sha)), f"{problem} (the extraction of {entry.path})",
                           f"`{command}` extracts it again", command)
        command = f"minutebook remove {shlex.quote(entry.path)}"
        return Problem(str(self.extraction_path(sha)), f"{problem} (the extraction of {entry.path}, now gone)",
                       f"`{command}` drops it from the store", command)

    def indexed(self) -> Iterator[tuple[str, FileEntry]]:
        """Indexed files in path order, so exports and listings are stable."""
        yield from sorted(((s, e) for s, e in self.files.items() if e.indexed), key=lambda se: se[1].path)

    def indexed_extractions(self) -> Iterator[Extraction]:
        """The cached extraction of every indexed file, in path order, each carrying the path (and
        for a fetched file, the URLs) the catalog has for the file now: the cache keeps the first
        path its content was seen at."""
        for sha, entry in self.indexed():
            extraction = self.get_extraction(sha)
            extraction.source.path = entry.path
            extraction.source.url, extraction.source.meeting_url = entry.source_url, entry.meeting_url
            yield extraction

    def provenance_by_path(self) -> dict[str, Provenance]:
        """Where each fetched file in the catalog came from, by its path."""
        found = {}
        for path, sha in self.paths.items():
            entry = self.files.get(sha)
            provenance = entry.provenance() if entry else None
            if provenance:
                found[path] = provenance
        return found

    def learned_acronyms(self) -> dict[str, str]:
        merged: dict[str, str] = {}
        for _, entry in self.indexed():
            merged.update(entry.acronyms)
        return merged

    @contextlib.contextmanager
    def writing(self, read_catalog: bool = True) -> Iterator[Store]:
        """Holds the store's write lock: one ingest or remove at a time; searches need no lock.
        An flock dies with its process, so a killed ingest never leaves the store locked. A
        store or index that cannot be written (read-only, full) ends the write in one sentence;
        what earlier commits wrote stays, and the catalog records only those."""
        with written_to(self.home):
            self.root.mkdir(parents=True, exist_ok=True)
            lock = open(self.root / "write.lock", "w")
        with lock:
            take_lock(lock, fcntl.LOCK_EX, f"Another ingest or remove is writing to {self.home}; "
                                           "wait for it to finish.")
            with written_to(self.home):
                if read_catalog:
                    self.load()
                yield self

    @contextlib.contextmanager
    def unchanging(self) -> Iterator[None]:
        """No ingest, remove or reindex writes while the block runs, so the index and the catalog
        can be compared; a shared lock on a file opened for reading, so a read-only store too."""
        try:
            lock = open(self.root / "write.lock")
        except FileNotFoundError:  # nothing has ever written here
            yield
            return
        with lock:
            take_lock(lock, fcntl.LOCK_SH, f"An ingest, remove or reindex is writing to {self.home}; "
                                           "check again when it has finished.")
            yield


def take_lock(lock: IO[str], mode: int, busy: str) -> None:
    """flock without waiting: StoreError(busy) while another process holds the lock."""
    try:
        fcntl.flock(lock, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        raise StoreError(busy) from None


@contextlib.contextmanager
def written_to(home: pathlib.Path) -> Iterator[None]:
    """An OSError while writing the store (read-only, disk full) -> one StoreError naming the file."""
    try:
        yield
    except OSError as e:
        raise StoreError(f"Cannot write {e.filename or home} ({e.strerror or e}); run the command again "
                         "once it can be written.") from None


def require_store(home: str | os.PathLike[str]) -> Store:
    store = Store(home)
    store.refuse_a_file_as_index()
    if not store.exists() or not store.index_dir.is_dir():
        raise StoreError(f"There is no minutebook index in {store.home}; run `minutebook ingest PATH` first.")
    return store


def record_counts(store: Store) -> dict[str, Any]:
    totals: dict[str, int] = {}
    for _, entry in store.indexed():
        for kind, n in entry.records.items():
            totals[kind] = totals.get(kind, 0) + n
    return totals
