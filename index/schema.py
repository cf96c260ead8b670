"""The Whoosh schema: one document per record (resolution, decision, action, item, attendee,
finding, document). Short records keep scoring and highlighting fast; positions are kept only
in `exact`, the field quoted phrases are matched on."""
from __future__ import annotations

import os
import pathlib
import time
from typing import Any

RECORD_KINDS = ("resolution", "decision", "action", "item", "attendee", "finding", "document")
SCHEMA_VERSION = 6
OPEN_RETRIES = 8
VERSION_FILE = "schema-version"
INDEX_FOLDER = "index"


def build_schema() -> Any:
    from whoosh import fields
    from whoosh.analysis import StandardAnalyzer, StemmingAnalyzer

    class RecordSchema(fields.SchemaClass):
        id = fields.ID(stored=True, unique=True)
        file = fields.ID(stored=True)
        kind = fields.ID(stored=True)
        doc_kind = fields.ID(stored=True)
        item_key = fields.ID(stored=True)
        meeting_key = fields.ID(stored=True)
        # Stemmed, so "resolve" finds "resolved"; no positions, phrases go to `exact`. Indexed
        # with the item title and the people named, so one term per query word finds a
        # resolution by its item's subject or an action by its owner; stored without them.
        text = fields.TEXT(analyzer=StemmingAnalyzer(), stored=True, phrase=False)
        # Unstemmed, so "looked after children" matches as written. Stop words are left out (the
        # words around them become neighbours): nearly every record has "of" and "the", and a
        # phrase that kept them read their positions in every record ("voice of the child").
        exact = fields.TEXT(analyzer=StandardAnalyzer(minsize=1), phrase=True)
        # Glossary concepts the record mentions, by acronym or expansion (index.concepts).
        concepts = fields.KEYWORD(scorable=True)
        body_words = fields.TEXT(analyzer=StandardAnalyzer(stoplist=None), phrase=False)
        # The body as printed, one term: its lexicon lists the bodies a question may name, and
        # a question that names one filters on it.
        body_id = fields.ID()
        # The title of the document, or of the item a record belongs to: a question naming a
        # paper ("youth justice annual report") scores its title apart from any text quoting it.
        title = fields.TEXT(analyzer=StemmingAnalyzer(), phrase=False)
        # An attendee's offices (index.roles: "Chairman" is `chair`) and attendance status, so
        # "who chaired" filters on the office instead of matching "chair" in text.
        role = fields.KEYWORD()
        status = fields.ID()
        # On a document's own record (its title), its kind: "the annual report" lifts the report.
        paper_kind = fields.ID()
        date = fields.DATETIME(stored=True)
        body = fields.STORED()
        item_number = fields.STORED()
        item_title = fields.STORED()
        path = fields.STORED()
        page = fields.STORED()
        extra = fields.STORED()

    return RecordSchema()


def home_to_index_dir(home: str | os.PathLike[str]) -> pathlib.Path:
    """Where the index lives within a minutebook home; the store beside it asks here too."""
    return pathlib.Path(home) / INDEX_FOLDER


def current_version(index_dir: pathlib.Path) -> bool:
    version = index_dir / VERSION_FILE
    return version.is_file() and version.read_text().strip() == str(SCHEMA_VERSION)


def index_exists(index_dir: pathlib.Path) -> bool:
    """An index of this schema version is there (an older one must be rebuilt from the store)."""
    from whoosh import index

    return current_version(index_dir) and bool(index.exists_in(str(index_dir)))


def open_searcher(index_dir: pathlib.Path) -> tuple[Any, Any]:
    """(index, searcher) for reading. A commit that merges segments deletes the old ones, so a
    reader that read the table of contents just before can miss a file: it reads the new
    contents again."""
    from whoosh import index

    for attempt in range(OPEN_RETRIES):
        try:
            ix = index.open_dir(str(index_dir))
            return ix, ix.searcher()
        except (OSError, EOFError, index.EmptyIndexError):
            if attempt == OPEN_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def open_index(index_dir: pathlib.Path, create: bool = False) -> Any:
    """Opens the index; with `create`, makes a new one where none of this version exists."""
    import shutil

    from whoosh import index

    if index_exists(index_dir):
        return index.open_dir(str(index_dir))
    if not create:
        raise FileNotFoundError(index_dir)
    shutil.rmtree(index_dir, ignore_errors=True)
    index_dir.mkdir(parents=True)
    ix = index.create_in(str(index_dir), build_schema())
    (index_dir / VERSION_FILE).write_text(f"{SCHEMA_VERSION}\n")
    return ix
