"""Ranked search over the index: a question -> hits shaped as CONTRACT.md's `search --json`.

`RecordIndex` keeps one searcher open, so a long-lived caller (the web page, a benchmark) pays
for opening the index once."""
from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from typing import Any

from corpus.store import require_store
from index.acronyms import equivalence_groups
from index.dates import parse_when
from index.errors import QueryError
from index.records import IndexRecord, stored_to_record
from index.schema import RECORD_KINDS, open_index
from index.understand import Understood, question_to_query

SNIPPET_CHARS = 240
OPEN_RETRIES = 5


def analyzed(schema: Any, field: str, text: str) -> list[str]:
    return [t.text for t in schema[field].analyzer(text)]


def check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in RECORD_KINDS:
        raise QueryError(f"Unknown kind {kind!r}; expected one of {', '.join(RECORD_KINDS)}.")
    return kind


def option_dates(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    return (parse_when(since)[0] if since else None, parse_when(until)[1] if until else None)


class RecordIndex:
    def __init__(self, home: str) -> None:
        self.store = require_store(home)
        self.ix = open_index(self.store.index_dir)
        self.groups = equivalence_groups(self.store.learned_acronyms())
        self.searcher = self.open_searcher()

    def open_searcher(self) -> Any:
        # A commit that merges segments deletes the old ones; a reader that read the table of
        # contents just before can miss a file, and simply reads the new contents again.
        for attempt in range(OPEN_RETRIES):
            try:
                return self.ix.searcher()
            except (OSError, EOFError):
                if attempt == OPEN_RETRIES - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def refresh(self) -> None:
        self.searcher = self.searcher.refresh()

    def close(self) -> None:
        self.searcher.close()

    def __enter__(self) -> RecordIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- query building -------------------------------------------------------------------
    def word_query(self, word: str) -> Any:
        from whoosh.query import Or, Term

        stems = analyzed(self.ix.schema, "text", word)
        if not stems:
            return None  # a stop word ("in" of "children in care") matches anything
        plain = analyzed(self.ix.schema, "people", word)
        terms = [Term("text", s) for s in stems] + [Term("title", s) for s in stems]
        terms += [Term("people", p) for p in plain]
        return Or(terms) if terms else None

    def concept_query(self, concept: tuple[str, ...]) -> Any:
        from whoosh.query import And, Or

        alternatives = []
        for wording in concept:
            parts = [q for q in (self.word_query(w) for w in wording.split()) if q is not None]
            if parts:
                alternatives.append(parts[0] if len(parts) == 1 else And(parts))
        return Or(alternatives) if alternatives else None

    def phrase_query(self, phrase: str) -> Any:
        from whoosh.query import Phrase, Term

        words = analyzed(self.ix.schema, "exact", phrase)
        if not words:
            return None
        return Term("exact", words[0]) if len(words) == 1 else Phrase("exact", words)

    def content_query(self, understood: Understood, all_concepts: bool) -> Any:
        from whoosh.query import And, Every, Or

        concepts = [q for q in map(self.concept_query, understood.concepts) if q is not None]
        phrases = [q for q in map(self.phrase_query, understood.phrases) if q is not None]
        if not concepts and not phrases:
            return Every()
        if all_concepts or not concepts:
            return And(phrases + concepts)
        matched = Or(concepts)
        return And([*phrases, matched]) if phrases else matched

    def filter_query(self, kinds: tuple[str, ...], body: str | None, since: dt.date | None,
                     until: dt.date | None) -> Any:
        from whoosh.query import And, DateRange, Or, Term

        parts = []
        if kinds:
            parts.append(Or([Term("kind", k) for k in kinds]))
        if body:
            words = analyzed(self.ix.schema, "body_words", body)
            parts.extend(Term("body_words", w) for w in words)
        if since or until:
            start = dt.datetime.combine(since, dt.time.min) if since else None
            end = dt.datetime.combine(until, dt.time.max) if until else None
            parts.append(DateRange("date", start, end))
        return And(parts) if parts else None

    # -- answers ----------------------------------------------------------------------------
    def understand(self, question: str) -> Understood:
        return question_to_query(question, self.groups)

    def search(self, question: str, kind: str | None = None, body: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 10) -> dict[str, Any]:
        """CONTRACT.md's search answer. An explicit `kind` overrides kinds the question implies;
        when implied kinds find nothing, every kind is searched."""
        check_kind(kind)
        if limit < 1:
            raise QueryError(f"--limit must be at least 1, not {limit}.")
        understood = self.understand(question)
        start, end = option_dates(since, until)
        start, end = start or understood.since, end or understood.until
        main = self.content_query(understood, all_concepts=False)
        kinds = (kind,) if kind else understood.kinds
        results = self.run(main, self.filter_query(kinds, body, start, end), limit)
        if not results and kinds and not kind:
            results = self.run(main, self.filter_query((), body, start, end), limit)
        return {"query": question, "total": len(results), "hits": [self.hit_to_dict(h) for h in results]}

    def run(self, query: Any, filter_query: Any, limit: int | None) -> Any:
        from whoosh import highlight

        results = self.searcher.search(query, filter=filter_query, limit=limit)
        results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=80)
        results.formatter = MarkFormatter()
        return results

    def hit_to_dict(self, hit: Any) -> dict[str, Any]:
        record = stored_to_record(hit.fields())
        answer = record_to_dict(record)
        answer["score"] = round(float(hit.score), 4)
        answer["highlight"] = hit.highlights("text", top=2) or answer["text"][:SNIPPET_CHARS]
        return answer

    def matching(self, question: str) -> Iterator[IndexRecord]:
        """Every record that mentions all the question's concepts (history's starting set)."""
        understood = self.understand(question)
        query = self.content_query(understood, all_concepts=True)
        for hit in self.searcher.search(query, filter=self.filter_query(understood.kinds, None, understood.since,
                                                                          understood.until), limit=None):
            yield stored_to_record(hit.fields())

    def records(self, **terms: str) -> list[IndexRecord]:
        """Records whose ID fields equal the given values, e.g. records(kind="action")."""
        return [stored_to_record(f) for f in self.searcher.documents(**terms)]


def MarkFormatter() -> Any:  # noqa: N802 - builds a Whoosh class lazily, used like one
    """Highlights matched words as **word**, a mark plain text and a web page can both show."""
    from whoosh import highlight

    class Marks(highlight.Formatter):
        between = " … "

        def format_token(self, text: str, token: Any, replace: bool = False) -> str:
            return f"**{highlight.get_text(text, token, replace)}**"

    return Marks()


def record_to_dict(record: IndexRecord) -> dict[str, Any]:
    extra = dict(record.extra)
    text = extra.pop("text", None) or record.text
    return {"id": record.id, "kind": record.kind, "text": text,
            "meeting": {"body": record.body, "date": record.date, "kind": record.doc_kind},
            "item": {"number": record.item_number, "title": record.item_title},
            "source": {"path": record.path, "page": record.page}, "details": extra}


def search(home: str, question: str, **options: Any) -> dict[str, Any]:
    with RecordIndex(home) as index:
        return index.search(question, **options)
