"""Is the index as minutebook wrote it? Finding its damaged files, and naming one when a read fails.

Whoosh writes each file once and never changes it (a commit writes new segments and a new table
of contents, `_MAIN_<generation>.toc`, and deletes what they replace), so after each commit the
writer lists the size and SHA-256 of every file of the index in `checksums.json`: a listed file
whose bytes differ is damaged, whatever Whoosh would make of it. A file not listed (an index
written before the list existed, or a commit killed before it) is checked by reading all of it.

A read that fails is blamed on damage only when a damaged file is found; any other failure is a
fault of the program and is raised as it is."""
from __future__ import annotations

import contextlib
import hashlib
import json
import pathlib
import pickle
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from index.acronyms import load_learned_acronyms
from index.atomic import write_atomically
from index.errors import IndexDamaged
from index.schema import open_searcher

CHECKSUMS_FILE = "checksums.json"
INDEX_NAME = "MAIN"  # Whoosh's default index name, which open_index uses
REINDEX = "minutebook reindex"
# What reading a truncated or overwritten file raises in the libraries under Whoosh (unpickling
# garbage can name any class of any module); Whoosh's own errors besides (is_read_failure).
DATA_ERRORS = (OSError, EOFError, ValueError, LookupError, TypeError, AttributeError, ArithmeticError,
               AssertionError, ImportError, RecursionError, struct.error, zlib.error, pickle.UnpicklingError)
REASON_CHARS = 120


@dataclass
class Problem:
    """One file of the store or index that is not as minutebook wrote it, and what mends it."""

    file: str
    problem: str
    mend: str
    command: str | None = None  # the command that mends it, for scripts reading `check --json`

    def sentence(self) -> str:
        return f"{self.file} {self.problem}; {self.mend}."

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def reindex_problem(file: str | pathlib.Path, problem: str) -> Problem:
    return Problem(str(file), problem, f"`{REINDEX}` rebuilds the index from the store", REINDEX)


def is_read_failure(error: BaseException) -> bool:
    return isinstance(error, DATA_ERRORS) or type(error).__module__.split(".")[0] == "whoosh"


def error_reason(error: BaseException) -> str:
    """An exception as a short reason on one line."""
    text = " ".join(f"{type(error).__name__}: {error}".split())
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


# -- the list of files a commit wrote -----------------------------------------------------------
def whoosh_files(index_dir: pathlib.Path) -> list[pathlib.Path]:
    """Tables of contents and segment files (not Whoosh's lock, not minutebook's own files)."""
    from whoosh.index import TOC

    patterns = (TOC._pattern(INDEX_NAME), TOC._segment_pattern(INDEX_NAME))
    return sorted(p for p in index_dir.iterdir() if any(pattern.match(p.name) for pattern in patterns))


def file_digest(path: pathlib.Path) -> dict[str, Any]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return {"bytes": size, "sha256": digest.hexdigest()}


def read_checksums(index_dir: pathlib.Path) -> dict[str, dict[str, Any]]:
    """The listed files (none before the first commit that listed them); ValueError when the
    list itself is damaged."""
    try:
        data = json.loads((index_dir / CHECKSUMS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict) or not all(isinstance(v, dict) and {"bytes", "sha256"} <= set(v)
                                              for v in files.values()):
        raise ValueError("not a list of files and checksums")
    return files


def record_checksums(index_dir: pathlib.Path) -> None:
    """Lists the files of the index after a commit. A file listed before keeps its figures:
    Whoosh never rewrites a file, so hashing it again could only take damage for the truth."""
    try:
        listed = read_checksums(index_dir)
    except ValueError:
        listed = {}
    files = {path.name: listed.get(path.name) or file_digest(path) for path in whoosh_files(index_dir)}
    write_atomically(index_dir / CHECKSUMS_FILE, json.dumps({"files": files}, indent=1, sort_keys=True))


# -- finding damage -----------------------------------------------------------------------------
def index_problems(index_dir: pathlib.Path) -> list[Problem]:
    """Every damaged file of the index in index_dir; none for a sound index or none at all."""
    if not index_dir.exists():
        return []
    if not index_dir.is_dir():
        return [Problem(str(index_dir), "is a file, not minutebook's index folder",
                        f"move it aside, then `{REINDEX}` builds the index again", REINDEX)]
    problems = []
    try:
        learned = load_learned_acronyms(index_dir)
        if not isinstance(learned, dict):
            raise ValueError("not a table of acronyms")
    except (OSError, ValueError) as e:
        problems.append(reindex_problem(index_dir / "acronyms.json", f"is damaged ({error_reason(e)})"))
    try:
        listed = read_checksums(index_dir)
    except (OSError, ValueError) as e:
        problems.append(reindex_problem(index_dir / CHECKSUMS_FILE, f"is damaged ({error_reason(e)})"))
        listed = {}
    for name, want in sorted(listed.items()):
        path = index_dir / name
        if not path.is_file():
            continue  # replaced by a later commit
        found = file_digest(path)
        if found["bytes"] != want["bytes"]:
            problems.append(reindex_problem(path, f"is damaged ({found['bytes']} bytes where minutebook wrote "
                                                  f"{want['bytes']})"))
        elif found["sha256"] != want["sha256"]:
            problems.append(reindex_problem(path, "is damaged (its bytes changed since minutebook wrote it)"))
    named = {p.file for p in problems}
    return problems + [p for p in unlisted_problems(index_dir, set(listed)) if p.file not in named]


def latest_toc(index_dir: pathlib.Path) -> pathlib.Path | None:
    from whoosh.index import TOC

    pattern = TOC._pattern(INDEX_NAME)
    tocs = [(int(m.group(1)), p) for p in index_dir.iterdir() if (m := pattern.match(p.name))]
    return max(tocs)[1] if tocs else None


def unlisted_problems(index_dir: pathlib.Path, listed: set[str]) -> list[Problem]:
    """Reads the table of contents and every segment not listed with its checksum."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    toc_path = latest_toc(index_dir)
    if toc_path is None:
        return []
    storage = FileStorage(str(index_dir))
    try:
        toc = TOC.read(storage, INDEX_NAME)
    except Exception as e:  # noqa: BLE001 - whatever stops the table of contents being read, it is damaged
        return [reindex_problem(toc_path, f"cannot be read ({error_reason(e)})")]
    problems = []
    for segment in toc.segments:
        names = [segment.make_filename(segment.COMPOUND_EXT)] if segment.is_compound() \
            else segment.list_files(storage)
        if names and set(names) <= listed:
            continue
        reason = segment_problem(storage, toc.schema, segment)
        if reason:
            problems.append(reindex_problem(index_dir / (names[0] if names else segment.segment_id()), reason))
    return problems


def segment_problem(storage: Any, schema: Any, segment: Any) -> str | None:
    """Why one segment cannot be read whole, or None."""
    from whoosh.reading import SegmentReader

    try:
        reader = SegmentReader(storage, schema, segment)
        try:
            for _ in reader.all_stored_fields():
                pass
            for fieldname, text in reader.all_terms():
                for _ in reader.postings(fieldname, text).all_ids():
                    pass
        finally:
            reader.close()
    except FileNotFoundError:
        return "is missing"
    except Exception as e:  # noqa: BLE001 - whatever stops the segment being read, it is damaged
        return f"cannot be read ({error_reason(e)})"
    return None


@contextlib.contextmanager
def damage_reported(index_dir: pathlib.Path) -> Iterator[None]:
    """Turns a failed read or write of the index into IndexDamaged naming the damaged file and
    the command that mends it, when a damaged file is found."""
    try:
        yield
    except Exception as e:
        if not is_read_failure(e):
            raise
        problems = index_problems(index_dir)
        if not problems:
            raise
        raise IndexDamaged(problems[0].sentence()) from e


def records_per_file(index_dir: pathlib.Path) -> dict[str, tuple[Counter[str], str]]:
    """file key (SHA-256) -> (its records in the index by kind, the path they name)."""
    from whoosh.query import Term

    _, searcher = open_searcher(index_dir)
    with searcher:
        reader = searcher.reader()
        kind_of = {doc: kind for kind in reader.field_terms("kind")
                   for doc in searcher.docs_for_query(Term("kind", kind))}
        found: dict[str, tuple[Counter[str], str]] = {}
        for key in reader.field_terms("file"):
            docs = list(searcher.docs_for_query(Term("file", key)))
            if docs:  # the terms of deleted records stay until their segment is merged
                found[key] = (Counter(kind_of[d] for d in docs), searcher.stored_fields(docs[0])["path"])
    return found


def file_keys(ix: Any) -> set[str]:
    """The file keys (SHA-256) the index holds live records of."""
    from whoosh.query import Term

    with ix.searcher() as searcher:
        return {key for key in searcher.reader().field_terms("file")
                if next(iter(searcher.docs_for_query(Term("file", key))), None) is not None}
