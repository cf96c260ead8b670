"""Attendance in sentences: "Apologies were received from ...", "Cllr A and Cllr B sent apologies",
"Councillor X substituted for Councillor Y"."""
from __future__ import annotations

import re

from extract.finders import names, people
from extract.finders.attendance_state import Marker, PresentByName, name_key, person_to_attendee
from extract.records import Attendee, Line

# "That the apologies from Crs A and B be received": the people end where the verb begins.
PASSIVE_VERB = re.compile(r"\s(?:be|is|are|was|were)\s")
# "Apologies were received from X and consent for absence was given": a lower-case clause after
# "and" is not another person, nor is a relative clause ("... and Nancy Sayer who was substituted by ...").
AND_CLAUSE = re.compile(r"\s(?:and|but)\s+(?=[a-z])|\s(?:who|whom|whose|which)\b")


def sentences_to_attendees(line: Line, sentences: list[Marker], present: PresentByName) -> list[Attendee]:
    """The attendees the sentence cues of a line name; a substitute already listed present (in
    `present`) is completed instead."""
    out: list[Attendee] = []
    text = line.text
    for marker in sentences:
        end = sentence_end(text, marker.end)
        if marker.kind == "before":
            listed = names.text_to_people(clause_before(text, marker.start))
            out.extend(person_to_attendee(p, marker.status, line.page) for p in listed)
        elif marker.status == "apologies":
            listed = names.text_to_people(AND_CLAUSE.split(PASSIVE_VERB.split(text[marker.end:end])[0])[0])
            out.extend(person_to_attendee(p, "apologies", line.page) for p in listed)
        elif marker.status == "substitute":
            substitute_to_attendees(text, marker, end, line.page, present, out)
    return out


def substitute_to_attendees(text: str, marker: Marker, end: int, page: int,
                            present: PresentByName, out: list[Attendee]) -> None:
    """ "Councillor X substituted for Councillor Y": X is present in Y's place."""
    before = clause_before(text, marker.start)
    after = re.split(r"[,;]|\s(?:and|at|on|who|during|for)\s", text[marker.end:end])[0]
    substitute, absentee = names.text_to_person(before), names.text_to_person(after)
    if substitute is None or absentee is None:
        return
    listed = present.get(substitute.name) or next(
        (a for a in out if a.status == "present" and name_key(a.name) == name_key(substitute.name)), None)
    if listed is not None:
        listed.substitute_for = listed.substitute_for or absentee.name
        return
    substitute.substitute_for = absentee.name
    out.append(person_to_attendee(substitute, "present", page))


def clause_before(text: str, start: int) -> str:
    """The people a cue follows: "..., with Councillor Wiggins substituting for ...", "Cllr A and
    Cllr B sent apologies"."""
    before = re.split(r"[.;,:]\s", text[:start])[-1].strip()
    return re.sub(r"^(?:(?:and|&|with|while|whilst|also)\s+)+", "", before, flags=re.I)


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running from `start` ends: a full stop not after an initial or title."""
    for match in re.finditer(r"\.(?=\s|$)", text[start:]):
        word = text[:start + match.start()].split()[-1] if text[:start + match.start()].split() else ""
        if names.INITIAL.fullmatch(word.rstrip(".")) or word.lower().rstrip(".") in people.HONORIFICS:
            continue
        return start + match.start()
    return len(text)
