"""Ranked search over the index: a question -> hits shaped as CONTRACT.md's `search --json`.

`RecordIndex` keeps one searcher open, so a long-lived caller (the web page, a benchmark) pays
for opening the index once."""
from __future__ import annotations

import datetime as dt
import itertools
import pathlib
from collections.abc import Iterator
from typing import Any

from index.acronyms import equivalence_groups, load_learned_acronyms
from index.bodies import body_table
from index.common_words import any_concept_query
from index.concepts import concept_id, glossary_group_of
from index.dates import parse_when
from index.errors import IndexDamaged, IndexMissing, QueryError
from index.integrity import damage_reported, index_problems
from index.query_checks import check_date_order
from index.records import IndexRecord, source_to_dict, stored_to_record
from index.safe_query import query_for_reader
from index.schema import RECORD_KINDS, current_version, home_to_index_dir, open_searcher
from index.targets import Reading, attendance_query, body_filter, known_bodies, relaxations, title_query
from index.understand import Understood, question_to_query
from index.unscored import unscored

SNIPPET_CHARS = 240
# Matches counted for `total` beyond the hits shown; counting costs about 1 ms per 1,000.
COUNT_LIMIT = 1_000


def analyzed(schema: Any, field: str, text: str) -> list[str]:
    return [t.text for t in schema[field].analyzer(text)]


def check_kind(kind: str | None) -> str | None:
    if kind is not None and kind not in RECORD_KINDS:
        raise QueryError(f"Unknown kind {kind!r}; expected one of {', '.join(RECORD_KINDS)}.")
    return kind


def option_dates(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    return (parse_when(since)[0] if since else None, parse_when(until)[1] if until else None)


def require_index(home: str) -> pathlib.Path:
    """The folder of home's index, when it holds one this version of minutebook can search."""
    index_dir = home_to_index_dir(home)
    if index_dir.exists() and not index_dir.is_dir():
        raise IndexDamaged(index_problems(index_dir)[0].sentence())
    if not index_dir.is_dir():
        raise IndexMissing(f"There is no minutebook index in {pathlib.Path(home)}; "
                           "run `minutebook ingest PATH` first.")
    if not current_version(index_dir):
        raise IndexMissing(f"The index in {pathlib.Path(home)} was built by another version of minutebook; "
                           "run `minutebook ingest` again to rebuild it from the store.")
    return index_dir


class RecordIndex:
    def __init__(self, home: str) -> None:
        index_dir = require_index(home)
        self.ix, self.searcher = open_searcher(index_dir)
        self.groups = equivalence_groups(load_learned_acronyms(index_dir))
        self.bodies = body_table(known_bodies(self.searcher))

    def refresh(self) -> None:
        self.searcher = self.searcher.refresh()
        self.bodies = body_table(known_bodies(self.searcher))

    def close(self) -> None:
        self.searcher.close()

    def __enter__(self) -> RecordIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- query building -------------------------------------------------------------------
    def word_query(self, word: str) -> Any:
        from whoosh.query import And, Term

        stems = [Term("text", s) for s in analyzed(self.ix.schema, "text", word)]
        if not stems:
            return None  # a stop word ("in" of "children in care") matches anything
        return stems[0] if len(stems) == 1 else And(stems)

    def concept_query(self, concept: tuple[str, ...]) -> Any:
        """A word matches by its stem. A glossary concept is one term, tagged at index time; an
        acronym learned from the corpus matches as a word and its expansion only as a phrase,
        since its words apart mean something else ("elective" and "election" share a stem)."""
        from whoosh.query import Or, Term

        if len(concept) == 1 and len(concept[0].split()) == 1:
            return self.word_query(concept[0])
        glossary = glossary_group_of(concept)
        alternatives = [Term("concepts", concept_id(glossary))] if glossary else []
        learned = [w for w in concept if not glossary or w not in glossary]
        wordings = [self.word_query(w) if len(w.split()) == 1 else self.phrase_query(w) for w in learned]
        alternatives += [q for q in wordings if q is not None]
        return Or(alternatives) if len(alternatives) > 1 else (alternatives[0] if alternatives else None)

    def phrase_query(self, phrase: str) -> Any:
        from whoosh.query import Phrase, Term

        words = analyzed(self.ix.schema, "exact", phrase)
        if not words:
            return None
        return Term("exact", words[0]) if len(words) == 1 else Phrase("exact", words)

    def content_query(self, understood: Understood, all_concepts: bool) -> Any:
        from whoosh.query import And, Every

        concepts = [q for q in map(self.concept_query, understood.concepts) if q is not None]
        phrases = [q for q in map(self.phrase_query, understood.phrases) if q is not None]
        if not concepts and not phrases:
            if understood.concepts and not (understood.kinds or understood.since or understood.until):
                # Only words the index leaves out ("in", "not"): Every() would list the whole store.
                raise QueryError("Every word of the query is too common to search for; add one that names the issue.")
            return Every()
        if all_concepts or not concepts:
            return And(phrases + concepts)
        matched = any_concept_query(concepts, self.searcher.reader())
        return And([*phrases, matched]) if phrases else matched

    def filter_query(self, kinds: tuple[str, ...], body: str | None, since: dt.date | None,
                     until: dt.date | None, within: Any = None) -> Any:
        from whoosh.query import And, DateRange, Or, Term

        parts = [within] if within is not None else []
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

    def targeted_query(self, reading: Reading, all_concepts: bool) -> Any:
        """The content query joined to what targets other fields: attendees by office or status,
        else a lift for the titles and kinds of document named."""
        from whoosh.query import And, AndMaybe, Every

        understood = reading.understood
        content = self.content_query(understood, all_concepts)
        if understood.asks_attendance():
            asked = attendance_query(understood)
            if isinstance(content, Every):
                return asked
            return And([asked, content]) if reading.words_required else AndMaybe(asked, content)
        stems = [s for c in understood.title_concepts() for s in analyzed(self.ix.schema, "title", c[0])]
        lift = title_query(stems, understood.doc_kinds)
        return content if lift is None else AndMaybe(content, lift)

    def attempts(self, understood: Understood, kind: str | None, body: str | None, start: dt.date | None,
                 end: dt.date | None, within: Any, all_concepts: bool) -> Iterator[tuple[Any, Any]]:
        """(query, filter) for each reading of the question, strictest first (targets.relaxations)."""
        from whoosh.query import And

        scoped = bool(understood.bodies or body or start or end)
        for reading in relaxations(understood, kind_given=bool(kind), scoped=scoped):
            kinds = (kind,) if kind else (reading.understood.kinds if reading.implied_kinds else ())
            named = body_filter(reading.understood)
            scope = And([within, named]) if within is not None and named is not None else within or named
            yield self.targeted_query(reading, all_concepts), self.filter_query(kinds, body, start, end, scope)

    # -- answers ----------------------------------------------------------------------------
    def understand(self, question: str) -> Understood:
        return question_to_query(question, self.groups, self.bodies)

    def search(self, question: str, kind: str | None = None, body: str | None = None,
               since: str | None = None, until: str | None = None, limit: int = 10) -> dict[str, Any]:
        """CONTRACT.md's search answer. An explicit `kind` overrides kinds the question implies;
        when implied kinds find nothing, every kind is searched."""
        results = self.results(question, kind, body, since, until, limit)
        total, exact = matched_count(results, limit)
        return {"query": question, "total": total, "total_exact": exact,
                "hits": [self.hit_to_dict(h) for h in results]}

    def results(self, question: str, kind: str | None = None, body: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 10, within: Any = None) -> Any:
        """The Whoosh results behind `search`; `within` is one more filter query (the web page's
        facets narrow with it, and count over every matched record, not only the hits shown)."""
        check_kind(kind)
        if limit < 1:
            raise QueryError(f"--limit must be at least 1, not {limit}.")
        understood = self.understand(question)
        start, end = option_dates(since, until)
        start, end = start or understood.since, end or understood.until
        check_date_order(start, end)
        for query, filters in self.attempts(understood, kind, body, start, end, within, all_concepts=False):
            results = self.run(query, filters, limit)
            if results.scored_length():
                break
        return results

    def run(self, query: Any, filter_query: Any, limit: int | None) -> Any:
        from whoosh import highlight
        from whoosh.query import And

        # Filters join the query as an unscored clause rather than Whoosh's `filter=`, which
        # collects every document of the filter (every resolution, say) before each search.
        if filter_query is not None:
            query = And([query, unscored(filter_query)])
        collector = exact_collector(self.searcher, limit)
        self.searcher.search_with_collector(query_for_reader(query, self.searcher.reader()), collector)
        results = collector.results()
        results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=80)
        results.formatter = MarkFormatter()
        return results

    def hit_to_dict(self, hit: Any, highlight: bool = True) -> dict[str, Any]:
        """The hit as CONTRACT.md shapes it; `highlight=False` skips marking the matched words
        (re-reading the hit's text), for answers that do not show them."""
        record = stored_to_record(hit.fields())
        answer = record_to_dict(record)
        answer["score"] = round(float(hit.score), 4)
        answer["highlight"] = (highlight and hit.highlights("text", top=2)) or answer["text"][:SNIPPET_CHARS]
        return answer

    def matching(self, question: str) -> Iterator[IndexRecord]:
        """Every record that mentions all the question's concepts (history's starting set)."""
        understood = self.understand(question)
        for query, filters in self.attempts(understood, None, None, understood.since, understood.until, None,
                                            all_concepts=True):
            results = self.run(query, filters, None)
            if results.scored_length():
                break
        for hit in results:
            yield stored_to_record(hit.fields())

    def records(self, **terms: str) -> list[IndexRecord]:
        """Records whose ID fields equal the given values, e.g. records(kind="action")."""
        return [stored_to_record(f) for f in self.searcher.documents(**terms)]


def exact_collector(searcher: Any, limit: int | None) -> Any:
    """Whoosh's collector for the top `limit` hits, without its matcher replacement: once the
    heap is full Whoosh rewrites an OR into AND-MAYBE and AND parts it judges too weak, and in
    Whoosh 3 that rewrite drops documents, so the best hit of a question could miss the top 3
    (tests/test_queries.py::test_issue_12_the_best_hit_does_not_depend_on_the_limit). Skipping
    blocks by their best score stays."""
    collector = searcher.collector(limit=limit)
    collector.replace = 0
    return collector


def matched_count(results: Any, limit: int) -> tuple[int, bool]:
    """How many records match. Fewer hits than the limit means every match was scored; else the
    matches are counted, up to COUNT_LIMIT (a lower bound beyond it). Whoosh's own estimate is no
    bound: it counts deleted records and, for words that must all occur, the rarest word's records."""
    if results.has_exact_length():
        return len(results), True
    scored = results.scored_length()
    if scored < limit:
        return scored, True
    counted = sum(1 for _ in itertools.islice(results.searcher.docs_for_query(results.q), COUNT_LIMIT))
    return max(scored, counted), counted < COUNT_LIMIT


def MarkFormatter() -> Any:  # noqa: N802 - builds a Whoosh class lazily, used like one
    """Highlights matched words as **word**, a mark plain text and a web page can both show."""
    from whoosh import highlight

    class Marks(highlight.Formatter):
        between = " … "

        def format_token(self, text: str, token: Any, replace: bool = False) -> str:
            return f"**{highlight.get_text(text, token, replace)}**"

    return Marks()


def record_source(record: IndexRecord) -> dict[str, Any]:
    return source_to_dict(record.path, record.page, record.source_url, record.meeting_url)


def record_to_dict(record: IndexRecord) -> dict[str, Any]:
    extra = dict(record.extra)
    text = extra.pop("text", None) or record.text
    return {"id": record.id, "kind": record.kind, "text": text,
            "meeting": {"body": record.body, "date": record.date, "kind": record.doc_kind},
            "item": {"number": record.item_number, "title": record.item_title},
            "source": record_source(record), "details": extra}


def search(home: str, question: str, **options: Any) -> dict[str, Any]:
    with damage_reported(home_to_index_dir(home)), RecordIndex(home) as index:
        return index.search(question, **options)
