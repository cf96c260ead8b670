"""`minutebook reindex`: the index rebuilt from the cached extractions, no file read again.

Records are made exactly as an ingest makes them (corpus.ingest.stage), so their ids, on which
hand-set action statuses are keyed, stay the same. The catalog first marks every file as not
indexed, so a reindex killed half-way leaves a store that the next reindex or ingest completes.

A catalog that cannot be read is rebuilt from the cache: each cached extraction names the path
its file was first ingested from; where several name one path (a file that changed), the one of
the file there now wins, else the newest. The damaged catalog is kept as `catalog.json.damaged`."""
from __future__ import annotations

import os
import pathlib
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field

from corpus.errors import CatalogDamaged, StoreDamaged, StoreError
from corpus.ingest import BATCH_RECORDS, IngestReport, Pending, commit, file_sha256, reindex_missing, writable_index
from corpus.store import EXTRACTION_VERSION, FileEntry, Store
from index.integrity import Problem, damage_reported


@dataclass
class ReindexReport:
    files: int = 0
    records: Counter[str] = field(default_factory=Counter)
    skipped: list[Problem] = field(default_factory=list)
    catalog_rebuilt: bool = False
    seconds: float = 0.0

    def summary_line(self) -> str:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.records.items())) or "no records"
        rebuilt = "; the catalog was rebuilt from the cache" if self.catalog_rebuilt else ""
        return (f"{self.files} files indexed from the cache, {len(self.skipped)} skipped{rebuilt}; "
                f"records: {kinds}; {self.seconds:.1f} s")


def reindex(home: str | os.PathLike[str], batch_records: int = BATCH_RECORDS) -> ReindexReport:
    started = time.monotonic()
    store = Store(home, read_catalog=False)
    if not store.exists() and not store.extractions_dir.is_dir():
        raise StoreError(f"There is no minutebook store in {store.home}; run `minutebook ingest PATH` first.")
    report = ReindexReport()
    with store.writing(read_catalog=False), damage_reported(store.index_dir):
        store.refuse_a_file_as_index()
        report.catalog_rebuilt = not catalog_read(store)
        if report.catalog_rebuilt:
            rebuild_catalog(store)
        for entry in store.files.values():
            entry.indexed = False
        store.save()
        if store.index_dir.is_dir():
            shutil.rmtree(store.index_dir)
        ix = writable_index(store)
        indexed = IngestReport()
        pending = Pending()
        reindex_missing(store, ix, pending, indexed, batch_records)
        commit(store, ix, pending)
        report.files, report.records = sum(e.indexed for e in store.files.values()), indexed.records
        report.skipped = [damage for sha, entry in sorted(store.files.items(), key=lambda se: se[1].path)
                          if not entry.indexed and (damage := extraction_damage(store, sha))]
    report.seconds = time.monotonic() - started
    return report


def extraction_damage(store: Store, sha: str) -> Problem | None:
    try:
        store.read_extraction(sha)
    except StoreDamaged as e:
        return e.problem
    return None


def catalog_read(store: Store) -> bool:
    """Loads the catalog; False when it is damaged, or gone (a reindex killed while rebuilding it)."""
    try:
        store.load()
    except CatalogDamaged:
        return False
    return store.exists()


def rebuild_catalog(store: Store) -> None:
    if store.catalog_path.exists():
        os.replace(store.catalog_path, store.catalog_path.with_name(store.catalog_path.name + ".damaged"))
    candidates: dict[str, list[tuple[float, str]]] = {}
    for cached in sorted(store.extractions_dir.glob(f"*.v{EXTRACTION_VERSION}.json")):
        sha = cached.name.split(".")[0]
        sound = store.cached_extraction(sha)
        if sound is not None:
            candidates.setdefault(sound[0].source.path, []).append((cached.stat().st_mtime, sha))
    store.paths, store.files = {}, {}
    for path, found in candidates.items():
        sha = sha_of_file_there(path, {sha for _, sha in found}) or max(found)[1]
        store.paths[path] = sha
        store.files[sha] = FileEntry(path)


def sha_of_file_there(path: str, shas: set[str]) -> str | None:
    try:
        sha = file_sha256(pathlib.Path(path))
    except OSError:
        return None
    return sha if sha in shas else None
