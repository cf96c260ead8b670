"""Every extraction keeps to the schema's vocabularies and formats (extract/records.py): document
kinds, attendee statuses, finding kinds and grades, date roles, ISO dates, 24-hour times, and
pages inside the source file. Checked over the project's own sample and held-out fixtures."""
from __future__ import annotations

import datetime as dt
import pathlib
import re

import pytest

from extract.records import ATTENDEE_STATUSES, DATE_ROLES, DOCUMENT_KINDS, FINDING_KINDS, GRADES, Extraction
from tests.conftest import FIXTURES, REPO

SOURCES = sorted(
    [p for p in (REPO / "corpus" / "sample" / "pdf").glob("*.pdf")]
    + [p for d in FIXTURES.glob("heldout*") for p in d.iterdir()
       if p.suffix in {".pdf", ".txt", ".md", ".html"}])
TIME = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")


def iso(value: str | None) -> bool:
    if value is None:
        return True
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def schema_problems(result: Extraction) -> list[str]:
    problems = []
    pages = range(1, result.source.pages + 1)
    for n, doc in enumerate(result.documents):
        where = f"document {n}"
        if doc.kind not in DOCUMENT_KINDS:
            problems.append(f"{where}: kind {doc.kind!r}")
        if doc.page_start not in pages or doc.page_end not in pages or doc.page_end < doc.page_start:
            problems.append(f"{where}: pages {doc.page_start}-{doc.page_end}")
        if doc.meeting and not (iso(doc.meeting.date) and (doc.meeting.time is None or TIME.match(doc.meeting.time))):
            problems.append(f"{where}: meeting date/time {doc.meeting.date} {doc.meeting.time}")
        if doc.part_of is not None and result.documents[doc.part_of].kind != "agenda":
            problems.append(f"{where}: part_of names a {result.documents[doc.part_of].kind}")
        problems += [f"{where}: attendee {a.name!r} status {a.status!r}" for a in doc.attendees
                     if a.status not in ATTENDEE_STATUSES or not a.name.strip()]
        problems += [f"{where}: finding {f.kind!r} grade {f.grade!r}" for f in doc.findings
                     if f.kind not in FINDING_KINDS or (f.kind == "judgement" and f.grade not in GRADES)]
        problems += [f"{where}: date {d.text!r} -> {d.date!r} role {d.role!r}" for d in doc.dates
                     if d.role not in DATE_ROLES or not iso(d.date)]
        records = [r for i in doc.items for r in (*i.resolutions, *i.decisions, *i.actions, *i.action_updates)]
        problems += [f"{where}: record on page {r.page}" for r in (*records, *doc.attendees, *doc.findings)
                     if r.page not in pages]
        problems += [f"{where}: action due {a.due!r}" for i in doc.items for a in i.actions if not iso(a.due)]
    return problems


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_extraction_keeps_to_the_schema(path: pathlib.Path) -> None:
    from extract.pipeline import extract_file

    assert schema_problems(extract_file(path)) == []
