"""Glossary concepts a record mentions, found once at index time.

A record that says "Elective Home Education" or "EHE" is tagged `ehe`; a query for either then
looks up one term instead of matching a phrase of common words ("children in care") across the
whole index. Acronyms count only in capitals ("SEND", not "send"); expansions in any case."""
from __future__ import annotations

import functools
import re

from index.acronyms import is_acronym
from index.glossary import GLOSSARY

WORDS = re.compile(r"\w+")
CAPITALISED = re.compile(r"\b[A-Z][A-Za-z&]{1,7}\b")


def words_line(text: str) -> str:
    """Lower-case words joined by single spaces, padded, so a phrase test is a substring test."""
    return f" {' '.join(WORDS.findall(text.lower()))} "


def concept_id(group: tuple[str, ...]) -> str:
    return group[0].lower()


@functools.cache
def glossary_tables() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """(acronym -> concept id, [(padded expansion, concept id)])."""
    acronyms: dict[str, str] = {}
    expansions: list[tuple[str, str]] = []
    for group in GLOSSARY:
        for alias in group:
            if is_acronym(alias):
                acronyms[alias] = concept_id(group)
            else:
                expansions.append((words_line(alias), concept_id(group)))
    return acronyms, expansions


def text_to_concepts(text: str) -> list[str]:
    acronyms, expansions = glossary_tables()
    found = {acronyms[w] for w in CAPITALISED.findall(text) if w in acronyms}
    line = words_line(text)
    found.update(cid for phrase, cid in expansions if cid not in found and phrase in line)
    return sorted(found)


def glossary_group_of(group: tuple[str, ...]) -> tuple[str, ...] | None:
    """The built-in glossary group a (possibly extended) query group starts from, if any."""
    return next((g for g in GLOSSARY if g[0] == group[0]), None)
