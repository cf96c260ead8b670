"""Whether a line of later minutes is about an earlier action, and what it says of it.

Standard library only (difflib and token overlap): `minutebook actions` must start fast."""
from __future__ import annotations

import difflib
import re

from corpus.register.words import (
    CARRIED_MARKERS,
    CARRIED_STATUSES,
    DONE_MARKERS,
    DONE_STATUSES,
    HONORIFICS,
    IRREGULAR_PAST,
    REVIEW_ITEM_WORDS,
    STOPWORDS,
    TALK_PAST,
)

DONE = "done"
CARRIED = "carried forward"
OPEN = "open"

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_DONE_RE = re.compile("|".join(DONE_MARKERS))
_CARRIED_RE = re.compile("|".join(CARRIED_MARKERS))
# Sentences end at a full stop followed by a capital; a TAB is a table cell, not a sentence end,
# so an action-log row stays one line with its Status cell.
_SENTENCE_END = re.compile(r"(?<=[.!?;]) +(?=[A-Z\"'(])|\n")
# Action table rows and review lines often start with the action's reference ("A12", "3.",
# "CSP/23/45"); it says nothing about the action's subject.
_LEADING_REF = re.compile(r"^\s*(?:action\s*)?[a-z]{0,4}[\d/.\-]+[a-z]?\s*[:.)\-–]?\s+", re.I)


# An action's own reference, when it has one a clerk would reuse: letters and digits ("A12",
# "CSP/23/45", "AP-7"), not a bare list number.
# The ref must be followed by a separator, so "Q3 figures to be circulated" has none.
_ACTION_REF = re.compile(
    r"^\s*(?:action\s*)?(?P<ref>[a-z]{1,4}[/\-]?\d+(?:[/.\-]\d+)*|\d+/\d+(?:/\d+)*)\s*(?:[:)\u2013\-]|\.\s|\t)", re.I)


def is_bare_number(ref: str) -> bool:
    """A log's running number ("3", "3.1"), which each meeting's log may start again."""
    return bool(re.fullmatch(r"[\d.]+", ref.strip()))


def action_ref(text: str) -> str | None:
    m = _ACTION_REF.match(text)
    return m.group("ref").casefold() if m else None


def _stem(word: str) -> str:
    # Crude suffix stripping so "circulate"/"circulated", "report"/"reports" meet; a real stemmer
    # would need an import the command cannot afford.
    for suffix in ("ing", "ed", "es", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    words = _WORD.findall(text.casefold().replace("’", "'"))
    return {_stem(w.split("'")[0]) for w in words if w not in STOPWORDS and len(w) > 2}


def normalise(text: str) -> str:
    return " ".join(_WORD.findall(_LEADING_REF.sub("", text).casefold()))


def owner_words(owner: str | None) -> set[str]:
    if not owner:
        return set()
    words = [w for w in _WORD.findall(owner.casefold()) if w not in HONORIFICS]
    return {_stem(w) for w in words if len(w) > 1}


def owners_compatible(a: str | None, b: str | None) -> bool:
    """Two owners may be the same person unless both are named and share no word."""
    wa, wb = owner_words(a), owner_words(b)
    return not wa or not wb or bool(wa & wb)


def text_similarity(a: str, b: str) -> float:
    """How alike two action texts are: the better of the character ratio and the word Dice;
    1.0 when both start with the same action reference ("A12")."""
    ref = action_ref(a)
    if ref and ref == action_ref(b):
        return 1.0
    na, nb = normalise(a), normalise(b)
    ratio = difflib.SequenceMatcher(None, na, nb, autojunk=False).ratio()
    wa, wb = content_words(na), content_words(nb)
    dice = 2 * len(wa & wb) / (len(wa) + len(wb)) if wa and wb else 0.0
    return max(ratio, dice)


def coverage(action_text: str, owner: str | None, sentence: str) -> tuple[float, int]:
    """Share of the action's words a sentence repeats, and how many; the owner's words count as
    the action's own ("Clerk to write to highways" is covered by "The Clerk had written ...")."""
    wanted = content_words(action_text) | owner_words(owner)
    found = wanted & content_words(sentence)
    return (len(found) / len(wanted) if wanted else 0.0), len(found)


def _squash(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split()).strip(" .:;")


def status_word_to_status(word: str | None) -> str | None:
    """An action table's Status cell as `done` / `carried forward`, or None if it says neither."""
    if not word:
        return None
    value = _squash(word)
    if value in DONE_STATUSES or any(value.startswith(s + " ") for s in DONE_STATUSES):
        return DONE
    if value in CARRIED_STATUSES or any(value.startswith(s + " ") for s in CARRIED_STATUSES):
        return CARRIED
    return None


def sentence_to_status(sentence: str) -> str | None:
    """What a sentence of later minutes says of the thing it mentions: done, still going, or
    nothing. A table row ("A3<TAB>Write to highways<TAB>Complete") is judged by its Status cell."""
    cells = sentence.split("\t")
    if len(cells) > 1:
        for cell in reversed(cells):
            status = status_word_to_status(cell)
            if status:
                return status
    text = sentence.casefold()
    if _CARRIED_RE.search(text):
        return CARRIED
    if _DONE_RE.search(text):
        return DONE
    return None


def _is_past(word: str) -> bool:
    return word not in TALK_PAST and (word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed")))


def owner_did_it(sentence: str, owner: str | None) -> bool:
    """The owner is the subject of a past-tense verb: "Simon Ashby presented the breakdown ...".
    Only asked of a sentence that already repeats most of the action's words."""
    names = owner_words(owner)
    words = [w.split("'")[0] for w in _WORD.findall(sentence.casefold())]
    return any(_stem(w) in names and k + 1 < len(words) and _is_past(words[k + 1]) for k, w in enumerate(words))


def text_to_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def is_review_item(title: str) -> bool:
    folded = title.casefold()
    return any(w in folded for w in REVIEW_ITEM_WORDS)
