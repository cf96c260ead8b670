"""The Whoosh schema: one document per record (resolution, decision, action, item, attendee,
finding, document). Short records keep scoring and highlighting fast; positions are kept only
in `exact`, the field quoted phrases are matched on."""
from __future__ import annotations

import pathlib
from typing import Any

RECORD_KINDS = ("resolution", "decision", "action", "item", "attendee", "finding", "document")
SCHEMA_VERSION = 1


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
        # Stemmed, so "resolve" finds "resolved"; no positions, phrases go to `exact`.
        text = fields.TEXT(analyzer=StemmingAnalyzer(), stored=True, phrase=False)
        title = fields.TEXT(analyzer=StemmingAnalyzer(), phrase=False, field_boost=1.5)
        # Unstemmed and without stop words removed, so "looked after children" matches as written.
        exact = fields.TEXT(analyzer=StandardAnalyzer(stoplist=None), phrase=True)
        people = fields.TEXT(analyzer=StandardAnalyzer(stoplist=None), phrase=False)
        body_words = fields.TEXT(analyzer=StandardAnalyzer(stoplist=None), phrase=False)
        date = fields.DATETIME(stored=True)
        body = fields.STORED()
        item_number = fields.STORED()
        item_title = fields.STORED()
        path = fields.STORED()
        page = fields.STORED()
        extra = fields.STORED()

    return RecordSchema()


def index_exists(index_dir: pathlib.Path) -> bool:
    from whoosh import index

    return bool(index.exists_in(str(index_dir)))


def open_index(index_dir: pathlib.Path, create: bool = False) -> Any:
    from whoosh import index

    if index.exists_in(str(index_dir)):
        return index.open_dir(str(index_dir))
    if not create:
        raise FileNotFoundError(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    return index.create_in(str(index_dir), build_schema())
