"""Item headings of minutes and agendas: "7 Title", "84. Title", "CSP/23/45 Title", "Item 4 - Title",
"6.1 Title", "Minute 23/045 Title" (year first), "21.01.05 Title" (parish year.month.number),
"Items 4 & 5. Title", "A. Title" (a consent calendar), "1.MINUTES", "1\\. PUBLIC FORUM The resident
..." (inline capitals), "7<TAB>Title<TAB>Lead", a Kent-style "(Item N)" line under a heading, and
the unnumbered headings of minutes that number nothing. The numbering schemes are named in
`numbering`.

A numbered line is only a heading when it reads like a title (short, not a sentence) and its
number fits the sequence so far; a run of numbers that breaks the sequence is a list inside an
item unless it starts a new list of items (see `in_sequence`). A title wrapped over lines takes
its continuation in (see `wrapped_title`). Headings are set apart by the layout first: bold or
capitals (`weighted`), a colon closing a label, an outline's top level; wording second.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from extract.finders import people
from extract.finders.sentences import ABBREVIATIONS, sentence_breaks
from extract.records import Line
from extract.structure import item_labels
from extract.structure.numbering import CODED, LETTER, NUMBER, number_scheme

# After the number: a mark and a space, or a full stop run into a capital ("1.MINUTES").
AFTER_NUMBER = re.compile(r"^(?:\\?\.|:|\))?(?:\s*[-\u2013:]\s+|\s+|\t)|^\\?\.(?=[A-Z])")
# The word a gutter prints before an item's number: "Item 4", "Minute No. 45/24", "Min. 12".
NUMBER_WORD = re.compile(r"^(?:(?:Agenda\s+)?Item|Minute|Min\.?)\s+(?:No\.?\s*)?", re.I)
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
# The time an agenda allots to an item, printed after its title: "(30 mins)", "(15 minutes)".
DURATION = re.compile(r"\s*\(\d{1,3}\s*(?:mins?|minutes|hrs?|hours?)\.?\)\s*$", re.I)
HTML_TAG = re.compile(r"<[^>]+>")
# Words that join two runs of capitals inside one title: "PLAN - UPDATE", "FIRE & RESCUE".
JOINERS = frozenset("- \u2013 \u2014 & +".split())
CAPS_WORD = re.compile(r"^[A-Z0-9][A-Z0-9&/'\u2019.,-]*:?$")
# "24/061", and a body's code spaced from it, "ICB 24/061"; "PLA146/14" runs on its first number.
YEAR_SLASH = re.compile(r"^(?:[A-Z]{2,6}\s)?(\d+)/(\d+)$")
CODED_THREE = re.compile(r"^[A-Z]+/(\d+)/(\d+)$")
# Numbers whose last part runs: "21.01.05" (year, month, number), "4 & 5" (two items together).
RUNS_ON_LAST = re.compile(r"\d{2}\.\d{1,2}\.\d{1,3}|\d+\s*(?:&|and)\s*\d+")
TABLE_NUMBER = re.compile(rf"[A-Z]{{0,6}}/?\d{{1,4}}(?:[./]\d{{1,4}}){{0,2}}|\d{{1,3}}{LETTER}")
MAX_GAP = 5
# Words that make a numbered line a sentence rather than a title.
FINITE_VERB = re.compile(r"\b(?:was|were|is|are|will|would|had|has|have|shall)\b|(?<!\bto )\bbe\b")
SENTENCE_OPENING = re.compile(r"(?:That|THAT|RESOLVED|Resolved)\b")
# A title closed by a colon stands over what follows; a sentence closed by one introduces a list:
# "Mr Gough provided an update on the following:", "Apologies for absence accepted from:".
LIST_INTRODUCTION = re.compile(r"\b(?:following|below|include|includes|including|namely|from|of|to|by|as)$", re.I)
# A title line cannot end on these: the title goes on on the next line ("... THE RESIGNATION OF").
DANGLING = re.compile(r"(?:\b(?:of|the|and|to|for|in|on|at|by|with|from|a|an|or|into|under)|[,&\-\u2013])$", re.I)
# A presenter or lead in brackets closing an agenda entry: "(Takaoka)", "(Cllr Ann Able)".
PRESENTER = re.compile(r"\s*\((?:[A-Z][\w'\u2019.-]*\s?){1,3}\)$")
# A line wrapped at the page width holds at least this many words.
FULL_LINE_WORDS = 8
MAX_WRAPPED_LINES = 2
# Font sizes over the body text's that still count as one size (rounding of PDF font sizes).
SIZE_TOLERANCE = 0.05
MAX_TITLE_WORDS = 25
# A title wrapped over lines may be longer: a US agenda's "Consideration and possible action to ...".
MAX_WRAPPED_TITLE_WORDS = 45
TITLE_CHARS_PER_WORD = 9
# A list label opening a line: "a. Selection of Mayor", "(ii) ...", "b) ...".
# "a)", "(iv)", "a.1)": a sub-item's label, which no title wraps on to
LIST_LABEL = re.compile(r"^\(?(?:[a-z]\.\d{1,2}\)|(?:[a-z]|[ivx]{1,4})[.)])\s")
MAX_HEADING_WORDS = 12
# "Matters Arising: The Clerk reported ...": a label up to a colon that opens a line.
RUN_IN_LABEL = re.compile(r"^(?P<label>[^:\t]{2,60}?)\s*:(?:\s+|$)")
MIN_PROSE_WORDS = 6
# A list entry "who - what": "Central Services BCKL&WN - Street Naming", "H Brett & Son Ltd - request to ...".
ENTRY = re.compile(r"^[^-\u2013]{2,60}\s[-\u2013]\s")
MAX_ATTENDANCE_LABEL_WORDS = 4
# Lines between two labels of one attendance block ("Present:", its names, "Apologies:").
ATTENDANCE_BLOCK_GAP = 12
# Word's bullets by outline level as PDFs print them: "•" (the Symbol font's U+F0B7), "o", and
# "▪" (Wingdings' U+F0A7).
OUTLINE_LEVELS = {"\u2022": 1, "\uf0b7": 1, "\u25cf": 1, "o": 2, "\u25e6": 2, "\u25cb": 2,
                  "\uf0a7": 3, "\u25aa": 3, "\u25a0": 3}
BULLET = re.compile(r"^(\S)\s+")
# Small words a title in title case leaves in lower case ("Minutes of the Last Meeting").
MINOR_WORDS = frozenset("a an and as at by de for from in into of on or per the to via vs with".split())
TitleRule = Callable[[str], str]


@dataclass
class Heading:
    index: int          # the line the heading starts on
    number: str | None
    title: str
    rest: str = ""      # text after an inline heading on its line, or a table row's other cells
    last: int = -1      # the last line the heading occupies
    style: str = ""     # how its number is printed: scheme, mark and weight ("plain.", "item:*")

    def __post_init__(self) -> None:
        if self.last < self.index:
            self.last = self.index


@dataclass
class Numbered:
    number: str
    rest: str           # the text after the number
    style: str          # the numbering scheme and the mark after the number: "plain.", "item:"


def weighted(line: Line) -> bool:
    """Whether the page sets a line apart, as most templates set item headings: in bold or
    underlined, or as a heading (markup's, or a short line larger than the body text)."""
    return line.bold or line.underline or line.heading > 0


def clean_title(text: str) -> str:
    text = HTML_TAG.sub(" ", text).replace("**", "")
    text = TRAILING_REF.sub("", PAGES.sub("", DURATION.sub("", text)))
    return re.sub(r"\s+", " ", text).strip(" -\u2013:;,\t")


def line_to_numbered(text: str) -> Numbered | None:
    """The item number opening a line ("84. Apologies"), or None when there is none."""
    m = NUMBER.match(text)
    if not m:
        return None
    after = AFTER_NUMBER.match(text[m.end():])
    if not after:
        return None
    scheme, number = number_scheme(m)
    mark = text[m.end():m.end() + after.end()].strip(" \t\\-\u2013")[:1]
    return Numbered(number, text[m.end() + after.end():], scheme + mark)


def split_number(text: str) -> tuple[str, str] | None:
    """("84", "Apologies") from "84. Apologies"; None when the line opens with no item number."""
    numbered = line_to_numbered(text)
    return (numbered.number, numbered.rest) if numbered else None


def sequence_key(number: str, year_first: bool = False, year_last: bool = False) -> tuple[int, ...]:
    """The running part of an item number: 77 of "77/21", 146 of "PLA146/14", 45 of "CSP/23/45",
    45 of "23/045" when the section writes the year first, 16 of "HSC/16/24" when its coded
    numbers write the year last; (5, 1) of "5a", after 5; 5 of "21.01.05" (year, month, number)
    and of "4 & 5" (two items taken together)."""
    if re.fullmatch(r"[A-Z]", number):
        return (ord(number) - ord("A") + 1,)
    lettered = re.fullmatch(rf"(\d{{1,3}}){LETTER}", number)
    if lettered:
        return int(lettered.group(1)), ord(number.rstrip(")")[-1].lower()) - ord("a") + 1
    parts = [int(p) for p in re.findall(r"\d+", number)]
    if CODED_THREE.match(number):
        return (parts[-2],) if year_last else (parts[-1],)
    if (year_first and YEAR_SLASH.match(number)) or RUNS_ON_LAST.fullmatch(number):
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


def is_title_case(text: str) -> bool:
    """Every word capitalised but the small ones: "Corporate Services", "Minutes of the Last Meeting"."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or w in MINOR_WORDS for w in words)


def is_title_like(title: str, colon: bool = False, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Short, capitalised, not a sentence: no finite verb, no closing full stop, no second
    sentence. With `colon`, a closing colon may mark a heading over what follows."""
    if colon and title.endswith(":") and not LIST_INTRODUCTION.search(title[:-1].rstrip()):
        title = title[:-1].rstrip()
    words = title.split()
    if not words or not re.match(r"[A-Z0-9\"'\u2018\u201c(*<]", title) or sum(c.isalpha() for c in title) < 2:
        return False
    if len(words) > max_words or len(title) > max_words * TITLE_CHARS_PER_WORD:
        return False
    if title.endswith((":", ";", ",")) or FINITE_VERB.search(title) or SENTENCE_OPENING.match(title):
        return False
    # A presenter in brackets may follow the full stop of an agenda entry: "... Paul Seo. (Takaoka)".
    if sentence_breaks(PRESENTER.sub("", DURATION.sub("", title))):
        return False
    # A full stop ends a sentence, not a title, unless it closes an abbreviation ("A.O.B.", "Inc.").
    return not title.endswith(".") or "." in words[-1][:-1] or words[-1][:-1].lower() in ABBREVIATIONS


def is_street_address(numbered: Numbered) -> bool:
    words = numbered.rest.split()
    return (numbered.style == "plain" and 2 <= len(words) <= 4 and words[-1].lower() in item_labels.STREET_WORDS
            and all(w[:1].isupper() for w in words))


def line_to_heading(index: int, text: str, title_of: TitleRule | None = None, bold: bool = False) -> Heading | None:
    """The heading a line holds, judged on the line alone. `title_of` cuts a title out of a
    longer entry (agenda front sheets); without it the whole rest of the line must read as a
    title. `bold`: the line is set in bold, which is part of its numbering style."""
    weight = "*" if bold else ""
    if "\t" in text:
        cells = [c.strip() for c in text.split("\t")]
        number = NUMBER_WORD.sub("", cells[0].rstrip(".:"))
        if not TABLE_NUMBER.fullmatch(number):
            return None
        k = next((k for k in range(1, len(cells)) if cells[k]), len(cells))
        raw = first_paragraph(cells[k]) if k < len(cells) else ""
        title = clean_title(title_of(raw)) if title_of else raw
        # Tabular minutes go on in the row's other cells (discussion, action, owner).
        rest = "\t".join(c for c in cells[k + 1:] if c)
        return Heading(index, number, title, rest, style="table" + weight) if is_title_like(title) else None
    numbered = line_to_numbered(text)
    if numbered is None or is_street_address(numbered):
        return None
    number, rest, style = numbered.number, numbered.rest, numbered.style + weight
    caps = inline_caps_title(rest)
    if caps and caps[1] and not (is_title_like(rest.strip()) and is_title_case(caps[1])):
        return Heading(index, number, caps[0], caps[1], style=style)
    if title_of:
        cut = title_of(rest)
        title = clean_title(cut)
        # the description printed after the title on its line is its rest: the title does not wrap on
        described = " ".join(rest.split()[len(cut.split()):])
        return Heading(index, number, title, described, style=style) if is_title_like(title) else None
    title = clean_title(rest)
    # A title line ending on a comma goes on on the next line (see `wrapped_title`).
    whole = is_title_like(title) and is_title_like(rest.strip().removesuffix(","), colon=True)
    return Heading(index, number, title, style=style) if whole else None


def set_apart_headings(lines: list[Line], not_headings: Callable[[str], bool]) -> list[Heading]:
    """Headings of minutes that number nothing (parish and town style): short lines set apart by
    capitals or weight ("PLANNING", "**Open Forum**"), and titles closed by a colon, alone
    ("Matters Arising:") or run into their text ("Precept: Proposed by ..."). The header comes
    first: capitals above the first line of ordinary text are the document's own title
    ("ASHCOMBE PARISH COUNCIL"), and labels up to the attendance block's ("Present:") are its
    own. `not_headings` rules out marker lines ("RESOLVED", "CARRIED") that look like headings."""
    labels = Counter(found[0] for line in lines if (found := run_in_label(line)))
    start = header_end(lines)
    headings: list[Heading] = []
    for i in range(start, len(lines)):
        text = lines[i].text.strip()
        if "\t" in text or not_headings(text) or (headings and i <= headings[-1].last):
            continue
        label, rest = run_in_label(lines[i]) or ("", "")
        if label and labels[label] == 1 and is_item_label(label) \
                and not SENTENCE_OPENING.match(rest) and not (i and continues_into_next(lines[i - 1].text)):
            headings.append(Heading(i, None, clean_title(label), rest))
        elif (weighted(lines[i]) or is_caps_line(text)) and len(text.split()) <= MAX_HEADING_WORDS \
                and is_title_like(text, colon=True) and not indented_under(lines, i):
            headings.append(wrapped_title(Heading(i, None, clean_title(text)), lines, len(lines)))
    more = outline_headings(lines, not_headings)
    if sum(h.rest != "" or lines[h.index].text.rstrip().endswith(":") for h in headings) >= 2:
        more += standalone_titles(lines, start, not_headings)
    taken = {h.index for h in headings}
    return sorted(headings + [h for h in more if h.index not in taken], key=lambda h: h.index)


def indented_under(lines: list[Line], i: int) -> bool:
    """Whether line i stands further in than the line after it: the end of a wrapped list entry
    ("“Adopt-A-Meter” art program" under its bullet), not a heading over what follows."""
    return i + 1 < len(lines) and lines[i].indent > lines[i + 1].indent


def outline_level(text: str) -> int:
    """The outline level of a bulleted line (1 for "•"), 0 for a line without a bullet."""
    m = BULLET.match(text)
    return OUTLINE_LEVELS.get(m.group(1), 0) if m else 0


def outline_headings(lines: list[Line], not_headings: Callable[[str], bool]) -> list[Heading]:
    """Minutes written as a bulleted outline: a top-level entry that opens deeper ones titles an
    item ("• New Business" over "o APPROVED – 2018 Meetings Calendar"); one that does not is a
    record of its own ("• Meeting adjourned at 11:25am")."""
    return [Heading(i, None, title) for i in range(len(lines) - 1)
            if outline_level(lines[i].text) == 1 and outline_level(lines[i + 1].text) > 1
            and is_item_label(title := clean_title(BULLET.sub("", lines[i].text.strip())))
            and not not_headings(title)]


def standalone_titles(lines: list[Line], start: int, not_headings: Callable[[str], bool]) -> list[Heading]:
    """Where minutes title their items with labels, a short line in title case standing alone
    above a paragraph of prose is an item's title too ("Allotments" / "Cllr Precey informed the
    meeting ..."); a short line above another list entry is not ("Approved by Parish"), nor is
    an entry "who - what" above another ("Central Services - Street Naming")."""
    return [Heading(i, None, clean_title(text)) for i in range(start, len(lines) - 1)
            if is_title_case(text := lines[i].text.strip()) and len(text.split()) <= MAX_HEADING_WORDS
            and ":" not in text and "\t" not in text and is_item_label(text) and not not_headings(text)
            and is_prose(lines[i + 1].text) and not (ENTRY.match(text) and ENTRY.match(lines[i + 1].text))]


def continues_into_next(text: str) -> bool:
    """Whether a line stops mid-sentence ("... or local board;"), so the next line goes on with it."""
    return bool(re.search(r"[;,]$", text.rstrip())) or bool(DANGLING.search(text.rstrip()))


def is_prose(text: str) -> bool:
    """A sentence or more: a finite verb, or a closing full stop."""
    return len(text.split()) >= MIN_PROSE_WORDS and bool(FINITE_VERB.search(text) or text.rstrip().endswith("."))


def caps_after(lines: list[Line], headings: list[Heading], end: int,
               not_headings: Callable[[str], bool]) -> list[Heading]:
    """Unnumbered headings in capitals after the last numbered item, up to line `end`: what
    minutes add after the agenda's items ("OPEN FORUM", "DATES FOR MEETINGS IN 2022"). Where
    the numbered headings are capitals themselves, capitals set nothing apart."""
    if sum(is_caps_line(h.title) for h in headings) * 2 >= len(headings):
        return []
    return [Heading(i, None, clean_title(lines[i].text)) for i in range(headings[-1].last + 1, end)
            if is_caps_line(lines[i].text) and is_title_like(lines[i].text.strip())
            and not not_headings(lines[i].text.strip())]


def header_end(lines: list[Line]) -> int:
    """The first line after a document's header: after the capitals above its first line of
    ordinary text, and after its attendance block: the first attendance label ("Present:") and
    those following it closely ("Apologies: ...")."""
    first_text = next((i for i, line in enumerate(lines) if not is_caps_line(line.text)), len(lines))
    attendance = [i for i, line in enumerate(lines) if is_attendance_label(line)]
    end = first_text + 1
    for k, i in enumerate(attendance):
        if k and i - attendance[k - 1] > ATTENDANCE_BLOCK_GAP:
            break
        end = max(end, i + 1)
    return end


def run_in_label(line: Line) -> tuple[str, str] | None:
    """The label opening a line and the text after it: a bold run however it is closed ("**Planning.**
    The council ...", "<b>Finance</b> - The schedule ..."), the weight setting it apart, or a label
    closed by a colon ("Precept: Proposed by ...")."""
    text = line.text.strip()
    if line.lead and text.startswith(line.lead) and len(line.lead) < len(text):
        return line.lead.rstrip(" .:-\u2013"), text[len(line.lead):].lstrip(" .:-\u2013")
    m = RUN_IN_LABEL.match(text)
    return (m.group("label"), text[m.end():].strip()) if m else None


def is_attendance_label(line: Line) -> bool:
    label = run_in_label(line)
    words = (label[0] if label else line.text).lower().split()
    return len(words) <= MAX_ATTENDANCE_LABEL_WORDS and bool(set(words) & item_labels.ATTENDANCE_WORDS)


def is_item_label(label: str) -> bool:
    """Whether a run-in label titles an item ("Matters Arising", "Methwold High School") rather
    than a field of a record ("Proposed", "Date"), the attendance ("Those Attending") or a person
    ("Mayor Tom Piper", "R2023-158 D. Yemm")."""
    words = label.lower().split()
    if len(words) > MAX_HEADING_WORDS or not label[:1].isupper() or re.search(r"\d|\b[A-Z]\.", label):
        return False
    if label.lower() in item_labels.FIELD_LABELS or set(words) & item_labels.ATTENDANCE_WORDS:
        return False
    first = words[0].rstrip(".")
    if first in people.HONORIFICS or first in people.ROLE_TITLES or " ".join(words[:2]) in people.HONORIFICS:
        return False
    return is_title_like(label)


def is_caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return ("\t" not in text and len(letters) >= 4 and len(text.split()) <= MAX_HEADING_WORDS
            and all(c.isupper() for c in letters))


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
        return True
    return -MAX_GAP <= gap <= MAX_GAP and (gap > 0 or key[0] > min(k[0] for k in seen))


def run_of(keys: list[tuple[int, ...]], candidates: list[Heading], start: int,
           seen: set[tuple[int, ...]], last: tuple[int, ...] | None) -> tuple[list[int], int]:
    """The run of numbers counting on from candidate `start` in its style ("1.", "2.", "3."), and
    where it ends: at a number of that style that does not count on, or at one of another style
    that continues the items' own sequence. Numbers of other styles inside it (an address, "123
    Newbury St") are not part of it."""
    members = [start]
    j = start + 1
    while j < len(keys):
        if candidates[j].style == candidates[start].style:
            if not 0 < keys[j][0] - keys[members[-1]][0] <= 2:
                break
            members.append(j)
        elif fits_sequence(keys[j], seen, last):
            break
        j += 1
    return members, j


def in_sequence(candidates: list[Heading], keys: list[tuple[int, ...]], section_heading: Callable[[int, int], bool]
                ) -> list[Heading]:
    """The candidates whose numbers run on as items do. A run of numbers that breaks the sequence
    is a list inside an item when the items' numbering takes up again after it ("7.
    Correspondence:", "1. ...", "2. ...", "8. Planning"); a run starting again at 1 (or A) is a
    new list of items when a section heading stands between it and the last item ("CONSENT
    CALENDAR:"), or when it is printed in the items' own style and nothing continues them (a
    licensing board's lists of hearings). `section_heading(a, b)`: whether lines a to b hold one."""
    chosen: list[Heading] = []
    seen: set[tuple[int, ...]] = set()
    last: tuple[int, ...] | None = None
    i = 0
    while i < len(candidates):
        if fits_sequence(keys[i], seen, last):
            chosen.append(candidates[i])
            seen.add(keys[i])
            last = keys[i]
            i += 1
            continue
        members, end = run_of(keys, candidates, i, seen, last)
        resumes = end < len(keys) and fits_sequence(keys[end], seen, last)
        new_list = keys[i][0] == 1 and len(members) >= 2 and not resumes and (
            candidates[i].style == chosen[-1].style or section_heading(chosen[-1].last + 1, candidates[i].index))
        if new_list:
            seen, last = set(), None
            continue
        i = end
    return chosen


def lines_to_headings(lines: list[Line], title_of: TitleRule | None = None, skip: frozenset[int] = frozenset(),
                      not_headings: Callable[[str], bool] = lambda text: False) -> list[Heading]:
    """The item headings of a section, in document order; lines in `skip` (rows of an action
    table, say) are never headings, nor are lines `not_headings` names (record markers)."""
    marked = marked_headings(lines)
    if marked:
        return marked
    candidates = lettered_from_a([h for i, line in enumerate(lines) if i not in skip
                                  and (h := line_to_heading(i, line.text, title_of, weighted(line))
                                       or number_above_title(i, lines)) and h.number is not None])
    numbers = [h.number for h in candidates if h.number]
    year_first, year_last = writes_year_first(numbers), writes_year_last(numbers)
    keys = [sequence_key(h.number or "", year_first, year_last) for h in candidates]

    section_lines: list[int] | None = None

    def section_heading(start: int, end: int) -> bool:
        # the lines are looked at once, not once a run: a long document has thousands of runs
        nonlocal section_lines
        if section_lines is None:
            section_lines = [k for k, line in enumerate(lines) if is_caps_line(text := line.text.strip())
                             and is_title_like(text, colon=True) and not not_headings(text)]
        return bisect.bisect_left(section_lines, start) < bisect.bisect_left(section_lines, end)

    chosen = in_sequence(candidates, keys, section_heading)
    stops = [h.index for h in chosen[1:]] + [len(lines)] if chosen else []
    return [wrapped_title(absorb_marker(h, lines), lines, stop) for h, stop in zip(chosen, stops, strict=True)]


def lettered_from_a(candidates: list[Heading]) -> list[Heading]:
    """Capital-lettered candidates only where the letters run from A ("A.", "B.", "C."): a lone
    "C. Sheehan and A. Talukder" is a wrapped list of names, not item C."""
    kept: list[Heading] = []
    letter = "@"
    for h in candidates:
        if h.style.startswith("capital"):
            if h.number not in (chr(ord(letter) + 1), chr(ord(letter) + 2)):
                continue
            letter = h.number or letter
        kept.append(h)
    return kept


def number_above_title(i: int, lines: list[Line]) -> Heading | None:
    """A heading whose number stands on a line of its own ("5." then "Public Question Time"); a
    bare "5" is left alone, as page numbers look just like it."""
    m = NUMBER_ALONE.match(lines[i].text.strip())
    if not m or i + 1 >= len(lines):
        return None
    title = clean_title(lines[i + 1].text)
    if split_number(lines[i + 1].text) or not is_title_like(title) or not is_title_like(lines[i + 1].text.strip()):
        return None
    scheme, number = number_scheme(m)
    style = scheme + lines[i].text.strip()[m.end(scheme):][:1] + ("*" if weighted(lines[i]) else "")
    return Heading(i, number.replace(" ", ""), title, last=i + 1, style=style)


def wrapped_title(heading: Heading, lines: list[Line], stop: int) -> Heading:
    """A title wrapped onto the next lines (before `stop`) takes them in: lines after one that
    cannot end a title ("... THE RESIGNATION OF"), lines going on in lower case, a presenter in
    brackets on a line of its own, and after a full line (one that reached the page's width) a
    line set like it, in bold and in the same case, or one that closes the entry with its
    presenter ("... of the General" / "Municipal Election of November 8, 2022 (Takaoka)")."""
    if heading.rest or ITEM_MARKER.match(lines[heading.last].text.strip()):
        return heading
    taken: list[str] = []
    above = lines[heading.last].text.strip()
    for j in range(heading.last + 1, min(stop, heading.last + 1 + MAX_WRAPPED_LINES)):
        text = lines[j].text.strip()
        presenter = PRESENTER.fullmatch(DURATION.sub("", text))
        ends = above.endswith(":") or (above.endswith(".") and above.split()[-1][:-1].lower() not in ABBREVIATIONS)
        if (ends and not presenter) or "\t" in text or split_number(text) or ITEM_MARKER.match(text) \
                or LIST_LABEL.match(text) or not same_size(lines[heading.index], lines[j]):
            break
        lower = text[:1].islower()
        full = len(above.split()) >= FULL_LINE_WORDS
        goes_on = (DANGLING.search(above) or lower or presenter
                   or (full and weighted(lines[heading.index]) and weighted(lines[j]) and same_case(above, text))
                   or (full and closes_with_presenter(lines, j, stop)))
        if not (goes_on and (lower or presenter or is_title_like(text, colon=True))):
            break
        # the title lost the comma or dash closing the heading's own line to `clean_title`
        closing = "" if taken else above[len(above.rstrip(",;-\u2013")):]
        taken.append(f"{closing} {text}")
        above = text
    while taken and not is_title_like(joined := clean_title(heading.title + "".join(taken)),
                                      max_words=MAX_WRAPPED_TITLE_WORDS):
        taken.pop()
    if not taken:
        return heading
    return Heading(heading.index, heading.number, joined, heading.rest, heading.last + len(taken), heading.style)


def same_size(line: Line, other: Line) -> bool:
    """Whether two lines are printed in one font size, as the lines of one wrapped title are; a
    smaller line under a heading is a sub-heading or a label ("Councillors" under "RECORD OF
    ATTENDANCE / APOLOGIES"). Lines of formats without sizes are alike."""
    return line.size is None or other.size is None or abs(line.size - other.size) <= SIZE_TOLERANCE


def same_case(line: str, other: str) -> bool:
    """Whether two lines are both in capitals or both not."""
    return is_caps_line(line) == is_caps_line(other)


def closes_with_presenter(lines: list[Line], j: int, stop: int) -> bool:
    """Whether line j, or the line after it, ends an agenda entry with a presenter in brackets."""
    return any(PRESENTER.search(lines[k].text.strip()) for k in range(j, min(stop, j + MAX_WRAPPED_LINES)))


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
