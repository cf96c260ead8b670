"""Who was there: present, apologies, in attendance, with honorifics, roles and substitutes.

Minutes open with attendance blocks: a heading ("Present:", "Apologies", "In attendance",
"Staff:") followed by people, as a comma/"and" paragraph, one person a line, or table rows
(Name<TAB>Organisation, or a header row naming the columns). Later, sentences such as
"Apologies were received from ..." or "Cllr X substituted for Cllr Y" add or complete people.
Headings and sentences are found by the phrase patterns in `patterns/attendance.jsonl`; the
names themselves are read with the vocabularies of `extract.people`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from extract import people
from extract.nlp import span_ruler
from extract.records import Attendee, Line

# A heading may be preceded by markdown or bullet decoration, and followed by ":" "-" or a TAB.
DECORATION = "*#>-\u2022\u00b7_ \t"
HEADING_END = re.compile(r"^[*_ ]*(?:[:\-\u2013\u2014]+|:-)")
# "Disclosure of interests: None" - a label of some other part of the minutes ends a block.
OTHER_LABEL = re.compile(r"^[^\t:()]{2,60}:\s")
# "Jane Smith - Democratic Services Officer"
DASH = re.compile(r"\s[-\u2013\u2014]\s")
# Titles such as "Staff" or "Officer" also begin prose and job titles, so they need a colon.
COLON = re.compile(r"^[*_ ]*:")
ITEM_NUMBER = re.compile(r"^(?:\(?\d+[A-Za-z]?[.):]?\\?\.?\s|\d+\\?\.\S|(?:item|minute)\s+\d)", re.I)
INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "ter"})
SUBSTITUTE_CUES = ("in place of", "substituting for", "substitute for", "substitute", "sub for", "deputising for",
                   "replacing", "on behalf of", "representing")
# Column headers of attendance tables, by the attendee field the column fills.
COLUMN_HEADERS = {
    "name": {"name", "names", "member", "members", "attendee", "attendees", "councillor", "person"},
    "role": {"role", "title", "position", "job title", "designation"},
    "organisation": {"organisation", "organization", "representing", "agency", "body", "service", "ward"},
    "status": {"attendance", "status", "attended", "present", "present/apologies", "apologies"},
}
# Cell values of a status column.
STATUS_VALUES = {
    "present": "present", "yes": "present", "y": "present", "\u2713": "present", "\u2714": "present",
    "x": "present", "attended": "present", "p": "present",
    "apologies": "apologies", "apology": "apologies", "apols": "apologies", "a": "apologies",
    "sent apologies": "apologies", "regrets": "apologies",
    "absent": "absent", "no": "absent", "n": "absent",
    "in attendance": "in_attendance", "observer": "in_attendance", "officer": "in_attendance",
}
# A continuation of someone's role or organisation is short; a longer line is prose, ending the block.
MAX_FRAGMENT_WORDS = 8
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
class Person:
    name: str
    honorific: str | None = None
    role: str | None = None
    organisation: str | None = None
    substitute_for: str | None = None
    plural_honorific: bool = False


@dataclass
class Block:
    """An open attendance block: later lines add people to `status` until a line ends it."""

    status: str
    pending: str = ""
    pending_page: int = 0
    joins: int = 0
    ended: bool = False
    columns: dict[str, int] = field(default_factory=dict)
    last: Attendee | None = None


def lines_to_attendees(lines: list[Line]) -> list[Attendee]:
    if not lines:
        return []
    nlp = span_ruler("attendance")
    found: list[Attendee] = []
    block: Block | None = None
    for line, doc in zip(lines, nlp.pipe(line.text for line in lines), strict=True):
        markers = doc_to_markers(doc)
        if block is not None and block.pending.count("(") > block.pending.count(")"):
            markers = []  # inside an unclosed bracket: "(Area Education / Officer - West Kent)"
        headings = [m for m in markers if m.kind in ("heading", "title") and is_heading(line.text, m)]
        if headings:
            close_block(block, found)
            block = headings_to_block(line, headings, found)
        elif any(m.kind == "sentence" for m in markers):
            close_block(block, found)
            block = None
            found.extend(sentences_to_attendees(line, markers, found))
        elif block is not None:
            block = continue_block(block, line, markers, found)
        else:
            block = table_header_to_block(line.text)
    close_block(block, found)
    return merge_duplicates(found)


def doc_to_markers(doc: Any) -> list[Marker]:
    from spacy.util import filter_spans

    markers = []
    for span in filter_spans(list(doc.spans["ruler"])):
        kind, status = span.label_.split(":")
        markers.append(Marker(kind, status, span.start_char, span.end_char))
    return markers


def is_heading(text: str, marker: Marker) -> bool:
    """A heading starts the line (or, followed by a colon, a new sentence) and is followed by a
    colon, nothing, or - for the strong headings - a person."""
    before = text[:marker.start].rstrip(DECORATION)
    after = text[marker.end:]
    end = COLON if marker.kind == "title" else HEADING_END
    has_colon = bool(end.match(after)) or after.startswith("\t")
    if before:
        return has_colon and before[-1] in ".;)"
    if has_colon or not after.strip(" *_"):
        return True
    return marker.kind == "heading" and bool(text_to_people(after.strip(" *_")))


def headings_to_block(line: Line, headings: list[Marker], found: list[Attendee]) -> Block:
    block = Block(headings[0].status)
    for heading, following in zip(headings, [*headings[1:], None], strict=True):
        end = following.start if following else len(line.text)
        rest = HEADING_END.sub("", line.text[heading.end:end], count=1).strip(" *_\t")
        block = Block(heading.status)
        if rest:
            block = continue_block(block, Line(rest, line.page), [], found) or Block(heading.status)
    return block


def continue_block(block: Block, line: Line, markers: list[Marker], found: list[Attendee]) -> Block | None:
    """Adds the people of one more line to an open block; returns None when the line ends it."""
    starts_with_marker = any(not line.text[:m.start].strip(DECORATION) for m in markers)
    label = OTHER_LABEL.match(line.text)
    if label and not block.pending:
        return labelled_line_to_block(block, line, label, found)
    if starts_with_marker or ITEM_NUMBER.match(line.text) or is_shouting(line.text):
        close_block(block, found)
        return None
    text = f"{block.pending} {line.text}" if block.pending else line.text
    page = block.pending_page if block.pending else line.page
    if not block.pending and block.last is not None and text.startswith("(") and ")" in text:
        add_bracket(block.last, text[1:text.index(")")].strip())
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
    fragment, persons = text_to_fragment_and_people(text)
    if fragment and not persons and (block.ended or block.last is None or re.search(r"\d", fragment)):
        return None
    if fragment and block.last is not None:
        add_fragment(block.last, fragment)
    block.ended = text.rstrip().endswith(".")
    for person in persons:
        add_to_block(block, person, block.status, page, found)
    return block


def labelled_line_to_block(block: Block, line: Line, label: re.Match[str], found: list[Attendee]) -> Block | None:
    """ "Chairman: Cllr A" or "Councillors: B, C" go on with the block; any other label
    ("Disclosure of interests: None") ends it."""
    head = label.group(0).strip(" :").lower()
    rest = Line(line.text[label.end():].strip(), line.page)
    if head in people.PLURAL_HONORIFICS:
        rest.text = f"{head} {rest.text}"
    elif head not in people.ROLE_LABELS and head not in people.GROUP_LABELS:
        close_block(block, found)
        return None
    start = len(found)
    following = continue_block(block, rest, [], found)
    if head in people.ROLE_LABELS and len(found) > start and found[start].role is None:
        found[start].role = label.group(0).strip(" :")
    return following


def close_block(block: Block | None, found: list[Attendee]) -> None:
    """Reads what an open block still holds (a paragraph whose end was not yet seen)."""
    if block is not None and block.pending:
        text, block.pending = block.pending.rstrip(",;&- "), ""
        for person in text_to_people(text):
            add_to_block(block, person, block.status, block.pending_page, found)


def add_to_block(block: Block, person: Person, status: str, page: int, found: list[Attendee]) -> None:
    block.last = person_to_attendee(person, status, page)
    found.append(block.last)


def is_list(text: str) -> bool:
    """Two or more separators outside brackets: a paragraph listing people, which may wrap."""
    return len(split_top_level(text, ",;")) > 2


def is_open(text: str) -> bool:
    """A line that cannot end an entry: an unclosed bracket, a trailing separator or title."""
    if text.count("(") > text.count(")"):
        return True
    stripped = text.rstrip()
    last = stripped.split()[-1] if stripped.split() else ""
    return stripped.endswith((",", "&", "-", "\u2013", ";")) or last.lower() in ("and", "of", "for") or (
        last.lower().rstrip(".") in people.HONORIFICS or bool(INITIAL.fullmatch(last.rstrip("."))))


def is_shouting(text: str) -> bool:
    """An all-capitals line of several words is a heading of the next part, not a person."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 2 and text.upper() == text and not any(
        w.lower() in people.HONORIFICS for w in words)


def table_header_to_block(text: str) -> Block | None:
    """A table whose header has a name and a status column is an attendance block by itself."""
    columns = header_columns(text)
    if "name" in columns and "status" in columns:
        return Block("present", columns=columns)
    return None


def header_columns(text: str) -> dict[str, int]:
    cells = [c.strip(" *:").lower() for c in text.split("\t")]
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for column, headers in COLUMN_HEADERS.items():
            if cell in headers and column not in columns:
                columns[column] = index
                break
        else:
            if cell:
                return {}
    return columns if "name" in columns else {}


def table_row_to_block(block: Block, text: str, page: int, found: list[Attendee]) -> Block | None:
    columns = header_columns(text)
    if columns:
        block.columns = columns
        return block
    cells = [c.strip() for c in text.split("\t")]
    if not block.columns and len(cells) > 1 and cells[0].lower().rstrip(".") in people.HONORIFICS:
        cells[:2] = [f"{cells[0]} {cells[1]}"]  # "Councillor<TAB>Jane Smith"
    name_cell = cells[block.columns.get("name", 0)] if block.columns.get("name", 0) < len(cells) else ""
    person = text_to_person(name_cell) if name_cell else None
    if person is None:
        if block.last is None or len(text.split()) > MAX_FRAGMENT_WORDS * 2 or ITEM_NUMBER.match(text):
            return None
        add_fragment(block.last, " ".join(c for c in cells if c), organisation=True)
        return block
    status = block.status
    for index, cell in enumerate(cells):
        if not cell or index == block.columns.get("name", 0):
            continue
        column = next((c for c, i in block.columns.items() if i == index), None)
        if column == "status":
            status = STATUS_VALUES.get(cell.lower().strip(" ."), status)
        elif column == "role" or (column is None and has_role_word(cell)):
            person.role = person.role or cell
        elif person.organisation is None:
            person.organisation = cell
    add_to_block(block, person, status, page, found)
    return block


def sentences_to_attendees(line: Line, markers: list[Marker], found: list[Attendee]) -> list[Attendee]:
    out: list[Attendee] = []
    text = line.text
    for marker in markers:
        if marker.kind != "sentence":
            continue
        end = sentence_end(text, marker.end)
        if marker.status == "apologies":
            out.extend(person_to_attendee(p, "apologies", line.page) for p in text_to_people(text[marker.end:end]))
        elif marker.status == "substitute":
            substitute_to_attendees(text, marker, end, line.page, found + out, out)
    return out


def substitute_to_attendees(text: str, marker: Marker, end: int, page: int,
                            known: list[Attendee], out: list[Attendee]) -> None:
    """ "Councillor X substituted for Councillor Y": X is present in Y's place."""
    before = re.split(r"[.;,:]\s", text[:marker.start])[-1].strip()
    before = re.sub(r"^(?:and|&)\s+", "", before)
    after = re.split(r"[,;]|\s(?:and|at|on|who|during|for)\s", text[marker.end:end])[0]
    substitute, absentee = text_to_person(before), text_to_person(after)
    if substitute is None or absentee is None:
        return
    for attendee in known:
        if attendee.status == "present" and name_key(attendee.name) == name_key(substitute.name):
            attendee.substitute_for = attendee.substitute_for or absentee.name
            return
    substitute.substitute_for = absentee.name
    out.append(person_to_attendee(substitute, "present", page))


def sentence_end(text: str, start: int) -> int:
    """Where the sentence running from `start` ends: a full stop not after an initial or title."""
    for match in re.finditer(r"\.(?=\s|$)", text[start:]):
        word = text[:start + match.start()].split()[-1] if text[:start + match.start()].split() else ""
        if INITIAL.fullmatch(word.rstrip(".")) or word.lower().rstrip(".") in people.HONORIFICS:
            continue
        return start + match.start()
    return len(text)


def text_to_fragment_and_people(text: str) -> tuple[str, list[Person]]:
    """People listed in a paragraph; a leading piece that names nobody (the rest of the previous
    line's role or organisation) comes back as the fragment."""
    pieces = split_top_level(text.strip().rstrip("."), ",;")
    fragment_parts: list[str] = []
    persons: list[Person] = []
    carry: str | None = None
    for piece in pieces:
        found = piece_to_people(piece, carry)
        if not found:
            if persons:
                add_role_text(persons[-1], piece)
            elif len(piece.split()) <= MAX_FRAGMENT_WORDS and not is_post_nominal(piece):
                fragment_parts.append(piece)
            continue
        for person in found:
            carry = next_carry(person, carry)
        persons.extend(found)
    return ", ".join(fragment_parts), persons


def next_carry(person: Person, carry: str | None) -> str | None:
    """ "Councillors A, B and Mrs C": the plural honorific holds until someone has their own."""
    if person.plural_honorific:
        return person.honorific
    return carry if person.honorific in (None, carry) else None


def with_carry(piece: str, carry: str | None) -> str:
    first = piece.split()[0].lower().rstrip(".") if piece.split() else ""
    if carry is None or first in people.HONORIFICS or first in people.PLURAL_HONORIFICS or first in people.ROLE_TITLES:
        return piece
    return f"{carry} {piece}"


def text_to_people(text: str) -> list[Person]:
    return text_to_fragment_and_people(text)[1]


def piece_to_people(piece: str, carry: str | None = None) -> list[Person]:
    """One comma-separated piece: a person, several joined by "and", or several run together
    with their honorifics ("Councillor A B Councillor C D"). `carry` is a plural honorific
    still in force ("Councillors Smith and Jones")."""
    piece = re.sub(r"^(?:and|&)\s+", "", piece.strip(" .\u2022*")).strip()
    if not piece or is_post_nominal(piece):
        return []
    for parts in (split_top_level(piece, "&", words=(" and ",)), split_at_honorifics(piece)):
        if len(parts) > 1:
            persons = people_in_order(parts, carry)
            if len(persons) >= len(parts):
                return persons
    person = text_to_person(with_carry(piece, carry))
    return [person] if person else []


def people_in_order(parts: list[str], carry: str | None) -> list[Person]:
    persons: list[Person] = []
    for part in parts:
        for person in piece_to_people(part, carry):
            carry = next_carry(person, carry)
            persons.append(person)
    return persons


def split_top_level(text: str, chars: str, words: tuple[str, ...] = ()) -> list[str]:
    """Splits at separators outside brackets."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        depth += (ch == "(") - (ch == ")")
        if depth <= 0:
            word = next((w for w in words if text.lower().startswith(w, i)), None)
            if ch in chars or word:
                parts.append(text[start:i])
                i += len(word) if word else 1
                start = i
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def split_at_honorifics(piece: str) -> list[str]:
    tokens = piece.split()
    cuts = [0] + [
        i for i in range(1, len(tokens) - 1)
        if tokens[i].lower().rstrip(".") in people.SPLITTING_HONORIFICS
        and tokens[i + 1][:1].isupper() and "(" not in " ".join(tokens[:i]).split(")")[-1]
        and tokens[i - 1].lower().rstrip(".") not in people.HONORIFICS
    ]
    return [" ".join(tokens[a:b]) for a, b in zip(cuts, [*cuts[1:], len(tokens)], strict=True)]


def text_to_person(text: str) -> Person | None:
    """One person's entry: [honorifics | role title] name [post-nominals] [(role / substitute)],
    or "name - role"."""
    dash = DASH.search(text)
    if dash and text.count("(", 0, dash.start()) == text.count(")", 0, dash.start()):
        person = text_to_person(text[:dash.start()])
        if person is not None:
            add_bracket(person, text[dash.end():].strip())
            return person
    brackets = re.findall(r"\(([^()]*)\)?", text)
    tokens = re.sub(r"\([^()]*\)?", " ", text).replace(",", " ").split()
    honorific, plural, role = None, False, None
    while tokens:
        word = tokens[0].lower().rstrip(".")
        pair = " ".join(tokens[:2]).lower().rstrip(".")
        if pair in people.HONORIFICS or pair in people.ROLE_TITLES:
            honorific, role = (people.HONORIFICS.get(pair, honorific), people.ROLE_TITLES.get(pair, role))
            tokens = tokens[2:]
        elif word in people.HONORIFICS and len(tokens) > 1:
            honorific = honorific or people.HONORIFICS[word]
            tokens = tokens[1:]
        elif word in people.PLURAL_HONORIFICS:
            honorific, plural = people.PLURAL_HONORIFICS[word], True
            tokens = tokens[1:]
        elif word in people.ROLE_TITLES and len(tokens) > 1:
            role = people.ROLE_TITLES[word]
            tokens = tokens[1:]
        else:
            break
    name, role_text = honorific_name(tokens) if honorific or role else plain_name(tokens, bool(brackets))
    if not name:
        return None
    person = Person(" ".join(name), honorific, role, plural_honorific=plural)
    if role_text:
        add_role_text(person, role_text)
    for bracket in brackets:
        add_bracket(person, bracket.strip())
    return person


def honorific_name(tokens: list[str]) -> tuple[list[str], str | None]:
    """After an honorific the name is the capitalised words that follow, up to a post-nominal
    or (once a surname is read) a role word: "Mrs C Head" but "Cllr Kendrick Cabinet Member".
    Returns the name and the role words that follow it, if any."""
    name: list[str] = []
    for index, token in enumerate(tokens):
        word = token.lower().strip(".")
        has_surname = any(not INITIAL.fullmatch(t.rstrip(".")) for t in name)
        ends_name = is_post_nominal(token) or (has_surname and not is_plain_word(word))
        name_like = is_name_word(token) or (token.isupper() and token.isalpha()) or (name and word in NAME_PARTICLES)
        if ends_name or not name_like:
            if not has_surname:
                return [], None
            return name, " ".join(tokens[index:]) if word in people.ROLE_WORDS else None
        name.append(token)
    return (name if any(not INITIAL.fullmatch(t.rstrip(".")) for t in name) else []), None


def plain_name(tokens: list[str], bracketed: bool) -> tuple[list[str], str | None]:
    """Without an honorific a name must look like one throughout; a job title may come first
    ("Deputy Clerk-Administrative Assistant Kristin Linklater")."""
    while tokens and is_post_nominal(tokens[-1]):
        tokens = tokens[:-1]
    role_ends = [i for i, t in enumerate(tokens) if any(p in people.ROLE_WORDS for p in t.lower().split("-"))]
    name = tokens[role_ends[-1] + 1:] if role_ends else tokens
    ok = 1 <= len(name) <= 5 and all(
        (is_name_word(t) and t.lower().rstrip(".") not in people.NOT_NAME_WORDS)
        or (0 < i < len(name) - 1 and t in NAME_PARTICLES)
        for i, t in enumerate(name)) and not all(INITIAL.fullmatch(t.rstrip(".")) for t in name)
    if not ok or (len(name) == 1 and (role_ends or not bracketed)):
        return [], None
    return name, " ".join(tokens[:role_ends[-1] + 1]) if role_ends else None


def is_name_word(token: str) -> bool:
    return bool(INITIAL.fullmatch(token.rstrip(".")) or (
        NAME_WORD.fullmatch(token) and token[0].isupper() and any(c.islower() for c in token)))


def is_plain_word(word: str) -> bool:
    """Not a word of a role or an organisation."""
    return word not in people.ROLE_WORDS and word not in people.NOT_NAME_WORDS


def is_post_nominal(token: str) -> bool:
    words = token.replace(",", " ").split()
    return bool(words) and all(w.strip(".").lower() in people.POST_NOMINALS and w.strip(".").isupper() for w in words)


def has_role_word(text: str) -> bool:
    return any(w in people.ROLE_WORDS for w in re.split(r"[\s\-/]+", text.lower()))


def add_bracket(person: Person | Attendee, text: str) -> None:
    """A bracket holds a role "(Chair)", a substitute "(In place of X)" or an organisation "(NCC)"."""
    lower = text.lower()
    cue = next((c for c in SUBSTITUTE_CUES if lower.startswith(c)), None)
    if cue:
        absentee = text_to_person(text[len(cue):].split(",")[0].strip(" :"))
        if absentee is not None:
            person.substitute_for = absentee.name
            return
        if cue != "representing":
            person.substitute_for = text[len(cue):].strip(" :") or None
            return
        text = text[len(cue):].strip()
    if has_role_word(text):
        add_role_text(person, text)
    elif text and person.organisation is None:
        person.organisation = text


def add_role_text(person: Person | Attendee, text: str) -> None:
    """Role words after a name; a bracket inside them may still name a substitute."""
    for bracket in re.findall(r"\(([^()]*)\)?", text):
        add_bracket(person, bracket.strip())
    text = re.sub(r"\([^()]*\)?", " ", text).strip(" ,;")
    text = re.sub(r"\s+", " ", text)
    if not text or is_post_nominal(text):
        return
    person.role = f"{person.role}, {text}" if person.role else text


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


def person_to_attendee(person: Person, status: str, page: int) -> Attendee:
    """Officers minuted among those present ("Mrs N Cooper, Clerk") attend; they are not members."""
    if status == "present" and person.role and any(
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
