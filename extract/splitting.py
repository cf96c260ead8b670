"""Stage 2: the lines of a file -> sections, one per document in a pack, each with a kind."""
from __future__ import annotations

from dataclasses import dataclass

from extract.records import Line


@dataclass
class Section:
    kind: str
    title: str
    lines: list[Line]


def lines_to_sections(lines: list[Line]) -> list[Section]:
    return [Section("minutes", "", lines)] if lines else []
