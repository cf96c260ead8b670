"""Stage 1: a file on disk -> pages of text lines. (Minimal first version; see issue 2.)"""
from __future__ import annotations

import pathlib

from extract.errors import ExtractError
from extract.records import Line, Page

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html"}


def path_to_pages(path: pathlib.Path) -> tuple[str, list[Page]]:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            return "pdf", [Page(i + 1, (p.extract_text() or "").splitlines()) for i, p in enumerate(pdf.pages)]
    if suffix in TEXT_SUFFIXES:
        text = path.read_text(encoding="utf-8", errors="replace")
        return TEXT_SUFFIXES[suffix], [Page(i + 1, chunk.splitlines()) for i, chunk in enumerate(text.split("\f"))]
    raise ExtractError(f"{path.name}: unknown file type {suffix or '(none)'}; expected .pdf, .txt, .md or .html.")


def pages_to_lines(pages: list[Page]) -> list[Line]:
    return [Line(text.strip(), page.number) for page in pages for text in page.lines if text.strip()]
