"""Cutting a text at a run of matches (list labels, item numbers, clause openings)."""
from __future__ import annotations

import re
from collections.abc import Sequence


def between_matches(text: str, matches: Sequence[re.Match[str]]) -> list[tuple[re.Match[str], str]]:
    """Each match with the text from its end to the next match's start (or the end of `text`)."""
    if not matches:
        return []
    ends = [m.start() for m in matches[1:]] + [len(text)]
    return [(m, text[m.end():end]) for m, end in zip(matches, ends, strict=True)]
