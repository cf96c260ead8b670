"""Files and folders -> the store and the index.

Each file is known by its SHA-256: an unchanged file is skipped, a changed one replaces its old
records, and a file whose extraction is cached is never parsed again (re-indexing reads the
cache). Extraction runs in a process pool with `jobs` workers (extract.workers); the index is
written in batches, and the catalog is saved after each commit, so an ingest killed at any point
leaves a readable index and a rerun finishes the work without duplicates: records of a file the
catalog does not list (an ingest killed between its index commit and its catalog save) are
dropped by the next commit. A cached extraction that fails its check is made again from the file."""
from __future__ import annotations

import hashlib
import pathlib
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpus.errors import StoreError
from corpus.ocr_cache import StoreOcrCache
from corpus.store import FileEntry, Provenance, Store
from extract.errors import ExtractError
from extract.limits import DEFAULT_LIMITS, Limits
from extract.records import Extraction
from extract.workers import worker_pool
from index.acronyms import records_to_acronyms, save_learned_acronyms
from index.integrity import damage_reported, file_keys
from index.records import extraction_to_index_records
from index.schema import index_exists, open_index
from index.writer import write_batch

if TYPE_CHECKING:
    from corpus.cluster import Cluster

SUPPORTED_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".html", ".htm"})
# Each commit leaves a Whoosh segment that every search opens, and about twenty of them are
# merged by rewriting them whole: at 100,000 records, commits of 2,000 cost 1.7 times the CPU of
# commits of 10,000 and slower searches (benchmarks/index_bench.py). Extractions are cached
# before they are committed, so a larger batch loses no work to a crash.
BATCH_RECORDS = 10_000
# Kinds whose text may define an acronym ("Elective Home Education (EHE)"): discussion, not names.
ACRONYM_SOURCES = ("item", "finding", "resolution", "document")
Extractor = Callable[[pathlib.Path], Extraction]
Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    records: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def summary_line(self) -> str:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.records.items())) or "no records"
        return (f"{len(self.added)} added, {len(self.unchanged)} unchanged, {len(self.failed)} failed; "
                f"records: {kinds}; {self.seconds:.1f} s")

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "unchanged": len(self.unchanged),
                "failed": [{"path": path, "reason": reason} for path, reason in self.failed],
                "records": dict(self.records), "seconds": round(self.seconds, 3)}


@dataclass
class Pending:
    """Files extracted but not yet committed to the index."""

    entries: dict[str, FileEntry] = field(default_factory=dict)
    records: list = field(default_factory=list)
    drop: set[str] = field(default_factory=set)


def paths_to_files(paths: Iterable[str | pathlib.Path]) -> tuple[list[pathlib.Path], list[tuple[str, str]]]:
    """Files named, and supported files under folders named (recursively, hidden ones skipped)."""
    files: list[pathlib.Path] = []
    missing: list[tuple[str, str]] = []
    for given in paths:
        path = pathlib.Path(given)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                                and not any(part.startswith(".") for part in p.relative_to(path).parts)))
        elif path.is_file():
            files.append(path)
        else:
            missing.append((str(path), "no such file or folder"))
    return [f.resolve() for f in files], missing


def file_sha256(path: pathlib.Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class PipelineExtractor:
    """The extraction pipeline, reading scanned pages by OCR (`ocr`; False refuses them) `ocr_jobs`
    pages at a time, with the store's OCR cache (None: a cluster's workers, who cannot see the
    store, keep none), within `limits`. Picklable, for the worker processes."""

    cache: StoreOcrCache | None
    ocr: bool = True
    ocr_jobs: int = 1
    page_progress: Callable[[str, int, int], None] | None = None
    limits: Limits = DEFAULT_LIMITS

    def __call__(self, path: pathlib.Path) -> Extraction:
        from extract.pipeline import OcrOptions, extract_file

        return extract_file(path, OcrOptions(self.ocr, self.ocr_jobs, self.cache, self.page_progress), self.limits)


def extract_safely(extractor: Extractor, path: pathlib.Path) -> tuple[Extraction | None, str | None]:
    """Runs in a worker: any failure comes back as a reason, so one bad file stops nothing."""
    try:
        return extractor(path), None
    except ExtractError as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - a crash on one hostile file must not end the ingest
        return None, f"{path.name}: extraction failed ({type(e).__name__}: {e})."


def extractions(extractor: Extractor, paths: list[pathlib.Path], jobs: int
                ) -> Iterator[tuple[pathlib.Path, Extraction | None, str | None]]:
    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield (path, *extract_safely(extractor, path))
        return
    with worker_pool(jobs) as pool:
        futures = [(path, pool.submit(extract_safely, extractor, path)) for path in paths]
        for path, future in futures:
            yield (path, *future.result())


def commit(store: Store, ix: object, pending: Pending) -> None:
    """Writes the pending records, then the acronyms learned from every indexed file into the
    index's folder (even when nothing was pending, so an index an older minutebook wrote
    without them gains them), then the catalog, whose change tells a reader to reopen."""
    if pending.entries or pending.drop:
        write_batch(ix, set(pending.entries) | pending.drop, pending.records)
        for sha in pending.drop:
            store.files.pop(sha, None)
        store.files.update(pending.entries)
    save_learned_acronyms(store.index_dir, store.learned_acronyms())
    store.save()
    pending.entries.clear()
    pending.records.clear()
    pending.drop.clear()


def commit_when_full(store: Store, ix: object, pending: Pending, batch_records: int) -> None:
    if len(pending.records) >= batch_records:
        commit(store, ix, pending)


def stage(pending: Pending, report: IngestReport, extraction: Extraction, path: str, digest: str,
          provenance: Provenance | None = None) -> None:
    """Queues a file's records for the next commit; `digest` is its cached extraction's SHA-256."""
    extraction.source.path = path
    extraction.source.url = provenance.url if provenance else None
    extraction.source.meeting_url = provenance.meeting_url if provenance else None
    records = extraction_to_index_records(extraction)
    counts = Counter(r.kind for r in records)
    pending.entries[extraction.source.sha256] = FileEntry(
        path=path, indexed=True, records=dict(counts),
        acronyms=records_to_acronyms(r.text for r in records if r.kind in ACRONYM_SOURCES),
        source_url=extraction.source.url, meeting_url=extraction.source.meeting_url, extraction_sha256=digest)
    pending.records.extend(records)
    report.records.update(counts)
    if path in report.unchanged or path in report.added:
        return
    report.added.append(path)


def unreferenced(store: Store, sha: str | None) -> bool:
    return sha is not None and sha not in store.paths.values()


def writable_index(store: Store) -> Any:
    """The index to write; when there is none of this schema version, a new one, and every file
    of the catalog is marked for indexing again from its cached extraction."""
    store.refuse_a_file_as_index()
    if not index_exists(store.index_dir):
        for entry in store.files.values():
            entry.indexed = False
    return open_index(store.index_dir, create=True)


def plan(store: Store, files: list[pathlib.Path], pending: Pending, report: IngestReport,
         tick: Callable[[int], None]) -> list[tuple[pathlib.Path, str]]:
    """Records each file's SHA-256 in the catalog; returns the files whose records must be
    (re)written, and marks replaced contents for deletion."""
    to_index: list[tuple[pathlib.Path, str]] = []
    for path in files:
        try:
            sha = file_sha256(path)
        except OSError as e:
            report.failed.append((str(path), f"{path.name}: cannot be read ({e.strerror})."))
            continue
        previous = store.paths.get(str(path))
        store.paths[str(path)] = sha
        if previous != sha and unreferenced(store, previous):
            pending.drop.add(previous)  # type: ignore[arg-type]
        entry = store.files.get(sha)
        if entry and entry.indexed and store.extraction_sound(sha):
            report.unchanged.append(str(path))
            tick(1)
        else:
            to_index.append((path, sha))
    return to_index


def ingest(paths: Iterable[str | pathlib.Path], home: str | pathlib.Path, jobs: int = 1,
           progress: Progress = lambda done, total: None, extractor: Extractor | None = None,
           batch_records: int = BATCH_RECORDS, sources: Mapping[str, Provenance] | None = None, ocr: bool = True,
           page_progress: Callable[[str, int, int], None] | None = None,
           limits: Limits = DEFAULT_LIMITS, cluster: Cluster | None = None) -> IngestReport:
    """Adds files and folders to the store and the index. `progress(done, total)` is told as
    each file is done; failures are reported in the result, never raised. `sources` says where
    fetched files came from, by path; a file ingested again keeps what the catalog knew. The
    extractor is the pipeline unless one is given: scanned pages are read by OCR unless `ocr` is
    False, the pages of one file `jobs` at a time when there is one file to extract (else its files
    are), cached in the store, with `page_progress(file name, done, total)` told after each page;
    a file over the `limits` is refused. `cluster` extracts on a Dask cluster (corpus.cluster)
    instead of `jobs` local processes; its workers cannot see the store, so they keep no OCR cache."""
    started = time.monotonic()
    report = IngestReport()
    files, report.failed = paths_to_files(paths)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        progress(done, len(files))

    if cluster:  # a scheduler that does not answer stops the ingest before any file is read
        cluster.probe()
    with Store(home).writing() as store, damage_reported(store.index_dir):
        came_from = {**store.provenance_by_path(),
                     **{str(pathlib.Path(p).resolve()): v for p, v in (sources or {}).items()}}
        ix = writable_index(store)
        pending = Pending(drop=orphans(store, ix))
        to_index = plan(store, files, pending, report, tick)
        sha_of = dict(to_index)
        to_extract = []
        for path, sha in to_index:
            cached = store.cached_extraction(sha)
            if cached:
                stage(pending, report, cached[0], str(path), cached[1], came_from.get(str(path)))
                tick(1)
                commit_when_full(store, ix, pending, batch_records)
            else:
                to_extract.append(path)
        extract = extractor or PipelineExtractor(None if cluster else store.ocr_cache, ocr,
                                                 jobs if len(to_extract) == 1 else 1,
                                                 None if cluster else page_progress, limits)
        found = (extractions(extract, to_extract, jobs) if cluster is None
                 else cluster.extractions(extract, to_extract))
        for path, extraction, error in found:
            if extraction is None:
                report.failed.append((str(path), error or f"{path.name}: extraction failed."))
                store.paths.pop(str(path), None)
            else:
                extraction.source.sha256 = sha_of[path]
                digest = store.put_extraction(extraction)
                stage(pending, report, extraction, str(path), digest, came_from.get(str(path)))
            tick(1)
            commit_when_full(store, ix, pending, batch_records)
        reindex_missing(store, ix, pending, report, batch_records)
        commit(store, ix, pending)
    report.seconds = time.monotonic() - started
    return report


def reindex_missing(store: Store, ix: object, pending: Pending, report: IngestReport,
                    batch_records: int = BATCH_RECORDS) -> None:
    """Files in the catalog whose records are not in the index (a deleted or rebuilt index) are
    indexed again from their cached extraction; one whose cache is damaged waits for an ingest
    of its file to extract it again."""
    for sha, entry in list(store.files.items()):
        if entry.indexed or sha in pending.entries:
            continue
        cached = store.cached_extraction(sha)
        if cached:
            stage(pending, report, cached[0], entry.path, cached[1], entry.provenance())
            commit_when_full(store, ix, pending, batch_records)


def orphans(store: Store, ix: object) -> set[str]:
    """Files the index holds records of but the catalog does not list: an ingest killed between
    its index commit and its catalog save leaves them. The next commit deletes them."""
    return file_keys(ix) - set(store.files)


def remove(paths: Iterable[str | pathlib.Path], home: str | pathlib.Path) -> list[str]:
    """Drops files (or every file under a folder) from the store and the index; returns the
    paths removed."""
    with Store(home).writing() as store, damage_reported(store.index_dir):
        if not store.exists():
            raise StoreError(f"There is no minutebook store in {store.home}; nothing to remove.")
        removed: list[str] = []
        for given in paths:
            target = pathlib.Path(given).resolve()
            matched = [p for p in store.paths if p == str(target) or pathlib.Path(p).is_relative_to(target)]
            if not matched:
                raise StoreError(f"{given} is not in the store in {store.home}.")
            removed.extend(matched)
        ix = writable_index(store)
        pending = Pending(drop=orphans(store, ix))
        dropped = set()
        for path in removed:
            sha = store.paths.pop(path)
            if unreferenced(store, sha):
                dropped.add(sha)
        pending.drop |= dropped
        reindex_missing(store, ix, pending, IngestReport())
        commit(store, ix, pending)
        for sha in dropped:
            store.extraction_path(sha).unlink(missing_ok=True)
            store.ocr_cache.drop(sha)
    return removed
