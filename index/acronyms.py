"""Acronym definitions a document writes itself -> equivalence groups for query expansion.

Two conventions are recognised, both checked by initials so ordinary brackets do not count:
"Elective Home Education (EHE)" (expansion, then the acronym in brackets) and
"A&I – assessment and intervention" (acronym, dash or colon, expansion).
The definitions learned from every indexed file are kept in the index's folder, written by the
ingest with each index commit, so a search expands them without reading the store."""
from __future__ import annotations

import json
import pathlib
import re
from collections.abc import Iterable

from index.atomic import write_atomically
from index.glossary import GLOSSARY

ACRONYM = r"[A-Z][A-Za-z&]{1,7}"
BRACKETED = re.compile(r"((?:[\w'’-]+[ ]+){1,10}?)\((" + ACRONYM + r")\)")
DASHED = re.compile(r"(?:^|\n)\s*(" + ACRONYM + r")\s*(?:–|—|-|:)\s*([A-Za-z][A-Za-z' ]{3,80})")
LINKING_WORDS = {"of", "and", "the", "for", "in", "on", "to", "with", "a", "an", "&"}
MIN_LETTERS = 2
LEARNED_FILE = "acronyms.json"


def acronym_letters(acronym: str) -> str:
    return "".join(c for c in acronym.lower() if c.isalpha())


def is_acronym(word: str) -> bool:
    return sum(c.isupper() for c in word) >= MIN_LETTERS and word[0].isupper()


def expansion_for(letters: str, words: list[str]) -> list[str] | None:
    """The shortest run of words, from the start, whose initials spell `letters`
    (linking words such as "of" and "and" may be skipped); None when none does."""
    want = 0
    for n, word in enumerate(words):
        initial = word[0].lower()
        if want < len(letters) and initial == letters[want]:
            want += 1
            if want == len(letters):
                return words[: n + 1]
        elif word.lower() not in LINKING_WORDS:
            return None
    return None


def text_to_acronyms(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for m in BRACKETED.finditer(text):
        acronym = m.group(2)
        if not is_acronym(acronym):
            continue
        letters = acronym_letters(acronym)
        words = m.group(1).split()
        # Read backwards: the expansion ends right before the bracket.
        for start in range(len(words) - 1, -1, -1):
            candidate = words[start:]
            if expansion_for(letters, candidate) == candidate and candidate[0].lower() not in LINKING_WORDS:
                found[acronym] = " ".join(candidate).lower()
                break
    for m in DASHED.finditer(text):
        acronym, rest = m.group(1), m.group(2).split()
        if is_acronym(acronym) and acronym not in found:
            words = expansion_for(acronym_letters(acronym), rest)
            if words:
                found[acronym] = " ".join(words).lower()
    return found


def equivalence_groups(learned: dict[str, str]) -> list[tuple[str, ...]]:
    """The glossary plus learned definitions; a learned acronym joins the glossary group that
    already holds it or its expansion, so "EHE" and "elective home education" meet once."""
    groups = [list(g) for g in GLOSSARY]
    where: dict[str, int] = {alias.lower(): n for n, g in enumerate(groups) for alias in g}
    for acronym, expansion in sorted(learned.items()):
        n = where.get(acronym.lower(), where.get(expansion))
        if n is None:
            groups.append([acronym, expansion])
            where[acronym.lower()] = where[expansion] = len(groups) - 1
            continue
        for alias in (acronym, expansion):
            if alias.lower() not in where:
                groups[n].append(alias)
                where[alias.lower()] = n
    return [tuple(g) for g in groups]


def records_to_acronyms(texts: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in texts:
        found.update(text_to_acronyms(text))
    return found


def save_learned_acronyms(index_dir: pathlib.Path, learned: dict[str, str]) -> None:
    write_atomically(index_dir / LEARNED_FILE, json.dumps(learned, ensure_ascii=False, indent=1, sort_keys=True))


def load_learned_acronyms(index_dir: pathlib.Path) -> dict[str, str]:
    """The learned definitions; none for an index an older minutebook wrote without them, until
    the next `minutebook ingest` (which writes them even when no file changed)."""
    try:
        learned: dict[str, str] = json.loads((index_dir / LEARNED_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return learned
