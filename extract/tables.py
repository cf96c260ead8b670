"""Ruled tables -> rows of cells, read with pdfplumber's table finder.

Only pages whose rules form a grid come here (pdfplumber is slow; see `extract.pdftext`).
A cell that wraps inside its box stays one cell, which word gaps alone cannot achieve.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class TableRow:
    cells: list[str]
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Table:
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    rows: list[TableRow]

    def holds(self, x: float, y: float) -> bool:
        x0, top, x1, bottom = self.bbox
        return x0 - 1 <= x <= x1 + 1 and top - 1 <= y <= bottom + 1


def _cell_text(cell: str | None) -> str:
    return " ".join((cell or "").replace("\x02", "").split())


def plumber_page_to_tables(page: Any) -> list[Table]:
    """The ruled tables of a pdfplumber page, each with its rows top to bottom."""
    tables = []
    for found in page.find_tables():
        rows = []
        for row, cells in zip(found.rows, found.extract(), strict=False):
            texts = [_cell_text(c) for c in cells]
            if any(texts):
                x0, top, x1, bottom = row.bbox
                rows.append(TableRow(texts, x0, x1, top, bottom))
        if rows:
            tables.append(Table(tuple(found.bbox), rows))
    return tables
