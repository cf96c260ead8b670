"""Who was there: present, apologies, in attendance, with honorifics, roles and substitutes."""
from __future__ import annotations

from extract.records import Attendee, Line


def lines_to_attendees(lines: list[Line]) -> list[Attendee]:
    return []
