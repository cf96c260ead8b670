"""Reading people from the text of an attendance list: "Mr R C Love, OBE", "Councillors A, B and
C", "Joel Hanna, Head of Service (representing Vicky Metheringham)", "Fire Chief Will Bateman".

Pure string functions over the vocabularies of `extract.people`; `attendance` decides which
text is a list of people and with what status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.finders import people
from extract.records import Attendee

INITIAL = re.compile(r"(?:[A-Z]\.?){1,3}")
NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*\.?")
# "Jane Smith - Democratic Services Officer"
DASH = re.compile(r"\s[-\u2013\u2014]\s")
# "County councils: " before the people of one appointment category.
CATEGORY_LABEL = re.compile(r"\s*([^\s:()][^:()]{1,60}):\s+")
# "Jo Bell, Reeve": one word after the last comma of an entry.
TRAILING_WORD = re.compile(r",\s*([^\W\d_]+)\.?\s*$")
# "Rob Turner (Head of Workforce) for item 4": a lower-case remark after the bracket says when, not who.
REMARK_AFTER_BRACKET = re.compile(r"(?<=\))\s+[a-z][^()]*$")
# The end of one entry of a list of officers by job title: "Director, Regional Services (Ms. C. Curley), ...".
TITLED_ENTRY_END = re.compile(r"(?<=\))\s*(?:[,;]|(?:and|&)\s)\s*")
# "Councillors D Richardson (Chair) R Healey, M Dixon": a closing bracket ends an entry.
BRACKET_BEFORE_ENTRY = re.compile(r"(?<=\))\s+(?=[A-Z])")
# "T.D. and K. O'Donnell", "Mayor and Councillor E. Secas": a piece that starts with the previous person's title.
# A full stop after a word (not an initial or "Dr.") before a capital: where a sentence may end.
SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.\s+(?=[A-Z\d])")
# A sentence of prose after a list: "... Ella Brandt. Approximately 25 members of the public attended."
PROSE_WORDS = 3
LEAD_BEFORE_AND = re.compile(r"^(.+?)\s+(?:and|&)\s+(?=\S)")
# "P.Markwell", "Cllrs.Butler": an initial or an honorific typed without its space.
STUCK_ABBREVIATION = re.compile(r"\b([A-Z]|(?i:" + "|".join(
    sorted((w for w in {*people.HONORIFICS, *people.PLURAL_HONORIFICS} if " " not in w), key=len, reverse=True))
    + r"))\.(?=[A-Z][a-z])")
# The wrapped end of a role or organisation is short; a longer piece is prose.
MAX_FRAGMENT_WORDS = 8


@dataclass
class Person:
    """Someone read from list text, before a block's status makes them an Attendee."""

    name: str
    honorific: str | None = None
    role: str | None = None
    organisation: str | None = None
    substitute_for: str | None = None
    plural_honorific: bool = False
    excused: bool = False


def unstick_abbreviations(text: str) -> str:
    return STUCK_ABBREVIATION.sub(r"\1. ", text)


def text_to_fragment_and_people(text: str) -> tuple[str, list[Person]]:
    """People listed in a paragraph; a leading piece that names nobody (the rest of the previous
    line's role or organisation) comes back as the fragment."""
    text = without_closing_sentence(text)
    if titled := titled_entries_to_people(text.strip().rstrip(".")):
        return "", titled
    pieces = [part for piece in split_top_level(text.strip().rstrip("."), ",;") for part in split_after_bracket(piece)]
    fragment_parts: list[str] = []
    persons: list[Person] = []
    carry: str | None = None
    for piece in pieces:
        piece, labels = strip_category_labels(piece)
        if labels:
            carry = None
        if starts_prose(piece):
            break  # "..., who had recently given birth" or "; and for lateness from ...": the list has ended
        if is_public_count(re.sub(r"^(?:and|&)\s+", "", piece)):
            continue  # "..., PCSO J Bell, 4 members of the public": a count, and nobody's role
        if persons and is_acronym(piece) and not persons[-1].name.isupper():
            add_bracket(persons[-1], piece)  # "D. Dunne, ADAPT": an organisation after a name in mixed case
            continue
        if persons and (lead := LEAD_BEFORE_AND.match(piece)) and is_title_of_previous(lead.group(1)) \
                and piece_to_people(piece[lead.end():], carry):
            add_bracket(persons[-1], lead.group(1))  # "Cllr D. Butler, Mayor and Cllr E. Secas"
            piece = piece[lead.end():]
        found = piece_to_people(piece, carry)
        if not found:
            if persons:
                add_role_text(persons[-1], piece)
            elif len(piece.split()) <= MAX_FRAGMENT_WORDS and not is_post_nominal(piece):
                fragment_parts.append(piece)
            continue
        for person in found:
            carry = next_carry(person, carry)
        role = next((label for label in labels if is_role_label(label)), None)
        if role and found[0].role is None:
            found[0].role = role  # "Chair: Cllr A" - a label that is a role, not a category
        persons.extend(found)
    return ", ".join(fragment_parts), persons


def without_closing_sentence(text: str) -> str:
    """A list ends where a sentence of prose follows it: "Ms E Brandt. Approximately 25 members of
    the public attended." keeps "Ms E Brandt"."""
    for stop in SENTENCE_STOP.finditer(text):
        before = text[:stop.start()].split()
        if before and before[-1].lower() in people.HONORIFICS:
            continue
        rest = text[stop.end():]
        lower = [w for w in rest.split() if w[:1].islower() and w not in people.CONNECTIVES]
        if len(lower) >= PROSE_WORDS:
            return text[:stop.start()]
    return text


def split_after_bracket(piece: str) -> list[str]:
    """ "Councillors D Richardson (Chair) R Healey": a closing bracket followed by another person ends an entry."""
    match = BRACKET_BEFORE_ENTRY.search(piece)
    if match is None or piece[:match.start()].count("(") != piece[:match.start()].count(")") or \
            not piece_to_people(piece[match.end():]):
        return [piece]
    return [piece[:match.start()], *split_after_bracket(piece[match.end():])]


def is_acronym(piece: str) -> bool:
    return len(piece) > 1 and piece.isalpha() and piece.isupper()


def is_title_of_previous(text: str) -> bool:
    """ "Mayor", "T.D.", "EDC": what stands before "and" in "A, Mayor and B" belongs to A."""
    return is_post_nominal(text) or is_acronym(text) or (has_role_word(text) and text_to_person(text) is None)


def titled_entries_to_people(text: str) -> list[Person]:
    """Officers listed as their job title, then their name in brackets: the title may hold commas
    ("Operations Manager, South and West Division (Mr. B. Kennedy)"), so the entries end at the brackets.
    Every entry must read so; otherwise the list is not of this kind and nobody is returned."""
    entries = [e for e in TITLED_ENTRY_END.split(text) if e.strip(" ,;")]
    if len(entries) < 2:
        return []
    persons = [title_to_bracketed_person(entry) for entry in entries]
    return [p for p in persons if p is not None] if all(persons) else []


def strip_category_labels(piece: str) -> tuple[str, list[str]]:
    """ "Secretary of State Members: Mrs A Basu", "Parish: C": a list grouped by appointment
    category; a label before a colon that names nobody is not a person. The piece and the labels cut."""
    labels: list[str] = []
    while (match := CATEGORY_LABEL.match(piece)) and text_to_person(match.group(1)) is None:
        piece = piece[match.end():]
        labels.append(match.group(1).strip())
    return piece, labels


def is_role_label(label: str) -> bool:
    """ "Chair:", "Parish Clerk:" label one person's role; "Parish:", "Secretary of State Members:" a category."""
    words = label.lower().split()
    return label.lower() in people.ROLE_LABELS or (bool(words) and words[-1] in people.OFFICER_ROLE_WORDS)


def starts_prose(piece: str) -> bool:
    words = re.sub(r"^(?:and|&)\s+", "", piece).split()
    first = words[0] if words else ""
    return first[:1].islower() and first not in people.NAME_PARTICLES and first.strip(".,") not in people.ROLE_WORDS


def next_carry(person: Person, carry: str | None) -> str | None:
    """ "Councillors A, B and Mrs C": the plural honorific holds until someone has their own."""
    if person.plural_honorific:
        return person.honorific
    return carry if person.honorific in (None, carry) else None


def with_carry(piece: str, carry: str | None) -> str:
    if carry is None or leading_title(piece.split()) is not None:
        return piece
    return f"{carry} {piece}"


def text_to_people(text: str) -> list[Person]:
    return text_to_fragment_and_people(text)[1]


def cell_to_people(cell: str) -> list[Person]:
    """A table cell holds one entry, "Name - Role, Organisation" (whose comma separates no people),
    or a list of people."""
    person = text_to_person(cell) if DASH.search(cell) else None
    return [person] if person is not None else text_to_people(cell)


def piece_to_people(piece: str, carry: str | None = None) -> list[Person]:
    """One comma-separated piece: a person, several joined by "and", or several run together
    with their honorifics ("Councillor A B Councillor C D"). `carry` is a plural honorific
    still in force ("Councillors Smith and Jones")."""
    piece = re.sub(r"^(?:and|&)\s+", "", piece.strip(" .\u2022*")).strip()
    if not piece or is_post_nominal(piece):
        return []
    for parts in (split_top_level(piece, "&", words=(" and ",)), split_at_honorifics(piece)):
        if len(parts) > 1:
            named = [p for p in parts if not is_public_count(p)]  # "County Cllr P Moss and 3 members of the public"
            persons = people_in_order(named, carry)
            if persons and len(persons) >= len(named):
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


def is_public_count(part: str) -> bool:
    """ "3 members of the public", "two parishioners": a count of people, not a name."""
    words = part.lower().split()
    return bool(words) and not part[:1].isupper() and bool(people.PUBLIC_WORDS & set(words))


def split_at_honorifics(piece: str) -> list[str]:
    """Cuts before each honorific (or the clerk's title) that starts a new person, or before its qualifier
    ("County Cllr")."""
    tokens = piece.split()
    cuts = [0]
    for i in range(1, len(tokens) - 1):
        word = tokens[i].lower().rstrip(".")
        splits = word in people.SPLITTING_HONORIFICS or word in people.SPLITTING_ROLE_TITLES
        if not splits or not tokens[i + 1][:1].isupper():
            continue
        qualified = i > 1 and (leading_title(tokens[i - 1:i + 1]) or (0,))[0] == 2  # "County Cllr"
        start = i - 1 if qualified else i
        if qualified and is_council_name_word(tokens[cuts[-1]:start]):
            start -= 1  # "Eden District Councillor A Armstrong": the council's name belongs to the title
        if "(" not in " ".join(tokens[:start]).split(")")[-1] and \
                title_key(tokens[start - 1:start]) not in {*people.HONORIFICS, *people.ROLE_TITLES}:
            cuts.append(start)
    return [" ".join(tokens[a:b]) for a, b in zip(cuts, [*cuts[1:], len(tokens)], strict=True)]


def is_tier_title(tokens: list[str]) -> bool:
    """ "District Councillor", "County Cllr": a councillor of a named tier of local government."""
    words = title_key(tokens).split()
    return len(words) == 2 and words[0].title() in people.COUNCIL_TIERS and " ".join(words) in people.HONORIFICS


def is_council_name_word(before: list[str]) -> bool:
    """Whether the last of the tokens before a tier's title ("Mrs J Todd Eden") names the council, the
    tokens before it still holding a whole name ("Mrs J Todd")."""
    rest = [t for t in before[:-1] if leading_title([t]) is None]
    return len(rest) >= 2 and is_name_word(before[-1]) and not INITIAL.fullmatch(before[-1].rstrip(".")) and \
        not INITIAL.fullmatch(rest[-1].rstrip("."))


def text_to_person(text: str) -> Person | None:
    """One person's entry: [honorifics | role title] name [post-nominals] [(role / substitute)],
    or "name - role"."""
    text = REMARK_AFTER_BRACKET.sub("", text)
    titled = title_to_bracketed_person(text)
    if titled is not None:
        return titled
    dash = DASH.search(text)
    if dash and text.count("(", 0, dash.start()) == text.count(")", 0, dash.start()):
        person = text_to_person(text[:dash.start()])
        if person is not None:
            add_bracket(person, text[dash.end():].strip())
            return person
    brackets = re.findall(r"\(([^()]*)\)?", text)
    unbracketed = re.sub(r"\([^()]*\)?", " ", text)
    if (after_comma := TRAILING_WORD.search(unbracketed)) and after_comma.group(1).lower() in people.SURNAME_ROLE_WORDS:
        unbracketed = unbracketed[:after_comma.start()]  # "Jo Bell, Reeve": the role, as if bracketed
        brackets.append(after_comma.group(1))
    tokens = unbracketed.replace(",", " ").split()
    council = None
    if len(tokens) > 3 and is_name_word(tokens[0]) and leading_title(tokens[:1]) is None and \
            is_tier_title(tokens[1:3]):
        council, tokens = f"{tokens[0]} {tokens[1]} Council", tokens[1:]  # "Eden District Councillor A Armstrong"
    honorific, plural, role = None, False, None
    while (title := leading_title(tokens)) is not None and title[0] < len(tokens):
        size, words = title
        key = title_key(words)
        if honorific and INITIAL.fullmatch(words[0]):
            break  # initials, not a rank: "Cllr DCI Smith"
        if key in people.PLURAL_HONORIFICS:
            honorific, plural = people.PLURAL_HONORIFICS[key], True
        elif key in people.HONORIFICS:
            honorific = people.HONORIFICS[key] if size > 1 else honorific or people.HONORIFICS[key]
        else:
            role = people.ROLE_TITLES[key]
        tokens = tokens[size:]
    name, role_text = honorific_name(tokens) if honorific or role else plain_name(tokens, bool(brackets))
    if not name:
        return None
    if not INITIAL.fullmatch(name[-1].rstrip(".")):
        name[-1] = name[-1].rstrip(".")  # a sentence's full stop, not an initial's: "Cllr B Baker."
    person = Person(" ".join(name), honorific, role, organisation=council, plural_honorific=plural)
    if role_text:
        add_role_text(person, role_text)
    for bracket in brackets:
        add_bracket(person, bracket.strip())
    return person


def title_to_bracketed_person(text: str) -> Person | None:
    """ "Director of Planning (Lydia Stroud)", "Development Manager - Lorna Pike": officers minuted as
    their job title before their name. The title side holds role words and no name; the name side
    holds a name and no role."""
    match = re.fullmatch(r"\s*([^()]+?)\s*\(([^()]+)\)\s*", text) or re.fullmatch(
        r"\s*([^()]+?)\s[-\u2013\u2014]\s([^()\-\u2013\u2014]+)", text)
    if match is None:
        return None
    title, bracket = match.group(1).strip(" ,"), match.group(2).strip()
    if not bracket[:1].isupper() or has_role_word(name_without_surname_role(bracket)) or \
            not has_role_word(title.replace(",", " ")):  # "Director, Regional Services (Ms. C. Curley)"
        return None
    words = re.findall(r"[^\s/,\-\u2013]+", title)
    if not all(w[:1].isupper() or w in people.CONNECTIVES for w in words) or text_to_person(title) is not None:
        return None
    person = text_to_person(bracket)
    if person is not None:
        person.role = title
    return person


def name_without_surname_role(text: str) -> str:
    """ "Jo Reeve" without its surname that is also a role word, so it still reads as a name."""
    words = text.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in people.SURNAME_ROLE_WORDS else text


def title_key(words: list[str]) -> str:
    return " ".join(w.rstrip(".") for w in words).lower()


def leading_title(tokens: list[str]) -> tuple[int, list[str]] | None:
    """The longest honorific, plural honorific or role title the tokens start with, and its words."""
    for size in range(min(people.MAX_TITLE_WORDS, len(tokens)), 0, -1):
        key = title_key(tokens[:size])
        if key in people.HONORIFICS or key in people.PLURAL_HONORIFICS or key in people.ROLE_TITLES:
            return size, tokens[:size]
    return None


def honorific_name(tokens: list[str]) -> tuple[list[str], str | None]:
    """After an honorific the name is the capitalised words that follow, up to a post-nominal
    or (once a surname is read) a role word: "Mrs C Head" but "Cllr Kendrick Cabinet Member".
    Returns the name and the role words that follow it, if any."""
    name: list[str] = []
    for index, token in enumerate(tokens):
        word = token.lower().strip(".")
        has_surname = any(not INITIAL.fullmatch(t.rstrip(".")) for t in name)
        ends_name = is_post_nominal(token) or (
            has_surname and not is_plain_word(word) and not is_last_surname(tokens, index))
        particle = bool(name) and word in people.NAME_PARTICLES
        name_like = is_name_word(token) or (token.isupper() and token.isalpha()) or particle
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
    role_ends = [i for i, t in enumerate(tokens) if any(p in people.ROLE_WORDS for p in t.lower().split("-"))
                 and not (i > 0 and is_name_word(tokens[i - 1]) and is_last_surname(tokens, i))]
    name = tokens[role_ends[-1] + 1:] if role_ends else tokens
    ok = 1 <= len(name) <= 5 and all(
        (is_name_word(t) and t.lower().rstrip(".") not in people.NOT_NAME_WORDS)
        or (0 < i < len(name) - 1 and t in people.NAME_PARTICLES)
        for i, t in enumerate(name)) and not all(INITIAL.fullmatch(t.rstrip(".")) for t in name)
    if not ok or (len(name) == 1 and (role_ends or not bracketed)):
        return [], None
    return name, " ".join(tokens[:role_ends[-1] + 1]) if role_ends else None


def is_last_surname(tokens: list[str], index: int) -> bool:
    """ "Joanna Reeve": a role word that is also a surname, capitalised and last, ends a name."""
    token = tokens[index]
    return index == len(tokens) - 1 and token[:1].isupper() and token.lower().strip(".") in people.SURNAME_ROLE_WORDS


def is_name_word(token: str) -> bool:
    return bool(INITIAL.fullmatch(token.rstrip(".")) or (
        NAME_WORD.fullmatch(token) and token[0].isupper() and any(c.islower() for c in token)))


def is_plain_word(word: str) -> bool:
    """Not a word of a role or an organisation."""
    return word not in people.ROLE_WORDS and word not in people.NOT_NAME_WORDS


def is_post_nominal(token: str) -> bool:
    words = token.replace(",", " ").split()
    letters = [w.replace(".", "") for w in words]  # "T.D." as "TD"
    return bool(words) and all(w.lower() in people.POST_NOMINALS and w.isupper() for w in letters)


def has_role_word(text: str) -> bool:
    return any(w in people.ROLE_WORDS for w in re.split(r"[\s\-/]+", text.lower()))


def add_bracket(person: Person | Attendee, text: str) -> None:
    """A bracket holds a role "(Chair)", a substitute "(In place of X)" or an organisation "(NCC)"."""
    lower = text.lower()
    if lower in people.EXCUSED_REMARKS:
        if isinstance(person, Person):
            person.excused = True
        return
    cue = next((c for c in people.SUBSTITUTE_CUES if lower.startswith(c)), None)
    if cue:
        absentee = text_to_person(text[len(cue):].split(",")[0].strip(" :"))
        if absentee is not None:
            person.substitute_for = absentee.name
            return
        if cue != "representing":
            person.substitute_for = text[len(cue):].strip(" :") or None
            return
        text = text[len(cue):].strip()
    if has_role_word(text) or is_post_nominal(text):
        add_role_text(person, text)
    elif text[:1].islower():
        return  # a remark such as "(arrived at 7.01pm)" or "(via Teams)"
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
