"""Stage 1 of reading a PDF: the file -> pages of positioned text segments, read with pypdfium2
(fast, keeps content order), with the ruled tables pdfplumber finds on the pages that have them.

pdfplumber reads a page ~90x slower than pypdfium2, so pypdfium2 reads every page and
pdfplumber is used only for pages with ruled tables (see `extract.reading.tables`). Coordinates are
converted to pdfplumber's convention: points from the top-left corner of the page.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass, field
from typing import Any

from extract.errors import ExtractError
from extract.reading.tables import Rule, Table, has_grid, ruled_tables

# pdfium marks a hyphen it judges to be a soft (end-of-line) hyphen with one of these.
SOFT_HYPHENS = "\x02\ufffe\u00ad"
# A gap wider than this many font sizes between two characters on a line separates two cells
# (table columns without rules, a page stamp beside a page number); justified text never has one.
CELL_GAP_EMS = 1.6


@dataclass
class Segment:
    """A run of text on one physical line, with no wide gap inside."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    lead: float = 0.0  # width of the first word: would it have fitted at the end of the line above?
    # where each word after the first starts, and the space before it (a cell beside a cell can
    # be closer than CELL_GAP_EMS: `extract.reading.layout` splits it off where the table's column starts)
    starts: list[tuple[float, float]] = field(default_factory=list)
    opens_cell: bool = False  # split off there: a cell, however close to the text before it

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class PdfPage:
    number: int
    width: float
    height: float
    segments: list[Segment]
    rules: list[Rule]
    tables: list[Table] = field(default_factory=list)


def _char_boxes(textpage: Any, count: int) -> list[tuple[float, float, float, float]]:
    """Loose boxes (font ascent to descent, so a line's characters share a height) of every char."""
    import pypdfium2.raw as pdfium_c

    rect = pdfium_c.FS_RECTF()
    boxes = []
    for i in range(count):
        pdfium_c.FPDFText_GetLooseCharBox(textpage.raw, i, rect)
        boxes.append((rect.left, rect.top, rect.right, rect.bottom))
    return boxes


# A font's ascent-to-descent height is about this many times its size. pdfium's own font size
# is unreliable (1.0 for text scaled by its matrix, as Word writes it), the loose box is not.
HEIGHT_PER_SIZE = 1.16


def _crosses_wall(walls: list[Rule], x_from: float, x_to: float, top: float, bottom: float) -> bool:
    return any(x_from <= (w[0] + w[2]) / 2 <= x_to and w[1] < bottom and w[3] > top for w in walls)


def textpage_to_segments(textpage: Any, height: float, rules: list[Rule] | None = None) -> list[Segment]:
    """Split pdfium's text into segments at line ends, at vertical jumps (pdfium glues a
    hyphenated line to the next), at wide horizontal gaps and at vertical rules (the border
    between two table cells, however close their texts come)."""
    walls = [r for r in rules or [] if r[3] - r[1] > r[2] - r[0]]
    text = textpage.get_text_range()
    count = min(len(text), textpage.count_chars())
    boxes = _char_boxes(textpage, count)
    segments: list[Segment] = []
    chars: list[str] = []
    starts: list[tuple[float, float]] = []
    x0 = x1 = top = bottom = size = lead = 0.0

    def flush() -> None:
        # A soft hyphen inside a line is invisible; at the end it says "joined to the next line".
        joined = "".join(chars).strip()
        joined = joined[:-1].replace("\x02", "") + joined[-1:]
        if joined.strip("\x02"):
            segments.append(Segment(joined, x0, x1, top, bottom, size, lead or x1 - x0, list(starts)))
        chars.clear()
        starts.clear()

    for i in range(count):
        ch = text[i]
        if ch in "\r\n":
            flush()
            continue
        if ch in SOFT_HYPHENS:
            chars.append("\x02")
            continue
        if ch.isspace():
            if chars:
                chars.append(" ")
                lead = lead or x1 - x0
            continue
        left, t, right, b = boxes[i]
        ctop, cbottom = height - t, height - b
        if chars:
            jumped = abs((ctop + cbottom) / 2 - (top + bottom) / 2) > 0.5 * (bottom - top)
            gap = left - x1
            if (jumped or gap > CELL_GAP_EMS * size or gap < -size * 3
                    or (gap > 1 and walls and _crosses_wall(walls, x1, left, ctop, cbottom))):
                flush()
        if not chars:
            x0, x1, top, bottom, lead = left, right, ctop, cbottom, 0.0
            size = (cbottom - ctop) / HEIGHT_PER_SIZE or 10.0
        elif chars[-1] == " ":
            starts.append((left, left - x1))
        chars.append(ch)
        x1 = max(x1, right)
        top, bottom = min(top, ctop), max(bottom, cbottom)
    flush()
    return segments


def page_rules(page: Any, height: float) -> list[Rule]:
    """Thin path objects (table rules, underlines) as (x0, top, x1, bottom)."""
    import pypdfium2.raw as pdfium_c

    rules = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2):
        left, bottom, right, top = obj.get_bounds()
        if min(right - left, top - bottom) <= 2.5 and max(right - left, top - bottom) >= 6:
            rules.append((left, height - top, right, height - bottom))
    return rules


def read_pdf_page(document: Any, index: int) -> PdfPage:
    """One page's segments and rules; a page pdfium cannot parse (a damaged file) is empty."""
    import pypdfium2 as pdfium

    try:
        page = document[index]
        width, height = page.get_size()
        rules = page_rules(page, height)
        return PdfPage(index + 1, width, height, textpage_to_segments(page.get_textpage(), height, rules), rules)
    except pdfium.PdfiumError:
        return PdfPage(index + 1, 595.0, 842.0, [], [])


def open_pdf(path: pathlib.Path, data: bytes) -> Any:
    import pypdfium2 as pdfium

    if b"%PDF-" not in data[:1024]:
        head = data[:512].lower()
        if b"<html" in head or b"<!doctype" in head:
            raise ExtractError(f"Cannot read {path}: it is an HTML page saved with a .pdf name "
                               "(perhaps a failed download), not a PDF.")
        raise ExtractError(f"Cannot read {path}: it is not a PDF (no %PDF header).")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower():
            raise ExtractError(f"Cannot read {path}: the PDF is encrypted and needs a password.") from None
        raise ExtractError(f"Cannot read {path}: the PDF is damaged or truncated.") from None


def pdf_to_segments(path: pathlib.Path, data: bytes) -> list[PdfPage]:
    """Every page of the PDF `data` (read from `path`) with its segments, rules and ruled tables."""
    document = open_pdf(path, data)
    try:
        pages = [read_pdf_page(document, i) for i in range(len(document))]
    finally:
        document.close()
    if not pages:
        raise ExtractError(f"Cannot read {path}: the PDF has no pages.")
    if not any(p.segments for p in pages):
        raise ExtractError(f"Cannot read {path}: it has no text layer (a scanned image); it needs OCR.")
    tables = ruled_tables(path, [p.number for p in pages if has_grid(p.rules)])
    for page in pages:
        page.tables = tables.get(page.number, [])
    return pages
