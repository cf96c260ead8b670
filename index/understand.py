"""A question as an officer types it -> what to look for, in which kinds of record, when.

"what did we resolve on elective home education in 2017" becomes: resolutions and decisions,
about the concept {elective home education, EHE}, dated 2017. Question words are dropped,
quoted phrases stay phrases, and acronyms and their expansions become one concept."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from index.dates import question_to_dates
from index.errors import QueryError
from index.query_checks import check_length

QUESTION_WORDS = frozenset("""
a about all an and any anything are as at be been by can could did do does done for from get had has
have how i is it its me my of on or our say said says show tell than that the their them there these
they this those to us was we were what when where which who whom whose why will with would you your
please find list give latest last recent ever happened happen anything something
""".split())
INTENTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys("resolve resolved resolves resolution resolutions decide decided decides decision "
                    "decisions agree agreed agrees agreement approve approved".split(), ("resolution", "decision")),
    **dict.fromkeys("action actions actioned outstanding owner owners overdue".split(), ("action",)),
    **dict.fromkeys("ofsted judged judgement judgements judgment judgments inspection inspections inspector "
                    "inspectors inspected findings recommendations".split(), ("finding",)),
    **dict.fromkeys("attended attend attendance apologies".split(), ("attendee",)),
}
# Acronyms that are also everyday words: they expand only when typed in capitals.
WORD_LIKE_ACRONYMS = frozenset({"send", "cp", "cin", "sen", "dfe"})
WORD = re.compile(r"[A-Za-z0-9][\w&'’.-]*[\w&]|[A-Za-z0-9]")
QUOTED = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
MAX_ALIAS_WORDS = 10


@dataclass
class Understood:
    """`concepts`: each is a tuple of equivalent wordings (a word, or an acronym and expansions)."""

    concepts: list[tuple[str, ...]] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    kinds: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None


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


def words_to_concepts(words: list[str], groups: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Greedy longest match of the glossary's wordings; other words are concepts of their own."""
    table = alias_table(groups)
    concepts: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_ALIAS_WORDS, len(words) - i), 0, -1):
            key = tuple(w.lower() for w in words[i:i + n])
            group = table.get(key)
            if group and alias_matches(words[i:i + n]):
                concepts.append(group)
                i += n
                break
        else:
            if words[i].lower() not in QUESTION_WORDS:
                concepts.append((words[i],))
            i += 1
    return concepts


def question_to_query(question: str, groups: list[tuple[str, ...]]) -> Understood:
    if not question.strip():
        raise QueryError("The query is empty; type some words to search for.")
    check_length(question)
    phrases = [p.strip() for p in QUOTED.findall(question) if p.strip()]
    rest, since, until = question_to_dates(QUOTED.sub(" ", question))
    words = words_of(rest)
    kinds: list[str] = []
    content = []
    for w in words:
        intent = INTENTS.get(w.lower())
        if intent:
            kinds.extend(k for k in intent if k not in kinds)
        else:
            content.append(w)
    if not content and not phrases:
        # "Ofsted inspection" names the subject as well as the kind: keep the words.
        content = [w for w in words if w.lower() not in QUESTION_WORDS]
    concepts = list(dict.fromkeys(words_to_concepts(content, groups)))  # a word typed twice is one concept
    if not concepts and not phrases and not kinds and since is None and until is None:
        raise QueryError(f"The query {question!r} has no words to search for.")
    return Understood(concepts=concepts, phrases=phrases, kinds=tuple(kinds), since=since, until=until)
