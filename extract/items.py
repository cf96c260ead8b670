"""Agenda / minute items, and the resolutions, decisions and actions recorded under each."""
from __future__ import annotations

from extract.records import Item, Line, Meeting


def lines_to_items(lines: list[Line], kind: str, meeting: Meeting | None) -> list[Item]:
    return []
