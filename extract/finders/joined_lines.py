"""Lines -> the paragraphs of one item, for the record finders.

Two conventions the reader cannot see: a hard-wrapped source (plain text or markdown broken at a
fixed width, "... undertook to liaise with the" / "Economic Development and Planning Department ..."),
and a sentence that introduces a list printed one entry a line ("After discussion it was agreed that
the following payments may be made :-" over "CALC Annual Subscription £ 111.00" ...), whose entries
are part of what was agreed.
"""
from __future__ import annotations

import re

from extract.finders.actions import ACTION_LINE
from extract.finders.resolutions import LABEL, is_marker
from extract.records import Line

# Words a sentence cannot end on (function words, a title before its name): a line ending in one was wrapped.
OPEN_ENDINGS = frozenset("the a an of to and or in for with by on at from that as be was were is are his her their"
                         " its this these councillor cllr mr mrs ms dr".split())
LEAD_IN = re.compile(r"(?:\bfollowing\b|\bas\s+follows\b)[^:]*:\s*[-\u2013]?$", re.I)
# An entry of a list under a lead-in: a date, an amount, an address - short, with a figure in it; a
# bulleted entry may end its sentence, a plain one does not. Word's outline bullets come out of a PDF
# as a symbol font's private-use glyphs ("\uf0b7", "\uf0a7", "\uf0d8") and, one level down, a
# lower-case "o" before a space.
ENTRY_BULLET = re.compile(r"^(?:[\u2022\uf0b7\u25aa\u25cf\u2023\u2043*\uf020-\uf0ff-]\s*|o\s+(?=\S))")
LIST_ENTRY_LENGTH = 130
# A dash and a lower-case word under a line of prose that ends no sentence carry the record on, as parish minutes
# write who moved it and what became of it: "... Clerk's annual salary \u00a3747.50" over "- proposed P. Markwell
# seconded C. Humphries - pass for payment."
DASHED_ON = re.compile(r"^[-\u2013]\s+[a-z]")
# A hard-wrapped source: at least this many lines, of which a good share stop within 80% of the width.
MIN_WRAPPED_LINES = 4
WRAPPED_SHARE = 0.8


def is_wrapped(previous: str, text: str, width: int | None = None) -> bool:
    """Whether `text` carries on the sentence `previous` breaks off; `width` is the width a
    hard-wrapped source was broken at, if it was."""
    if "\t" in previous or "\t" in text or not text or is_marker(text) or LABEL.match(text):
        return False
    if DASHED_ON.match(text) or ENTRY_BULLET.match(text):
        under_prose = bool(previous.strip()) and not ends_sentence(previous) and not ENTRY_BULLET.match(previous)
        return bool(DASHED_ON.match(text)) and under_prose
    last = previous.rstrip().rsplit(maxsplit=1)[-1].lower() if previous.strip() else ""
    at_width = width is not None and len(previous) >= WRAPPED_SHARE * width and not ends_sentence(previous)
    return text[0].islower() or last in OPEN_ENDINGS or previous.rstrip().endswith(",") or at_width


def ends_sentence(text: str) -> bool:
    return text.rstrip().rstrip("\"'\u201d\u2019)*").endswith((".", ":", ";", "!", "?"))


def wrap_width(lines: list[Line]) -> int | None:
    """The width the source was broken at, when most long lines stop at about the same width without
    ending a sentence; None for a source whose lines are paragraphs."""
    lengths = sorted(len(line.text) for line in lines if "\t" not in line.text)
    if len(lengths) < MIN_WRAPPED_LINES:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    broken = [line for line in lines if WRAPPED_SHARE * width <= len(line.text) <= width + 10
              and not ends_sentence(line.text)]
    return width if len(broken) >= max(MIN_WRAPPED_LINES, WRAPPED_SHARE * len(lengths) / 2) else None


def is_list_entry(text: str, first: bool = False) -> bool:
    """Whether `text` is an entry of the list a lead-in opened; the first line after the lead-in's colon
    is what it leads in to, whatever it looks like ("The following date was fixed for a Meeting:" over
    "Thursday, 9th October, 2014, at 12 Noon at the Fire Station."), unless bulleted: "the following points
    were made:" over bullets is a discussion's points, not what was agreed."""
    bulleted = bool(ENTRY_BULLET.match(text))
    entry_like = (first and not bulleted) or (any(c.isdigit() for c in text) and (bulleted or not text.endswith(".")))
    return (len(text) <= LIST_ENTRY_LENGTH and "\t" not in text and entry_like and not LABEL.match(text)
            and not is_marker(text) and not ACTION_LINE.match(text))


def introduces_list(text: str) -> bool:
    return bool(LEAD_IN.search(text)) and not is_marker(text) and not ACTION_LINE.match(text)


def lines_to_paragraphs(lines: list[Line]) -> list[Line]:
    """Wrapped lines joined into their paragraphs, and list entries into the sentence leading in to them."""
    out: list[Line] = []
    listing = led_in = False
    width = wrap_width(lines)
    # A short last line ends its paragraph however long the paragraph is: wrapping is judged on the line above.
    previous = ""
    for line in lines:
        text = line.text.strip()
        listing = listing and is_list_entry(text, first=led_in)
        wrapped = bool(out) and is_wrapped(previous, text, width)
        previous = text
        if out and (listing or wrapped):
            out[-1] = Line(f"{out[-1].text.rstrip()} {ENTRY_BULLET.sub('', text) if listing else text}", out[-1].page)
        else:
            out.append(line)
        led_in = not listing and introduces_list(out[-1].text)
        listing = listing or led_in
    return out
