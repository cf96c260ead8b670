"""Stage 3 of reading a PDF: rows -> rows without page furniture, what a page carries because
it is a page, not because of what it says.

Running headers and footers (the same text, numbers aside, at the edge of several pages),
page numbers, the chair's initials box, fragments of a page stamp ("Pa", "ge"), "This page is intentionally left
blank". "Agenda Item N" stamps mark where a document of a pack starts, so the first of a run
of identical stamps is kept (as its own line) and the repeats are dropped.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from extract.reading.pdftext import Segment
from extract.reading.rows import PrintedPage

PAGE_NUMBER = re.compile(r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|\d{1,4}|[-\u2013]\s*\d{1,4}\s*[-\u2013]"
                         r"|\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4}|\d{1,4}\s*(?:of|/)\s*\d{1,4})$", re.IGNORECASE)
STAMP = re.compile(r"^agenda\s+item\s*(?:no\.?\s*)?\d+[a-z]?(?:\.\d+)?$", re.IGNORECASE)
BLANK_PAGE = re.compile(r"^(?:this\s+page\s+(?:is\s+|has\s+been\s+)?(?:intentionally|deliberately)\s+(?:left\s+)?blank"
                        r"|(?:page\s+)?intentionally\s+left\s+blank)\.?$", re.IGNORECASE)
# The box printed minutes leave at the foot of every page for the chair to initial: furniture even on
# a one-page document, where it cannot be told by repetition.
INITIALS_BOX = re.compile(r"^(?:chair(?:man|person|woman)?['’]?s?\s+)?initials\s*:?\s*[._…\s]*$", re.IGNORECASE)
# What is left of a "Page N" stamp cut by a text box: too short to be a word of the text.
STAMP_FRAGMENTS = {"pa", "pag", "ge", "age", "ag"}
EDGE = 0.08  # share of the page height at the top and at the bottom where furniture sits
# A running header that repeats the page's heading finds its words within this many rows below it.
ECHO_ROWS = 4
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def furniture_key(text: str) -> str:
    """Text with numbers masked, so "Page 2 - Minutes" and "Page 3 - Minutes" are one header."""
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def edge_rows(page: PrintedPage) -> list[list[Segment]]:
    """Rows in the top and bottom margins, where headers and footers sit (by position: the
    content stream often puts the footer first)."""
    return [row for row in page.rows
            if row[0].top < EDGE * page.height or row[0].bottom > (1 - EDGE) * page.height]


def row_key(row: list[Segment]) -> str:
    return furniture_key(" ".join(s.text for s in row))


def repeated_keys(pages: list[PrintedPage]) -> set[str]:
    """Edge rows seen on enough pages to be running headers or footers: on two pages in a row
    (a header of one document in a pack) or on three anywhere."""
    seen: dict[str, list[int]] = defaultdict(list)
    for page in pages:
        for key in {row_key(row) for row in edge_rows(page)}:
            seen[key].append(page.number)
    return {key for key, numbers in seen.items()
            if (len(numbers) >= 3 or any(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False)))
            and not STAMP.match(key.replace("#", "1"))}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def heading_echo(page: PrintedPage) -> set[int]:
    """The segments of a running header that repeats the page's own heading ("Fire Authority -
    15 December 2023" above "DALESHIRE FIRE AND RESCUE AUTHORITY … FRIDAY 15 DECEMBER 2023"),
    which a one-page document cannot show by repetition. Dropping it loses nothing: it is the
    page's first row, in the top margin, no larger than the text under it and set apart from
    it by more than a line, it holds a year, and every word of it is in the rows just below."""
    rows = page.rows
    if len(rows) < 2 or rows[0][0].top >= EDGE * page.height:
        return set()
    first, below = rows[0], rows[1:1 + ECHO_ROWS]
    text = " ".join(s.text for s in first)
    size, under = max(s.size for s in first), below[0][0]
    if (size > under.size + 0.6 or under.top - max(s.bottom for s in first) <= size
            or not YEAR.search(text) or not words(text) <= words(" ".join(s.text for row in below for s in row))):
        return set()
    return {id(s) for s in first}


def rows_without_furniture(pages: list[PrintedPage]) -> list[PrintedPage]:
    repeated = repeated_keys(pages)
    last_stamp = ""
    cleaned = []
    for page in pages:
        edges = edge_rows(page)
        running = {id(s) for row in edges if row_key(row) in repeated for s in row}
        # a number is a page number when nothing but page numbers and stamps share its row
        # ("3" at the top of a table row is not)
        numbers = {id(s) for row in edges if all(PAGE_NUMBER.match(s.text) or STAMP.match(s.text) for s in row)
                   for s in row if PAGE_NUMBER.match(s.text)}
        furniture = (running | numbers | heading_echo(page)
                     | {id(s) for row in edges for s in row if INITIALS_BOX.match(s.text)})
        for seg in page.segments:
            text = seg.text.strip("\x02 ")
            if id(seg) in furniture:
                continue
            if (text.lower() in STAMP_FRAGMENTS or BLANK_PAGE.match(text)
                    or (STAMP.match(text) and text.lower() == last_stamp)):
                furniture.add(id(seg))
            elif STAMP.match(text):
                last_stamp = text.lower()
        rows = [[s for s in row if id(s) not in furniture] for row in page.rows]
        cleaned.append(dataclasses.replace(page, rows=[row for row in rows if row]))
    return cleaned
