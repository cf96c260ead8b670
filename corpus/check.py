"""`minutebook check`: is the store in HOME as minutebook wrote it? Every problem found, one per
file, with the command that mends it.

It verifies the catalog's shape; each cached extraction against its catalog entry (the SHA-256
of its bytes, JSON of an extraction of that very file); the index's files (index.integrity); the
index's records against the catalog (each indexed file's records, kind by kind, and no records
of a file the catalog does not list); and the file of hand-set action statuses."""
from __future__ import annotations

import os
import pathlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from corpus.errors import CatalogDamaged, StoreDamaged, StoreError
from corpus.register.hand_status import StatusesDamaged, damaged_statuses_problem, status_path, statuses_in
from corpus.store import Store
from index.integrity import REINDEX, Problem, index_problems, records_per_file, reindex_problem
from index.schema import current_version, index_exists


@dataclass
class CheckReport:
    home: str
    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    records: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"home": self.home, "sound": not self.problems, "files": self.files, "records": self.records,
                "problems": [p.to_dict() for p in self.problems]}


def check_store(home: str | os.PathLike[str]) -> CheckReport:
    store = Store(home, read_catalog=False)
    if not store.exists() and not store.root.is_dir():
        raise StoreError(f"There is no minutebook store in {store.home}; run `minutebook ingest PATH` first.")
    report = CheckReport(str(store.home))
    with store.unchanging():
        try:
            store.load()
            catalog_read = True
        except CatalogDamaged as e:
            report.problems.append(e.problem)
            catalog_read = False
        if catalog_read:
            report.problems += extraction_problems(store)
        index_found = index_folder_problems(store)
        report.problems += index_found
        if catalog_read and not index_found:
            report.problems += record_problems(store)
        report.problems += status_problems(store)
    indexed = [entry for _, entry in store.indexed()]
    report.files, report.records = len(indexed), sum(sum(entry.records.values()) for entry in indexed)
    return report


def extraction_problems(store: Store) -> list[Problem]:
    problems = []
    for sha, entry in sorted(store.files.items(), key=lambda se: se[1].path):
        try:
            store.read_extraction(sha)
        except StoreDamaged as e:
            problems.append(e.problem)
            continue
        if not entry.indexed:
            problems.append(Problem(entry.path, "is in the catalog but not in the index (an ingest or reindex "
                                                "stopped before it)", f"`{REINDEX}` indexes it from the cache",
                                    REINDEX))
    return problems


def index_folder_problems(store: Store) -> list[Problem]:
    index_dir = store.index_dir
    if not index_dir.exists():
        return [reindex_problem(index_dir, "is missing")] if store.files else []
    if index_dir.is_dir() and not current_version(index_dir):
        return [reindex_problem(index_dir, "was built by another version of minutebook")]
    problems = index_problems(index_dir)
    if not problems and not index_exists(index_dir):
        problems.append(reindex_problem(index_dir, "holds no index"))
    return problems


def record_problems(store: Store) -> list[Problem]:
    """Records of files the catalog does not list, and indexed files whose records in the index
    are not those of their extraction (missing, doubled or of other kinds)."""
    found = records_per_file(store.index_dir)
    problems = []
    for sha, (counts, path) in sorted(found.items(), key=lambda item: item[1][1]):
        if sha not in store.files:
            problems.append(reindex_problem(store.index_dir, f"holds {counts.total()} records of {path} (content "
                                                             f"{sha[:12]}…) that the catalog does not list"))
    for sha, entry in store.indexed():
        expected = Counter(entry.records)
        got = found.get(sha, (Counter(), entry.path))[0]
        if got != expected:
            problems.append(reindex_problem(store.index_dir, f"holds {records_phrase(got)} of {entry.path} where its "
                                                             f"extraction has {records_phrase(expected)}"))
    return problems


def records_phrase(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()) if n) or "no records"


def status_problems(store: Store) -> list[Problem]:
    path = status_path(store)
    if not path.is_file():
        return []
    try:
        statuses_in(path)
    except StatusesDamaged as e:
        return [damaged_statuses_problem(store, str(e))]
    except StoreError:
        return [Problem(str(path), "was written by another version of minutebook",
                        "read it with that version, or move it aside to start again without hand-set statuses")]
    return []


def check_to_text(report: CheckReport) -> str:
    if not report.problems:
        return f"The store in {report.home} is sound: {report.files} files, {report.records} records."
    lines = [p.sentence() for p in report.problems]
    lines.append(f"{len(lines)} problem{'' if len(lines) == 1 else 's'} in {pathlib.Path(report.home)}.")
    return "\n".join(lines)
