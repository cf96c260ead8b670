"""The state the attendance readers share: the cues found in a line, the block being read,
attendees made from the people read, and who is present so far by name."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.finders import names, people
from extract.records import Attendee

# Markdown or bullet decoration before a heading or around a table cell.
DECORATION = "*#>-\u2022\u00b7_ \t"
# An item number that starts a line and ends a block: "3. ", "(4)", "Item 5".
ITEM_NUMBER = re.compile(r"^(?:\(?\d+[A-Za-z]?[.):]?\\?\.?\s|\d+\\?\.\S|(?:item|minute)\s+\d)", re.I)


@dataclass
class Marker:
    """A heading or sentence cue found in a line by the pattern file."""

    kind: str
    status: str
    start: int
    end: int


@dataclass
class Block:
    """An open attendance block: later lines add people to `status` until a line ends it."""

    status: str
    pending: str = ""
    pending_page: int = 0
    joins: int = 0
    ended: bool = False
    columns: dict[str, int] = field(default_factory=dict)
    members_grid: bool = False
    members_heading: bool = False
    column_statuses: list[str] = field(default_factory=list)
    last: Attendee | None = None


def close_block(block: Block | None, found: list[Attendee]) -> None:
    """Reads what an open block still holds (a paragraph whose end was not yet seen)."""
    if block is not None and block.pending:
        text, block.pending = block.pending.rstrip(",;&- "), ""
        for person in names.text_to_people(text):
            add_to_block(block, person, block.status, block.pending_page, found)


def add_to_block(block: Block, person: names.Person, status: str, page: int, found: list[Attendee],
                 by_grid: bool = False) -> None:
    block.last = person_to_attendee(person, status, page, by_grid or block.members_heading)
    found.append(block.last)


def add_fragment(attendee: Attendee, fragment: str, organisation: bool = False) -> None:
    """The rest of a role or organisation that wrapped onto the next line."""
    if organisation and attendee.organisation:
        attendee.organisation = f"{attendee.organisation} {fragment}"
    elif attendee.role:
        attendee.role = f"{attendee.role} {fragment}"
    elif attendee.organisation:
        attendee.organisation = f"{attendee.organisation} {fragment}"
    else:
        attendee.role = fragment


def person_to_attendee(person: names.Person, status: str, page: int, by_grid: bool = False) -> Attendee:
    """Officers minuted among those present ("Mrs N Cooper, Clerk") attend; they are not members,
    unless a members' grid marks them present (`by_grid`). An excused absence is an apology."""
    if status == "absent" and person.excused:
        status = "apologies"
    if status == "present" and not by_grid and person.role and any(
            w in people.OFFICER_ROLE_WORDS for w in re.split(r"[\s\-/,]+", person.role.lower())):
        status = "in_attendance"
    return Attendee(name=person.name, status=status, page=page, honorific=person.honorific, role=person.role,
                    organisation=person.organisation, substitute_for=person.substitute_for)


def name_key(name: str) -> str:
    return re.sub(r"[\s.]+", " ", name.lower()).strip()


class PresentByName:
    """The first attendee listed present under each name among `found`, a list that grows as the
    lines are read: each attendee is indexed once, so finding a name costs the same however long
    the document is."""

    def __init__(self, found: list[Attendee]) -> None:
        self.found = found
        self.indexed = 0
        self.first: dict[str, Attendee] = {}

    def get(self, name: str) -> Attendee | None:
        for attendee in self.found[self.indexed:]:
            if attendee.status == "present":
                self.first.setdefault(name_key(attendee.name), attendee)
        self.indexed = len(self.found)
        return self.first.get(name_key(name))
