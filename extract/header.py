"""The meeting a document belongs to: body, date, time, venue, from its heading lines."""
from __future__ import annotations

from extract.records import Line, Meeting


def lines_to_meeting(lines: list[Line], kind: str) -> Meeting | None:
    return None
