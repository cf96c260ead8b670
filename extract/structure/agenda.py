"""Agenda front sheets: "2: 1 - 4 Minutes of the Previous Meeting To approve the Minutes ...".

A front sheet prints each item as number, page range, title, then a description, sometimes
several items run together on one extracted line. The title is cut where the description's
first sentence starts.
"""
from __future__ import annotations

import re

from extract.finders.segments import between_matches
from extract.records import Line
from extract.structure.headings import is_title_like

ENTRY = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2}):\s+(?:\d{1,3}\s*[-\u2013]\s*\d{1,3}\s+)?")
BOLD = re.compile(r"^\*\*(.+?)\*\*")
# Lower-case words that may sit inside a title ("Minutes of the Meeting held on ...").
TITLE_JOINERS = frozenset(
    "of the and to for in on with a an by at from held into under or vs per including about upon within"
    " between after before against over its their our your new".split()
)
SENTENCE_OPENERS = frozenset("The This These A An Each All Any".split())
# A description run on after an entry's title is a sentence of at least this many words ("To approve
# the Minutes."); fewer close the title ("... Audited Financial Statements as presented.").
MIN_DESCRIPTION_WORDS = 4


def expand_front_sheet(lines: list[Line]) -> list[Line]:
    """One Line per front-sheet entry, also where several entries share one extracted line."""
    out: list[Line] = []
    for line in lines:
        starts = [m for m in ENTRY.finditer(line.text)]
        numbers = [int(m.group("n")) for m in starts]
        if len(starts) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            out.append(line)
            continue
        if line.text[:starts[0].start()].strip():
            out.append(Line(line.text[:starts[0].start()].strip(), line.page))
        for m, body in between_matches(line.text, starts):
            out.append(Line(f"{m.group('n')}: {body.strip()}", line.page))
    return out


def entry_title(text: str) -> str:
    """The title of an agenda entry whose description follows it on the same line."""
    text = re.sub(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}\s+", "", text.strip())
    bold = BOLD.match(text)
    if bold:
        return bold.group(1).strip()
    # a label over the entry's own words: "Closed Session: That this part of our meeting will be closed ..."
    label, colon, after = text.partition(": ")
    if colon and is_title_like(label) and not is_title_like(after.removesuffix(".")):
        return label
    if not (text.endswith(".") or ". " in text):
        return text
    words = text.split()
    for i in range(1, len(words) - 1):
        if not words[i][:1].isupper():
            continue
        # after a label's colon may come the entry's own title ("Resolution: Approve purchase of ...")
        if words[i - 1].endswith(":") and is_title_like(" ".join(words[i:]).removesuffix(".")):
            continue
        nxt = words[i + 1]
        opens = (re.fullmatch(r"[a-z]+", nxt) and nxt not in TITLE_JOINERS) or (
            nxt == "to" and i + 2 < len(words) and re.fullmatch(r"[a-z]+", words[i + 2])
            and words[i + 2] not in TITLE_JOINERS | {"be"})
        start = i - 1 if i > 1 and words[i - 1] in SENTENCE_OPENERS else i
        if opens and len(words) - start >= MIN_DESCRIPTION_WORDS:
            return " ".join(words[:start])
    # one sentence with nothing run on after it ("1. Disclosure of pecuniary interest."): the
    # full stop closes the entry
    return text[:-1] if ". " not in text else text
