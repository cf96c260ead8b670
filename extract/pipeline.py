"""Wires the extraction stages: file -> pages -> lines -> sections -> documents."""
from __future__ import annotations

import hashlib
import pathlib

from extract import reading
from extract.finders import attendance, dates, findings
from extract.limits import DEFAULT_LIMITS, Limits
from extract.reading.scanned import DEFAULT_OCR, OcrOptions
from extract.records import Document, Extraction, Line, Passage, Source
from extract.structure import header, items, splitting


def lines_to_passages(lines: list[Line]) -> list[Passage]:
    """One passage per page: the text of the lines that start on it."""
    pages: dict[int, list[str]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line.text)
    return [Passage(text="\n".join(texts), page=page) for page, texts in pages.items()]


def section_to_document(section: splitting.Section) -> Document:
    lines = section.lines
    meeting = header.lines_to_meeting(lines, section.kind)
    anchor = meeting.date if meeting else None
    # An agenda's list of members or its roll call says who is expected, not who came.
    attendees = [] if section.kind == "agenda" else attendance.lines_to_attendees(lines)
    return Document(
        kind=section.kind,
        title=section.title or (meeting.body if meeting and meeting.body else ""),
        page_start=lines[0].page,
        page_end=lines[-1].page,
        meeting=None if section.paper else meeting,  # a paper's meeting is its agenda's
        attendees=attendees,
        items=items.lines_to_items(lines, section.kind, meeting),
        findings=findings.lines_to_findings(lines),
        dates=dates.lines_to_dates(lines, anchor),
        passages=lines_to_passages(lines),
    )


def sections_to_documents(sections: list[splitting.Section]) -> list[Document]:
    documents: list[Document] = []
    agenda_at: int | None = None
    for section in sections:
        if not section.lines:
            continue
        document = section_to_document(section)
        if section.kind == "agenda":
            agenda_at = len(documents)
        if section.paper:
            document.part_of = agenda_at
        documents.append(document)
    return documents


def documents_marked_ocr(documents: list[Document], scanned: list[int]) -> list[Document]:
    """`documents` with `ocr` set on those that run over a page read by OCR."""
    for document in documents:
        document.ocr = any(document.page_start <= n <= document.page_end for n in scanned)
    return documents


def extract_file(path: str | pathlib.Path, ocr: OcrOptions = DEFAULT_OCR,
                 limits: Limits = DEFAULT_LIMITS) -> Extraction:
    """The records of the file at `path`; its scanned pages are read by OCR as `ocr` says; a file
    over the `limits` is refused (ExtractError)."""
    path = pathlib.Path(path)
    fmt, pages = reading.path_to_pages(path, ocr, limits)
    lines = reading.pages_to_lines(pages)
    sections = splitting.lines_to_sections(lines)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    scanned = [p.number for p in pages if p.ocr]
    return Extraction(
        source=Source(path=str(path), sha256=sha, pages=len(pages), format=fmt, ocr_pages=scanned),
        documents=documents_marked_ocr(findings.documents_without_repeated_findings(sections_to_documents(sections)),
                                       scanned),
    )
