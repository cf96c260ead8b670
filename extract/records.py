"""Record types shared by every stage: extraction produces them, the store and index consume them.

This module must stay light (standard library only): `index` and `corpus` import it, and
`minutebook search` must start without spaCy, pdfplumber or dateparser.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

DOCUMENT_KINDS = ("agenda", "minutes", "report", "inspection", "work_programme", "interests_form", "other")
ATTENDEE_STATUSES = ("present", "apologies", "in_attendance", "absent")
FINDING_KINDS = ("judgement", "finding", "comment", "recommendation", "improvement")
DATE_ROLES = ("meeting", "next_meeting", "deadline", "publication", "inspection", "mentioned")
GRADES = ("Outstanding", "Good", "Requires improvement to be good", "Requires improvement", "Inadequate")


@dataclass
class Line:
    """One logical line of a document: a paragraph, a heading, or a table row whose cells are
    joined by TAB. `page` is the 1-based page of the source file the line starts on.

    The rest is how the page sets the line (see the `Line` convention in DEVELOPERS.md): `size`
    its font size over the document's body text size (1.0 = body; None where the format has no
    sizes), `bold` / `italic` / `underline` most of its characters so, `indent` its left edge in
    ems of body text from the page's left text margin (a list item's depth in markup), `heading`
    a heading level 1-6, or 0 for a line that is not a heading. `lead` is a bold run opening a
    line that is not bold throughout, as printed: a run-in title ("Planning." of "**Planning.** The
    council considered ..."), "" for none."""

    text: str
    page: int
    size: float | None = None
    bold: bool = False
    italic: bool = False
    indent: float = 0.0
    heading: int = 0
    underline: bool = False
    lead: str = ""


@dataclass
class Page:
    """One source page as reading found it: the paragraphs, headings and table rows that start
    on it (a paragraph broken by the page end is whole on its first page), furniture removed,
    each a `Line` whose text is not cleaned of markup yet."""

    number: int
    lines: list[Line]
    ocr: bool = False  # read from the page's image by OCR: a name may be misread


@dataclass
class Meeting:
    body: str | None = None
    date: str | None = None
    time: str | None = None
    venue: str | None = None


@dataclass
class Attendee:
    name: str
    status: str
    page: int
    honorific: str | None = None
    role: str | None = None
    organisation: str | None = None
    substitute_for: str | None = None


@dataclass
class Resolution:
    text: str
    page: int
    number: str | None = None


@dataclass
class Decision:
    text: str
    page: int


@dataclass
class Action:
    text: str
    page: int
    owner: str | None = None
    due: str | None = None
    status: str | None = None
    ref: str | None = None  # the reference printed in an action log's Ref column ("TB/23/88", "A12")


@dataclass
class Item:
    number: str | None
    title: str
    page: int
    resolutions: list[Resolution] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    text: str = ""
    # Rows of an action log reporting the progress of actions minuted at an earlier meeting: not
    # this meeting's actions, but the action register's evidence of their status.
    action_updates: list[Action] = field(default_factory=list)


@dataclass
class Finding:
    kind: str
    text: str
    page: int
    area: str | None = None
    grade: str | None = None
    number: str | None = None


@dataclass
class DateMention:
    text: str
    date: str
    role: str
    page: int


@dataclass
class Passage:
    """The text of one page of a document (its Lines on that page, joined by newlines), so a
    report or work programme that has no items can still be searched for what it discusses."""

    text: str
    page: int


@dataclass
class Document:
    kind: str
    title: str
    page_start: int
    page_end: int
    meeting: Meeting | None = None
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    # A paper bound into an agenda pack has no meeting of its own: it goes to the agenda's
    # meeting. part_of is the index (in Extraction.documents) of that agenda document.
    part_of: int | None = None
    passages: list[Passage] = field(default_factory=list)
    ocr: bool = False  # some of its pages were read by OCR, so a name or number may be misread


@dataclass
class Source:
    path: str
    sha256: str
    pages: int
    format: str
    # A file `minutebook fetch` downloaded: the document's URL and its meeting's page. Set by the
    # store from its catalog (where a file came from is no part of its content), else None.
    url: str | None = None
    meeting_url: str | None = None
    ocr_pages: list[int] = field(default_factory=list)  # the pages read by OCR (scanned pages)


@dataclass
class Extraction:
    source: Source
    documents: list[Document] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def extraction_from_dict(data: dict[str, Any]) -> Extraction:
    """Rebuild an Extraction from its JSON form (the store caches extractions as JSON)."""
    docs = []
    for d in data.get("documents", []):
        items = [
            Item(
                number=i.get("number"), title=i.get("title", ""), page=i.get("page", 0), text=i.get("text", ""),
                resolutions=[Resolution(**r) for r in i.get("resolutions", [])],
                decisions=[Decision(**r) for r in i.get("decisions", [])],
                actions=[Action(**r) for r in i.get("actions", [])],
                action_updates=[Action(**r) for r in i.get("action_updates", [])],
            )
            for i in d.get("items", [])
        ]
        meeting = Meeting(**d["meeting"]) if d.get("meeting") else None
        docs.append(Document(
            kind=d["kind"], title=d.get("title", ""), page_start=d.get("page_start", 1),
            page_end=d.get("page_end", 1), meeting=meeting,
            attendees=[Attendee(**a) for a in d.get("attendees", [])], items=items,
            findings=[Finding(**f) for f in d.get("findings", [])],
            dates=[DateMention(**x) for x in d.get("dates", [])], part_of=d.get("part_of"),
            passages=[Passage(**x) for x in d.get("passages", [])], ocr=d.get("ocr", False),
        ))
    return Extraction(source=Source(**data["source"]), documents=docs)
