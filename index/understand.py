"""A question as an officer types it -> what to look for, in which kinds of record, when.

"what did we resolve on elective home education in 2017" becomes: resolutions and decisions,
about the concept {elective home education, EHE}, dated 2017. Question words are dropped,
quoted phrases stay phrases, and acronyms and their expansions become one concept."""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from index.bodies import words_to_body_mentions
from index.dates import question_to_dates
from index.errors import QueryError
from index.query_checks import check_length
from index.roles import NOT_RECORDED_BEFORE, role_cue_table, status_cue_table

QUESTION_WORDS = frozenset("""
a about all an and any anything are as at be been by can could did do does done for from get had has
have how i is it its me my of on or our say said says show tell than that the their them there these
they this those to us was we were what when where which who whom whose why will with would you your
please find list give latest last recent ever happened happen anything something
""".split())
INTENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("resolve resolved resolves resolution resolutions decide decided decides decision "
                    "decisions agree agreed agrees agreement approve approved elected appointed".split(),
                    ("resolution", "decision")),
    **dict.fromkeys("action actions actioned outstanding owner owners overdue".split(), ("action",)),
    **dict.fromkeys("ofsted judged judgement judgements judgment judgments inspection inspections inspector "
                    "inspectors inspected findings recommendations".split(), ("finding",)),
}
# Words naming a kind of paper: the paper of that kind whose title holds the question's other words
# ranks first ("the youth justice annual report" is a report's title before it is words in minutes).
# They name the kind, so they are no words to match, unless they are the question's only words.
# Minutes and agendas are not among them: their titles are their bodies' names, and "approve the
# minutes" is about the minutes.
DOCUMENT_KIND_CUES: dict[tuple[str, ...], str] = {
    **dict.fromkeys([("report",), ("reports",)], "report"),
    **dict.fromkeys([("work", "programme"), ("work", "programmes"), ("forward", "plan")], "work_programme"),
}
# Words that may stand right before a body's name besides the question words and the words of
# cues: "in cabinet", "who chaired Wretton parish council".
BODY_LEADS = QUESTION_WORDS | frozenset({"in", "into", "before", "after", "since", "during", "under", "between"})
# Acronyms that are also everyday words: they expand only when typed in capitals.
WORD_LIKE_ACRONYMS = frozenset({"send", "cp", "cin", "sen", "dfe"})
WORD = re.compile(r"[A-Za-z0-9][\w&'’.-]*[\w&]|[A-Za-z0-9]")
QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
MAX_ALIAS_WORDS = 10
T = TypeVar("T")


@dataclass
class Understood:
    """`concepts`: each is a tuple of equivalent wordings (a word, or an acronym and expansions)."""

    concepts: list[tuple[str, ...]] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    kinds: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    # Asked of attendee records ("who chaired", "who sent apologies"): the offices and statuses.
    roles: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    # The known bodies the question names, and the kinds of document it names ("report").
    bodies: tuple[str, ...] = ()
    doc_kinds: tuple[str, ...] = ()
    # The words that named the offices, and the bodies: matched as words of the text when the
    # filters they set find nothing. (A status's words would match every attendee's status.)
    role_words: list[tuple[str, ...]] = field(default_factory=list)
    body_words: list[tuple[str, ...]] = field(default_factory=list)

    def asks_attendance(self) -> bool:
        return bool(self.roles or self.statuses)

    def title_concepts(self) -> list[tuple[str, ...]]:
        """The one-word concepts, which a title holds or not."""
        return [c for c in self.concepts if len(c) == 1 and " " not in c[0]]


def words_of(text: str) -> list[str]:
    return [w.replace("’", "'") for w in WORD.findall(text)]


def alias_table(groups: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for group in groups:
        for alias in group:
            table[tuple(w.lower() for w in words_of(alias))] = group
    return table


def alias_matches(written: list[str]) -> bool:
    """False for an acronym that is also a word ("send") typed in lower case."""
    return not (len(written) == 1 and written[0].lower() in WORD_LIKE_ACRONYMS and not written[0].isupper())


def longest_match(keys: list[str], at: int, table: Mapping[tuple[str, ...], T]) -> tuple[int, T] | None:
    """(words, value) of the longest entry of `table` that the keys starting at `at` spell."""
    for n in range(min(MAX_ALIAS_WORDS, len(keys) - at), 0, -1):
        found = table.get(tuple(keys[at:at + n]))
        if found is not None:
            return n, found
    return None


def words_to_concepts(words: list[str], groups: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Greedy longest match of the glossary's wordings; other words are concepts of their own."""
    table = alias_table(groups)
    keys = [w.lower() for w in words]
    concepts: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        match = longest_match(keys, i, table)
        if match and alias_matches(words[i:i + match[0]]):
            concepts.append(match[1])
            i += match[0]
            continue
        if keys[i] not in QUESTION_WORDS:
            concepts.append((words[i],))
        i += 1
    return concepts


@dataclass
class Tagged:
    """The question's words, each with what it names: a body, a role, a status, a kind of record
    (an intent), or nothing (a content word)."""

    words: list[str]
    tags: list[str | None]
    found: dict[str, list[str]] = field(default_factory=dict)

    def tag(self, start: int, end: int, tag: str, values: tuple[str, ...]) -> None:
        self.tags[start:end] = [tag] * (end - start)
        found = self.found.setdefault(tag, [])
        found.extend(v for v in values if v not in found)

    def words_tagged(self, *tags: str | None) -> list[str]:
        return [w for w, t in zip(self.words, self.tags, strict=True) if t in tags]


@functools.cache
def cue_tables() -> list[tuple[str, Mapping[tuple[str, ...], tuple[str, ...]]]]:
    """(tag, word sequences -> what they name) for the cues of a question, in the order they are tried."""
    return [
        ("role", {k: (r,) for k, r in role_cue_table().items()}), ("status", status_cue_table()),
        ("intent", {(w,): kinds for w, kinds in INTENTS.items()}),
        ("doc_kind", {k: (kind,) for k, kind in DOCUMENT_KIND_CUES.items()}),
    ]


@functools.cache
def body_leads() -> frozenset[str]:
    return BODY_LEADS | {w for _, table in cue_tables() for key in table for w in key}


def tag_bodies(tagged: Tagged, bodies: Mapping[tuple[str, ...], tuple[str, ...]]) -> None:
    for start, end, named in words_to_body_mentions(tagged.words, bodies, body_leads()):
        tagged.tag(start, end, "body", named)


def tag_cues(tagged: Tagged) -> None:
    """Roles, statuses, intents and kinds of document, longest wording first, among words no
    body took. A status word after "can", "to"... speaks of some other day's attending."""
    keys = [w.lower() for w in tagged.words]
    i = 0
    while i < len(keys):
        for tag, table in cue_tables():
            match = longest_match(keys, i, table) if tagged.tags[i] is None else None
            if match and tag == "status" and i and keys[i - 1] in NOT_RECORDED_BEFORE:
                match = None
            if match and all(t is None for t in tagged.tags[i:i + match[0]]):
                tagged.tag(i, i + match[0], tag, match[1])
                i += match[0]
                break
        else:
            i += 1


def question_to_query(question: str, groups: list[tuple[str, ...]],
                      bodies: Mapping[tuple[str, ...], tuple[str, ...]] | None = None) -> Understood:
    """`bodies`: the known bodies' wordings (index.bodies.body_table), which a question may name."""
    if not question.strip():
        raise QueryError("The query is empty; type some words to search for.")
    check_length(question)
    phrases = [p.strip() for p in QUOTED.findall(question) if p.strip()]
    rest, since, until = question_to_dates(QUOTED.sub(" ", question))
    words = words_of(rest)
    tagged = Tagged(words, [None] * len(words))
    if bodies:
        tag_bodies(tagged, bodies)
    tag_cues(tagged)
    kinds = tuple(tagged.found.get("intent", ()))
    # "who chaired", "who sent apologies": attendee records with that role or status. Asked with
    # another kind ("who was elected vice chair": a resolution), the role is words to match.
    attendance = bool(tagged.found.get("role") or tagged.found.get("status")) and not kinds
    if attendance:
        kinds = ("attendee",)
    content = tagged.words_tagged(None) if attendance else tagged.words_tagged(None, "role", "status")
    named = tuple(tagged.found.get("body", ()))
    if not content and not phrases and not attendance and not named:
        # "Ofsted inspection", "annual reports" name the subject as well as the kind: keep the words.
        content = [w for w in words if w.lower() not in QUESTION_WORDS]
    concepts = list(dict.fromkeys(words_to_concepts(content, groups)))  # a word typed twice is one concept
    if not (concepts or phrases or kinds or named) and since is None and until is None:
        raise QueryError(f"The query {question!r} has no words to search for.")
    return Understood(
        concepts=concepts, phrases=phrases, kinds=kinds, since=since, until=until,
        roles=tuple(tagged.found.get("role", ())) if attendance else (),
        statuses=tuple(tagged.found.get("status", ())) if attendance else (),
        bodies=named, doc_kinds=tuple(tagged.found.get("doc_kind", ())),
        role_words=words_to_concepts(tagged.words_tagged("role"), groups) if attendance else [],
        body_words=words_to_concepts(tagged.words_tagged("body"), groups))
