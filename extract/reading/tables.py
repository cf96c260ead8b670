"""Ruled tables -> rows of cell boxes, found with pdfplumber's table finder.

Only pages whose rules form a grid come here (pdfplumber is slow; see `extract.reading.pdftext`).
The text of each cell is then taken from pypdfium2's segments inside its box (see
`extract.reading.layout`), so a cell that wraps stays one cell and text is decoded one way everywhere.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
Rule = tuple[float, float, float, float]  # a thin path object: x0, top, x1, bottom


@dataclass
class Table:
    bbox: Box
    rows: list[list[Box | None]]  # cell boxes row by row; None where a merged cell covers it

    def holds(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1


def has_grid(rules: list[Rule]) -> bool:
    """Enough horizontal and vertical rules to be a ruled table, not just an underline."""
    horizontal = sum(1 for x0, t, x1, b in rules if x1 - x0 > b - t)
    return horizontal >= 2 and len(rules) - horizontal >= 2


def plumber_page_to_tables(page: Any) -> list[Table]:
    """The ruled tables of a pdfplumber page, each with its rows top to bottom."""
    return [Table(tuple(found.bbox), [list(row.cells) for row in found.rows]) for found in page.find_tables()]


def ruled_tables(data: bytes, wanted: list[int]) -> dict[int, list[Table]]:
    """pdfplumber's tables for the pages numbered `wanted` of the PDF `data` (those whose rules form
    a grid: it is slow). The bytes already read are parsed, not the file read again."""
    if not wanted:
        return {}
    import pdfplumber

    found: dict[int, list[Table]] = {}
    try:
        # Not closed: an in-memory stream holds nothing to release, and `PDF.close` would make a
        # Page of every page of the file only to flush it.
        pdf = pdfplumber.open(io.BytesIO(data))
        for number, page in plumber_pages(pdf, set(wanted)):
            try:
                found[number] = plumber_page_to_tables(page)
            except Exception:  # noqa: BLE001 - a page pdfminer cannot parse keeps its pdfium text
                continue
            finally:
                page.close()
    except Exception:  # noqa: BLE001 - pdfminer refuses some files pdfium repairs; text is still read
        return found
    return found


def plumber_pages(pdf: Any, wanted: set[int]) -> Iterator[tuple[int, Any]]:
    """The pdfplumber pages numbered `wanted`, made one at a time as the page tree is walked, so
    each can be dropped with its caches (characters, layout: megabytes a page) before the next is
    read. `pdf.pages` would make them all and keep every one alive until the file is closed."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page

    for number, page in enumerate(PDFPage.create_pages(pdf.doc), 1):
        if number in wanted:
            yield number, Page(pdf, page, page_number=number)
