"""Dates written as people write them -> ISO dates, resolved against the document's own date."""
from __future__ import annotations

from extract.records import DateMention, Line


def lines_to_dates(lines: list[Line], anchor: str | None) -> list[DateMention]:
    return []
