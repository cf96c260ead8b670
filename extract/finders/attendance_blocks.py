"""Labelled attendance blocks: a heading ("Present:", "Apologies", "In attendance", "Staff:")
followed by people, as a comma/"and" paragraph that may wrap, one person a line, label | value
rows, or a table (read by `extract.attendance_tables`). A block runs until a line ends it: an item,
another label, a heading in capitals, or prose."""
from __future__ import annotations

import re

from extract.finders import names, people
from extract.finders.attendance_state import (
    DECORATION,
    ITEM_NUMBER,
    Block,
    Marker,
    add_fragment,
    add_to_block,
    close_block,
)
from extract.finders.attendance_tables import table_row_to_block
from extract.records import Attendee, Line

# A heading is followed by ":", "-" (or ":-") or a TAB.
HEADING_END = re.compile(r"^[*_ ]*(?:[:\-\u2013\u2014]+|:-)")
# "Other person (objector):<TAB>Joan Ellery": a label | value row.
LABEL_ROW = re.compile(r"^([^\t:]{2,60}):\t")
# "Disclosure of interests: None" - a label of some other part of the minutes ends a block.
OTHER_LABEL = re.compile(r"^[^\t:()]{2,60}:\s")
# Titles such as "Staff" or "Officer" also begin prose and job titles, so they need a colon.
COLON = re.compile(r"^[*_ ]*:")
# "Apologies: Were received from Mr J Preston": the verb of a sentence the heading began.
HEADING_VERB = re.compile(r"^(?:(?:were|was|have been|has been|had been)\s+)?(?:received|accepted|noted|given|tendered"
                          r"|submitted)(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)\s+", re.I)
# A minute or item reference before a heading: "1.", "(a)", "Cou/285/07-08".
ITEM_REFERENCE = re.compile(r"\(?[\w/.\\-]*\d[\w/.\\-]*\)?|\(?[a-z]\)|[ivx]+\.")
# A minute reference that starts the first item after the attendance: "PL/31 Minutes", "HSC/15/24".
MINUTE_REFERENCE = re.compile(r"^[A-Za-z]{1,8}/[\w/.\-]*\d[\w/.\-]*\s")
# A markdown or typed bullet before one person's entry: "- Anne Foster (Chair)", "* Ben Carter".
BULLET = re.compile(r"^\s*[-*+\u2022\u00b7\u2013]\s+")
# Lower-case words (other than connectives) that make a line a sentence, not a list entry.
MIN_PROSE_WORDS = 3
# Words that may qualify a heading at the start of a line: "District council co-opted members:".
MAX_QUALIFIER_WORDS = 3
# Words of a label that groups the members of a block by category: "PPN sectoral nominees".
MAX_GROUP_LABEL_WORDS = 4
# A wrapped list paragraph is read whole, but prose after an unterminated list must not be.
MAX_JOINED_LINES = 8


def is_heading(text: str, marker: Marker) -> bool:
    """A heading starts the line (or, followed by a colon, a new sentence) and is followed by a
    colon, nothing, or - for the strong headings - a person."""
    before = text[:marker.start].rstrip(DECORATION)
    if before.endswith("/") and not names.text_to_people(before.rstrip("/ ")) and not is_status_label(before):
        before = bilingual_label_start(before)  # "Yn bresennol / Present:": the English half decides
    if ITEM_REFERENCE.fullmatch(before):
        before = ""  # "1. Present:", "Cou/285/07-08 Present Members:"
    after = text[marker.end:]
    if people.RECORDED_VOTE_WORDS & {w.lower() for w in re.findall(r"[^\W\d_]+", after)[:1]}:
        return False  # "Roll call vote: Ayes - A, B. Nays - C": who voted how, not who attended
    end = COLON if marker.kind in ("title", "group") else HEADING_END
    has_colon = bool(end.match(after)) or after.startswith("\t")
    if before:
        qualified = marker.kind == "heading" and is_heading_qualifier(text[:marker.start])
        return has_colon and (before[-1] in ".;)" or qualified)
    if has_colon or not after.strip(" *_"):
        return True
    return marker.kind == "heading" and bool(names.text_to_people(after.strip(" *_")))


def is_status_label(before: str) -> bool:
    """ "Attendance / Apologies / Leave of Absence": an item's title of several statuses, not a label
    in two languages."""
    last = before.rstrip("/ ").split("/")[-1].lower().split()
    return any(word in people.STATUS_VALUES or word == "attendance" for word in last)


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


def headings_to_block(line: Line, headings: list[Marker], sentences: list[Marker], found: list[Attendee]) -> Block:
    """Each heading's people run to the next heading or apologies sentence in the line."""
    block = Block(headings[0].status)
    for heading in headings:
        end = min([m.start for m in headings + sentences if m.start > heading.start] or [len(line.text)])
        rest = HEADING_END.sub("", line.text[heading.end:end], count=1).strip(" *_\t")
        rest = HEADING_VERB.sub("", rest, count=1)
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
    # A job title without its colon ("Officer (Mr. M. Leahy), ...") is the rest of a wrapped list, not a heading.
    starts_with_marker = any(not line.text[:m.start].strip(DECORATION) for m in markers
                             if m.kind != "group" and (m.kind != "title" or is_heading(line.text, m)))
    group, _, rest = line.text.partition("\t")
    label = OTHER_LABEL.match(line.text)
    if is_group_label((label.group(0) if label else group).strip(DECORATION + ":")) and not is_open(block.pending):
        close_block(block, found)  # "Oireachtas members :" after the councillors' list starts another group
    if not block.pending and "\t" not in rest and is_group_label(group.strip(DECORATION + ":")):
        # "Attendance" then "Panel members<TAB>A; B" (a definition list) or "Panel members" on its own line
        return read_into_block(block, Line(rest.strip(), line.page), found) if rest.strip() else block
    if row := label_row_to_person_text(line.text):
        close_block(block, found)  # the previous row's value, held as a list that might wrap
        return read_into_block(block, Line(row, line.page), found)
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
    text = f"{block.pending}{line_break(block.pending, entry)}{entry}" if block.pending else entry
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


def line_break(pending: str, entry: str) -> str:
    """How a line joins the open paragraph: a line that starts with someone's honorific after a complete
    entry starts the next entry ("Ms Carmel Kirby, A/Director of Services" then "Mr Seamus Hanrahan, ...")."""
    title = names.leading_title(entry.split())
    starts_person = title is not None and names.title_key(title[1]) in people.HONORIFICS and bool(
        names.text_to_people(entry))
    return ", " if starts_person and not is_open(pending) else " "


def label_row_to_person_text(text: str) -> str:
    """ "Applicant:<TAB>Daniel Kerr, Director" in a label | value block of those attending a hearing: a
    row whose label is someone's part in the meeting and whose value starts with a person. The value."""
    row = LABEL_ROW.match(text)
    if row is None or row.group(1).strip().lower() in people.ROLE_LABELS | people.GROUP_LABELS:
        return ""
    value = text[row.end():].strip()
    first = names.split_top_level(value, ",;")[0] if value and "\t" not in value else ""
    return value if first and names.text_to_person(first) is not None else ""


def is_group_label(label: str) -> bool:
    """ "Members", "Oireachtas members", "Sectoral interests/ PPN nominees": a label that groups people
    of the open block by how they sit on the body, naming nobody."""
    words = re.split(r"[\s/]+", label.lower().strip())
    return label.lower().strip() in people.GROUP_LABELS or (
        words[-1] in people.MEMBER_CATEGORY_NOUNS and len(words) <= MAX_GROUP_LABEL_WORDS
        and not people.CONNECTIVES & set(words) and names.text_to_person(label) is None)


def labelled_line_to_block(block: Block, line: Line, label: re.Match[str], found: list[Attendee]) -> Block | None:
    """ "Chairman: Cllr A" or "Councillors: B, C" go on with the block; any other label
    ("Disclosure of interests: None") ends it."""
    head = label.group(0).strip(" :").lower()
    rest = Line(line.text[label.end():].strip(), line.page)
    if head in people.PLURAL_HONORIFICS:
        rest.text = f"{label.group(0).strip(' :')} {rest.text}"
    elif head not in people.ROLE_LABELS and not is_group_label(head):
        close_block(block, found)
        return None
    start = len(found)
    following = read_into_block(block, rest, found)
    if head in people.ROLE_LABELS and len(found) > start and found[start].role is None:
        found[start].role = label.group(0).strip(" :")
    return following


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
        last.lower().rstrip(".") in people.HONORIFICS
        or (bool(names.INITIAL.fullmatch(last.rstrip("."))) and not names.is_post_nominal(last)))  # "T.D."


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
