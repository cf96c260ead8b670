"""Stage 2: the lines of a file -> sections, one per document in a pack, each with a kind.

A pack ("Public Document Pack") holds a front sheet (the agenda or notice of meeting), then
papers: minutes of the previous meeting, officer reports, inspection reports, work
programmes, declaration-of-interests forms and others. A document opens at a line that
only opens documents (see `document_signals`): a pack's first line, an "Agenda Item N"
stamp, "Notice of Meeting", "MINUTES of ...", an attendance line ("Present:") under a body
+ date heading, a report's header block or one-line "Report to <body> – <date>", an inspection's
heading ("Inspection of ...", "Focused visit to ..."), "DECLARATION OF INTERESTS", "WORK
PROGRAMME". The section starts at the heading lines just above the signal on the same page.
Stamps and "This page is intentionally left blank" lines mark boundaries and are dropped from
the text; a running header the reader left above a document joins that document. A signal seen
soon after a section opened without a kind gives that section its kind instead of opening
another one, so a pack's front sheet and its "Notice of Meeting" stay one document. Likewise a
block that only states the meeting ("Meeting date: / Start time: / Location:") opens a report
unless a minutes heading follows at once: then it is the minutes' header. An item's title beside
its number ("35." in one cell, "Work Programme 2024/25" in the next) never opens a document, nor
does a bare "Minutes" / "Draft Minutes" line (a link's or an agenda item's label) unless it tops
its page or a date, meeting sentence or attendance follows. An agenda that is only a list of
items with the attendance list right under it is a meeting's note reciting its business: one
document, minutes. A document that names no kind in its opening lines is minutes when it states
its attendance ("Present" alone, "(all members present)", "Commissioners Present:") or records
what was done in several lines ("All Councillors agreed", "The meeting closed at ...").

Papers belong to their agenda. An officer report, inspection report, work programme or
other paper printed in an agenda pack goes to the pack's own meeting; the front sheet already
records that meeting, so the paper is marked `paper` and its document carries no meeting of
its own: `Document.part_of` points at the agenda. Minutes in the pack record an earlier
meeting, so they keep theirs. A report standing alone, or in a pack without a
front sheet (a supplementary pack: a covering letter and the report), records its meeting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extract.finders import dates
from extract.records import Line
from extract.structure import document_signals as ds

MARKUP = re.compile(r"</?\w+[^>]*>|\*\*|__|^#+\s*|\\(?=\.)")
# A signal this close to the start of a section without a kind decides that kind.
DECIDE_WITHIN = 60
# How far above its signal a document's heading may reach.
HEADING_LINES = 5
HEADING_MAX_CHARS = 90
# A running header left on a page ("Fire Authority - 15 December 2023": the body and date in
# a line or two) is not a document; it joins the document that starts under it.
RUNNING_HEADER_LINES = 2
# A section without any cue is minutes when this many of its lines record what was done.
RECORD_LINES = 2
# Kinds that are not papers of the agenda they follow: another front sheet, or minutes, which
# record an earlier meeting of their own.
UNBOUND_KINDS = frozenset({"agenda", "minutes"})


@dataclass
class Section:
    kind: str
    title: str
    lines: list[Line]
    paper: bool = False


@dataclass
class Start:
    index: int
    kind: str | None
    dated_heading: bool = False
    # Opened by a block that only states the meeting; minutes under it make it minutes.
    details_only: bool = False
    # An attendance list without a heading of its own: under an agenda on its page, that agenda
    # is the list of business a meeting's note recites at its top.
    attendance_only: bool = False
    # Minutes: the date (ISO) printed in their heading block, which tells the minutes of another meeting.
    meeting_date: str | None = None


def clean(text: str) -> str:
    return MARKUP.sub("", text).strip()


def is_furniture(text: str) -> bool:
    """Blank-page notices and "Agenda Item N" stamps mark where papers start; they are not text."""
    return bool(ds.BLANK_PAGE.match(text) or ds.AGENDA_ITEM_STAMP.match(text))


def heading_like(text: str) -> bool:
    return (0 < len(text) <= HEADING_MAX_CHARS and not text.endswith(".") and not ds.BLANK_PAGE.match(text)
            and "\t" not in text and not re.match(r"^[^:]{1,40}:\s*\S|^(?:[-•>*]|\d+[.):]?\s)", text))


def heading_start(lines: list[Line], texts: list[str], i: int, floor: int) -> int:
    """The first line of the heading block above signal line i, on the same page."""
    j = i
    while j - 1 > floor and i - (j - 1) <= HEADING_LINES and lines[j - 1].page == lines[i].page \
            and heading_like(texts[j - 1]):
        j -= 1
    return j


def signal_kind(text: str) -> str | None:
    return next((kind for kind, pattern in ds.START_SIGNALS if pattern.search(text)), None)


def is_item_title(lines: list[Line], texts: list[str], i: int) -> bool:
    """Line i is an item's title beside its number ("35." in the cell before "Work Programme
    2024/25"): an item of minutes or an agenda, never a document of its own."""
    return i > 0 and lines[i - 1].page == lines[i].page and bool(ds.ITEM_NUMBER_ALONE.match(texts[i - 1]))


def find_starts(lines: list[Line], texts: list[str]) -> list[Start]:
    starts = [Start(0, None)]
    for i, text in enumerate(texts):
        if ds.PACK_START.match(text) or ds.AGENDA_ITEM_STAMP.match(text):
            starts.append(Start(i, None))
            continue
        kind = signal_kind(text)
        if kind and not is_item_title(lines, texts, i):
            j = heading_start(lines, texts, i, starts[-1].index)
            dated = any(dates.date_phrases(t) for t in texts[j:i + 1])
            under = texts[i + 1:i + 1 + HEADING_LINES]
            tops_a_page = i == 0 or lines[i - 1].page != lines[i].page
            if ds.BARE_MINUTES_HEADING.match(text) and not (dated or tops_a_page or states_a_meeting(under)):
                continue
            starts.append(Start(j, kind, dated, kind == "report" and bool(ds.MEETING_DETAILS.match(text)),
                                j == i and bool(ds.ATTENDANCE.match(text)),
                                heading_date(texts, j, i) if kind == "minutes" else None))
    return starts


def heading_date(texts: list[str], first: int, signal: int) -> str | None:
    """The first date in a heading block: its lines down to the signal line i and the heading
    lines under it ("MINUTES" / "TOWNSHIP OF NIPISSING" / "Tuesday, February 18, 2025")."""
    under = texts[signal + 1:signal + 1 + HEADING_LINES]
    block = texts[first:signal + 1] + under[:next((n for n, t in enumerate(under) if not heading_like(t)), len(under))]
    phrase = next((found[0].group(0) for text in block if (found := dates.date_phrases(text))), None)
    return dates.parse_date(phrase) if phrase else None


def states_a_meeting(texts: list[str]) -> bool:
    """The lines under a minutes heading give the meeting: its date, its sentence, its attendance."""
    return any(dates.date_phrases(t) or ds.ATTENDANCE.match(t) or ds.ATTENDANCE_STATEMENT.match(t)
               or ds.MINUTES_OF_BODY_HELD.match(t) for t in texts)


def recites_agenda(lines: list[Line], texts: list[str], current: Start, start: Start) -> bool:
    """An attendance list right under an agenda that is only its list of items, on the same
    page and without a heading of its own: a meeting's note that recites its agenda at the top,
    not a second document. A front sheet's agenda carries its notice, venue and membership."""
    if not (current.kind == "agenda" and start.attendance_only
            and lines[start.index].page == lines[current.index].page):
        return False
    between = texts[current.index:start.index]
    heading = max((n for n, text in enumerate(between) if ds.NOTICE.search(text)), default=None)
    items = between[heading + 1:] if heading is not None else []
    return bool(items) and all(ds.LISTED_ITEM.match(text) for text in items)


def opens_new_section(current: Start, start: Start) -> bool:
    if start.kind is None:
        return start.index > current.index
    if current.kind is None:
        return start.index - current.index > DECIDE_WITHIN
    if current.details_only and start.kind == "minutes":
        return start.index - current.index > HEADING_LINES * 2
    if start.kind != current.kind:
        return True
    # Another signal of the same kind: a second document only far down and under its own
    # dated heading (minutes), or at once for documents that never repeat their header (reports).
    if start.kind == "report":
        return start.index - current.index > HEADING_LINES * 2
    # minutes of another meeting bound after these (their heading dates another day), however soon
    if start.meeting_date and current.meeting_date and start.meeting_date != current.meeting_date:
        return True
    return start.index - current.index > DECIDE_WITHIN and start.dated_heading


def is_running_header(texts: list[str]) -> bool:
    return (len(texts) <= RUNNING_HEADER_LINES and all(heading_like(t) for t in texts)
            and any(dates.date_phrases(t) for t in texts))


def kind_from_cues(texts: list[str]) -> str:
    """The kind the opening lines name. Without a name, a paper that records what was done in
    several lines ("All Councillors agreed ...", "The meeting closed at ...") is minutes."""
    for text in texts[:DECIDE_WITHIN]:
        kind = next((k for k, cue in ds.KIND_CUES if cue.search(text)), None)
        if kind:
            return kind
    records = sum(1 for t in texts[:DECIDE_WITHIN] if ds.MINUTES_RECORD.search(t))
    return "minutes" if records >= RECORD_LINES else "other"


def own_heading(texts: list[str]) -> list[str]:
    """The section's lines from its own heading on. A section opened by a signal starts at the
    heading lines above it on the same page, which may reach back into the end of the paper
    before (its sign-off, contact line or date) or be a letter's address block; its heading
    begins after the last of those or after the salutation."""
    signal = next((n for n, t in enumerate(texts[:HEADING_LINES + 1]) if signal_kind(t)), 0)
    ends = [n for n, t in enumerate(texts[:signal]) if ds.ENDS_A_PAPER.search(t) or ds.SALUTATION.match(t)]
    return texts[ends[-1] + 1:] if ends else texts


def section_title(kind: str, texts: list[str]) -> str:
    if kind in ("agenda", "minutes"):
        return ""  # the pipeline titles these with the meeting's body
    for text in texts[:20]:
        match = ds.REPORT_TITLE.match(text)
        if match:
            return match.group("title").strip()
    own = [t for t in own_heading(texts) if not ds.PACK_START.match(t) and not ds.ENDS_A_PAPER.search(t)]
    titled = (t for t in own[:HEADING_LINES * 2]
              if not ds.LETTERHEAD.match(t) and not ds.HEADER_LABEL.match(t) and not ds.REPORT_BYLINE.match(t))
    return re.sub(r"\s+", " ", next(titled, own[0] if own else ""))[:120]


def lines_to_sections(lines: list[Line]) -> list[Section]:
    if not lines:
        return []
    texts = [clean(line.text) for line in lines]
    spans: list[Start] = []
    for start in find_starts(lines, texts):
        if spans and recites_agenda(lines, texts, spans[-1], start):
            spans[-1].kind = "minutes"
        elif not spans or opens_new_section(spans[-1], start):
            spans.append(start)
        elif spans[-1].kind is None or spans[-1].details_only:
            # a kindless section takes the signal's kind; under a details block a report's own
            # labels confirm a report, minutes make it minutes
            spans[-1].kind, spans[-1].details_only = start.kind, start.details_only
            spans[-1].meeting_date = start.meeting_date
    sections = []
    agenda_seen = False
    held: list[Line] = []  # a running header waiting for the document under it
    for n, span in enumerate(spans):
        end = spans[n + 1].index if n + 1 < len(spans) else len(lines)
        body = [i for i in range(span.index, end) if not is_furniture(texts[i])]
        if not body:
            continue
        own_texts = [texts[i] for i in body]
        kind = span.kind or kind_from_cues(own_texts)
        if span.kind is None and kind == "other" and n + 1 < len(spans) and is_running_header(own_texts):
            held = [lines[i] for i in body]
            continue
        if ds.PACK_START.match(texts[span.index]):
            agenda_seen = False
        sections.append(Section(kind, section_title(kind, own_texts), held + [lines[i] for i in body],
                                paper=kind not in UNBOUND_KINDS and agenda_seen))
        held = []
        agenda_seen = agenda_seen or kind == "agenda"
    return sections
