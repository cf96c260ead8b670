"""What breaks a paragraph in every format (PDF layout, hard-wrapped text): a line opening a list
item starts a new one, unless the line before ends on a word no sentence ends with."""
from __future__ import annotations

import re

# A line that opens a list item: bullets, "1.", "1)", "(a)", "a.", "ii)", "2.3", "R2025-191".
# A number opens one only before a capital: wrapped text often starts a line with "12 months",
# "2017. The" or "10.30 am".
LIST_START = re.compile(r"^(?:[\u2022\u25cf\u25aa\u25a0\u27a2\uf0b7>*\-]\s"
                        r"|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z(\"'\u201c])"
                        r"|\(?[A-Za-z][.)]\s|\(?[ivx]{1,5}[.)]\s|\([a-z]{1,4}\)\s?)")
# A line ending on one of these words cannot end a paragraph, whatever the next line starts
# with: "... for the roof repairs by" / "30 September 2023." is one sentence.
DANGLING_WORDS = frozenset("a an and at by for from in of on or the to with".split())


def ends_dangling(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1].lower() in DANGLING_WORDS
