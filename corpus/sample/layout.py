"""Lays out the sample's documents (`sample_types`) as `pdfwrite` pages, in the conventions of
UK council papers: a ModernGov notice and agenda, printed minutes with Present / Apologies /
In attendance, RESOLVED blocks, ACTIONS lists and ruled action tables, an officer report and an
Ofsted judgement table. Each document starts on a new page."""
from __future__ import annotations

import string
from collections.abc import Callable

from corpus.sample.model import (
    ActionLog,
    Actions,
    Agenda,
    Decision,
    Document,
    GradesReported,
    Inspection,
    Minutes,
    Para,
    Part,
    Person,
    Report,
    Resolved,
    StatusNote,
    Table,
)
from corpus.sample.pdfwrite import Block

Pages = list[list[Block]]
PageRanges = dict[int, tuple[int, int]]


def resolution_label(style: str, index: int) -> str:
    """The printed label of the `index`th (0-based) sub-resolution: "1)", "(a)" or "(1)"."""
    letter, number = string.ascii_lowercase[index], str(index + 1)
    return {"1)": f"{number})", "(a)": f"({letter})", "(1)": f"({number})"}[style]


def part_to_blocks(part: Part, resolved_heading: str) -> list[Block]:
    if isinstance(part, (Para, GradesReported, Decision)):
        return [part.text]
    if isinstance(part, StatusNote):
        return [part.update.text]
    if isinstance(part, Resolved):
        if len(part.texts) == 1:
            return [resolved_heading, part.texts[0]]
        return [resolved_heading] + [f"{resolution_label(part.labels, i)} {t}" for i, t in enumerate(part.texts)]
    if isinstance(part, Actions):
        if part.style == "table":
            rows = [("Action", "Owner", "Due", "Status")]
            rows += [(a.text, a.owner, a.due_text or "", "Open") for a in part.actions]
            return ["Actions agreed:", ("table", rows)]
        if len(part.actions) == 1:
            return [f"ACTION: {part.actions[0].text}"]
        return ["ACTIONS:"] + [("bullet", a.text) for a in part.actions]
    if isinstance(part, ActionLog):
        rows = [("Action", "Owner", "Due", "Status")]
        rows += [(u.action.text, u.action.owner, u.action.due_text or "", u.text) for u in part.updates]
        return [("table", rows)]
    if isinstance(part, Table):
        return [("table", [list(r) for r in part.rows])]
    raise TypeError(f"unknown part {part!r}")


def attendance_blocks(m: Minutes) -> list[Block]:
    """Present / Apologies / In attendance in the layout `m.attendance_style` names."""
    def listed(people: tuple[Person, ...]) -> str:
        return ", ".join(p.as_written() for p in people)

    if m.attendance_style == "paragraph":
        return [f"Present: {listed(m.present)}", f"Apologies: {listed(m.apologies)}",
                f"In attendance: {listed(m.in_attendance)}"]
    if m.attendance_style == "lines":
        return (["Present:"] + [p.as_written() for p in m.present]
                + ["Apologies:"] + [p.as_written() for p in m.apologies]
                + ["Also in attendance:"] + [p.as_written() for p in m.in_attendance])
    if m.attendance_style == "table":
        rows: list[tuple[str, ...]] = [("Name", "Role", "Attendance")]
        for people, status in ((m.present, "Present"), (m.apologies, "Apologies"),
                               (m.in_attendance, "In attendance")):
            rows += [(p.full_name(), p.role or "Member", status) for p in people]
        return ["Attendance", ("table", rows)]
    if m.attendance_style == "organisation_table":
        members: list[tuple[str, ...]] = [("Name", "Organisation")]
        members += [(p.as_written() if p.role else p.full_name(), p.organisation or "Northfield Borough Council")
                 for p in m.present]
        return ["Present:", ("table", members), f"Apologies: {listed(m.apologies)}",
                f"In attendance: {listed(m.in_attendance)}"]
    raise ValueError(f"unknown attendance style {m.attendance_style!r}")


def minutes_to_pages(m: Minutes, ranges: PageRanges) -> Pages:
    blocks: list[Block] = [("heading", m.council.upper()), ("heading", m.body)]
    if m.heading_style == "fields":
        blocks += ["Minutes", f"Date: {m.date_text}", f"Time: {m.time_text}", f"Venue: {m.venue}"]
    else:
        blocks.append(f"Minutes of the meeting of the {m.body} held in the {m.venue} on {m.date_text} "
                      f"at {m.time_text}")
    blocks += attendance_blocks(m)
    for item in m.items:
        blocks.append(("heading", f"{item.number}{m.item_number_suffix} {item.title}"))
        for part in item.parts:
            blocks += part_to_blocks(part, m.resolved_heading)
    if m.closing:
        blocks += [("gap",), m.closing]
    return [blocks]


def agenda_to_pages(a: Agenda, ranges: PageRanges) -> Pages:
    contact = a.contact.name
    email = contact.lower().replace(" ", ".") + "@northfield.example.gov.uk"
    notice: list[Block] = [
        "Public Document Pack", ("heading", a.council), "Democratic Services", "Northfield Town Hall",
        "Market Street", "Northfield NF1 1AA", f"Please ask for: {contact}", f"Email: {email}",
        a.issued_text, ("heading", "Notice of Meeting"), "Dear Member", ("heading", a.body),
        f"The {a.body} will meet in the {a.venue} at {a.time_text} on {a.date_text}.",
        "The items which will be discussed are described in the agenda and there are reports attached "
        "which give more details.",
        f"The {a.body} members are:",
    ] + [p.as_written() for p in a.members]
    agenda: list[Block] = [("heading", "AGENDA")]
    for item in a.items:
        agenda += [("heading", f"{item.number}. {item.title}"), item.description]
        if item.document is not None:
            first, last = ranges.get(item.document, (10, 10))
            agenda.append(f"(Pages {first} - {last})")
    agenda.append(f"Contact Officer: {contact}")
    return [notice, agenda]


def report_to_pages(r: Report, ranges: PageRanges) -> Pages:
    blocks: list[Block] = [
        ("heading", r.council.upper()), f"Report to: {r.body}", f"Date of meeting: {r.date_text}",
        f"Report of: {r.report_of}", ("heading", r.title),
    ]
    for section in r.sections:
        blocks.append(("heading", section.heading))
        for part in section.parts:
            blocks += part_to_blocks(part, "")
    return [blocks]


def inspection_to_pages(i: Inspection, ranges: PageRanges) -> Pages:
    blocks: list[Block] = [
        ("heading", i.title), i.dates_text, f"Lead inspector: {i.inspector}",
        ("table", [["Judgement", "Grade"]] + [list(j) for j in i.judgements]),
        *i.summary,
        ("heading", "What needs to improve in this local authority?"),
        *[("bullet", t) for t in i.improvements],
        ("heading", "Recommendations"),
        *[f"{n}. {t}" for n, t in enumerate(i.recommendations, 1)],
    ]
    for section in i.findings:
        blocks.append(("heading", section.heading))
        for part in section.parts:
            blocks += part_to_blocks(part, "")
    blocks += [("gap",), i.published_text]
    return [blocks]


LAYOUTS: dict[type, Callable[..., Pages]] = {
    Minutes: minutes_to_pages, Agenda: agenda_to_pages, Report: report_to_pages,
    Inspection: inspection_to_pages,
}


def document_to_pages(doc: Document, ranges: PageRanges, stamp: str | None = None) -> Pages:
    """The pages of one document; `stamp` ("Agenda Item 3") goes on its first page; `ranges`
    (document position -> first and last page of the pack) fills an agenda's "(Pages a - b)"."""
    pages = LAYOUTS[type(doc)](doc, ranges)
    if stamp:
        pages[0].insert(0, ("stamp", stamp))
    return pages
