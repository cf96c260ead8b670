"""The parts of a query that target fields other than the text: the offices and statuses of
attendees, the bodies a question names, titles and kinds of document. And the order in which a
search gives them up when they find nothing (`relaxations`).

Whoosh queries are built here from an `Understood` question; `index.search` joins them to the
query of its words."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from index.roles import stand_ins
from index.understand import Understood

# What a title holding every word of the question (kinds of document aside) adds to the score of
# the records under it: a record of the paper or item the question names ranks above records that
# only mention it. One title word is no title ("status" of "Subcommittee status reports").
TITLE_LIFT = 5.0
# What naming a kind of document ("report", "work programme") adds to the score of such a
# document's own record (its title; not its pages, nor the findings or items read out of it).
DOC_KIND_LIFT = 5.0


def known_bodies(searcher: Any) -> list[str]:
    """Every body the index holds a meeting of."""
    return sorted(term.decode("utf-8") if isinstance(term, bytes) else term for term in searcher.lexicon("body_id"))


def body_filter(understood: Understood) -> Any:
    from whoosh.query import Or, Term

    if not understood.bodies:
        return None
    return Or([Term("body_id", b) for b in understood.bodies])


def attendance_query(understood: Understood) -> Any:
    """Attendee records holding one of the offices and statuses asked for, scored 0 (the
    question's other words rank them)."""
    from whoosh.query import And, ConstantScoreQuery, Or, Term

    parts = []
    if understood.roles:
        parts.append(Or([Term("role", r) for r in understood.roles]))
    if understood.statuses:
        parts.append(Or([Term("status", s) for s in understood.statuses]))
    return ConstantScoreQuery(And(parts) if len(parts) > 1 else parts[0], 0.0)


def title_query(stems: list[str], doc_kinds: tuple[str, ...]) -> Any:
    """What lifts the records of a paper or item the question names: its title words, and the
    kind of document the question names."""
    from whoosh.query import And, ConstantScoreQuery, Or, Term

    parts: list[Any] = []
    if len(set(stems)) > 1:
        parts.append(ConstantScoreQuery(And([Term("title", s) for s in dict.fromkeys(stems)]), TITLE_LIFT))
    if doc_kinds:
        parts.append(ConstantScoreQuery(Or([Term("paper_kind", k) for k in doc_kinds]), DOC_KIND_LIFT))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)


@dataclasses.dataclass(frozen=True)
class Reading:
    """One reading of a question: what it asks, whether the kinds of record it implies filter,
    and whether an attendee asked for by office or status must also hold one of its words."""

    understood: Understood
    implied_kinds: bool = True
    words_required: bool = True


def relaxations(understood: Understood, kind_given: bool, scoped: bool) -> Iterator[Reading]:
    """The readings of a question from the strictest to the loosest; a search takes the first
    that finds anything. Given up in turn: for an attendee asked for by office or status, the
    question's other words when it says which meetings (`scoped`: by body or date; "who chaired
    the council meeting": "meeting" is in no attendee record); the office, for the offices that
    stand in for it (index.roles.STAND_INS: a township council's Mayor chairs it); the office or
    status itself (its words then match the text: "who chaired the housing subgroup" finds its
    "Co-Chair"); the kinds of record the question implies; the bodies it names (their words then
    match the text)."""
    if understood.asks_attendance():
        words = bool(understood.concepts or understood.phrases)
        others = stand_ins(understood.roles)
        for asked in (understood, dataclasses.replace(understood, roles=others)) if others else (understood,):
            yield Reading(asked)
            if scoped and words:
                yield Reading(asked, words_required=False)
        understood = dataclasses.replace(understood, roles=(), statuses=(),
                                         concepts=understood.concepts + understood.role_words)
    yield Reading(understood)
    if understood.kinds and not kind_given:
        yield Reading(understood, implied_kinds=False)
    if understood.bodies:
        yield Reading(dataclasses.replace(understood, bodies=(), concepts=understood.concepts + understood.body_words),
                      implied_kinds=False)
