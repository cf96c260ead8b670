"""Item headings of minutes and agendas: "7 Title", "84. Title", "CSP/23/45 Title", "Item 4 - Title",
"6.1 Title", "Minute 23/045 Title" (year first), "Min. 45/23 Title", "Minute No. 12 Title",
"1\\. PUBLIC FORUM The resident ..." (inline capitals), "7<TAB>Title<TAB>Lead", a Kent-style
"(Item N)" line under a heading, and unnumbered headings in capitals in minutes that number nothing.

A numbered line is only a heading when it reads like a title (short, not a sentence) and its
number fits the sequence so far, so numbered lists inside a discussion or a resolution are not
taken for items.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extract.records import Line

# A body's code with a minute number: "CSP/23/45" (year first), "HSC/16/24" (year last), "C/24/19",
# "ICB 24/061", and a code with a running number alone, "PL/33", before the title or an
# application reference ("PL/33 24/00712/FUL - Land at ...").
CODED = r"[A-Z]{1,6}/\d{2,4}/\d{1,4}|[A-Z]{2,6}\s?\d{1,4}/\d{2,4}|[A-Z]{2,6}/\d{1,4}(?![\w/])"
# A sub-item lettered under its parent: "5a", "5(a)", "5.a", "5A". The letter is attached to the
# number, so a lettered sub-resolution "(a) That ..." is not one.
LETTER = r"(?:\.?[A-Za-z]|\([A-Za-z]\))"
NUMBER = re.compile(
    rf"^(?:(?:Agenda\s+)?Item|Minute|Min\.?)\s+(?:No\.?\s*)?(?P<item>[A-Z]{{0,6}}/?\d{{1,4}}(?:[./]\d{{1,4}}){{0,2}}"
    rf"(?:{LETTER}(?![\w(]))?)"
    rf"|^(?P<lettered>\d{{1,3}}{LETTER})(?=\\?\.|\s|:|\t|\))"
    rf"|^(?P<coded>{CODED})"
    r"|^(?P<slash>\d{1,3}/\d{2,4})"
    r"|^(?P<sub>\d{1,2}\.\d{1,2})(?=[\s:])"
    r"|^(?P<plain>\d{1,3})(?=\\?\.|\s|:|\t|\))"
)
AFTER_NUMBER = re.compile(r"^(?:\\?\.|:|\))?(?:\s*[-\u2013:]\s+|\s+|\t)")
NUMBER_ALONE = re.compile(
    rf"^(?:(?:(?:Agenda\s+)?Item|Minute|Min\.?)\s+(?:No\.?\s*)?(?P<item>\d{{1,3}}(?:\.\d{{1,2}})?)"
    rf"|(?P<coded>{CODED}|\d{{1,3}}/\d{{2,4}})"
    r"|(?P<plain>\d{1,3}(?:\.\d{1,2})?)(?=[.:]))[.:]?$"
)
ITEM_MARKER = re.compile(r"^\(\s*(?:Agenda\s+)?Item\s+(?P<n>\d{1,3}(?:\.\d{1,2})?)\s*\)$", re.I)
PAGES = re.compile(r"\s*\((?:Pages?\s+)?\d+(?:\s*[-\u2013]\s*\d+)?\)|\s*\bPages?\s+\d+(?:\s*[-\u2013]\s*\d+)?$", re.I)
# A report reference or agenda marker printed after a title: "(Report A.1)", "(CAB/23/12)", "(Item 5)".
TRAILING_REF = re.compile(
    r"\s*\((?:(?:Agenda\s+)?Item\s+\d{1,3}(?:\.\d{1,2})?|(?:Report\s+(?:No\.?\s*)?|Ref\.?\s*)[\w./-]+"
    r"|[A-Z]{1,6}/\d{1,4}(?:/\d{1,4})+)\)\s*$", re.I)
HTML_TAG = re.compile(r"<[^>]+>")
# Words that join two runs of capitals inside one title: "PLAN - UPDATE", "FIRE & RESCUE".
JOINERS = frozenset("- \u2013 \u2014 & +".split())
CAPS_WORD = re.compile(r"^[A-Z0-9][A-Z0-9&/'\u2019.,-]*:?$")
# "24/061", and a body's code spaced from it, "ICB 24/061"; "PLA146/14" runs on its first number.
YEAR_SLASH = re.compile(r"^(?:[A-Z]{2,6}\s)?(\d+)/(\d+)$")
CODED_THREE = re.compile(r"^[A-Z]+/(\d+)/(\d+)$")
TABLE_NUMBER = re.compile(rf"[A-Z]{{0,6}}/?\d{{1,4}}(?:[./]\d{{1,4}}){{0,2}}|\d{{1,3}}{LETTER}")
MAX_GAP = 5
# Words that make a numbered line a sentence rather than a title.
FINITE_VERB = re.compile(r"\b(?:was|were|is|are|will|would|had|has|have|shall)\b|(?<!\bto )\bbe\b")
SENTENCE_OPENING = re.compile(r"(?:That|THAT|RESOLVED|Resolved)\b")
TitleRule = Callable[[str], str]


@dataclass
class Heading:
    index: int          # the line the heading starts on
    number: str | None
    title: str
    rest: str = ""      # text after an inline heading on its line, or a table row's other cells
    last: int = -1      # the last line the heading occupies

    def __post_init__(self) -> None:
        if self.last < self.index:
            self.last = self.index


def clean_title(text: str) -> str:
    text = HTML_TAG.sub(" ", text).replace("**", "")
    text = TRAILING_REF.sub("", PAGES.sub("", text))
    return re.sub(r"\s+", " ", text).strip(" -\u2013:;,\t")


def split_number(text: str) -> tuple[str, str] | None:
    """("84", "Apologies") from "84. Apologies"; None when the line opens with no item number."""
    m = NUMBER.match(text)
    if not m:
        return None
    after = AFTER_NUMBER.match(text[m.end():])
    if not after:
        return None
    number = next(v for v in m.groupdict().values() if v)
    return re.sub(r"\s+", " ", number), text[m.end() + after.end():]


def sequence_key(number: str, year_first: bool = False, year_last: bool = False) -> tuple[int, ...]:
    """The running part of an item number: 77 of "77/21", 146 of "PLA146/14", 45 of "CSP/23/45",
    45 of "23/045" when the section writes the year first, 16 of "HSC/16/24" when its coded
    numbers write the year last; (5, 1) of "5a", after 5."""
    lettered = re.fullmatch(rf"(\d{{1,3}}){LETTER}", number)
    if lettered:
        return int(lettered.group(1)), ord(number.rstrip(")")[-1].lower()) - ord("a") + 1
    parts = [int(p) for p in re.findall(r"\d+", number)]
    if re.match(r"^[A-Z]+/\d+/\d+$", number):
        return (parts[-2],) if year_last else (parts[-1],)
    if year_first and YEAR_SLASH.match(number):
        return (parts[-1],)
    if "/" in number:
        return (parts[0],)
    return tuple(parts)


def writes_year_first(numbers: list[str]) -> bool:
    """Whether a section's "A/B" minute numbers put the year first ("23/045", "23/046"): the year
    is the part that stays the same from minute to minute."""
    pairs = [m.groups() for n in numbers if (m := YEAR_SLASH.match(n))]
    return len({a for a, _ in pairs}) < len({b for _, b in pairs})


def writes_year_last(numbers: list[str]) -> bool:
    """Whether a section's coded minute numbers put the year last ("HSC/16/24", "HSC/17/24"):
    the last part stays the same while the middle one runs."""
    pairs = [m.groups() for n in numbers if (m := CODED_THREE.match(n))]
    return len({b for _, b in pairs}) < len({a for a, _ in pairs})


def inline_caps_title(text: str) -> tuple[str, str] | None:
    """("REVIEW 2018/19 BUDGET and current commitments", "The budget ...") for a paragraph that
    opens with a heading in capitals; None when it does not."""
    words = text.split(" ")
    if not re.match(r"[A-Z]{2}", words[0]):
        return None
    n = 0
    while n < len(words) and (CAPS_WORD.match(words[n]) or joins_caps(words, n)):
        n += 1
        if words[n - 1].endswith(":"):
            break
    letters = sum(c.isalpha() for w in words[:n] for c in w)
    opens_sentence = n < len(words) and re.match(r"[A-Z]|(?:[a-h]|[ivx]{1,4})[.)]$", words[n])
    if letters < 4 or (n == 1 and not words[0].endswith(":") and not opens_sentence):
        return None
    if n < len(words) and words[n].startswith("("):
        close = next((k for k in range(n, len(words)) if words[k].endswith(")")), None)
        if close is not None:
            n = close + 1
    while n + 1 < len(words) and re.fullmatch(r"[a-z]+", words[n]):
        n += 1
    return clean_title(" ".join(words[:n])), " ".join(words[n:]).strip()


def joins_caps(words: list[str], n: int) -> bool:
    """A dash or ampersand between two runs of capitals ("HOUSING STRATEGY - PRE-DECISION
    SCRUTINY", "FIRE & RESCUE SERVICES") is inside the title, not where the text after it starts."""
    return words[n] in JOINERS and n + 1 < len(words) and bool(CAPS_WORD.match(words[n + 1]))


def is_title_like(title: str) -> bool:
    """Short, capitalised, not a sentence: no finite verb, no closing full stop."""
    words = title.split()
    if not words or not re.match(r"[A-Z0-9\"'\u2018\u201c(*<]", title) or sum(c.isalpha() for c in title) < 2:
        return False
    if len(words) > 25 or len(title) > 220:
        return False
    if title.endswith((":", ";", ",")) or FINITE_VERB.search(title) or SENTENCE_OPENING.match(title):
        return False
    # A full stop ends a sentence, not a title, unless it closes an abbreviation ("A.O.B.").
    return not title.endswith(".") or "." in words[-1][:-1]


def line_to_heading(index: int, text: str, title_of: TitleRule | None = None) -> Heading | None:
    """The heading a line holds, judged on the line alone. `title_of` cuts a title out of a
    longer entry (agenda front sheets); without it the whole rest of the line must read as a title."""
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        number = re.sub(r"^Item\s+", "", cells[0].rstrip(".:"), flags=re.I)
        if not TABLE_NUMBER.fullmatch(number):
            return None
        k = next((k for k in range(1, len(cells)) if cells[k]), len(cells))
        raw = first_paragraph(cells[k]) if k < len(cells) else ""
        title = clean_title(title_of(raw)) if title_of else raw
        # Tabular minutes go on in the row's other cells (discussion, action, owner).
        rest = "\t".join(c for c in cells[k + 1:] if c)
        return Heading(index, number, title, rest) if is_title_like(title) else None
    split = split_number(text)
    if split is None:
        return None
    number, rest = split
    caps = inline_caps_title(rest)
    if caps and caps[1]:
        return Heading(index, number, caps[0], caps[1])
    if title_of:
        title = clean_title(title_of(rest))
        return Heading(index, number, title) if is_title_like(title) else None
    title = clean_title(rest)
    return Heading(index, number, title) if is_title_like(title) and is_title_like(rest.strip()) else None


def caps_headings(lines: list[Line], not_headings: Callable[[str], bool]) -> list[Heading]:
    """Unnumbered headings of minutes that number nothing (parish and town style): short lines in
    capitals ("PLANNING", "DATE OF NEXT MEETING"). Capitals above the first line of ordinary text
    are the document's own title ("ASHCOMBE PARISH COUNCIL"); `not_headings` rules out marker
    lines ("RESOLVED", "CARRIED") that are capitals too."""
    first_text = next((i for i, line in enumerate(lines) if not is_caps_line(line.text)), len(lines))
    return [Heading(i, None, clean_title(line.text)) for i, line in enumerate(lines)
            if i > first_text and is_caps_line(line.text) and is_title_like(line.text.strip())
            and not not_headings(line.text.strip())]


def is_caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return "\t" not in text and len(letters) >= 4 and len(text.split()) <= 12 and all(c.isupper() for c in letters)


def first_paragraph(cell: str) -> str:
    """The title of an agenda table cell written as HTML paragraphs: its first paragraph."""
    m = re.search(r"<p>(.*?)</p>", cell)
    return clean_title(m.group(1) if m else cell)


def fits_sequence(key: tuple[int, ...], seen: set[tuple[int, ...]], last: tuple[int, ...] | None) -> bool:
    """A new number close to the last one; it may step back a little (an item taken early) but
    never below the first, so a list restarting at "1." inside item 87 is not an item."""
    if key in seen:
        return False
    if last is None:
        return True
    gap = key[0] - last[0]
    if gap == 0:
        return key > last
    return -MAX_GAP <= gap <= MAX_GAP and (gap > 0 or key[0] > min(k[0] for k in seen))


def lines_to_headings(lines: list[Line], title_of: TitleRule | None = None,
                      skip: frozenset[int] = frozenset()) -> list[Heading]:
    """The item headings of a section, in document order; lines in `skip` (rows of an action
    table, say) are never headings."""
    marked = marked_headings(lines)
    if marked:
        return marked
    candidates = [(h.number, h) for i, line in enumerate(lines) if i not in skip
                  and (h := line_to_heading(i, line.text, title_of) or number_above_title(i, lines))
                  and h.number is not None]
    numbers = [number for number, _ in candidates]
    year_first, year_last = writes_year_first(numbers), writes_year_last(numbers)
    headings: list[Heading] = []
    seen: set[tuple[int, ...]] = set()
    last: tuple[int, ...] | None = None
    for number, heading in candidates:
        key = sequence_key(number, year_first, year_last)
        if fits_sequence(key, seen, last):
            headings.append(absorb_marker(heading, lines))
            seen.add(key)
            last = key
    return headings


def number_above_title(i: int, lines: list[Line]) -> Heading | None:
    """A heading whose number stands on a line of its own ("5." then "Public Question Time"); a
    bare "5" is left alone, as page numbers look just like it."""
    m = NUMBER_ALONE.match(lines[i].text.strip())
    if not m or i + 1 >= len(lines):
        return None
    title = clean_title(lines[i + 1].text)
    if split_number(lines[i + 1].text) or not is_title_like(title) or not is_title_like(lines[i + 1].text.strip()):
        return None
    number = next(v for v in m.groupdict().values() if v).replace(" ", "")
    return Heading(i, number, title, last=i + 1)


def absorb_marker(heading: Heading, lines: list[Line]) -> Heading:
    """A heading whose title wraps onto the lines before an "(Item N)" marker takes them in."""
    for j in range(heading.index + 1, min(heading.index + 4, len(lines))):
        text = lines[j].text.strip()
        if ITEM_MARKER.match(text):
            extra = " ".join(lines[k].text.strip() for k in range(heading.index + 1, j))
            return Heading(heading.index, heading.number, clean_title(f"{heading.title} {extra}"), heading.rest, j)
        if heading.rest or not heading_continues(text):
            break
    return heading


def marked_headings(lines: list[Line]) -> list[Heading]:
    """Headings identified by an "(Item N)" line beneath them (ModernGov minutes)."""
    markers = [(i, m.group("n")) for i, line in enumerate(lines) if (m := ITEM_MARKER.match(line.text.strip()))]
    if len(markers) < 2:
        return []
    headings: list[Heading] = []
    floor = 0
    for j, agenda_number in markers:
        # Bare page numbers between a heading and its marker are furniture, not title.
        above = [k for k in range(j - 1, floor - 1, -1) if not re.fullmatch(r"\d{1,3}", lines[k].text.strip())][:3]
        taken: list[int] = []
        for k in above:
            if not heading_continues(lines[k].text):
                break
            taken.append(k)
            if split_number(lines[k].text):
                break
        if not taken:
            continue
        text = " ".join(lines[k].text.strip() for k in reversed(taken))
        split = split_number(text)
        number, title = (split[0], split[1]) if split else (agenda_number, text)
        headings.append(Heading(taken[-1], number, clean_title(title), last=j))
        floor = j + 1
    return headings


def heading_continues(text: str) -> bool:
    """Whether a line just above an "(Item N)" marker can be part of the heading."""
    text = text.strip()
    if text.count(")") > text.count("(") or re.search(r"\bRESOLVED\b|^[A-Z][A-Z ]+:", text):
        return False
    return bool(text) and len(text.split()) <= 20 and not text.endswith((".", ":", ";")) and not ITEM_MARKER.match(text)
