"""`Line`s -> the same lines with heading levels for the headings the page shows by type alone:
a short line of its own (not a table row) set bold, underlined or larger than the body text.

Markdown `#` and HTML `<h1>`-`<h6>` headings keep the level their markup gives. The other headings
rank by how they are set, larger before smaller and at one size bold before underlined before
plain, below every marked-up level: in a PDF, a 14-point bold title is level 1 and the 11-point bold item titles under
it level 2.
"""
from __future__ import annotations

import dataclasses

from extract.records import Line

# A heading is at most this many words long ("Minutes of the Meeting held on 28 November 2024").
HEADING_MAX_WORDS = 15
# Set at least this many times the body text's size, a line is larger than the body text.
LARGER = 1.12
# Sizes within this many body sizes of each other are one size (a font's box varies a little).
SIZE_STEP = 0.1
MAX_LEVEL = 6


def style_key(line: Line) -> tuple[float, bool, bool]:
    return round((line.size or 1.0) / SIZE_STEP) * SIZE_STEP, line.bold, line.underline


def shows_heading(line: Line) -> bool:
    return (not line.heading and "\t" not in line.text and len(line.text.split()) <= HEADING_MAX_WORDS
            and (line.bold or line.underline or (line.size or 1.0) >= LARGER))


def lines_with_heading_levels(lines: list[Line]) -> list[Line]:
    marked = max((line.heading for line in lines), default=0)
    styles = sorted({style_key(line) for line in lines if shows_heading(line)}, reverse=True)
    rank = {key: min(marked + i + 1, MAX_LEVEL) for i, key in enumerate(styles)}
    return [dataclasses.replace(line, heading=rank[style_key(line)]) if shows_heading(line) else line
            for line in lines]
