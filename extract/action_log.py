"""Action logs: a table of actions keyed by minute reference ("Ref | Action | Owner | Due | Status")
printed with the minutes, often after the last item.

A row whose reference is one of this meeting's minutes belongs to that item, not to the item the
table happens to follow. A row whose reference has the shape of this meeting's minute numbers
("TB/23/88" among "TB/24/01" ...) but is none of them was minuted at an earlier meeting: the log
reports its progress, it is not a new action of this meeting. Such rows become the item's
`action_updates`, which the action register reads as status evidence for the earlier action.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.actions import is_action_header, table_actions, table_columns
from extract.records import Action, Line

# A minute reference, not a running number of the log's own rows ("1", "2"): "TB/24/04", "24/003".
CODED_REF = re.compile(r"^(?=.*\d)(?=.*[/A-Za-z])[A-Z]{0,6}/?\d{1,4}(?:[./]\d{1,4}){0,2}$")


@dataclass
class ActionLog:
    rows: dict[str, list[tuple[Line, Line]]] = field(default_factory=dict)  # item number -> (header, row)
    taken: set[int] = field(default_factory=set)  # line indices that leave the item holding the table
    earlier: dict[int, tuple[Line, Line]] = field(default_factory=dict)  # line index -> (header, row)


def number_shape(number: str) -> str:
    return re.sub(r"\d+", "0", number)


def lines_to_action_log(lines: list[Line], numbers: list[str]) -> ActionLog:
    """The rows of Ref-keyed action tables in `lines`, sorted by the item (of `numbers`) they
    belong to, and which rows were minuted at an earlier meeting."""
    log = ActionLog()
    shapes = {number_shape(n) for n in numbers}
    for i, line in enumerate(lines):
        column = table_columns(line.text).get("ref") if is_action_header(line.text) else None
        if column is None:
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j].text:
            cells = lines[j].text.split("\t")
            ref = cells[column].strip() if column < len(cells) else ""
            if CODED_REF.match(ref) and ref in numbers:
                log.rows.setdefault(ref, []).append((line, lines[j]))
                log.taken.add(j)
            elif CODED_REF.match(ref) and number_shape(ref) in shapes:
                log.taken.add(j)
                log.earlier[j] = (line, lines[j])
            j += 1
    return log


def rows_to_actions(rows: list[tuple[Line, Line]], anchor: str | None) -> list[Action]:
    return [a for header, row in rows for a in table_actions([header, row], 0, anchor, set())[0]]


def logged_actions(rows: list[tuple[Line, Line]], recorded: list[Action], anchor: str | None) -> list[Action]:
    """The actions of an item's log rows, except those restating an action the item's own text
    already records for the same owner."""
    owners = {(a.owner or "").lower() for a in recorded}
    return [a for a in rows_to_actions(rows, anchor) if (a.owner or "").lower() not in owners]


def logged_updates(log: ActionLog, first: int, end: int, anchor: str | None) -> list[Action]:
    """The progress reports on earlier meetings' actions among lines first .. end-1."""
    return rows_to_actions([log.earlier[j] for j in range(first, end) if j in log.earlier], anchor)
