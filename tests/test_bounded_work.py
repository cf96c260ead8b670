"""Bounded work (issue 13): memory per page, not per document; work per line, not per document.

Counts, not timings (the figures live in benchmarks/pack_memory.py and benchmarks/text_scaling.py).
"""
from __future__ import annotations

import gc
import pathlib
import weakref

import pytest

from extract.reading import path_to_pages, tables

ROWS = [["Ref", "Action", "Owner"], ["A1", "Write to the school", "Clerk"], ["A2", "Report back", "Chair"]]


def test_issue_13_reading_a_pack_keeps_no_earlier_plumber_page_alive(tmp_path: pathlib.Path, monkeypatch) -> None:
    """pdfplumber's page caches (every character and its layout) are megabytes a page: each page
    is released before the next is read, not kept until the file is done."""
    pytest.importorskip("reportlab")
    from corpus.sample.pdfwrite import write_pdf

    pdf = write_pdf(tmp_path / "pack.pdf", [[f"Item {n} of the pack.", ("table", ROWS)] for n in range(1, 13)])
    pages: list[weakref.ref] = []
    alive: list[int] = []
    read = tables.plumber_page_to_tables

    def spy(page):
        gc.collect()
        alive.append(sum(1 for ref in pages if ref() is not None))
        pages.append(weakref.ref(page))
        return read(page)

    monkeypatch.setattr(tables, "plumber_page_to_tables", spy)
    path_to_pages(pdf)
    assert len(pages) == 12
    assert max(alive) == 0
