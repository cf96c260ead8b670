"""The segments of one page -> `Row`s in reading order: one cell of text, or the cells of a
table row. Two-column pages are read column by column, ruled tables in place; the cells of a
borderless table are told by the gaps between them. Used by `extract.reading.paragraphs`.
"""
from __future__ import annotations

import dataclasses
import re
import statistics
from dataclasses import dataclass, field

from extract.reading.furniture import STAMP
from extract.reading.ink import Ink
from extract.reading.pdftext import CELL_GAP_EMS, Segment
from extract.reading.rows import group_rows
from extract.reading.tables import Box, Table

MIN_COLUMN_LINES = 4
# A column of running text is at least this many font sizes wide (some 25 characters).
MIN_COLUMN_EMS = 12
# A first cell that is only the label of a numbered paragraph ("(2)", "b)", "iv.", "45.", "CAB/24/12"):
# Word sets the text after it at a tab stop, which reads as a second cell. A year ("2024/25") or a
# date in a table's first column is not a label.
LABEL = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlIVXL]{1,6})[.)]?"
                   r"|[A-Z]{1,6}/\d{1,4}(?:/\d{1,4}){0,2}|\d{2}/\d{3}")
# A space this many font sizes wide is wider than a justified line stretches one: where a cell
# of the row above or below starts, it parts two cells.
NARROW_CELL_GAP_EMS = 0.7
NEAR_ROWS = 3


Span = tuple[float, float, float]  # a cell's x0 and x1 on its last line, and its first word's width


@dataclass
class Row:
    """One physical line of a page: one cell of text, or several cells of a table row."""

    cells: list[str]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    ruled: bool = False
    right: float = 0.0  # right edge of the text block the row sits in
    lead: float = 0.0  # width of the first word
    spans: list[Span] = field(default_factory=list)  # where each cell's text lies (unruled rows)
    ink: Ink = Ink()

    @property
    def text(self) -> str:
        return "\t".join(self.cells)

    @property
    def hang(self) -> float | None:
        """Where the text after a paragraph's label starts (its wrapped lines start there too),
        or None for a row that is not a labelled paragraph."""
        if self.ruled or len(self.cells) != 2 or not LABEL.fullmatch(self.cells[0]):
            return None
        return self.spans[1][0]


def column_span(segments: list[Segment], gutter: float) -> tuple[float, float]:
    """From the top to the bottom of the right column, with a line's grace below it."""
    right = [s for s in segments if s.x0 >= gutter]
    return min(s.top for s in right) - right[0].size, max(s.bottom for s in right) + 1.5 * right[0].size


def find_gutter(segments: list[Segment], width: float) -> float | None:
    """The x of the space between two text columns, or None for a one-column page.

    Text columns are told from a table by both columns being filled: most of their lines run
    to near the column's right edge, as wrapped text does, where table cells stop short (a
    table's first column may wrap, but the grades, names or dates beside it do not)."""
    scored = []
    for step in range(30, 71):
        x = width * step / 100
        crossing = sum(1 for s in segments if s.x0 < x < s.x1)
        if crossing <= len(segments) * 0.15:
            balance = min(sum(1 for s in segments if s.x1 <= x), sum(1 for s in segments if s.x0 >= x))
            scored.append(((balance, -crossing), x))
    if not scored:
        return None
    best = max(key for key, _ in scored)
    if best[0] < MIN_COLUMN_LINES:
        return None
    gutter = statistics.mean(x for key, x in scored if key == best)
    top, bottom = column_span(segments, gutter)
    left = [s for s in segments if s.x1 <= gutter and s.bottom >= top and s.top <= bottom]
    right = [s for s in segments if s.x0 >= gutter]
    if len(left) < MIN_COLUMN_LINES:
        return None
    return gutter if is_filled(left) and is_filled(right) else None


def is_filled(column: list[Segment]) -> bool:
    """Is a column wide enough for running text, and do most of its lines run to near its
    right edge? (A column of one-word cells, "Good" and "Outstanding", is filled but narrow.)"""
    edge = max(s.x1 for s in column)
    start = min(s.x0 for s in column)
    if edge - start < MIN_COLUMN_EMS * statistics.median(s.size for s in column):
        return False
    return sum(1 for s in column if s.x1 >= edge - 0.2 * (edge - start)) >= 0.5 * len(column)


def _segments_to_row(segs: list[Segment], right: float) -> Row:
    cells, spans = [segs[0].text], [(segs[0].x0, segs[0].x1, segs[0].lead)]
    for prev, seg in zip(segs, segs[1:], strict=False):
        if seg.opens_cell or seg.x0 - prev.x1 > CELL_GAP_EMS * seg.size:
            cells.append(seg.text)
            spans.append((seg.x0, seg.x1, seg.lead))
        else:
            cells[-1] = f"{cells[-1]} {seg.text}"
            spans[-1] = (spans[-1][0], seg.x1, spans[-1][2])
    return Row(cells, segs[0].x0, max(s.x1 for s in segs), min(s.top for s in segs),
               max(s.bottom for s in segs), segs[0].size, right=right, lead=segs[0].lead, spans=spans,
               ink=sum((s.ink for s in segs), Ink()))


def split_segment(seg: Segment, k: int) -> list[Segment]:
    """`seg` cut before its word k + 1 (where `seg.starts[k]` is)."""
    words = seg.text.split()
    x, gap = seg.starts[k]
    after = seg.starts[k + 1:]
    lead = after[0][0] - after[0][1] - x if after else seg.x1 - x
    return [Segment(" ".join(words[:k + 1]), seg.x0, x - gap, seg.top, seg.bottom, seg.size, seg.lead, seg.starts[:k],
                    styles=seg.styles[:k + 1], sizes=seg.sizes[:k + 1]),
            Segment(" ".join(words[k + 1:]), x, seg.x1, seg.top, seg.bottom, seg.size, lead, after, opens_cell=True,
                    styles=seg.styles[k + 1:], sizes=seg.sizes[k + 1:])]


def parts_cells(x: float, gap: float, size: float, column_starts: list[float]) -> bool:
    """Does a space `gap` wide before text at `x` part two cells of a table whose columns start
    at `column_starts`?"""
    return gap > NARROW_CELL_GAP_EMS * size and any(abs(x - start) <= 2 for start in column_starts)


def split_at_columns(rows: list[list[Segment]]) -> list[list[Segment]]:
    """Cut a line of a borderless table whose two cells came closer than CELL_GAP_EMS (so they
    read as one segment, or as two segments of one cell) where a cell of a row up to NEAR_ROWS
    above or below starts (the lines between are wrapped lines of a cell), when a space wider
    than a justified line's sits there."""
    split = []
    for i, row in enumerate(rows):
        starts = [s.x0 for near in rows[max(i - NEAR_ROWS, 0):i + NEAR_ROWS + 1] if len(near) > 1 for s in near[1:]]
        cut: list[Segment] = []
        for seg in row:
            if cut and parts_cells(seg.x0, seg.x0 - cut[-1].x1, seg.size, starts):
                seg = dataclasses.replace(seg, opens_cell=True)
            k = next((k for k, (x, gap) in enumerate(seg.starts) if parts_cells(x, gap, seg.size, starts)), None)
            if k is None or len(seg.text.split()) != len(seg.starts) + 1:
                cut.append(seg)
            else:
                cut += split_segment(seg, k)
        split.append(cut)
    return split


def _block_rows(segments: list[Segment], min_right: float = 0.0) -> list[Row]:
    """Rows of one column (or of a one-column page), with the right edge of their text."""
    stamps = [s for s in segments if STAMP.match(s.text)]
    grouped = split_at_columns(group_rows([s for s in segments if not STAMP.match(s.text)])) + [[s] for s in stamps]
    grouped.sort(key=lambda r: r[0].top)
    single = [r[0].x1 for r in grouped if len(r) == 1]
    right = max(max(single, default=max((s.x1 for s in segments), default=0.0)), min_right)
    return [_segments_to_row(r, right) for r in grouped]


def _inside(segments: list[Segment], box: Box | None) -> list[Segment]:
    if box is None:
        return []
    x0, top, x1, bottom = box
    return [s for s in segments if x0 <= (s.x0 + s.x1) / 2 <= x1 and top <= s.middle <= bottom]


def _cell_text(inside: list[Segment]) -> str:
    """The lines of text inside a cell's box, joined as the lines of one paragraph."""
    text = ""
    for row in group_rows(inside):
        line = " ".join(s.text for s in row)
        text = join_text(text, line) if text else line
    return text.replace("\x02", "-")


def _table_rows(table: Table, segments: list[Segment]) -> list[Row]:
    rows = []
    for boxes in table.rows:
        insides = [_inside(segments, box) for box in boxes]
        cells = [_cell_text(inside) for inside in insides]
        known = [b for b in boxes if b is not None]
        if any(cells) and known:
            rows.append(Row(cells, min(b[0] for b in known), max(b[2] for b in known), min(b[1] for b in known),
                            max(b[3] for b in known), 0.0, ruled=True,
                            ink=sum((s.ink for inside in insides for s in inside), Ink())))
    return rows


def segments_to_reading_order(segments: list[Segment], tables: list[Table], width: float,
                              min_right: float = 0.0) -> list[Row]:
    """Rows in reading order: tables in place, columns one after the other between the
    full-width lines that separate bands of columns. `min_right`: where full lines end on
    the document's other pages (a one-column page of short lines has no full line of its own)."""
    free = [s for s in segments if not any(t.holds((s.x0 + s.x1) / 2, s.middle) for t in tables)]
    gutter = find_gutter(free, width)
    tables_rows = [(t.bbox[1], _table_rows(t, segments)) for t in tables]
    if gutter is None:
        return sorted(_block_rows(free, min_right) + [r for _, rows in tables_rows for r in rows], key=lambda r: r.top)
    top, bottom = column_span(free, gutter)
    # what crosses the gutter, or lies above or below the columns, is read in page order
    flowing = [s for s in free if s.x0 < gutter < s.x1 or s.bottom < top or s.top > bottom]
    spanning = sorted([(r.top, [r]) for r in _block_rows(flowing, min_right)] + tables_rows, key=lambda i: i[0])
    columns = [s for s in free if not any(s is f for f in flowing)]
    ordered: list[Row] = []
    upper = float("-inf")
    for start, block in [*spanning, (float("inf"), [])]:
        band = [s for s in columns if upper <= s.top < start]
        ordered += _block_rows([s for s in band if s.x1 <= gutter])
        ordered += _block_rows([s for s in band if s.x0 >= gutter])
        ordered += block
        upper = start
    return ordered


def join_text(head: str, tail: str) -> str:
    """Join two lines of a paragraph, closing up a word hyphenated across them."""
    if head.endswith("\x02"):
        return head[:-1] + tail
    return f"{head} {tail}"
