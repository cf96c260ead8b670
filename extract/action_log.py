"""Action logs: a table of actions keyed by minute reference ("Ref | Action | Owner | Due | Status")
printed with the minutes, often after the last item.

A row whose reference is one of this meeting's minutes belongs to that item, not to the item the
table happens to follow. A row whose reference has the shape of this meeting's minute numbers
("TB/23/88" among "TB/24/01" ...) but is none of them was minuted at an earlier meeting: the log
reports its progress, it is not a new action of this meeting (the register reads those updates
from the item text, which keeps the row).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extract.actions import is_action_header, table_actions
from extract.records import Action, Line

REF_HEADER = re.compile(r"^(?:ref(?:erence)?|minute(?:\s+(?:no|ref|number))?|min\.?\s*(?:no|ref)|item\s+no)\.?$", re.I)
# A minute reference, not a running number of the log's own rows ("1", "2"): "TB/24/04", "24/003".
CODED_REF = re.compile(r"^(?=.*\d)(?=.*[/A-Za-z])[A-Z]{0,6}/?\d{1,4}(?:[./]\d{1,4}){0,2}$")


@dataclass
class ActionLog:
    rows: dict[str, list[tuple[Line, Line]]] = field(default_factory=dict)  # item number -> (header, row)
    taken: set[int] = field(default_factory=set)  # line indices that leave the item holding the table


def number_shape(number: str) -> str:
    return re.sub(r"\d+", "0", number)


def lines_to_action_log(lines: list[Line], numbers: list[str]) -> ActionLog:
    """The rows of Ref-keyed action tables in `lines`, sorted by the item (of `numbers`) they
    belong to, and which rows were minuted at an earlier meeting."""
    log = ActionLog()
    shapes = {number_shape(n) for n in numbers}
    for i, line in enumerate(lines):
        cells = line.text.split("\t")
        if not is_action_header(line.text) or not REF_HEADER.match(cells[0].strip()):
            continue
        j = i + 1
        while j < len(lines) and "\t" in lines[j].text:
            ref = lines[j].text.split("\t")[0].strip()
            if CODED_REF.match(ref) and ref in numbers:
                log.rows.setdefault(ref, []).append((line, lines[j]))
                log.taken.add(j)
            elif CODED_REF.match(ref) and number_shape(ref) in shapes:
                log.taken.add(j)
            j += 1
    return log


def logged_actions(rows: list[tuple[Line, Line]], recorded: list[Action], anchor: str | None) -> list[Action]:
    """The actions of an item's log rows, except those restating an action the item's own text
    already records for the same owner."""
    owners = {(a.owner or "").lower() for a in recorded}
    actions = [a for header, row in rows for a in table_actions([header, row], 0, anchor, set())[0]]
    return [a for a in actions if (a.owner or "").lower() not in owners]
