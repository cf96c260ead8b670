"""The meeting a document belongs to: body, date, time, venue, from its heading lines.

Four conventions, tried in this order; the first one that states a field wins it:
1. a labelled header block, as officer reports print it ("Name of meeting: Cabinet /
   Date: 28th November 2016", "To: Cabinet - 30 January 2025");
2. the sentence of a notice or of minutes ("The Panel will meet in <venue> at 10.00 am on
   <date>", "MINUTES of a meeting of the Cabinet held in <venue> on <date>", "A regular
   meeting of the <body> was held on <date>, starting at 6:30 p.m."), also when the heading
   prints it over several lines; not a sentence about the previous or the next meeting;
3. the heading: a body name over a date line ("KIRKLEES COUNCIL / CHILDREN'S SCRUTINY PANEL /
   Monday 6th November 2017"), both on one line ("CORPORATE PARENTING PANEL – 29 October
   2024", "TMG 14 November 2024", "Minutes of the Parish Council meeting of 2 November 2017"),
   with the time and venue after the date or on the next line. Minutes take the dated heading
   nearest their attendance list: one further up may be a pack's running header;
4. minutes or an agenda that print no date still name their body over their attendance list.
The heading of minutes is every line above their attendance list or first item (a web page or
a pack prints other lines first); of other papers, their first lines. Once a rule has printed a
date, later rules cannot replace it: a header date that is impossible (a year-less date whose
weekday does not fit) leaves the meeting undated rather than taking some other date from the
page; a full date keeps its day, month and year when only its weekday is wrong. A report's
meeting is the meeting it goes to, which is what its header block names. The body is printed
as the heading prints it, in title case when the heading is in capitals, without the council's
name when the heading gives it a line of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields

from extract.finders import dates
from extract.finders.date_patterns import HAS_YEAR, PRINTED_WEEKDAY, ROLE_CUES, TIME_PHRASE
from extract.records import Line, Meeting
from extract.structure import document_signals as ds
from extract.structure import meeting_patterns as mp
from extract.structure.splitting import clean

# Work programmes, forms, inspection reports and other papers belong to no one meeting.
MEETING_KINDS = ("agenda", "minutes", "report")
HEADER_LINES = 30
OPENING_LINES = 8


@dataclass
class Dating:
    """How this document's dates are read: its own first full date places a year-less one, and
    a North American paper writes its numeric dates month first."""

    anchor: str | None = None
    month_first: bool = False

    def date(self, phrase: str) -> str | None:
        found = dates.parse_date(phrase, self.anchor, self.month_first)
        if found is None and HAS_YEAR.search(phrase) and PRINTED_WEEKDAY.match(phrase):
            # A clerk's template keeps the weekday of another month ("Tuesday 8th September 2008"
            # was a Monday): the day, month and year printed in full are the meeting's date.
            found = dates.parse_date(PRINTED_WEEKDAY.sub("", phrase).strip(" ,"), self.anchor, self.month_first)
        return found


@dataclass
class Found:
    """What one rule read; `dated` says a date was printed even when it did not parse."""

    meeting: Meeting
    dated: bool = False


def title_case(text: str) -> str:
    """Title case for a body printed in capitals; a name in mixed case is kept as printed, and
    so is an acronym ("TMG", "SPC": no vowel)."""
    if any(c.islower() for c in text):
        return text
    words = []
    for n, word in enumerate(text.split()):
        lower = word.lower()
        if mp.ACRONYM.match(word):
            words.append(word)
        elif n and lower in mp.SMALL_WORDS:
            words.append(lower)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in lower.split("-")))
    return " ".join(words)


def clean_body(text: str) -> str | None:
    text = text.strip(mp.DASHES + ".")
    parts = [p.strip(mp.DASHES) for p in re.split(r"\s[-–—]\s|[–—]", text) if p.strip(mp.DASHES)]
    parts = [p for p in parts if not mp.MEETING_TYPE.match(p)]
    named = re.sub(r"^the\s+", "", parts[0] if parts else "", flags=re.IGNORECASE)
    if mp.NOT_A_BODY.match(named):
        return None
    body = mp.TRAILING_KIND_OF_PAPER.sub("", mp.ADDRESSING.sub("", named)).strip()
    body = mp.BROKEN_HYPHEN.sub("-", body)
    if not body or mp.NOT_A_BODY.match(body) or mp.ONLY_MEETING_TYPE_WORDS.match(body) \
            or mp.ONLY_KIND_OF_MEETING.match(body):
        return None
    return title_case(body)


def clean_venue(text: str) -> str | None:
    text = re.sub(r"^(?:venue:?|at)\s+", "", text.strip(mp.DASHES + ".()"), flags=re.IGNORECASE)
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).strip(mp.DASHES + ".()")
    return title_case(text) if text else None


def header_window(lines: list[Line]) -> list[str]:
    """The first lines of a document without markup or a markdown front-matter block, in
    English where a bilingual heading gives a Welsh rendering too."""
    texts = [clean(line.text) for line in lines[:HEADER_LINES + 12]]
    if texts and texts[0] == "---" and "---" in texts[1:]:
        texts = texts[texts.index("---", 1) + 1:]
    return split_dates_joined(english_renderings([t for t in texts if t][:HEADER_LINES]))


def split_dates_joined(texts: list[str]) -> list[str]:
    """A heading block may break its date over two lines ("Thursday 2" / "November 2017 at 7pm");
    such lines are read as one."""
    out: list[str] = []
    for text in texts:
        if out and date_across(out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def date_across(before: str, text: str) -> bool:
    """A dated phrase that starts with its weekday on `before` and ends on `text` ("Monday 6th" /
    "November 2017"); a figure alone at a line's end ("Agenda Item 6" / "May 2024 budget") is none."""
    cut = len(before)
    return any(match.start() < cut < match.end() - 1 and HAS_YEAR.search(match.group(0))
               and PRINTED_WEEKDAY.match(match.group(0)) for match in dates.date_phrases(f"{before} {text}"))


def is_welsh(text: str) -> bool:
    words = [w.strip(",.:;()").lower().replace("\u2019", "'") for w in text.split()]
    return sum(w in mp.WELSH_WORDS for w in words) > sum(w in mp.ENGLISH_WORDS for w in words)


def english_renderings(texts: list[str]) -> list[str]:
    """The lines with the English rendering of each bilingual one: "Nos Fercher 10 Ionawr 2024 /
    Wednesday 10 January 2024" -> the second half; a Welsh line beside its English rendering
    ("Cyngor Cymuned X" over "X Community Council") is dropped."""
    out = []
    for n, text in enumerate(texts):
        halves = text.split(mp.BILINGUAL_SPLIT)
        if len(halves) == 2 and is_welsh(halves[0]) != is_welsh(halves[1]):
            out.append(halves[1] if is_welsh(halves[0]) else halves[0])
            continue
        beside = texts[max(0, n - 1):n] + texts[n + 1:n + 2]
        if is_welsh(text) and any(not is_welsh(other) and mp.BILINGUAL_SPLIT not in other for other in beside):
            continue
        out.append(text)
    return out


def lines_to_dating(lines: list[Line]) -> Dating:
    """The first date with a year anywhere in the document places a year-less header date."""
    month_first = dates.writes_month_first(lines)
    for line in lines:
        for match in dates.date_phrases(line.text):
            if HAS_YEAR.search(match.group(0)):
                found = dates.parse_date(match.group(0), None, month_first)
                if found:
                    return Dating(found, month_first)
    return Dating(None, month_first)


def labelled_cells(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs of one line: "Date: 5 May" or a table row of TAB-joined cells
    ("Date:<TAB>Tuesday 22 June 2023<TAB>Time: 14:00<TAB>Venue: Microsoft Teams")."""
    cells = [c.strip() for c in text.split("\t")]
    pairs = []
    for n, cell in enumerate(cells):
        alone = mp.LABEL_CELL.match(cell)
        if alone and n + 1 < len(cells) and cells[n + 1] and not mp.LABEL_CELL.match(cells[n + 1]):
            pairs.append((alone.group("label").lower(), cells[n + 1]))
        elif field := mp.LABELLED_FIELD.match(cell):
            pairs.append((field.group("label").lower(), field.group("value").strip()))
    return pairs


def labelled_block(window: list[str], dating: Dating, kind: str) -> Found:
    found = Found(Meeting())
    labelled = [pair for text in window for pair in labelled_cells(text)]
    has_body_label = any(label in mp.BODY_LABELS - mp.BODY_LABELS_NEEDING_DATE for label, _ in labelled)
    for label, value in labelled:
        date = dates.date_phrases(value)
        if label in mp.BODY_LABELS and found.meeting.body is None:
            if label in mp.BODY_LABELS_NEEDING_DATE and not date:
                continue
            found.meeting.body = clean_body(value[:date[0].start()] if date else value)
        is_date_label = label in mp.MEETING_DATE_LABELS or (label == "date" and has_body_label)
        if (is_date_label or label in mp.BODY_LABELS) and date and not found.dated:
            found.dated = True
            found.meeting.date = dating.date(date[0].group(0))
        if label in mp.TIME_LABELS and found.meeting.time is None:
            found.meeting.time = dates.parse_time(value)
        if label in ("venue", "location", "place") and found.meeting.venue is None:
            found.meeting.venue = clean_venue(value)
    return found


def opening_span(window: list[str], kind: str) -> tuple[int, int]:
    """Where the opening lines are: the lines before the attendance list or the first item (a
    minutes sentence opens the document, and a "held on" further down is about some other
    meeting), at most OPENING_LINES of them; all of them for minutes, whose heading may stand
    under other lines (a web page's title, a pack's running header)."""
    end = next((n for n, text in enumerate(window) if mp.BODY_OF_MINUTES.match(text)), len(window))
    if kind == "minutes" and end < len(window):
        return 0, end
    return 0, min(end, OPENING_LINES)


def opening_lines(window: list[str], kind: str) -> list[str]:
    start, end = opening_span(window, kind)
    return window[start:end]


def meeting_sentences(window: list[str], kind: str) -> list[str]:
    """Sentences that state a meeting: in the opening lines, or for an agenda a notice's
    sentence anywhere on the front sheet (under a letterhead). Minutes and reports speak of
    other meetings further down ("the next meeting will be held on ...")."""
    opening = mp.SENTENCE_END.split(" ".join(opening_lines(window, kind)))
    found = [s for s in opening if mp.MEETING_VERB.search(s) and not mp.OTHER_MEETING.search(s)]
    if kind == "agenda":
        notice = mp.SENTENCE_END.split(" ".join(window))
        found += [s for s in notice if mp.FUTURE_MEETING_VERB.search(s)]
    return found


def meeting_sentence(window: list[str], dating: Dating, kind: str) -> Found:
    """The first dated meeting sentence gives the date; a later one ("The meeting was held in
    person at ...") may still give the venue or the time."""
    found = Found(Meeting())
    named = mp.WILL_MEET.search("\n".join(window))
    for sentence in meeting_sentences(window, kind):
        verb = mp.MEETING_VERB.search(sentence) or mp.FUTURE_MEETING_VERB.search(sentence)
        assert verb is not None  # meeting_sentences kept only sentences with one
        after = sentence[verb.start():]
        phrases = dates.date_phrases(after)
        name = mp.MEETING_OF.search(sentence) or mp.MINUTES_OF_NAMED_MEETING.search(sentence) or named
        venue = mp.VENUE_PHRASE.search(after)
        meeting = found.meeting
        meeting.body = meeting.body or (clean_body(name.group("body")) if name else None)
        meeting.time = meeting.time or dates.parse_time(after)
        meeting.venue = meeting.venue or (clean_venue(venue.group("venue")) if venue else None)
        if phrases and not found.dated:
            found.dated = True
            meeting.date = dating.date(phrases[0].group(0))
    if found.dated:
        found.meeting.body = body_from_heading(found.meeting.body, opening_lines(window, kind))
    return found


def date_line(text: str, title: bool = False) -> tuple[str, re.Match[str]] | None:
    """(what precedes the date, the date) when the line is a heading that carries a date: a date
    alone, "Date: ...", "<body> – <date> ...", the document's title (`title`: one of its first
    lines) "<body> <date>" that the date ends, a paper's "Minutes of the <body> meeting of
    <date>" / "Minutes from <date>" (the heading before "of" then), or a report's "Report of
    <officer> to <body> on <date>" (the body alone then). A sentence with a date is not one, nor
    a line that gives another date ("Published 5 March 2024", "Date of next meeting: ...")."""
    found = dates.date_phrases(text)
    if not found:
        return None
    prefix = text[:found[0].start()]
    addressed = ds.REPORT_ADDRESSED.match(text)
    if addressed and addressed.end() == found[0].start():
        return addressed.group("body"), found[0]
    label = mp.LABELLED_FIELD.match(text)
    if label and label.group("label").lower() in mp.MEETING_DATE_LABELS | {"date"}:
        return "", found[0]
    if not prefix.strip():
        return "", found[0]
    if any(cue.search(prefix) for _, cue in ROLE_CUES):
        return None
    paper = mp.PAPER_OF_DATE.match(prefix)
    if paper:  # "Minutes of the meeting held on <date>, <time>, <place>" names no body before its date
        return ("" if mp.MEETING_VERB.search(paper.group("heading")) else paper.group("heading")), found[0]
    sentence_like = re.search(r"\b(?:on|of|at|by|held|the|and)\s*$", prefix, re.IGNORECASE)
    heading_like = len(prefix) < 100 and not mp.SENTENCE_STOP.search(prefix) and not sentence_like
    if heading_like and (prefix.rstrip()[-1] in mp.DASHES or re.search(r"meeting\s*$", prefix, re.IGNORECASE)
                         or (title and is_title_over_date(prefix, text[found[0].end():]))):
        return prefix, found[0]
    return None


def is_title_over_date(prefix: str, rest: str) -> bool:
    """"TMG 14 November 2024", "Planning Committee 5 March 2024 7.00pm": a title whose date ends it."""
    return (not TIME_PHRASE.sub("", rest).strip(mp.DASHES + ".") and len(prefix) <= mp.HEADING_MAX_CHARS
            and bool(mp.TITLE_WORDS.match(prefix)))


def own_dated_heading(window: list[str], kind: str) -> tuple[int, str, re.Match[str]] | None:
    """The first dated heading line (not a letter's date over its salutation); for minutes the
    last one above their attendance list or first item, as minutes bound into a pack may carry
    the pack's running header ("Cabinet – 4 March 2025") above their own heading."""
    found = [(n, *heading) for n, text in enumerate(window) if (heading := date_line(text, n < mp.TITLE_LINES))
             and not any(ds.SALUTATION.match(t) for t in window[n + 1:n + 1 + mp.LETTER_DATE_REACH])]
    if kind == "minutes":
        _, end = opening_span(window, kind)
        own = [heading for heading in found if heading[0] < end]
        if own:
            return own[-1]
    return found[0] if found else None


def body_above(window: list[str], n: int) -> str | None:
    """The body named by the nearest heading line over line n. A name wrapped over two lines
    ("RANCHO CITY COUNCIL MEETING" / "AND IMPROVEMENT AUTHORITY MEETING") is one name."""
    for k in range(n - 1, max(0, n - 3) - 1, -1):
        body = None if dates.date_phrases(window[k]) or mp.BULLET.match(window[k]) else clean_body(window[k])
        if body and k > 0 and mp.NAME_GOES_ON.match(window[k]) and (first := clean_body(window[k - 1])):
            return f"{first} {body[0].lower()}{body[1:]}"
        if body:
            return body
    return None


def heading_block(window: list[str], dating: Dating, kind: str) -> Found:
    heading = own_dated_heading(window, kind)
    if heading:
        n, prefix, date = heading
        text = window[n]
        meeting = Meeting(date=dating.date(date.group(0)))
        meeting.body = (clean_body(prefix) if prefix.strip() else None) or body_above(window, n)
        rest = text[date.end():].split("\t")[0]  # the next cell is another field
        meeting.time = dates.parse_time(rest)
        # "Wednesday 10 January 2024 at 7.00pm" leaves the "at" of the time, no place
        place = re.sub(r"^at$", "", TIME_PHRASE.sub("", rest).strip(mp.DASHES + "."), flags=re.IGNORECASE)
        if not place and n + 1 < len(window) and mp.VENUE_LINE.search(window[n + 1]) and len(window[n + 1]) < 100 \
                and " held " not in window[n + 1]:
            place = window[n + 1]
        meeting.venue = clean_venue(place) if place and not mp.NOT_A_PLACE.search(place) else None
        return Found(meeting, True)
    return Found(Meeting())


def heading_only(window: list[str], dating: Dating, kind: str) -> Found:
    """Minutes or an agenda that print no date still name their body in the heading over their
    attendance list or first item ("Hilltop Parish Council" over "Present")."""
    _, end = opening_span(window, kind)
    if kind not in ("minutes", "agenda") or not any(mp.BODY_OF_MINUTES.match(text) for text in window[end:end + 1]):
        return Found(Meeting())
    body = body_above(window, end)
    return Found(Meeting(body=body if body and mp.TITLE_WORDS.match(body + " ") else None))


RULES = (labelled_block, meeting_sentence, heading_block, heading_only)


def body_from_heading(body: str | None, opening: list[str]) -> str | None:
    """The heading line names the body when the sentence does not ("Minutes of the meeting
    held at ...") or names it more fully ("ASHCOMBE PARISH COUNCIL" over "Minutes of the
    Parish Council Meeting held ...")."""
    verb_at = next((n for n, text in enumerate(opening) if mp.MEETING_VERB.search(text)), None)
    if verb_at is None:
        return body
    headings = [b for text in reversed(opening[max(0, verb_at - 3):verb_at])
                if len(text) <= mp.HEADING_MAX_CHARS and not dates.date_phrases(text) and (b := clean_body(text))]
    if body is None:
        return headings[0] if headings else None
    fuller = [h for h in headings if h.lower().endswith(" " + body.lower())]
    return fuller[0] if fuller else body


def lines_to_meeting(lines: list[Line], kind: str) -> Meeting | None:
    if kind not in MEETING_KINDS:
        return None
    window = header_window(lines)
    dating = lines_to_dating(lines)
    meeting = Meeting()
    dated = False
    for rule in RULES:
        found = rule(window, dating, kind)
        for f in fields(Meeting):
            if f.name == "date":
                continue
            if getattr(meeting, f.name) is None:
                setattr(meeting, f.name, getattr(found.meeting, f.name))
        if found.dated and not dated:
            dated, meeting.date = True, found.meeting.date
    if not any(getattr(meeting, f.name) for f in fields(Meeting)):
        return None
    return meeting
