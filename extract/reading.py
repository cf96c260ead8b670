"""Stage 1: a file on disk -> pages of lines -> `Line`s (see the `Line` convention in DEVELOPERS.md).

PDFs are read with pypdfium2 (`extract.pdftext`); pages with ruled tables also with pdfplumber
(`extract.tables`); furniture goes (`extract.furniture`); layout joins lines into paragraphs
(`extract.layout`). Text, Markdown and HTML go through `extract.markup`. Anything that cannot be
read raises `ExtractError` with one sentence naming the file and the reason.
"""
from __future__ import annotations

import pathlib
import statistics
from typing import Any

from extract import furniture, layout, markup
from extract.errors import ExtractError
from extract.pdftext import PdfPage, has_grid, page_rules, textpage_to_segments
from extract.records import Line, Page

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Text with more control characters than this share is binary data, whatever its name says.
MAX_CONTROL_SHARE = 0.01


def path_to_pages(path: pathlib.Path) -> tuple[str, list[Page]]:
    """The format ("pdf", "docx", "txt", "md", "html") and the pages of the file at `path`."""
    path = pathlib.Path(path)
    suffix = path.suffix.lower()
    data = read_bytes(path)
    if suffix not in (".pdf", ".docx", ".doc") and suffix not in TEXT_SUFFIXES:
        raise ExtractError(f"Cannot read {path}: unknown file type {suffix or '(no extension)'}; "
                           "expected .pdf, .docx, .txt, .md or .html.")
    if suffix == ".pdf":
        return "pdf", pdf_to_pages(path, data)
    if suffix in (".docx", ".doc"):  # a .doc is refused there with what to do about it
        from extract.wordfile import docx_to_pages

        return "docx", docx_to_pages(path, data)
    fmt = TEXT_SUFFIXES[suffix]
    return fmt, text_to_pages(decode_text(path, data), fmt)


def read_bytes(path: pathlib.Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"Cannot read {path}: no such file.") from None
    except IsADirectoryError:
        raise ExtractError(f"Cannot read {path}: it is a directory, not a file.") from None
    except PermissionError:
        raise ExtractError(f"Cannot read {path}: permission denied.") from None
    except OSError as e:
        raise ExtractError(f"Cannot read {path}: {e.strerror or e}.") from None
    if not data.strip():
        raise ExtractError(f"Cannot read {path}: the file is empty.")
    return data


# -- text, Markdown, HTML ------------------------------------------------------------------

def decode_text(path: pathlib.Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    control = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    if control > MAX_CONTROL_SHARE * len(text):
        raise ExtractError(f"Cannot read {path}: it holds binary data, not text.")
    return text


def text_to_pages(text: str, fmt: str) -> list[Page]:
    """Form feeds are page breaks in every text format."""
    convert = {"md": markup.markdown_to_text, "html": markup.html_to_text, "txt": markup.unwrap_text}[fmt]
    return [Page(i + 1, convert(chunk).splitlines()) for i, chunk in enumerate(text.split("\f"))]


# -- PDF -----------------------------------------------------------------------------------

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


def ruled_tables(path: pathlib.Path, pages: list[PdfPage]) -> dict[int, list]:
    """pdfplumber's tables for the pages whose rules form a grid (only those: it is slow)."""
    wanted = [p.number for p in pages if has_grid(p.rules)]
    if not wanted:
        return {}
    import pdfplumber

    from extract.tables import plumber_page_to_tables

    found: dict[int, list] = {}
    try:
        with pdfplumber.open(path) as pdf:
            for number in wanted:
                try:
                    found[number] = plumber_page_to_tables(pdf.pages[number - 1])
                except Exception:  # noqa: BLE001 - a page pdfminer cannot parse keeps its pdfium text
                    continue
    except Exception:  # noqa: BLE001 - pdfminer refuses some files pdfium repairs; text is still read
        return found
    return found


def typical_right_edge(pages: list[PdfPage]) -> float:
    """Where full lines end on most pages, so a page of short lines is not taken for full ones."""
    edges = [max(s.x1 for s in p.segments) for p in pages if len(p.segments) >= 10]
    return statistics.median(edges) if edges else 0.0


def pdf_to_pages(path: pathlib.Path, data: bytes) -> list[Page]:
    document = open_pdf(path, data)
    try:
        raw = [read_pdf_page(document, i) for i in range(len(document))]
    finally:
        document.close()
    if not raw:
        raise ExtractError(f"Cannot read {path}: the PDF has no pages.")
    if not any(p.segments for p in raw):
        raise ExtractError(f"Cannot read {path}: it has no text layer (a scanned image); it needs OCR.")
    tables = ruled_tables(path, raw)
    right = typical_right_edge(raw)
    cleaned = furniture.pages_without_furniture(raw)
    paragraphs = layout.drop_repeated_headers(layout.join_pages([
        layout.rows_to_paragraphs(layout.segments_to_rows(p.segments, tables.get(p.number, []), p.width, right))
        for p in cleaned]))
    return [Page(p.number, [para.text for para in paras]) for p, paras in zip(cleaned, paragraphs, strict=True)]


def pages_to_lines(pages: list[Page]) -> list[Line]:
    return [Line(text, page.number) for page in pages for text in map(markup.clean_line, page.lines) if text]
