"""Formal resolutions in the lines of one item.

Conventions handled: a RESOLVED / AGREED / DECISION marker ("RESOLVED -", "RESOLVED:",
"RESOLVED that", "It was RESOLVED", "And Resolved:", "BE IT RESOLVED", "7. RESOLVED - to note")
with its text on the same line, on the next paragraph, or as a labelled list ("1)", "(a)", "A)")
whose entries are records of their own, under a "That" / "That the Committee:" stem and through a
nested "(2) the following be made:" lead-in to its "(a) (b)" clauses; inline lists
("Resolved - (a) That ... and (b) that ...", "Resolved: That, (i) ...; (ii) ...");
numbered motions ("R2025-191 S. Foote, L. Chalapenko: THAT ... Carried."); "Motion: ... Vote: ...";
"X moved, and Y seconded, that ... the motion was declared CARRIED"; North American "Motion by X,
seconded by Y, to approve ... . Motion carried 5-0."; "It was moved by X, seconded by Y and RESOLVED
that"; "RECOMMENDED TO COUNCIL - that"; a bare formal "That ... be ..." paragraph; and "It was
RESOLVED" opening a later sentence of a paragraph. How the vote went ("unanimously", "by 7 votes to
2", "nem con", "Proposed Cllr A, seconded Cllr B, all in favour") is not resolution text, nor are
the enacting words of "BE IT RESOLVED by the City Council of X that". A motion followed by a
RESOLVED block is not a resolution of its own: the block records what was resolved. "AND FURTHER
THAT ..." carries on the resolution above it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from extract.finders.segments import between_matches
from extract.finders.sentences import sentence_breaks
from extract.records import Line, Resolution

# The same label in another language first, in bilingual minutes: "Penderfynwyd / Resolved:".
OTHER_LANGUAGE_LABEL = r"(?:[A-Z][\w'\u2019-]*\s*/\s*)?"
MARKER = re.compile(
    rf"^(?:\(?(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})[.)]\s+)?{OTHER_LANGUAGE_LABEL}(?:"
    r"(?P<itwas>(?i:it\s+was\s+(?:unanimously\s+|further\s+|also\s+|therefore\s+)?(?:agreed\s+and\s+)?resolved))"
    r"|(?i:(?:it\s+was\s+)?(?:proposed|moved)\b[^.]{0,120}?(?:,\s*|\s+and\s+|\s+)(?:it\s+was\s+)?(?:unanimously\s+)?resolved"
    r"(?=\s*[-\u2013\u2014:,]|\s+(?:that|to)\b|\s*$))"  # not "... that this item remain on the agenda until resolved."
    # "Proposed by Cllr A, seconded by Cllr B and RESOLVED that"
    r"|(?i:(?:it\s+was\s+)?(?:proposed|moved)\b[^.]{0,120}?\bseconded\b[^.]{0,80}?\s+and\s+(?:unanimously\s+)?)"
    r"(?:AGREED|agreed)(?=\s+(?:that|to)\b)"  # Northern Irish "Proposed by Ald A, Seconded by Cllr B and AGREED that"
    r"|(?P<body>(?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+)RESOLVED"  # "The Panel RESOLVED"
    r"|(?:(?i:the)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Committee|Panel|Council|Board|Cabinet|Members|Councillors|Forum|Group)\s+"
    r"(?:unanimously\s+)?resolved(?=\s+(?:that|to)\b|\s*[:\u2013-])"  # "The Committee resolved that"
    r"|(?i:and\s+|now,?\s+therefore,?\s+|(?:be\s+it\s+)?further\s+)?(?i:be\s+it\s+)?"
    r"(?P<word>RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|RECOMMENDED)"
    r"(?:\s+(?i:to)\s+(?:(?i:the)\s+)?(?:[A-Z][\w-]*\s+){0,2}?"  # "RECOMMENDED TO COUNCIL -"
    r"(?:COUNCIL|CABINET|EXECUTIVE|BOARD|Council|Cabinet|Executive|Board))?"
    r")\b\s*(?P<sep>[-\u2013\u2014:,]?)\s*"
)
# How the vote went, written between the marker and the resolution: "RESOLVED unanimously to",
# "RESOLVED (by 7 votes to 2, with one abstention) that", "AGREED nem con -".
VOTE_QUALIFIER = re.compile(
    r"^(?:\(?(?:unanimously|nem\.?\s*con\.?|by\s+(?:a\s+majority(?:\s+vote)?|\w+\s+votes?\s+to\s+\w+)"
    r"|with\s+\w+\s+abstentions?)\)?[,;]?\s*(?:and\s+)?)+[-\u2013\u2014:,]?\s*",
    re.I,
)
# "Cllr A moved, and Cllr B seconded, that ... On being put to the vote the motion was declared CARRIED."
# "Motion by Councilmember A, seconded by Councilmember B, to approve the agenda. Motion carried 5-0."
SECONDED_MOTION = re.compile(
    r"^(?:.{0,120}?\b(?:[Mm]oved|[Pp]roposed)\b.{0,120}?\bseconded\b(?:\s+by\s+[^,]{1,60}?)?,?\s+)"
    r"(?P<text>(?:that|THAT|That)\s.+)$"
    r"|^(?:Motion\s+(?:by|from)|(?:It\s+was\s+)?(?:[Mm]oved|[Pp]roposed)\s+by)\s+[^,]{1,80},\s*(?:and\s+)?"
    r"second(?:ed)?\s+by\s+[^,]{1,80},\s*(?P<to>to\s.+)$"  # "Motion by A, second by B, to approve ..."
)
# A motion numbered as a resolution: "Resolution No. 2024-82 – Moved by A, seconded by B that ...". The number
# is given to what was resolved, so it is a resolution whether or not "Carried" follows.
RESOLUTION_NUMBER = re.compile(r"^(?:.{0,60}?\s)?Resolution\s+(?:No\.?\s*)?(?P<number>\d(?:[\w/-]*\d)?)\b", re.I)
# The roll call between a motion and its outcome: "Roll call vote: Ayes: A, B. Nays: C." / "Ayes: A, B. Nays: None."
ROLL_CALL = re.compile(r"[.;]?\s*(?:Roll[\s-]+call(?:\s+vote)?\s*:\s*)?\b(?:Ayes|Yeas|Aye)\s*:.*$", re.I)
# The enacting words of a North American resolution: "BE IT RESOLVED by the City Council of X that".
ENACTING = re.compile(
    r"^by\s+the\s+(?:[A-Z][\w.'-]*\s+){0,4}?(?i:Council|Board|Commission|Committee|Authority|Supervisors|Trustees)"
    r"\b[^.]{0,100}?\s(?=(?i:that)\b)"
)
# The mover, seconder and vote written after a resolution: ". Proposed Cllr A, seconded Cllr B, all in favour."
PROPOSER_TAIL = re.compile(r"(?<=[.;])\s+(?:(?:Proposed|Moved)\b.*\bseconded\b|Seconded\b).*$")
# A continuation clause of one resolution: "AND FURTHER THAT By-law 2024-30 be brought forward".
FURTHER_CLAUSE = re.compile(r"^and\s+further\s+that\b", re.I)
VOTE_OUTCOME = re.compile(
    r"[.;,]?\s*(?:(?:Up)?on\s+being\s+put\s+to\s+(?:the\s+)?(?:vote|meeting),?\s+)?(?:the\s+)?"
    r"(?:motion|amendment|proposal|recommendation)?\s*(?:was\s+)?(?:declared\s+)?"
    r"(?P<outcome>carried|lost|defeated|fell)\b[^.]*\.?\s*$",
    re.I,
)
# The count of votes on a line of its own, ending with the outcome: "5 councillors agreed to this amendment.
# 4 no votes. Motion carried."
VOTES_THEN_OUTCOME = re.compile(
    r"\b(?:motion|amendment|proposal)\s+(?:was\s+)?(?:declared\s+)?(?P<outcome>carried|lost|defeated)\b\.?\s*$", re.I)
# Mixed-case "Agreed" / "Decision" open a resolution only as a "Decision:" label.
NEEDS_COLON = {"Agreed", "Decision"}
# A list introduction: "Cabinet agree to:", "The Committee agreed:-".
INTRODUCES_LIST = re.compile(r":\s*[-\u2013]?$")
LABEL_TEXT = r"(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2})"
LABEL = re.compile(rf"^(?:[-\u2022*]\s*)?(?P<label>\({LABEL_TEXT}\)|{LABEL_TEXT}[.)])\s+")
BULLET = re.compile(r"^[-\u2022*]\s+")
INLINE_LABEL = re.compile(r"(?:^|(?<=\s))\((?P<label>[a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
# "R2025-191 S. Foote, L. Chalapenko:", "MOTION NUMBER C2025-01 Moved by: Tom Marchant  Seconded by: James Scott"
MOTION_LABEL = re.compile(
    r"^(?:(?i:motion|resolution)\s+(?i:number|no\.?)\s*:?\s*)?"
    r"(?P<label>[A-Z]{1,3}\d{2,4}[-/]\d{1,4})\b(?P<movers>(?:[^:]|(?<=\bby):){0,120}?):?\s*"
    r"(?P<rest>(?:THAT|That|BE IT|WHEREAS|NOW).*)?$"
)
MOTION_OUTCOME = re.compile(r"\s*\b(?:Carried|CARRIED|Defeated|DEFEATED|Lost|LOST)\b\.?\s*$")
# What the clerk notes after a motion: the time it was passed and the next meeting's date ("Time: 8:28 p.m.
# Next regular meeting to be held March 5, 2024."), and, on a line of its own, a by-law's readings
# ("Read a first, second and third time and passed this 20th day of February, 2024.").
TIME_STAMP = re.compile(
    r"\s*Time:\s*\d{1,2}[:.]\d{2}\s*[ap]\.?\s*m\.?(?:\s+Next\s+(?:regular\s+|ordinary\s+)?meeting\b[^.]*\.?)?\s*$",
    re.I)
READINGS = re.compile(r"^Read\s+(?:a|the)\s+first\b", re.I)
MOTION_LINE = re.compile(r"^Motion\s*[:\u2013-]\s*(?P<text>.+)$", re.I)
VOTE_TALLY = re.compile(r"\s*Vote\s*:\s*[\w ,/-]+\.?\s*$", re.I)
NUMBERED_PART = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,2})[.)]\s+(?=[A-Z\"\u201c])")
FORMAL_THAT = re.compile(r"^That\s.*\bbe\b")
MOVER = re.compile(r"^(?:Moved|Seconded|Proposed)\b")
# A motion naming the body that resolves it, put to the vote: "That Council:" over its clauses, or
# "That Council approves ..."; the outcome ("CARRIED 4/1") after it says it was carried.
# The bodies a motion names as resolving it ("That Council ...", "That the Planning Committee:").
RESOLVING_BODY = (r"(?:[A-Z][\w'-]*\s+){0,3}?(?:Council|Committee|Sub-Committee|Cabinet|Board|Panel|Executive"
                  r"|Authority|Senate|Commission|Assembly|Forum)")
BODY_MOTION = re.compile(rf"^That\s+(?:the\s+)?{RESOLVING_BODY}\b\s*(?P<rest>.*)$")

# A stem whose clauses follow as labelled entries: "RESOLVED - That" over "(1) ... (2) ...", and
# inline "Resolved: That, (i) ...; (ii) ...". The stem is no resolution of its own.
THAT_STEM = re.compile(rf"^(?:That|THAT)(?:\s+(?:the\s+)?{RESOLVING_BODY})?\s*[,:]?\s*[-\u2013]?$")

# A resolution recorded after discussion in the same paragraph: "... It was RESOLVED to object ...".
# So is a later sentence naming mover and seconder before it: "... Proposed Cllr A, seconded Cllr B and
# RESOLVED to accept the apologies".
MID_PARAGRAPH_MARKER = re.compile(
    r"It\s+was\s+(?:unanimously\s+)?(?i:resolved)\b|RESOLVED\b"
    r"|(?:It\s+was\s+)?(?:Proposed|Moved)\b[^.]{0,120}?\bseconded\b[^.]{0,80}?\s+and\s+(?:unanimously\s+)?(?i:resolved)\b")
# ... or in the same sentence, after how the meeting came to it ("After much debate, there was a positive
# response and the Councillors resolved to proceed", "All Councillors approved and it was resolved
# Councillor A sign the Accounts Book"): the lead-in is neither the resolution nor a decision of its own.
MID_SENTENCE_MARKER = re.compile(
    r"(?<=\s)(?=(?i:it\s+was\s+(?:\w+\s+)?(?:agreed\s+and\s+)?resolved\b))"
    r"|(?:(?<=,\s)|(?<=\sand\s))"
    rf"(?=(?i:the\s+)?(?:Councillors|Members|{RESOLVING_BODY})\s+(?:unanimously\s+)?resolved\s+(?:to|that)\b)")


@dataclass
class Found:
    resolutions: list[Resolution]
    consumed: set[int]
    starts: list[int] = field(default_factory=list)  # the line each resolution starts on, in order


def is_marker(text: str) -> bool:
    m = MARKER.match(text)
    if m is None:
        return False
    # "Decision" as a heading of its own; a lone "Agreed" is more often a vote marker.
    alone = not text[m.end():].strip() and m.group("word") != "Agreed"
    return m.group("word") not in NEEDS_COLON or m.group("sep") == ":" or alone


def tidy(text: str) -> str:
    text = re.sub(r"\s*\u2022\s*", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"(?:;\s*(?:and|or)?|,\s*and|\s+and)\s*$", "", text)
    return text.strip(" ;,")


def label_of(label: str) -> str:
    return label.strip("().").lower()


def is_continuation(previous: str, text: str) -> bool:
    """Whether `text` carries on the paragraph `previous` (a wrapped line the reader left split)."""
    if FURTHER_CLAUSE.match(text):
        return True
    if not text or is_marker(text) or LABEL.match(text) or MOTION_LABEL.match(text):
        return False
    ended = previous.rstrip().rstrip("\"'\u201d\u2019").endswith((".", ":", ";", "!", "?"))
    return text[0].islower() or (len(previous) >= 50 and not ended)


def paragraph_from(lines: list[Line], i: int, consumed: set[int]) -> tuple[str, int]:
    """The paragraph starting at line i with any wrapped continuation lines; returns (text, next index)."""
    text = lines[i].text.strip()
    consumed.add(i)
    j = i + 1
    while j < len(lines) and is_continuation(lines[j - 1].text, lines[j].text.strip()):
        text += " " + lines[j].text.strip()
        consumed.add(j)
        j += 1
    return text, j


def split_inline(text: str, page: int, number: str | None = None) -> list[Resolution]:
    """ "(a) That ... and (b) that ..." -> one record per label; otherwise one record."""
    text = PROPOSER_TAIL.sub("", text)
    marks = list(INLINE_LABEL.finditer(text))
    lead = text[:marks[0].start()].strip(" -:") if marks else ""
    if len(marks) >= 2 and marks[0].group("label") in ("a", "i", "1") and (not lead or THAT_STEM.match(lead)):
        parts = [(m, tidy(part)) for m, part in between_matches(text, marks)]
        return [Resolution(part, page, label_of(m.group("label"))) for m, part in parts if part]
    text = tidy(text)
    return [Resolution(text, page, number)] if text else []


def gather_list(lines: list[Line], i: int, consumed: set[int]) -> tuple[list[Resolution], int]:
    """Consecutive labelled or bulleted entries from line i: one record each. Bullets under a
    labelled entry are conditions of that entry, not records of their own."""
    out: list[Resolution] = []
    while i < len(lines):
        raw = lines[i].text.strip()
        labelled = LABEL.match(raw)
        bullet = None if labelled else BULLET.match(raw)
        if not labelled and not bullet:
            break
        page = lines[i].page
        text, i = paragraph_from(lines, i, consumed)
        body = tidy(LABEL.sub("", text, count=1) if labelled else BULLET.sub("", text, count=1))
        inline = split_inline(BULLET.sub("", text, count=1), page)
        if len(inline) > 1:
            out.extend(inline)
        elif bullet and out and out[-1].number is not None:
            out[-1].text = f"{out[-1].text} {body}"
        elif body:
            # A clause that introduces a nested list ("(2) the following be made:" over "(a) ...")
            # is a lead-in; the nested clauses are the resolutions.
            if labelled and out and INTRODUCES_LIST.search(out[-1].text):
                out.pop()
            out.append(Resolution(body, page, label_of(labelled.group("label")) if labelled else None))
    return out, i


def marker_resolutions(lines: list[Line], i: int, consumed: set[int]) -> tuple[list[Resolution], int]:
    page = lines[i].page
    text, j = paragraph_from(lines, i, consumed)
    if narrated(text):
        text = text[:next((m.start() for m in sentence_breaks(text)), len(text))]
    rest = ENACTING.sub("", VOTE_QUALIFIER.sub("", MARKER.sub("", text, count=1).strip()))
    rest = "" if THAT_STEM.match(rest) else rest
    if rest and not INTRODUCES_LIST.search(rest):
        return split_inline(rest, page), j
    following = lines[j].text.strip() if j < len(lines) else ""
    if not rest and following and not LABEL.match(following) and not BULLET.match(following):
        if is_marker(following):
            return [], j
        page = lines[j].page
        body, j = paragraph_from(lines, j, consumed)
        if not INTRODUCES_LIST.search(body):
            return split_inline(body, page), j
    return gather_list(lines, j, consumed)


def narrated(text: str) -> bool:
    """Whether a marker is written into a sentence ("It was therefore resolved to retain ...", "The
    Councillors resolved to pay ...") rather than set out as a label: the resolution is that sentence,
    and what follows it (a parenthesis, the next matter) is not."""
    m = MARKER.match(text)
    return m is not None and bool(m.group("itwas") or re.match(r"(?i:the\s+)?Councillors\s", text)) \
        and not INTRODUCES_LIST.search(text[:next((b.start() for b in sentence_breaks(text)), len(text))])


def motion_resolutions(lines: list[Line], i: int, consumed: set[int]) -> tuple[list[Resolution], int]:
    """A numbered motion: label and movers, the motion, then "Carried."."""
    m = MOTION_LABEL.match(lines[i].text.strip())
    assert m is not None
    label, page = m.group("label"), lines[i].page
    parts = [m.group("rest") or ""]
    consumed.add(i)
    j = i + 1
    carried = bool(MOTION_OUTCOME.search(parts[0]))
    while j < len(lines) and not carried:
        text = lines[j].text.strip()
        if MOTION_LABEL.match(text):
            break
        if not (READINGS.match(text) or MOVER.match(text)):  # the movers may have a line of their own
            parts.append(text)
        consumed.add(j)
        carried = bool(MOTION_OUTCOME.search(text))
        j += 1
    body = " ".join(p for p in parts if p).strip()
    if not carried and not re.match(r"(?:THAT|That|BE IT|WHEREAS)\b", body):
        return [], j
    body = TIME_STAMP.sub("", MOTION_OUTCOME.sub("", body))
    resolved = re.search(r"\bBE IT RESOLVED\b[:,]?\s*", body, re.I)
    if resolved:
        body = ENACTING.sub("", body[resolved.end():])
    return numbered_parts(body, page, label), j


def numbered_parts(body: str, page: int, label: str) -> list[Resolution]:
    """A motion whose directions are numbered "1. ... 2. ...": the lead-in (unless it only
    introduces the list) and each direction are records."""
    run: list[re.Match[str]] = []
    for m in NUMBERED_PART.finditer(body):
        if int(m.group("n")) == len(run) + 1:
            run.append(m)
    if len(run) < 2:
        return [Resolution(tidy(body), page, label)] if tidy(body) else []
    out = []
    lead = body[:run[0].start()].strip()
    if INTRODUCES_LIST.search(lead):
        clauses = lead.split(";")
        lead = ";".join(clauses[:-1]) if len(clauses) > 1 else ""
    if tidy(lead):
        out.append(Resolution(tidy(lead), page, label))
    parts = [tidy(part) for _, part in between_matches(body, run)]
    return out + [Resolution(part, page, label) for part in parts if part]


def seconded_motion(lines: list[Line], i: int, consumed: set[int]) -> tuple[list[Resolution], int]:
    """A motion moved and seconded in prose: a resolution only when the vote carried it, said in
    the same paragraph or the next, and no RESOLVED block after it records the outcome instead."""
    m = SECONDED_MOTION.match(lines[i].text.strip())
    assert m is not None
    motion = m.group("text") or m.group("to")
    numbered = RESOLUTION_NUMBER.match(lines[i].text.strip())
    number = numbered.group("number") if numbered else None
    outcome = VOTE_OUTCOME.search(motion)
    j = i + 1
    if outcome is None and j < len(lines) and (after := VOTE_OUTCOME.match(lines[j].text.strip())
                                               or VOTES_THEN_OUTCOME.search(lines[j].text.strip())):
        outcome, j = after, j + 1
    if outcome is None and j < len(lines) and is_marker(lines[j].text.strip()):
        consumed.add(i)  # the RESOLVED block after it records what was resolved
        return [], j
    if outcome is None and number:
        consumed.add(i)
        return [Resolution(tidy(ROLL_CALL.sub("", motion)), lines[i].page, number)], j
    if outcome is None or outcome.group("outcome").lower() != "carried":
        return [], i + 1
    consumed.update(range(i, j))
    if j < len(lines) and is_marker(lines[j].text.strip()):
        return [], j
    body = ROLL_CALL.sub("", motion[:outcome.start()] if outcome.string == motion else motion)
    return [Resolution(tidy(body), lines[i].page, number)] if tidy(body) else [], j


def ends_clauses(text: str) -> bool:
    """Where the clauses under a "That Council:" stem stop: the vote, or (when the stem was an
    officer's recommendation, not a motion) a capitals heading, a mover or the next stem."""
    return bool(VOTE_OUTCOME.match(text) or MOVER.match(text) or BODY_MOTION.match(text)) or text.isupper()


def body_motion(lines: list[Line], i: int, consumed: set[int]) -> tuple[list[Resolution], int]:
    """ "That Council:" and its clauses (labelled or one per line), or "That Council approves ...":
    a resolution only when a carried outcome follows; the stem is not a resolution of its own."""
    m = BODY_MOTION.match(lines[i].text.strip())
    assert m is not None
    used: set[int] = set()
    if INTRODUCES_LIST.search(m.group("rest")) or not m.group("rest"):
        records, j = [], i + 1
        while j < len(lines) and not ends_clauses(lines[j].text.strip()) and j - i <= 12:
            page = lines[j].page
            text, j = paragraph_from(lines, j, used)
            label = LABEL.match(text)
            body = tidy(LABEL.sub("", text, count=1))
            if body:
                records.append(Resolution(body, page, label_of(label.group("label")) if label else None))
    else:
        page = lines[i].page
        text, j = paragraph_from(lines, i, used)
        records = [Resolution(tidy(text), page)]
    outcome = VOTE_OUTCOME.match(lines[j].text.strip()) if j < len(lines) else None
    if not records or outcome is None or outcome.group("outcome").lower() != "carried":
        return [], i + 1
    consumed.update(used | {i, j})
    return records, j + 1


def motion_line(text: str, page: int) -> list[Resolution]:
    m = MOTION_LINE.match(text)
    assert m is not None
    body = VOTE_TALLY.sub("", MOTION_OUTCOME.sub("", m.group("text")))
    return [Resolution(tidy(body), page)] if tidy(body) else []


def resolution_sentences_apart(lines: list[Line]) -> list[Line]:
    """A paragraph whose later sentence opens "It was RESOLVED" -> the discussion before it, the
    resolution's sentence, and what follows, each a Line of its own, so the marker opens a line; a
    sentence that comes to "it was resolved" after a lead-in starts at the marker."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        breaks = [] if "\t" in text or is_marker(text) else sentence_breaks(text)
        starts = [0] + [m.end() for m in breaks]
        ends = [m.start() for m in breaks] + [len(text)]
        cuts = [0]
        for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
            if (k and MID_PARAGRAPH_MARKER.match(text, a)) or MID_SENTENCE_MARKER.search(text, a, b):
                cuts += [a] + ([starts[k + 1]] if k + 1 < len(starts) else [])
        cuts = sorted(set(cuts + [len(text)]))
        parts = [text[a:b].strip() for a, b in pairwise(cuts)]
        parts = [part[m.start():] if (m := MID_SENTENCE_MARKER.search(part)) else part for part in parts]
        out.extend(Line(part, line.page) for part in parts if part)
    return out


def lines_to_resolutions(lines: list[Line]) -> Found:
    """The formal resolutions in one item's lines, and which lines they used."""
    found = Found([], set())
    i = 0
    while i < len(lines):
        text, start = lines[i].text.strip(), i
        if is_marker(text):
            records, i = marker_resolutions(lines, i, found.consumed)
        elif MOTION_LABEL.match(text):
            records, i = motion_resolutions(lines, i, found.consumed)
        elif SECONDED_MOTION.match(text):
            records, i = seconded_motion(lines, i, found.consumed)
        elif MOTION_LINE.match(text):
            records = motion_line(text, lines[i].page)
            found.consumed.add(i)
            i += 1
        elif FORMAL_THAT.match(text):
            page = lines[i].page
            body, i = paragraph_from(lines, i, found.consumed)
            records = split_inline(body, page)
        elif BODY_MOTION.match(text):
            records, i = body_motion(lines, i, found.consumed)
        else:
            i += 1
            continue
        found.resolutions.extend(records)
        found.starts.extend([start] * len(records))
    return found
