"""Attendance laid out as a table: a header row naming a name column and status columns (ticked
grids, "Name<TAB>Present<TAB>Apologies"), or side-by-side lists under attendance headings."""
from __future__ import annotations

from extract.finders import names, people
from extract.finders.attendance_state import (
    DECORATION,
    ITEM_NUMBER,
    Block,
    Marker,
    add_fragment,
    add_to_block,
)
from extract.records import Attendee

STATUS = "status"


def header_to_column_statuses(text: str, markers: list[Marker]) -> list[str]:
    """ "Members present<TAB>Apologies": a header row whose every cell is an attendance heading lists
    under each heading the people with its status. The status of each cell ("" for an empty one)."""
    if "\t" not in text:
        return []
    statuses, start = [], 0
    for cell in text.split("\t"):
        inner = cell.strip(DECORATION + ":")
        offset = start + cell.find(inner)
        status = next((m.status for m in markers if m.kind in ("heading", "title")
                       and (m.start, m.end) == (offset, offset + len(inner))), None) if inner else ""
        if status is None:
            return []
        statuses.append(status)
        start += len(cell) + 1
    return statuses if sum(1 for s in statuses if s) > 1 else []


def table_header_to_block(text: str) -> Block | None:
    """A table whose header has a name and a status column is an attendance block by itself."""
    columns = header_columns(text)
    if "name" in columns and any(column.startswith(STATUS) for column in columns):
        return Block("present", columns=columns, members_grid=is_members_grid(text, columns))
    return None


def is_members_grid(text: str, columns: dict[str, int]) -> bool:
    return text.split("\t")[columns["name"]].strip(" *:").lower() in people.MEMBER_COLUMN_HEADERS


def header_columns(text: str) -> dict[str, int]:
    """Column -> index of a header row. Side-by-side status columns ("Present<TAB>Apologies"),
    each ticked for the people it applies to, are "status:present", "status:apologies". Other
    columns ("Authority represented") may stand between them, but not a person."""
    raw_cells = [english_header(c.strip(" *:")) for c in text.split("\t")]
    cells = [c.lower() for c in raw_cells]
    others: list[str] = []
    marks = {i: people.STATUS_VALUES[c] for i, c in enumerate(cells) if c in people.TICKED_STATUS_HEADERS}
    side_by_side = len(marks) > 1  # one such header ("Name | Attended") is a plain status column
    columns: dict[str, int] = {f"{STATUS}:{status}": i for i, status in marks.items()} if side_by_side else {}
    for index, cell in enumerate(cells):
        if index in marks and side_by_side:
            continue
        for column, headers in people.COLUMN_HEADERS.items():
            if (cell in headers or qualified_header(cell) in headers) and column not in columns:
                columns[column] = index
                break
        else:
            if cell:
                others.append(raw_cells[index])
    has_status = any(column.startswith(STATUS) for column in columns)
    if others and (not has_status or any(names.text_to_person(other) for other in others)):
        return {}
    return columns if "name" in columns else {}


def english_header(cell: str) -> str:
    """The half of a bilingual header ("Enw / Name", "Yn bresennol / Present") that is a header we
    know; the cell as printed otherwise."""
    halves = [half.strip() for half in cell.split(" / ")]
    known = [half for half in halves if len(halves) > 1 and is_known_header(half.lower())]
    return known[-1] if known else cell


def is_known_header(cell: str) -> bool:
    return cell in people.TICKED_STATUS_HEADERS or any(cell in headers for headers in people.COLUMN_HEADERS.values())


def qualified_header(cell: str) -> str:
    """ "Panel role", "Member name": a name or role column header after the body's word."""
    words = cell.split()
    return words[-1] if len(words) > 1 and words[-1] in people.QUALIFIED_COLUMN_HEADERS else ""


def table_row_to_block(block: Block, text: str, page: int, found: list[Attendee]) -> Block | None:
    cells = [c.strip() for c in text.split("\t")]
    if block.column_statuses:
        return listed_columns_to_block(block, cells, page, found)
    columns = header_columns(text)
    if columns:
        block.columns, block.members_grid = columns, is_members_grid(text, columns)
        return block
    if not block.columns and len(cells) > 1 and cells[0].lower().rstrip(".") in people.HONORIFICS:
        cells[:2] = [f"{cells[0]} {cells[1]}"]  # "Councillor<TAB>Jane Smith"
    filled = [c for c in cells if c]
    side_by_side = [p for p in map(names.text_to_person, filled) if p is not None and p.honorific]
    if not block.columns and len(filled) > 1 and len(side_by_side) == len(filled):
        for listed in side_by_side:  # names laid out in columns: "Cllr A Able<TAB>Cllr B Baker"
            add_to_block(block, listed, block.status, page, found)
        return block
    if not block.columns and len(filled) > 1 and (listed_cells := cells_to_lists(filled)):
        for listed in listed_cells:  # a justified paragraph: "... M Dixon and P Moran<TAB>Clerk J Connelly"
            add_to_block(block, listed, block.status, page, found)
        return block
    name_cell = cells[block.columns.get("name", 0)] if block.columns.get("name", 0) < len(cells) else ""
    person = names.text_to_person(name_cell) if name_cell else None
    if person is None:
        if block.last is None or len(text.split()) > names.MAX_FRAGMENT_WORDS * 2 or ITEM_NUMBER.match(text):
            return None
        add_fragment(block.last, " ".join(c for c in cells if c), organisation=True)
        return block
    has_status = any(column.startswith(STATUS) for column in block.columns)
    status: str | None = None if has_status else block.status
    for index, cell in enumerate(cells):
        if not cell or index == block.columns.get("name", 0):
            continue
        column = next((c for c, i in block.columns.items() if i == index), None)
        if column == STATUS:
            status = cell_to_status(cell)
        elif column is not None and column.startswith(f"{STATUS}:"):
            if cell_to_status(cell) in ("present", column.split(":")[1]):  # a tick, "Yes" or the status itself
                status = column.split(":")[1]
        elif column == "role" or (column is None and names.has_role_word(cell)):
            person.role = person.role or cell
        elif person.organisation is None:
            person.organisation = cell
    if status is not None:  # a row marked "Expected" or left blank says nothing about attendance
        add_to_block(block, person, status, page, found, by_grid=has_status and block.members_grid)
    return block


def cells_to_lists(cells: list[str]) -> list[names.Person]:
    """Cells that each read wholly as people, one of them a list: a paragraph of people whose gaps the
    reader took for columns. Their people, or none."""
    read = [names.text_to_fragment_and_people(cell) for cell in cells]
    if any(fragment or not persons for fragment, persons in read) or all(len(persons) < 2 for _, persons in read):
        return []
    return [person for _, persons in read for person in persons]


def listed_columns_to_block(block: Block, cells: list[str], page: int, found: list[Attendee]) -> Block | None:
    """A row of side-by-side lists: each cell's people have the status of its column's heading."""
    start = len(found)
    for cell, status in zip(cells, block.column_statuses, strict=False):
        for person in names.cell_to_people(cell) if status else []:
            add_to_block(block, person, status, page, found)
    return block if len(found) > start else None


def cell_to_status(cell: str) -> str | None:
    value = cell.lower().strip(" .")
    if value in people.STATUS_VALUES:
        return people.STATUS_VALUES[value]
    return next((status for prefix, status in people.STATUS_PREFIXES if value.startswith(prefix)), None)
