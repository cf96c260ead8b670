"""Ruled tables -> rows of cell boxes, found with pdfplumber's table finder.

Only pages whose rules form a grid come here (pdfplumber is slow; see `extract.pdftext`).
The text of each cell is then taken from pypdfium2's segments inside its box (see
`extract.layout`), so a cell that wraps stays one cell and text is decoded one way everywhere.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class Table:
    bbox: Box
    rows: list[list[Box | None]]  # cell boxes row by row; None where a merged cell covers it

    def holds(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1


def plumber_page_to_tables(page: Any) -> list[Table]:
    """The ruled tables of a pdfplumber page, each with its rows top to bottom."""
    return [Table(tuple(found.bbox), [list(row.cells) for row in found.rows]) for found in page.find_tables()]
