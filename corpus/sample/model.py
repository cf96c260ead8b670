"""The shapes the bundled sample corpus is written in (see `sample_content`).

A sample document is data, not layout: the same `Minutes` can be printed with its attendance
as a paragraph, one name per line or a table, and `corpus.sample.build` turns each shape both into
PDF blocks and into the gold records a perfect extraction would find. Standard library only.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    name: str
    honorific: str | None = None
    role: str | None = None  # "Chair", or an officer's job title
    organisation: str | None = None
    substitute_for: Person | None = None  # the member this person sat in place of

    def full_name(self) -> str:
        return f"{self.honorific} {self.name}" if self.honorific else self.name

    def as_written(self) -> str:
        """The name as minutes print it: honorific, name, then role, organisation or the member
        sat in place of, in brackets."""
        if self.substitute_for:
            return f"{self.full_name()} (In place of {self.substitute_for.full_name()})"
        extra = self.role or self.organisation
        return f"{self.full_name()} ({extra})" if extra else self.full_name()


@dataclass(frozen=True)
class Para:
    """Discussion text: recorded nowhere but in the item's text."""

    text: str


@dataclass(frozen=True)
class GradesReported:
    """Discussion that states inspection grades: its judgements count, as `../shared/gold` counts
    the Ofsted grades that minutes report."""

    text: str
    judgements: tuple[tuple[str, str], ...]
    year: int


@dataclass(frozen=True)
class Decision:
    """A narrative agreement ("It was agreed that …", "… were approved as a correct record")."""

    text: str


@dataclass(frozen=True)
class Resolved:
    """A RESOLVED block; each text is one (sub-)resolution. `labels` is how the sub-resolutions
    are numbered ("1)", "(a)", "(1)"); a block of one resolution prints no label."""

    texts: tuple[str, ...]
    labels: str = "1)"


@dataclass(frozen=True)
class SampleAction:
    """An action as it is first minuted. `ref` is the sample's own id (the register fixture
    refers to it); `due` is ISO; `due_text` is how a table prints it."""

    ref: str
    text: str
    owner: str
    due: str | None = None
    due_text: str | None = None


@dataclass(frozen=True)
class Actions:
    """Actions agreed under an item: an "ACTIONS:" list or a ruled Action/Owner/Due/Status table."""

    actions: tuple[SampleAction, ...]
    style: str = "list"


@dataclass(frozen=True)
class ActionUpdate:
    action: SampleAction
    status: str  # "done" or "carried forward"
    text: str  # the evidence: a status cell of an action log, or a sentence of the minutes


@dataclass(frozen=True)
class ActionLog:
    """The review of earlier actions as a ruled table with a Status column."""

    updates: tuple[ActionUpdate, ...]


@dataclass(frozen=True)
class StatusNote:
    """A sentence of the minutes that reports on an earlier action ("Matters arising: …")."""

    update: ActionUpdate


@dataclass(frozen=True)
class Table:
    """A ruled table of plain text (a report's progress table); the first row is the header."""

    rows: tuple[tuple[str, ...], ...]


Part = Para | GradesReported | Decision | Resolved | Actions | ActionLog | StatusNote | Table


@dataclass(frozen=True)
class Item:
    number: str
    title: str
    parts: tuple[Part, ...] = ()


@dataclass(frozen=True)
class Paper:
    """What every paper of a meeting states: whose meeting, and when (ISO and as printed)."""

    council: str
    body: str
    date: str
    date_text: str


@dataclass(frozen=True)
class Minutes(Paper):
    time_text: str
    venue: str
    present: tuple[Person, ...]
    apologies: tuple[Person, ...]
    in_attendance: tuple[Person, ...]
    items: tuple[Item, ...]
    attendance_style: str = "paragraph"  # "paragraph", "lines", "table" or "organisation_table"
    heading_style: str = "sentence"  # "sentence" ("Minutes of … held on …") or "fields" (Date:, Venue:)
    resolved_heading: str = "RESOLVED -"
    item_number_suffix: str = ""  # "." for "1. Welcome"
    closing: str | None = None  # "The meeting closed at 7.42 pm."


@dataclass(frozen=True)
class AgendaItem:
    number: str
    title: str
    description: str
    document: int | None = None  # the pack's document this item points at (its pages are printed)


@dataclass(frozen=True)
class Agenda(Paper):
    """A ModernGov-style notice of meeting and agenda, the first pages of a pack."""

    time_text: str
    venue: str
    issued_text: str
    contact: Person
    members: tuple[Person, ...]
    items: tuple[AgendaItem, ...]


@dataclass(frozen=True)
class Section:
    heading: str
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Report(Paper):
    """An officer report to a meeting."""

    title: str
    report_of: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Inspection:
    """An Ofsted-style inspection report: judgement table, narrative, improvements, recommendations."""

    council: str
    title: str
    dates_text: str
    published_text: str
    inspector: str
    year: int
    judgements: tuple[tuple[str, str], ...]
    summary: tuple[str, ...]
    improvements: tuple[str, ...]
    recommendations: tuple[str, ...]
    findings: tuple[Section, ...]


Document = Minutes | Agenda | Report | Inspection


@dataclass(frozen=True)
class SampleFile:
    """One PDF of the sample. `header` runs on every page; a pack's documents have their own
    running headers instead (`document_headers`, by document position; the others have none).
    `stamps` are "Agenda Item N" stamps, by document position."""

    name: str
    documents: tuple[Document, ...]
    header: str | None = None
    page_footer: bool | str = True
    stamps: dict[int, str] = field(default_factory=dict)
    document_headers: dict[int, str] = field(default_factory=dict)
