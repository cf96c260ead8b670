"""What fetching needs from a council's democracy site, whatever software runs it: its
committees, a committee's meetings, and a meeting's documents.

ModernGov (`corpus.fetch.moderngov`) is the one platform built; CMIS, Jadu or Escribe/Legistar
sites would each be one more module answering `Platform`."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

# What a meeting publishes, as `--kinds` names it: its printed minutes, its agenda (the public
# reports pack, else the agenda frontsheet) and the reports to its items one by one.
KINDS = ("minutes", "agenda", "reports")


@dataclass(frozen=True)
class Committee:
    id: str
    title: str


@dataclass(frozen=True)
class Meeting:
    id: str
    committee: Committee
    date: dt.date
    url: str  # the meeting's public page, kept as the provenance of its documents


@dataclass(frozen=True)
class Document:
    url: str
    title: str
    kind: str  # one of KINDS
    filename: str  # the name it is saved under in its meeting's folder
    restricted: bool = False  # marked restricted or exempt by the site: never requested


class Platform(Protocol):
    site: str  # the site's base URL

    def list_committees(self) -> list[Committee]: ...

    def list_meetings(self, committee: Committee, since: dt.date | None, until: dt.date | None) -> list[Meeting]: ...

    def list_documents(self, meeting: Meeting) -> list[Document]: ...
