"""Lines -> the paragraphs of one item, for the record finders.

Two conventions the reader cannot see: a hard-wrapped source (plain text or markdown broken at a
fixed width, "... undertook to liaise with the" / "Economic Development and Planning Department ..."),
and a sentence that introduces a list printed one entry a line ("After discussion it was agreed that
the following payments may be made :-" over "CALC Annual Subscription £ 111.00" ...), whose entries
are part of what was agreed.
"""
from __future__ import annotations

import re

from extract.actions import ACTION_LINE
from extract.records import Line
from extract.resolutions import LABEL, is_marker

# Words a sentence cannot end on (function words, a title before its name): a line ending in one was wrapped.
OPEN_ENDINGS = frozenset("the a an of to and or in for with by on at from that as be was were is are his her their"
                         " its this these councillor cllr mr mrs ms dr".split())
LEAD_IN = re.compile(r"(?:\bfollowing\b|\bas\s+follows\b)[^:]*:\s*[-\u2013]?$", re.I)
# An entry of a list under a lead-in: a date, an amount, an address - short, with a figure in it; a
# bulleted entry may end its sentence, a plain one does not.
ENTRY_BULLET = re.compile(r"^[\u2022\uf0b7\u25aa\u25cf\u2023\u2043*-]\s*")
LIST_ENTRY_LENGTH = 130


def is_wrapped(previous: str, text: str) -> bool:
    """Whether `text` carries on the sentence `previous` breaks off."""
    if "\t" in previous or "\t" in text or not text or is_marker(text) or LABEL.match(text):
        return False
    last = previous.rstrip().rsplit(maxsplit=1)[-1].lower() if previous.strip() else ""
    return text[0].islower() or last in OPEN_ENDINGS or previous.rstrip().endswith(",")


def is_list_entry(text: str) -> bool:
    bulleted = bool(ENTRY_BULLET.match(text))
    return (len(text) <= LIST_ENTRY_LENGTH and "\t" not in text and any(c.isdigit() for c in text)
            and (bulleted or not text.endswith(".")) and not LABEL.match(text) and not is_marker(text)
            and not ACTION_LINE.match(text))


def introduces_list(text: str) -> bool:
    return bool(LEAD_IN.search(text)) and not is_marker(text) and not ACTION_LINE.match(text)


def lines_to_paragraphs(lines: list[Line]) -> list[Line]:
    """Wrapped lines joined into their paragraphs, and list entries into the sentence leading in to them."""
    out: list[Line] = []
    listing = False
    for line in lines:
        text = line.text.strip()
        listing = listing and is_list_entry(text)
        if out and (listing or is_wrapped(out[-1].text, text)):
            out[-1] = Line(f"{out[-1].text.rstrip()} {ENTRY_BULLET.sub('', text)}", out[-1].page)
        else:
            out.append(line)
        listing = listing or introduces_list(out[-1].text)
    return out
