"""Facet counts for a search: how many matched records fall in each record kind, body and year,
and how many come from minutes that still have open actions.

Counted over every matched record, not only the hits on the page, from the stored fields the
index keeps (no document is re-read)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from index.schema import RECORD_KINDS


@dataclass
class Facets:
    kinds: list[tuple[str, int]] = field(default_factory=list)
    bodies: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
    with_open_actions: int = 0


def stored_to_facets(stored: Iterable[dict[str, Any]], open_meetings: frozenset[str]) -> Facets:
    kinds: Counter[str] = Counter()
    bodies: Counter[str] = Counter()
    years: Counter[str] = Counter()
    with_open = 0
    for fields in stored:
        kinds[fields["kind"]] += 1
        if fields.get("body"):
            bodies[fields["body"]] += 1
        if fields.get("date"):
            years[str(fields["date"].year)] += 1
        with_open += fields.get("meeting_key") in open_meetings
    return Facets(
        kinds=[(k, kinds[k]) for k in RECORD_KINDS if kinds[k]],
        bodies=sorted(bodies.items(), key=lambda bn: (-bn[1], bn[0])),
        years=sorted(years.items(), reverse=True),
        with_open_actions=with_open,
    )


def results_to_facets(index: Any, results: Any, open_meetings: frozenset[str]) -> Facets:
    """Facets of a Whoosh `results` (from `RecordIndex.results`)."""
    searcher = index.searcher
    return stored_to_facets((searcher.stored_fields(n) for n in results.docs()), open_meetings)


def open_meetings_filter(open_meetings: frozenset[str]) -> Any:
    """A filter query keeping records from documents that list an open action."""
    from whoosh.query import NullQuery, Or, Term

    if not open_meetings:
        return NullQuery
    return Or([Term("meeting_key", key) for key in sorted(open_meetings)])
