"""Agenda / minute items, and the resolutions, decisions and actions recorded under each."""
from __future__ import annotations

import re

from extract.finders.action_log import ActionLog, lines_to_action_log, logged_actions, logged_updates
from extract.finders.actions import (
    ACTION_LINE,
    action_table_rows,
    lines_to_actions,
    owner_lines_to_actions,
    paragraph_sentences,
    sentences_to_actions,
)
from extract.finders.decisions import lines_to_outcomes, sentences_to_decisions, without_restated
from extract.finders.joined_lines import lines_to_paragraphs
from extract.finders.resolutions import (
    MOTION_LABEL,
    MOTION_OUTCOME,
    is_marker,
    lines_to_resolutions,
    resolution_sentences_apart,
)
from extract.records import Decision, Item, Line, Meeting
from extract.structure.agenda import entry_title, expand_front_sheet
from extract.structure.headings import Heading, caps_after, lines_to_headings, set_apart_headings

SIGNATURE = re.compile(
    r"^(?:Signed|Chair(?:man|person)?|Mayor|Presiding Officer|Municipal Administrator|(?:Parish\s+|Town\s+)?Clerk)\s*:?"
    r"(?:[\s_\\.]*(?:Date\s*:?[\s_\\./]*)?)$",
    re.I,
)


def lines_to_items(lines: list[Line], kind: str, meeting: Meeting | None) -> list[Item]:
    """Items of an agenda (titles only) or of minutes (with what was resolved, decided and
    actioned). Minutes without numbered items get one item, number None, per heading the layout
    sets apart (at least two), or one holding every record; unnumbered headings in capitals after
    the last numbered item ("OPEN FORUM") are items too."""
    if kind == "agenda":
        return agenda_items(lines)
    if kind != "minutes" or not lines:
        return []
    anchor = meeting.date if meeting else None
    headings = lines_to_headings(lines, skip=action_table_rows(lines), not_headings=not_a_heading)
    if headings:
        end = signature_line(lines, headings[-1].last + 1)
        headings += caps_after(lines, headings, end, not_a_heading)
    else:
        headings = set_apart_headings(lines, not_a_heading)
        headings = headings if len(headings) >= 2 else []
        # the sign-off ends the minutes: headings after it are those of a paper bound after them
        end = signature_line(lines, headings[0].last + 1 if headings else 0)
        headings = [h for h in headings if h.index < end]
    signed_off = lines  # an action log printed after the signing-off block holds this meeting's actions
    lines = lines[:end]
    if not headings or headings[0].number is None:
        return unnumbered_items(headings, lines, anchor)
    ends = [h.index for h in headings[1:]] + [len(lines)]
    log = lines_to_action_log(signed_off, [(h.index, h.number) for h in headings if h.number], anchor)
    return [logged_item(h, lines, end, anchor, log) for h, end in zip(headings, ends, strict=True)]


def logged_item(heading: Heading, lines: list[Line], end: int, anchor: str | None, log: ActionLog) -> Item:
    """An item's records, with the action-log rows that name it and without the rows the log holds
    for other items; rows on earlier meetings' actions under it are its `action_updates`. Its
    text keeps every line under its heading."""
    body = heading_body(heading, lines, end)
    item = block_to_item(heading.number, heading.title, lines[heading.index].page,
                         heading_body(heading, lines, end, log.taken), anchor)
    item.actions += logged_actions(log.rows.get(heading.index, []), item.actions, anchor)
    item.action_updates = logged_updates(log, heading.last + 1, end, anchor)
    item.text = "\n".join(line.text for line in body)
    return item


def unnumbered_items(headings: list[Heading], lines: list[Line], anchor: str | None) -> list[Item]:
    """Minutes that number nothing: one item per heading, number None, holding the text run in
    after its title ("Precept: Proposed by ...") and the lines under it; what comes before the
    first heading (the header, attendance) is an item only if it records something."""
    ends = [h.index for h in headings[1:]] + [len(lines)] if headings else []
    first = headings[0].index if headings else len(lines)
    items = [block_to_item(None, "", lines[0].page, lines[:first], anchor)] if first and lines else []
    if items and headings and not (items[0].resolutions or items[0].decisions or items[0].actions):
        items = []
    return items + [block_to_item(None, h.title, lines[h.index].page, heading_body(h, lines, end), anchor)
                    for h, end in zip(headings, ends, strict=True) if h.index < len(lines)]


def not_a_heading(text: str) -> bool:
    """A line that marks a record ("RESOLVED", "CARRIED", "ACTION: CLERK") or signs the minutes
    off ("Chairman: ____"), however it is set apart."""
    return is_marker(text) or bool(MOTION_OUTCOME.fullmatch(text) or ACTION_LINE.match(text) or SIGNATURE.match(text)
                                   or MOTION_LABEL.match(text))


def signature_line(lines: list[Line], start: int) -> int:
    """Where the signing-off block ("Chairman: ____ Date: ____", "Mayor:") starts after `start`:
    what follows it is boilerplate, not a record of the meeting."""
    return next((i for i in range(start, len(lines)) if SIGNATURE.match(lines[i].text.strip())), len(lines))


def agenda_items(lines: list[Line]) -> list[Item]:
    expanded = expand_front_sheet(lines)
    return [Item(h.number, h.title, expanded[h.index].page) for h in lines_to_headings(expanded, entry_title)]


def heading_body(heading: Heading, lines: list[Line], end: int, leave_out: set[int] | None = None) -> list[Line]:
    """The lines under a heading, starting with any text printed on the heading line itself,
    without the lines numbered in `leave_out`."""
    body = [Line(heading.rest, lines[heading.index].page)] if heading.rest else []
    return body + [lines[k] for k in range(heading.last + 1, end) if k not in (leave_out or set())]


def cells_as_paragraphs(body: list[Line]) -> list[Line]:
    """Table rows other than action tables, one Line per cell: in tabular minutes a cell is a
    paragraph ("RESOLVED that ..." opens a cell, not a line)."""
    keep = action_table_rows(body)
    return [cell for i, line in enumerate(body)
            for cell in ([line] if i in keep or "\t" not in line.text
                         else [Line(c.strip(), line.page) for c in line.text.split("\t") if c.strip()])]


def block_to_item(number: str | None, title: str, page: int, lines: list[Line], anchor: str | None) -> Item:
    item = Item(number=number, title=title, page=page, text="\n".join(line.text for line in lines))
    body = resolution_sentences_apart(owner_lines_to_actions(lines_to_paragraphs(cells_as_paragraphs(lines))))
    resolved = lines_to_resolutions(body)
    explicit = lines_to_actions(body, anchor, resolved.consumed)
    outcomes, outcome_lines = lines_to_outcomes(body, title, resolved.consumed | explicit.consumed)
    placed = paragraph_sentences(body, resolved.consumed | explicit.consumed | outcome_lines)
    prose, used = sentences_to_actions([(text, page) for text, page, _ in placed], anchor)
    # each sentence left is numbered, so a decision keeps its page and line
    left = [(placed[k][0], k) for k in range(len(placed)) if k not in used]
    decided = [(text, placed[k][1], placed[k][2]) for text, k in sentences_to_decisions(left, anchor)]
    item.resolutions = resolved.resolutions
    item.actions = explicit.actions + prose
    item.decisions = [Decision(text, page) for text, page, _ in
                      without_restated(outcomes + decided, resolved.resolutions, resolved.starts)]
    return item
