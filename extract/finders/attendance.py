"""Who was there: present, apologies, in attendance, with honorifics, roles and substitutes.

Minutes open with attendance blocks: a heading ("Present:", "Apologies", "In attendance",
"Staff:") followed by people, as a comma/"and" paragraph, one person a line, or table rows
(Name<TAB>Organisation, or a header row naming the columns). Later, sentences such as
"Apologies were received from ..." or "Cllr X substituted for Cllr Y" add or complete people.
Headings and sentences are found by the phrase patterns in `patterns/attendance.jsonl`; the
people in a list are read by `extract.names`.

The parts are read by `attendance_blocks` (labelled blocks), `attendance_tables` (tables and
grids) and `attendance_sentences` (sentences); this module finds the cues and wires them.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from extract.finders import names, people
from extract.finders.attendance_blocks import continue_block, headings_to_block, is_heading
from extract.finders.attendance_sentences import sentences_to_attendees
from extract.finders.attendance_state import Block, Marker, PresentByName, close_block, name_key
from extract.finders.attendance_tables import header_to_column_statuses, table_header_to_block
from extract.nlp import span_ruler
from extract.records import Attendee, Line

# "County Councillor", "Borough Councillor", "Eden District Cllr".
TIER_COUNCILLOR = re.compile(r"^(?:[A-Z][\w'\u2019-]+\s+)?(" + "|".join(people.COUNCIL_TIERS)
                             + r")\s+(?:councillor|cllr)\b", re.I)


def lines_to_attendees(lines: list[Line]) -> list[Attendee]:
    if not lines:
        return []
    nlp = span_ruler("attendance")
    found: list[Attendee] = []
    present = PresentByName(found)
    block: Block | None = None
    lines = [Line(line_to_match_text(line.text), line.page) for line in lines]
    for line, doc in zip(lines, nlp.pipe(line.text for line in lines), strict=True):
        markers = doc_to_markers(doc)
        if block is not None and block.pending.count("(") > block.pending.count(")"):
            markers = []  # inside an unclosed bracket: "(Area Education / Officer - West Kent)"
        # "Councillors:" opens a block only where none is open; inside one it groups its people.
        heading_kinds = ("heading", "title") if block is not None else ("heading", "title", "group")
        headings = [m for m in markers if m.kind in heading_kinds and is_heading(line.text, m)]
        sentences = [m for m in markers if m.kind in ("sentence", "before")]
        column_statuses = header_to_column_statuses(line.text, markers)
        # A table's header row with a name column ("Name / Enw<TAB>Present<TAB>Apologies") opens a
        # table even where its status headers read as attendance headings.
        table = table_header_to_block(line.text) if headings and "\t" in line.text else None
        if table is not None:
            close_block(block, found)
            block = table
            continue
        if column_statuses:
            close_block(block, found)
            block = Block(next(s for s in column_statuses if s), column_statuses=column_statuses)
            continue
        if headings:
            close_block(block, found)
            block = headings_to_block(line, headings, sentences, found)
        elif sentences:
            close_block(block, found)
            block = None
        elif block is not None:
            block = continue_block(block, line, markers, found)
        else:
            block = table_header_to_block(line.text)
        found.extend(sentences_to_attendees(line, sentences, present))
    close_block(block, found)
    return visitors_in_attendance(merge_duplicates(found))


def line_to_match_text(text: str) -> str:
    """Single spaces, so phrase patterns match "Apologies for absence  were received"; and
    "PRESENT:-" as "PRESENT: " and "Absent (excused):" as "Absent (excused) :", which spaCy would
    keep as one token; "Cllrs.Butler" as "Cllrs. Butler"."""
    return re.sub(r"[ \u00a0]+", " ", names.unstick_abbreviations(text.replace(":-", ": ").replace("):", ") :")))


def doc_to_markers(doc: Any) -> list[Marker]:
    """Cues in a line; a sentence cue inside a bracket ("Cllr A (sub for Cllr B)") belongs to
    the entry, which `names.add_bracket` reads."""
    from spacy.util import filter_spans

    markers = []
    for span in filter_spans(list(doc.spans["ruler"])):
        kind, status = span.label_.split(":")
        before = doc.text[:span.start_char]
        if kind in ("sentence", "before") and before.count("(") > before.count(")"):
            continue
        markers.append(Marker(kind, status, span.start_char, span.end_char))
    return markers


def merge_duplicates(attendees: list[Attendee]) -> list[Attendee]:
    """A person listed twice with one status (the attendance block, then "Apologies were received
    from ...") is one attendee; the later mention may fill fields the first lacked."""
    merged: dict[tuple[str, str], Attendee] = {}
    for attendee in attendees:
        key = (attendee.status, name_key(attendee.name))
        first = merged.setdefault(key, attendee)
        if first is not attendee:
            for attr in ("honorific", "role", "organisation", "substitute_for"):
                if getattr(first, attr) is None:
                    setattr(first, attr, getattr(attendee, attr))
    return list(merged.values())


def visitors_in_attendance(attendees: list[Attendee]) -> list[Attendee]:
    """A councillor of another tier listed among a parish's members ("County Councillor T White",
    "T. Manley - Borough Councillor") attends; they are not a member. Where most of those present carry
    the tier's title (a county council's "County Councillor A"), it marks members instead."""
    present = [a for a in attendees if a.status == "present"]
    tiers = Counter(attendee_to_tier(a) for a in present)
    for attendee in present:
        tier = attendee_to_tier(attendee)
        if tier is not None and tiers[tier] * 2 < len(present):
            attendee.status = "in_attendance"
    return attendees


def attendee_to_tier(attendee: Attendee) -> str | None:
    """The tier of local government whose councillor the attendee is said to be, if any."""
    if attendee.honorific and attendee.honorific.lower() in people.TIER_ABBREVIATIONS:
        return people.TIER_ABBREVIATIONS[attendee.honorific.lower()]
    for text in (attendee.honorific, attendee.role):
        if text and (match := TIER_COUNCILLOR.match(text)):
            return match.group(1).title()
    return None
