"""Reading: a file on disk -> `Line`s (the `Line` convention in DEVELOPERS.md), in one line of stages:

    PDF -> pages of positioned segments -> rows -> rows without furniture -> paragraphs -> `Line`s

each stage a module of this package taking the previous one's output:
`pdftext.pdf_to_segments` -> `rows.segments_to_rows` -> `furniture.rows_without_furniture` ->
`paragraphs.rows_to_paragraphs` -> `pages_to_lines`; pages without a text layer are read by OCR
into the same segments (`scanned.pages_with_ocr`). Text, Markdown and HTML have no positions:
`markup.text_to_pages` turns them into pages of paragraphs, and Word files
`wordfile.docx_to_pages`. Every line carries how it is set
(size, bold, italic, indent; `Line`); `pages_to_lines` cleans its text and gives the headings
their levels (`heading_levels`). Anything that cannot be read raises `ExtractError` with one
sentence naming the file and the reason.
"""
from __future__ import annotations

import dataclasses
import functools
import pathlib

from extract.limits import DEFAULT_LIMITS, Limits
from extract.reading import furniture, markup, paragraphs, pdftext, rows
from extract.reading.files import decode_text, path_to_data
from extract.reading.heading_levels import lines_with_heading_levels
from extract.reading.scanned import DEFAULT_OCR, OcrOptions, pages_with_ocr
from extract.records import Line, Page


def path_to_pages(path: pathlib.Path, ocr: OcrOptions = DEFAULT_OCR,
                  limits: Limits = DEFAULT_LIMITS) -> tuple[str, list[Page]]:
    """The format ("pdf", "docx", "txt", "md", "html") and the pages of paragraphs of the file at
    `path`; a PDF's pages without a text layer are read by OCR as `ocr` says; a file over the
    `limits` is refused (ExtractError)."""
    path = pathlib.Path(path)
    fmt, data = path_to_data(path, limits)
    if fmt == "docx":
        from extract.reading.wordfile import docx_to_pages

        return fmt, docx_to_pages(path, data)
    if fmt != "pdf":
        return fmt, markup.text_to_pages(decode_text(path, data), fmt)
    read_images = functools.partial(pages_with_ocr, path, data, ocr) if ocr.enabled else None
    segments = pdftext.pdf_to_segments(path, data, read_images, limits)
    printed = rows.segments_to_rows(segments)
    kept = furniture.rows_without_furniture(printed)
    scanned = {p.number for p in segments if p.ocr}
    return fmt, [dataclasses.replace(p, ocr=p.number in scanned) for p in paragraphs.rows_to_paragraphs(kept)]


def pages_to_lines(pages: list[Page]) -> list[Line]:
    cleaned = [line if text == line.text else dataclasses.replace(line, text=text)
               for page in pages for line in page.lines if (text := markup.clean_line(line.text))]
    return lines_with_heading_levels(cleaned)
