"""A paragraph -> its sentences, as minutes write them.

A plain rule splitter rather than spaCy's sentencizer: minutes are full of initials
("Cllr R. Crisp"), titles ("Mrs.") and inline list labels ("ii. The Clerk ..."), where a
generic splitter cuts a name in two or glues two list entries together.
"""
from __future__ import annotations

import re

# Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "cllr cllrs mr mrs ms dr st no nos co ltd inc corp rev revd prof approx etc vs e.g i.e cf incl ref tel"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Words that open an introductory phrase before a sentence's main clause ("With the Chair's permission,
# it was agreed ...", "Upon confirmation of this the clerk was instructed to ..."): the phrase belongs
# to the record the clause holds.
INTRODUCTORY = frozenset(
    "as after following with on upon since because given having in due further although while when if"
    " subject".split())
# A heading printed at the start of its paragraph, before a sentence: "Minutes: It was proposed by ...",
# "Any Other Business: The clerk is to write ...".
RUN_IN_HEADING = re.compile(r"^[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,5}:\s+(?=[A-Z][a-z]*\b(?!:))")
# An inline list label that opens a new entry: "ii. ", "b) ", "(c) ".
INLINE_LABEL = re.compile(r"\s(?=(?:\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)|(?:[a-h]|[ivx]{1,4})[.)])\s+[A-Z0-9])")
LABEL_TEXT = r"(?:[a-z]|[ivx]{1,4}|\d{1,2})"
LEADING_LABEL = re.compile(rf"^\s*(?:[-\u2022*]\s*)?(?:\({LABEL_TEXT}\)|{LABEL_TEXT}[.)])\s+")
# "ii." / "b." / "2." before a full stop label a list entry; they do not end a sentence.
LIST_LABEL_WORD = re.compile(r"[a-z]|[ivx]{1,4}|\d{1,2}")
BOUNDARY = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def paragraph_to_sentences(text: str) -> list[str]:
    """Sentences of one paragraph, each without a leading list label ("ii.", "(b)", "- ")."""
    sentences: list[str] = []
    for chunk in INLINE_LABEL.split(text):
        start = 0
        for m in sentence_breaks(chunk):
            sentences.append(chunk[start:m.start()].strip())
            start = m.end()
        sentences.append(chunk[start:].strip())
    return [s for s in (strip_label(s) for s in sentences) if s]


def sentence_breaks(text: str) -> list[re.Match[str]]:
    """The gaps between the sentences of a text; a full stop after an abbreviation or a list
    label is not one."""
    breaks: list[re.Match[str]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        before = text[start:m.start()].rstrip("\"'\u201d\u2019)")
        last_word = re.split(r"\s", before)[-1].rstrip(".").lower() if before else ""
        label = LIST_LABEL_WORD.fullmatch(last_word) and opens_entry(before)
        if last_word in ABBREVIATIONS or label or split_decimal(before, text[m.end():]):
            continue
        breaks.append(m)
        start = m.end()
    return breaks


def split_decimal(before: str, after: str) -> bool:
    """Whether a full stop is a decimal point that text recognition spaced out: "\u00a33010. 00"."""
    return bool(re.search(r"\d\.$", before) and re.match(r"\d{2}(?!\d)", after))


def opens_entry(before: str) -> bool:
    """Whether the number or letter ending `before` labels a list entry ("She asked: 1. ...",
    "... and 2. ...") rather than ending a sentence ("a target of 20. The Board ..."); single
    letters are initials or labels, never a sentence's end."""
    words = before.split()
    if not words[-1].rstrip(".").isdigit() or len(words) == 1:
        return True
    return words[-2].endswith((":", ";", ",")) or words[-2].lower() in ("and", "or")


def strip_label(text: str) -> str:
    return LEADING_LABEL.sub("", text).strip()
