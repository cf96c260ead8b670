"""Action logs: a table of actions keyed by minute reference ("Ref | Action | Owner | Due | Status")
printed with the minutes, often after the last item.

A row whose reference is one of this meeting's minutes belongs to that item, not to the item the
table happens to follow. A row whose reference has the shape of this meeting's minute numbers
("TB/23/88" among "TB/24/01" ...) but is none of them was minuted at an earlier meeting: the log
reports its progress, it is not a new action of this meeting. Such rows become the item's
`action_updates`, which the action register reads as status evidence for the earlier action.
A tracker with a "Date raised" column, or a reference followed by a date ("4.1 (14/03/24)"), says
so directly: a row raised before this meeting is an earlier action; a row raised at it belongs to
the item its "Item" column names.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extract.finders.actions import due_date, is_action_header, table_actions, table_columns
from extract.records import Action, Line

# A minute reference, not a running number of the log's own rows ("1", "2"): "TB/24/04", "24/003".
CODED_REF = re.compile(r"^(?=.*\d)(?=.*[/A-Za-z])[A-Z]{0,6}/?\d{1,4}(?:[./]\d{1,4}){0,2}$")
RAISED_HEADER = re.compile(r"^(?:date\s+)?(?:raised|opened|added|logged)(?:\s+on)?$", re.I)
# "4.1 (14/03/24)": a reference followed by the date of the meeting that raised it (a carried-forward row).
DATED_REF = re.compile(r"^\S+\s+\(?(?:from\s+)?(?P<date>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Za-z]+\s+\d{4})\)?$")
ITEM_HEADER = re.compile(r"^(?:agenda\s+)?item(?:\s+no\.?)?$|^minute(?:\s+no\.?)?$", re.I)


@dataclass
class ActionLog:
    rows: dict[int, list[tuple[Line, Line]]] = field(default_factory=dict)  # item heading's line -> (header, row)
    taken: set[int] = field(default_factory=set)  # line indices that leave the item holding the table
    earlier: dict[int, tuple[Line, Line]] = field(default_factory=dict)  # line index -> (header, row)


def number_shape(number: str) -> str:
    return re.sub(r"\d+", "0", number)


def column_named(header: str, pattern: re.Pattern[str]) -> int | None:
    return next((k for k, cell in enumerate(header.split("\t")) if pattern.match(cell.strip())), None)


def raised_earlier(cell: str, anchor: str | None) -> bool:
    """Whether a "Date raised" cell dates the action before this meeting (ISO `anchor`)."""
    if not cell or not anchor:
        return False
    raised = due_date("by " + cell, anchor)
    return raised is not None and raised < anchor


def lines_to_action_log(lines: list[Line], headings: list[tuple[int, str]], anchor: str | None = None) -> ActionLog:
    """The rows of Ref-keyed (or Item-keyed) action tables in `lines`, sorted by the item they
    belong to (of `headings`: (line, number)), and which rows were minuted or raised at an earlier
    meeting."""
    log = ActionLog()
    numbered: dict[str, list[int]] = {}  # each number's headings' lines, in order
    for at, label in headings:
        numbered.setdefault(label, []).append(at)
    shapes = {number_shape(n) for n in numbered}
    for i, line in enumerate(lines):
        if not is_action_header(line.text):
            continue
        ref_column = table_columns(line.text).get("ref")
        item_column = column_named(line.text, ITEM_HEADER)
        raised_column = column_named(line.text, RAISED_HEADER)
        if ref_column is None and item_column is None:
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j].text:
            cells = [c.strip() for c in lines[j].text.split("\t")]
            ref, item, raised = (cells[k] if k is not None and k < len(cells) else ""
                                 for k in (ref_column, item_column, raised_column))
            dated = DATED_REF.match(ref)
            raised = dated.group("date") if dated else raised
            if raised_earlier(raised, anchor) or (CODED_REF.match(ref) and ref not in numbered
                                                   and number_shape(ref) in shapes):
                log.taken.add(j)
                log.earlier[j] = (line, lines[j])
            elif number := ref if CODED_REF.match(ref) and ref in numbered else item if item in numbered else None:
                log.rows.setdefault(heading_above(numbered[number], i), []).append((line, lines[j]))
                log.taken.add(j)
            j += 1
    return log


def heading_above(headings: list[int], table: int) -> int:
    """Of the lines of the headings numbered alike, the one a log at line `table` reports on: the
    last above it (a document holding several meetings numbers each one's items again), or the
    first when the log comes before them all."""
    return headings[max(bisect.bisect_left(headings, table) - 1, 0)]


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
