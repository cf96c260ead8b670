"""Facet counts for a search: how many matched records fall in each record kind, body and year,
and how many come from minutes that still have open actions.

Counted over every matched record, not only the hits on the page, from the stored fields the
index keeps (no document is re-read)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from index.schema import RECORD_KINDS


@dataclass
class Facets:
    kinds: list[tuple[str, int]] = field(default_factory=list)
    bodies: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    with_open_actions: int = 0


# (kind, body, year, document key) of one record.
FacetValues = tuple[str, str | None, str | None, str | None]


def values_to_facets(values: Iterable[FacetValues], open_meetings: frozenset[str]) -> Facets:
    kinds: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    years: Counter[str] = Counter()
    with_open = 0
    for kind, body, year, document in values:
        kinds[kind] += 1
        if body:
            bodies[body] += 1
        if year:
            years[year] += 1
        with_open += document in open_meetings
    return Facets(
        kinds=[(k, kinds[k]) for k in RECORD_KINDS if kinds[k]],
        bodies=sorted(bodies.items(), key=lambda bn: (-bn[1], bn[0])),
        years=sorted(years.items(), reverse=True),
        with_open_actions=with_open,
    )


def stored_to_values(stored: dict[str, Any]) -> FacetValues:
    date = stored.get("date")
    return stored["kind"], stored.get("body"), str(date.year) if date else None, stored.get("meeting_key")


class FacetCache:
    """Each record's facet values by document number, read from its stored fields the first
    time a result set holds it: a broad question on a large index then costs a dictionary
    look-up per record, not the unpickling of its text. Valid for one searcher only, since
    document numbers change when the index does."""

    def __init__(self) -> None:
        self.searcher: Any = None
        self.values: dict[int, FacetValues] = {}

    def values_of(self, searcher: Any, docnums: Iterable[int]) -> Iterator[FacetValues]:
        if searcher is not self.searcher:
            self.searcher, self.values = searcher, {}
        for docnum in docnums:
            values = self.values.get(docnum)
            if values is None:
                values = self.values[docnum] = stored_to_values(searcher.stored_fields(docnum))
            yield values


def results_to_facets(cache: FacetCache, searcher: Any, results: Any, open_meetings: frozenset[str]) -> Facets:
    """Facets of a Whoosh `results` (from `RecordIndex.results`) over every matched record."""
    return values_to_facets(cache.values_of(searcher, results.docs()), open_meetings)


def open_meetings_filter(open_meetings: frozenset[str]) -> Any:
    """A filter query keeping records from documents that list an open action."""
    from whoosh.query import NullQuery, Or, Term

    if not open_meetings:
        return NullQuery
    return Or([Term("meeting_key", key) for key in sorted(open_meetings)])
