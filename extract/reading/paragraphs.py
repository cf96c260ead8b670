"""Stage 4 of reading a PDF: rows without furniture -> paragraphs, page by page (`Page`s).

A page's segments are put in reading order (`extract.reading.layout`), then joined into
paragraphs: a line that stops short of the right edge (the next word would have fitted), a
vertical gap, an indent, a change of font size, or a line starting with a bullet or a number
begins a new one. A paragraph broken by the page end is whole on its first page.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from extract.reading.ink import Ink
from extract.reading.layout import LABEL, Row, join_text, segments_to_reading_order
from extract.reading.paragraph_breaks import LIST_START, ends_dangling
from extract.reading.pdftext import CELL_GAP_EMS, Segment
from extract.reading.rows import PrintedPage
from extract.records import Line, Page

# Vertical space between two lines of one paragraph is at most this many font sizes.
LINE_GAP_EMS = 0.4
# A page's text margin is where at least this many of its lines start.
MARGIN_LINES = 2


def continues(prev: Row, row: Row, first: Row, next_page: bool = False) -> bool:
    """Does `row` carry on the paragraph whose first row is `first` and last row is `prev`?
    With `next_page`, `row` opens the page after `prev`'s, so there is no gap to measure."""
    if prev.ruled or row.ruled or len(row.cells) > 1:
        return False
    # a labelled paragraph's wrapped lines hang under its text, not under its label
    if len(prev.cells) > 1 and (prev.hang is None or abs(row.x0 - prev.hang) > 2):
        return False
    if abs(prev.size - row.size) > 0.6:
        return False
    if next_page:
        if prev.text[-1] in ".:;!?" and not row.text[0].islower():
            return False
    elif not -prev.size < row.top - prev.bottom <= LINE_GAP_EMS * prev.size:
        return False
    if prev.text.endswith("\x02"):
        return True
    if LIST_START.match(row.text) and not ends_dangling(prev.text):
        return False
    # The right edge seen is where the longest line stops, a little short of the true margin.
    if prev.x1 + 0.25 * prev.size + row.lead < prev.right - 0.5 * prev.size:
        return False  # the next word would have fitted: the line ended the paragraph
    if abs(row.x0 - prev.x0) <= 2:
        return True
    # after a first line: a hanging indent (under a bullet, a number or a "PRESENT:" label) or
    # the first line's own indent
    return prev is first and (row.x0 > prev.x0 or prev.x0 - row.x0 <= 6 * prev.size)


def wrapped_cells(prev: Row, row: Row) -> list[int] | None:
    """The cells of the borderless table row `prev` that `row` carries on, one for each of its
    cells, or None when `row` is a row of its own. A cell wraps when its next word would not
    have fitted before the next column; a new row's cells need not (and its first cell, the
    row's key, is rarely so long), and fills fewer cells than a new row does."""
    if prev.ruled or row.ruled or len(prev.cells) < 2 or len(row.cells) >= len(prev.cells) or not row.spans:
        return None
    if prev.hang is not None:
        return None  # a labelled paragraph: `continues` decides
    if not -prev.size < row.top - prev.bottom <= LINE_GAP_EMS * prev.size or abs(prev.size - row.size) > 0.6:
        return None
    bounds, limits = column_limits(prev)
    targets = []
    for x0, x1, lead in row.spans:
        k = next((k for k, span in enumerate(prev.spans) if abs(span[0] - x0) <= 2), None)
        # a label ("84.") never wraps: what is set under it is a line of its own ("(Item 1)");
        # a wrapped line stays inside its column
        if k is None or LABEL.fullmatch(prev.cells[k]) or x1 > bounds[k]:
            return None
        if prev.spans[k][1] + 0.25 * prev.size + lead < limits[k]:
            return None
        targets.append(k)
    return targets


def column_limits(row: Row) -> tuple[list[float], list[float]]:
    """Where each column of the borderless table row `row` ends, and how far a line of its text
    can reach before its next word wraps (the space between columns, or the margin as
    `continues` measures it). The space between columns is at least CELL_GAP_EMS wide, often
    wider: a wrapped line may stop short of that by half a font size too."""
    bounds = [start for start, _, _ in row.spans[1:]] + [row.right + 1]
    limits = [start - (CELL_GAP_EMS + 0.5) * row.size for start in bounds[:-1]] + [row.right - 0.5 * row.size]
    return bounds, limits


def wrapped_into(above: Paragraph, row: Row) -> int | None:
    """The cell of the borderless table row `row` whose text begins on the one-line paragraph
    `above`, or None. Word centres or bottom-aligns a short cell ("Good") against a cell that
    wraps, so the row's line with several cells can be the second or last line of a wrapped cell;
    the lines above it are full to the column's edge: the next word would not have fitted."""
    line = above.first
    if (above.last is not line or line.ruled or row.ruled or len(line.cells) != 1 or len(row.cells) < 2
            or row.hang is not None or not row.spans):
        return None
    if not -row.size < row.top - line.bottom <= LINE_GAP_EMS * row.size or abs(line.size - row.size) > 0.6:
        return None
    k = next((k for k, span in enumerate(row.spans) if abs(span[0] - line.x0) <= 2), None)
    if k is None or LABEL.fullmatch(row.cells[k]):
        return None
    bounds, limits = column_limits(row)
    if line.x1 > bounds[k] or line.x1 + 0.25 * row.size + row.spans[k][2] < limits[k]:
        return None
    return k


def merge_above(line: Row, row: Row, k: int) -> Row:
    """`row` with the one-cell `line` above it put before the text of its cell `k`."""
    cells, spans = list(row.cells), list(row.spans)
    cells[k] = join_text(line.text, cells[k])
    spans[k] = (line.x0, spans[k][1], line.lead)
    return Row(cells, min(line.x0, row.x0), max(line.x1, row.x1), line.top, row.bottom, row.size,
               right=row.right, lead=row.lead if k else line.lead, spans=spans, ink=line.ink + row.ink)


def merge_wrapped(prev: Row, row: Row, targets: list[int]) -> Row:
    """`prev` with the lines of `row` added to the cells they carry on."""
    cells, spans = list(prev.cells), list(prev.spans)
    for k, text, span in zip(targets, row.cells, row.spans, strict=True):
        cells[k] = join_text(cells[k], text)
        spans[k] = (spans[k][0], span[1], spans[k][2])
    return Row(cells, prev.x0, max(prev.x1, row.x1), prev.top, row.bottom, prev.size, right=prev.right,
               lead=prev.lead, spans=spans, ink=prev.ink + row.ink)


@dataclass
class Paragraph:
    text: str
    first: Row
    last: Row
    ink: Ink

    @property
    def is_table_row(self) -> bool:
        return self.first.ruled or len(self.first.cells) > 1


def join_rows(rows: list[Row]) -> list[Paragraph]:
    """One page's rows in reading order -> its paragraphs and table rows."""
    paragraphs: list[Paragraph] = []
    for row in rows:
        last = paragraphs[-1] if paragraphs else None
        if last and continues(last.last, row, last.first):
            last.text = join_text(last.text, row.text)
            last.last = row
            last.ink += row.ink
        elif last and last.first is last.last and (targets := wrapped_cells(last.last, row)) is not None:
            merged = merge_wrapped(last.last, row, targets)
            paragraphs[-1] = Paragraph(merged.text, merged, merged, merged.ink)
        else:
            while paragraphs and (k := wrapped_into(paragraphs[-1], row)) is not None:
                row = merge_above(paragraphs.pop().first, row, k)
            paragraphs.append(Paragraph(" ".join(row.cells) if row.hang is not None else row.text, row, row, row.ink))
    return paragraphs


def join_pages(pages: list[list[Paragraph]]) -> list[list[Paragraph]]:
    """Move the first paragraph of a page on to the end of the previous page's last one when it
    carries it on (the page end broke it); each paragraph stays on the page where it starts."""
    for before, after in zip(pages, pages[1:], strict=False):
        if before and after:
            last, first = before[-1], after[0]
            if continues(last.last, first.first, last.first, next_page=True):
                last.text = join_text(last.text, first.text)
                last.last = first.last
                last.ink += first.ink
                after.pop(0)
    return pages


def table_header(paragraphs: list[Paragraph]) -> str | None:
    """The first row of the table the page ends with, or None when it ends with text."""
    header = None
    for para in reversed(paragraphs):
        if not para.is_table_row:
            break
        header = para.text
    return header


def drop_repeated_headers(pages: list[list[Paragraph]]) -> list[list[Paragraph]]:
    """A table that runs on to the next page repeats its header row there; the repeat is not a
    row of the table."""
    for before, after in zip(pages, pages[1:], strict=False):
        header = table_header(before)
        if header is not None and after and after[0].is_table_row and after[0].text == header:
            after.pop(0)
    return pages


def body_size(pages: list[list[Segment]]) -> float:
    """The size most of the document's words are set in, to the half point."""
    sizes = Counter(round(size * 2) / 2 for segments in pages for seg in segments for size in seg.sizes)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def left_margin(segments: list[Segment]) -> float:
    """Where the page's text starts: the leftmost x at which at least MARGIN_LINES lines start
    (a stray mark left of the text, a margin note, does not move it)."""
    starts = Counter(round(s.x0) for s in segments)
    shared = [x for x, n in starts.items() if n >= MARGIN_LINES]
    return min(shared or starts, default=0)


def paragraph_to_line(para: Paragraph, page: int, body: float, margin: float) -> Line:
    size = para.ink.size
    return Line(para.text, page, size=round(size / body, 2) if body and size else None,
                bold=para.ink.mostly_bold, italic=para.ink.mostly_italic, underline=para.ink.mostly_underlined,
                indent=round((para.first.x0 - margin) / body, 1) + 0.0 if body else 0.0)  # + 0.0: no -0.0


def rows_to_paragraphs(pages: list[PrintedPage]) -> list[Page]:
    segments = [p.segments for p in pages]
    paragraphs = drop_repeated_headers(join_pages([
        join_rows(segments_to_reading_order(segs, p.tables, p.width, p.line_end))
        for p, segs in zip(pages, segments, strict=True)]))
    body = body_size(segments)
    read = []
    for page, segs, paras in zip(pages, segments, paragraphs, strict=True):
        margin = left_margin(segs)
        read.append(Page(page.number, [paragraph_to_line(para, page.number, body, margin) for para in paras]))
    return read
