"""The bodies a question names: words that name a council, committee or panel the index holds
("the corporate parenting panel", "cabinet", "Northwold parish council") restrict the search to
that body's meetings instead of being matched as words of the records' text.

A question names a body by its whole name, or by the end of its name when that ends in a noun
for a body ("scrutiny panel", "the council"), optionally after the name's first word, its place
("Northwold parish council" for "Northwold and Whittington Parish Council"). The mention must
start the question's noun phrase: in "the Safeguarding Children's Board" the word "board" names
a board that is not the Trust Board the index may hold."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# Nouns that end the name of a body that meets.
BODY_NOUNS = frozenset({
    "council", "cabinet", "board", "panel", "committee", "subcommittee", "sub-committee", "commission", "forum",
    "group", "partnership", "assembly", "executive", "authority", "trust", "senate", "body", "district",
    "spc", "jpc", "sederunt", "network", "governors", "trustees", "commissioners",
})
# Words a name may hold or a question may leave out: "Children & Young People's Partnership Board".
LINKING_WORDS = frozenset({"and", "&", "of", "the", "for", "on"})
NAME_WORD = re.compile(r"[A-Za-z0-9&][\w'’-]*")
MAX_NAME_WORDS = 12

Mention = tuple[int, int, tuple[str, ...]]  # question words [start, end) and the bodies they name


def body_key(word: str) -> str:
    """A word of a body's name as a question may write it: any case, with or without the
    possessive or a plural "s" ("children's", "childrens", "Children")."""
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s").replace("'", "")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


NOUN_KEYS = frozenset(map(body_key, BODY_NOUNS))


def name_to_wordings(name: str) -> list[tuple[str, ...]]:
    """The keyed word sequences that name the body called `name`."""
    words = [k for k in map(body_key, NAME_WORD.findall(name)) if k not in LINKING_WORDS]
    if not words or len(words) > MAX_NAME_WORDS:
        return []  # a long "name" is a sentence the header misread, which no question says
    wordings = [tuple(words)]
    if words[-1] in NOUN_KEYS:
        wordings += [tuple(words[k:]) for k in range(1, len(words))]
        wordings += [(words[0], *words[k:]) for k in range(2, len(words))]
    return wordings


def body_table(bodies: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Keyed word sequences -> the bodies they name ("council" names every council)."""
    table: dict[tuple[str, ...], list[str]] = {}
    for body in bodies:
        for wording in name_to_wordings(body):
            table.setdefault(wording, []).append(body)
    return {wording: tuple(dict.fromkeys(names)) for wording, names in table.items()}


def names_alone(word: str) -> bool:
    """A one-word mention names a body when it is a noun for one ("cabinet", "the board") or is
    written as a name ("Ofsted"); a lower-case word of a one-word name is an ordinary word."""
    return body_key(word) in NOUN_KEYS or word[:1].isupper()


def words_to_body_mentions(words: list[str], table: Mapping[tuple[str, ...], tuple[str, ...]],
                           lead_words: frozenset[str]) -> list[Mention]:
    """The longest mentions of known bodies in the question's words, left to right. A mention
    starts the question, or follows one of `lead_words` (question words, articles, prepositions)."""
    keyed = [(at, body_key(w)) for at, w in enumerate(words) if body_key(w) not in LINKING_WORDS]
    mentions: list[Mention] = []
    k = 0
    while k < len(keyed):
        start = keyed[k][0]
        leads = start == 0 or words[start - 1].lower() in lead_words
        for n in range(min(MAX_NAME_WORDS, len(keyed) - k), 0, -1) if leads else ():
            bodies = table.get(tuple(key for _, key in keyed[k:k + n]))
            if bodies and (n > 1 or names_alone(words[start])):
                mentions.append((start, keyed[k + n - 1][0] + 1, bodies))
                k += n
                break
        else:
            k += 1
    return mentions
