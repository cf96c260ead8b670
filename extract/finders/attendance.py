"""Who was there: present, apologies, in attendance, with honorifics, roles and substitutes.

Minutes open with attendance blocks: a heading ("Present:", "Apologies", "In attendance",
"Staff:") followed by people, as a comma/"and" paragraph, one person a line, or table rows
(Name<TAB>Organisation, or a header row naming the columns). Later, sentences such as
"Apologies were received from ..." or "Cllr X substituted for Cllr Y" add or complete people.
Headings and sentences are found by the phrase patterns in `patterns/attendance.jsonl`; the
people in a list are read by `extract.names`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract.finders import names, people
from extract.nlp import span_ruler
from extract.records import Attendee, Line

# A heading may be preceded by markdown or bullet decoration, and followed by ":" "-" or a TAB.
DECORATION = "*#>-\u2022\u00b7_ \t"
HEADING_END = re.compile(r"^[*_ ]*(?:[:\-\u2013\u2014]+|:-)")
# "Other person (objector):<TAB>Joan Ellery": a label | value row.
LABEL_ROW = re.compile(r"^([^\t:]{2,60}):\t")
# "Disclosure of interests: None" - a label of some other part of the minutes ends a block.
OTHER_LABEL = re.compile(r"^[^\t:()]{2,60}:\s")
# Titles such as "Staff" or "Officer" also begin prose and job titles, so they need a colon.
COLON = re.compile(r"^[*_ ]*:")
# A minute or item reference before a heading: "1.", "(a)", "Cou/285/07-08".
ITEM_REFERENCE = re.compile(r"\(?[\w/.\\-]*\d[\w/.\\-]*\)?|\(?[a-z]\)|[ivx]+\.")
ITEM_NUMBER = re.compile(r"^(?:\(?\d+[A-Za-z]?[.):]?\\?\.?\s|\d+\\?\.\S|(?:item|minute)\s+\d)", re.I)
# A minute reference that starts the first item after the attendance: "PL/31 Minutes", "HSC/15/24".
MINUTE_REFERENCE = re.compile(r"^[A-Za-z]{1,8}/[\w/.\-]*\d[\w/.\-]*\s")
STATUS = "status"
# "That the apologies from Crs A and B be received": the people end where the verb begins.
PASSIVE_VERB = re.compile(r"\s(?:be|is|are|was|were)\s")
# A markdown or typed bullet before one person's entry: "- Anne Foster (Chair)", "* Ben Carter".
BULLET = re.compile(r"^\s*[-*+\u2022\u00b7\u2013]\s+")
# "Apologies were received from X and consent for absence was given": a lower-case clause after
# "and" is not another person.
AND_CLAUSE = re.compile(r"\s(?:and|but)\s+(?=[a-z])")
# Lower-case words (other than connectives) that make a line a sentence, not a list entry.
MIN_PROSE_WORDS = 3
# Words that may qualify a heading at the start of a line: "District council co-opted members:".
MAX_QUALIFIER_WORDS = 3
# A wrapped list paragraph is read whole, but prose after an unterminated list must not be.
MAX_JOINED_LINES = 8


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


def lines_to_attendees(lines: list[Line]) -> list[Attendee]:
    if not lines:
        return []
    nlp = span_ruler("attendance")
    found: list[Attendee] = []
    block: Block | None = None
    lines = [Line(line_to_match_text(line.text), line.page) for line in lines]
    for line, doc in zip(lines, nlp.pipe(line.text for line in lines), strict=True):
        markers = doc_to_markers(doc)
        if block is not None and block.pending.count("(") > block.pending.count(")"):
            markers = []  # inside an unclosed bracket: "(Area Education / Officer - West Kent)"
        # "Councillors:" opens a block only where none is open; inside one it groups its people.
        heading_kinds = ("heading", "title") if block is not None else ("heading", "title", "group")
        headings = [m for m in markers if m.kind in heading_kinds and is_heading(line.text, m)]
        sentences = [m for m in markers if m.kind in ("sentence", "before")]
        column_statuses = header_to_column_statuses(line.text, markers)
        if column_statuses:
            close_block(block, found)
            block = Block(next(s for s in column_statuses if s), column_statuses=column_statuses)
            continue
        if headings:
            close_block(block, found)
            block = headings_to_block(line, headings, sentences, found)
        elif sentences:
            close_block(block, found)
            block = None
        elif block is not None:
            block = continue_block(block, line, markers, found)
        else:
            block = table_header_to_block(line.text)
        found.extend(sentences_to_attendees(line, sentences, found))
    close_block(block, found)
    return merge_duplicates(found)


def line_to_match_text(text: str) -> str:
    """Single spaces, so phrase patterns match "Apologies for absence  were received"; and
    "PRESENT:-" as "PRESENT: " and "Absent (excused):" as "Absent (excused) :", which spaCy would
    keep as one token."""
    return re.sub(r"[ \u00a0]+", " ", text.replace(":-", ": ").replace("):", ") :"))


def doc_to_markers(doc: Any) -> list[Marker]:
    """Cues in a line; a sentence cue inside a bracket ("Cllr A (sub for Cllr B)") belongs to
    the entry, which `names.add_bracket` reads."""
    from spacy.util import filter_spans

    markers = []
    for span in filter_spans(list(doc.spans["ruler"])):
        kind, status = span.label_.split(":")
        before = doc.text[:span.start_char]
        if kind in ("sentence", "before") and before.count("(") > before.count(")"):
            continue
        markers.append(Marker(kind, status, span.start_char, span.end_char))
    return markers


def is_heading(text: str, marker: Marker) -> bool:
    """A heading starts the line (or, followed by a colon, a new sentence) and is followed by a
    colon, nothing, or - for the strong headings - a person."""
    before = text[:marker.start].rstrip(DECORATION)
    if before.endswith("/") and not names.text_to_people(before.rstrip("/ ")):
        before = bilingual_label_start(before)  # "Yn bresennol / Present:": the English half decides
    if ITEM_REFERENCE.fullmatch(before):
        before = ""  # "1. Present:", "Cou/285/07-08 Present Members:"
    after = text[marker.end:]
    end = COLON if marker.kind in ("title", "group") else HEADING_END
    has_colon = bool(end.match(after)) or after.startswith("\t")
    if before:
        qualified = marker.kind == "heading" and is_heading_qualifier(text[:marker.start])
        return has_colon and (before[-1] in ".;)" or qualified)
    if has_colon or not after.strip(" *_"):
        return True
    return marker.kind == "heading" and bool(names.text_to_people(after.strip(" *_")))


def is_heading_qualifier(before: str) -> bool:
    """ "District council co-opted members:", "Witnesses in attendance:": a word or two that say which
    people a heading lists, naming nobody; not a table's header cells ("Name<TAB>Present<TAB>Apologies")."""
    words = before.split()
    return ("\t" not in before and len(words) <= MAX_QUALIFIER_WORDS and all(w.isalpha() for w in words)
            and not names.text_to_people(before))


def bilingual_label_start(before: str) -> str:
    """What stands before the other language's half of a label: "1. " of "1. Ymddiheuriadau /"."""
    reference = before.split()[0] if before.split() else ""
    return reference if ITEM_REFERENCE.fullmatch(reference) else ""


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


def headings_to_block(line: Line, headings: list[Marker], sentences: list[Marker], found: list[Attendee]) -> Block:
    """Each heading's people run to the next heading or apologies sentence in the line."""
    block = Block(headings[0].status)
    for heading in headings:
        end = min([m.start for m in headings + sentences if m.start > heading.start] or [len(line.text)])
        rest = HEADING_END.sub("", line.text[heading.end:end], count=1).strip(" *_\t")
        label = line.text[heading.start:heading.end]
        if rest and label.lower() in people.PLURAL_HONORIFICS:
            rest = f"{label} {rest}"  # "Councillors: A, B" names councillors
        block = Block(heading.status, members_heading=is_members_heading(label, heading.status))
        start = len(found)
        if rest:
            block = read_into_block(block, Line(rest, line.page), found) or Block(heading.status)
        role = people.ROLE_HEADINGS.get(label.lower())
        if role and len(found) > start and found[start].role is None:
            found[start].role = role
    return block


def is_members_heading(label: str, status: str) -> bool:
    """ "Members (voting)", "Participants (non-voting)": everyone under it is a member, whatever their job title."""
    return status == "present" and bool(people.MEMBER_HEADING_WORDS & set(re.split(r"[\s()]+", label.lower())))


def continue_block(block: Block, line: Line, markers: list[Marker], found: list[Attendee]) -> Block | None:
    """Adds the people of one more line to an open block; returns None when the line ends it."""
    # "Councillors S Bramley, K Doherty" after the Chair's line groups more people of the block.
    starts_with_marker = any(not line.text[:m.start].strip(DECORATION) for m in markers if m.kind != "group")
    group, _, rest = line.text.partition("\t")
    if not block.pending and "\t" not in rest and group.strip(DECORATION + ":").lower() in people.GROUP_LABELS:
        # "Attendance" then "Panel members<TAB>A; B" (a definition list) or "Panel members" on its own line
        return read_into_block(block, Line(rest.strip(), line.page), found) if rest.strip() else block
    if row := label_row_to_person_text(line.text):
        close_block(block, found)  # the previous row's value, held as a list that might wrap
        return read_into_block(block, Line(row, line.page), found)
    label = OTHER_LABEL.match(line.text)
    if label and not block.pending:
        return labelled_line_to_block(block, line, label, found)
    first_cell = line.text.split("\t")[0]  # a table's role cell may be lower case: "Local authority partner member"
    starts_item = bool(ITEM_NUMBER.match(line.text) or MINUTE_REFERENCE.match(line.text))
    if starts_with_marker or starts_item or is_shouting(line.text) or is_prose(first_cell):
        close_block(block, found)
        return None
    return read_into_block(block, line, found)


def read_into_block(block: Block, line: Line, found: list[Attendee]) -> Block | None:
    """Reads the people of a line (joined to the open paragraph, if any) into the block."""
    if block.pending and is_complete_entry(block.pending) and not is_continuation(line.text):
        close_block(block, found)  # "..., Jo Bell (Committee Officer)" then a heading such as "Items"
        block.ended = True
        return read_into_block(block, line, found)
    entry = BULLET.sub("", line.text)
    text = f"{block.pending} {entry}" if block.pending else entry
    page = block.pending_page if block.pending else line.page
    if not block.pending and block.last is not None and text.startswith("(") and ")" in text:
        names.add_bracket(block.last, text[1:text.index(")")].strip())
        text = text[text.index(")") + 1:].lstrip(" ,;")
        if not text:
            return block
    block.joins = block.joins + 1 if block.pending else 0
    block.pending = ""
    if "\t" in text:
        return table_row_to_block(block, text, page, found)
    if block.joins < MAX_JOINED_LINES and (is_open(text) or (is_list(text) and not text.rstrip().endswith("."))):
        block.pending, block.pending_page = text, page
        return block
    fragment, persons = names.text_to_fragment_and_people(text)
    if fragment and not persons and people.PUBLIC_WORDS & set(fragment.lower().split()):
        return block  # "One member of the public" among those in attendance
    if fragment and not persons and (block.ended or block.last is None or not is_title_phrase(fragment)):
        return None
    if fragment and block.last is not None:
        add_fragment(block.last, fragment)
    block.ended = text.rstrip().endswith(".")
    for person in persons:
        add_to_block(block, person, block.status, page, found)
    return block


def label_row_to_person_text(text: str) -> str:
    """ "Applicant:<TAB>Daniel Kerr, Director" in a label | value block of those attending a hearing: a
    row whose label is someone's part in the meeting and whose value starts with a person. The value."""
    row = LABEL_ROW.match(text)
    if row is None or row.group(1).strip().lower() in people.ROLE_LABELS | people.GROUP_LABELS:
        return ""
    value = text[row.end():].strip()
    first = names.split_top_level(value, ",;")[0] if value and "\t" not in value else ""
    return value if first and names.text_to_person(first) is not None else ""


def labelled_line_to_block(block: Block, line: Line, label: re.Match[str], found: list[Attendee]) -> Block | None:
    """ "Chairman: Cllr A" or "Councillors: B, C" go on with the block; any other label
    ("Disclosure of interests: None") ends it."""
    head = label.group(0).strip(" :").lower()
    rest = Line(line.text[label.end():].strip(), line.page)
    if head in people.PLURAL_HONORIFICS:
        rest.text = f"{label.group(0).strip(' :')} {rest.text}"
    elif head not in people.ROLE_LABELS and head not in people.GROUP_LABELS:
        close_block(block, found)
        return None
    start = len(found)
    following = read_into_block(block, rest, found)
    if head in people.ROLE_LABELS and len(found) > start and found[start].role is None:
        found[start].role = label.group(0).strip(" :")
    return following


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


def is_list(text: str) -> bool:
    """Two or more separators outside brackets: a paragraph listing people, which may wrap."""
    return len(names.split_top_level(text, ",;")) > 2


def is_open(text: str) -> bool:
    """A line that cannot end an entry: an unclosed bracket, a trailing separator or title."""
    if text.count("(") > text.count(")"):
        return True
    stripped = text.rstrip()
    last = stripped.split()[-1] if stripped.split() else ""
    return stripped.endswith((",", "&", "-", "\u2013", ";")) or last.lower() in ("and", "of", "for") or (
        last.lower().rstrip(".") in people.HONORIFICS or bool(names.INITIAL.fullmatch(last.rstrip("."))))


def is_complete_entry(text: str) -> bool:
    """A list whose last entry closed its bracket is complete: a wrapped list goes on after a separator."""
    return text.rstrip().endswith(")") and not is_open(text)


def is_continuation(text: str) -> bool:
    """The rest of a wrapped list: ", Cllr D", "and Cllr E", "(Chair)"."""
    return text[:1] in ",;&(" or text[:1].islower()


def is_prose(text: str) -> bool:
    """A sentence ("Councillor Smith asked whether ...") rather than an entry of a list: several
    lower-case words outside brackets."""
    words = re.sub(r"\([^()]*\)?", " ", text).split()
    return sum(1 for w in words if w[:1].islower() and w not in people.CONNECTIVES) >= MIN_PROSE_WORDS


def is_title_phrase(text: str) -> bool:
    """The wrapped end of a role or organisation: "Pupil Support Service", "Women's Service"."""
    words = re.findall(r"[^\s&/,\-\u2013]+", text)
    return bool(words) and all(w[:1].isupper() or w in people.CONNECTIVES for w in words)


def is_shouting(text: str) -> bool:
    """An all-capitals line of several words is a heading of the next part, not a person."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 2 and text.upper() == text and not any(
        w.lower() in people.HONORIFICS for w in words)


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
    raw_cells = [c.strip(" *:") for c in text.split("\t")]
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


def sentences_to_attendees(line: Line, sentences: list[Marker], found: list[Attendee]) -> list[Attendee]:
    out: list[Attendee] = []
    text = line.text
    for marker in sentences:
        end = sentence_end(text, marker.end)
        if marker.kind == "before":
            listed = names.text_to_people(clause_before(text, marker.start))
            out.extend(person_to_attendee(p, marker.status, line.page) for p in listed)
        elif marker.status == "apologies":
            listed = names.text_to_people(AND_CLAUSE.split(PASSIVE_VERB.split(text[marker.end:end])[0])[0])
            out.extend(person_to_attendee(p, "apologies", line.page) for p in listed)
        elif marker.status == "substitute":
            substitute_to_attendees(text, marker, end, line.page, found + out, out)
    return out


def substitute_to_attendees(text: str, marker: Marker, end: int, page: int,
                            known: list[Attendee], out: list[Attendee]) -> None:
    """ "Councillor X substituted for Councillor Y": X is present in Y's place."""
    before = clause_before(text, marker.start)
    after = re.split(r"[,;]|\s(?:and|at|on|who|during|for)\s", text[marker.end:end])[0]
    substitute, absentee = names.text_to_person(before), names.text_to_person(after)
    if substitute is None or absentee is None:
        return
    for attendee in known:
        if attendee.status == "present" and name_key(attendee.name) == name_key(substitute.name):
            attendee.substitute_for = attendee.substitute_for or absentee.name
            return
    substitute.substitute_for = absentee.name
    out.append(person_to_attendee(substitute, "present", page))


def clause_before(text: str, start: int) -> str:
    """The people a cue follows: "..., with Councillor Wiggins substituting for ...", "Cllr A and
    Cllr B sent apologies"."""
    before = re.split(r"[.;,:]\s", text[:start])[-1].strip()
    return re.sub(r"^(?:(?:and|&|with|while|whilst|also)\s+)+", "", before, flags=re.I)


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running from `start` ends: a full stop not after an initial or title."""
    for match in re.finditer(r"\.(?=\s|$)", text[start:]):
        word = text[:start + match.start()].split()[-1] if text[:start + match.start()].split() else ""
        if names.INITIAL.fullmatch(word.rstrip(".")) or word.lower().rstrip(".") in people.HONORIFICS:
            continue
        return start + match.start()
    return len(text)


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


def merge_duplicates(attendees: list[Attendee]) -> list[Attendee]:
    """A person listed twice with one status (the attendance block, then "Apologies were received
    from ...") is one attendee; the later mention may fill fields the first lacked."""
    merged: dict[tuple[str, str], Attendee] = {}
    for attendee in attendees:
        key = (attendee.status, name_key(attendee.name))
        first = merged.setdefault(key, attendee)
        if first is not attendee:
            for attr in ("honorific", "role", "organisation", "substitute_for"):
                if getattr(first, attr) is None:
                    setattr(first, attr, getattr(attendee, attr))
    return list(merged.values())
