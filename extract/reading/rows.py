"""Stage 2 of reading a PDF: pages of positioned segments -> pages of rows, the segments on one
physical line of a page (what page furniture is found on), with where the document's full lines end."""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from extract.reading.pdftext import PdfPage, Segment
from extract.reading.tables import Table

# Two segments whose middles are closer than this share of their height are on one line.
SAME_LINE = 0.65


@dataclass
class PrintedPage:
    """A page as printed: its rows top to bottom, each left to right, and its ruled tables."""

    number: int
    width: float
    height: float
    rows: list[list[Segment]]
    tables: list[Table]
    line_end: float  # where full lines end on most of the document's pages

    @property
    def segments(self) -> list[Segment]:
        return sorted((s for row in self.rows for s in row), key=lambda s: (s.top, s.x0))


def group_rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments on the same physical line, top to bottom, each line left to right. A cell set
    half a line down (Word centres a one-line cell beside a two-line one) shares the line it
    starts on; the lines of one paragraph are never so close."""
    rows: list[list[Segment]] = []
    for seg in sorted(segments, key=lambda s: (s.top, s.x0)):
        if rows:
            last = rows[-1][0]
            if abs(seg.middle - last.middle) < SAME_LINE * min(seg.bottom - seg.top, last.bottom - last.top):
                rows[-1].append(seg)
                continue
        rows.append([seg])
    return [sorted(r, key=lambda s: s.x0) for r in rows]


def typical_line_end(pages: list[PdfPage]) -> float:
    """Where full lines end on most pages, so a page of short lines is not taken for full ones."""
    edges = [max(s.x1 for s in p.segments) for p in pages if len(p.segments) >= 10]
    return statistics.median(edges) if edges else 0.0


def segments_to_rows(pages: list[PdfPage]) -> list[PrintedPage]:
    line_end = typical_line_end(pages)
    return [PrintedPage(p.number, p.width, p.height, group_rows(p.segments), p.tables, line_end) for p in pages]
