"""Actions: "ACTIONS:" lists, "Action:" lines, action tables (Action / Owner / Due / Status
columns, cells TAB-joined) and directions written in prose: "Clerk to write to the highways
department", "Cllr Gillett was asked to identify ...", "It was requested that the Clerk ...",
"To be placed on the June agenda.", "Staff was directed to ...", "Council directed staff to ...".

Statements of intent ("The Clerk will ...") and offers ("Ms X offered to ...") are not actions, nor
is the meeting itself being asked to decide ("The Board was asked to approve ..."): that is the
report's recommendation.
The marker phrases live in `patterns/actions.jsonl`; owner vocabularies are below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from extract.finders.resolutions import OTHER_LANGUAGE_LABEL
from extract.finders.segments import between_matches
from extract.finders.sentences import INTRODUCTORY, RUN_IN_HEADING, paragraph_to_sentences
from extract.nlp import span_ruler
from extract.records import Action, Line

# Roles that own actions in minutes; a prose direction needs one of these or a titled name.
ROLES = (
    r"(?:Parish |Town |Deputy |Assistant |Interim |Vice[- ])?"
    r"(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer|RFO|Mayor|Leader)"
    r"|(?:All |Board |Panel |Committee |Council |Cabinet |Working Group |Partnership )?"
    r"(?:[Mm]embers|[Oo]fficers?|[Cc]ouncillors|(?:[Pp]artner )?[Aa]gencies|[Pp]artners|[Ss]taff)"
    r"|(?:The )?(?:Council|Panel|Committee|Board|Working Group|Service|Team|Director|Head of Service|Manager|Lead)"
    # Senior officers, with the service a title names: "Chief Executive", "Director of Environmental Services".
    r"|(?:The )?(?:Chief Executive(?: Officer)?|(?:Director|Head|Manager)(?: of| for)(?: (?:[A-Z][\w&'-]*|and|&)){1,4})"
    # A title qualified by its service, before or after it: "The Service Director", "Designated Safeguarding
    # Lead", "The Group Manager Infrastructure", "General Manager Community Services" (New Zealand, Australia).
    r"|(?:The )?(?:[A-Z][\w&'-]*\s+){1,3}(?:Director|Manager|Lead|Adviser|Advisor)(?:\s+[A-Z][\w&'-]*){0,2}"
)
# "CC White", "BC Sampson": county and borough councillors in English parish minutes.
HONORIFIC = r"(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Prof|CC|BC)\.?"
NAMED = HONORIFIC + r"\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'\u2019-]+"
# Initials ("JS", "MT/RB") stand for officers in partnership-board minutes.
INITIALS = r"[A-Z]{2,3}(?:\s*(?:/|,|and|&)\s*[A-Z]{2,3})*"
# An initial and a surname, as parish minutes name councillors: "D. Pickston".
INITIAL_SURNAME = r"[A-Z]\.\s?[A-Z][a-z][\w'\u2019-]+"
OWNER = (rf"(?:(?:the|The)\s+)?(?:{ROLES}|{NAMED}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:{NAMED}))*"
         rf"|{INITIAL_SURNAME}|{INITIALS})")
# Where a direction may open inside a sentence: after a comma splice ("..., the Clerk to write") or a
# run-in heading ("Trees for Playing Fields - Cllr Manley to investigate", "Any Other Business: The clerk
# is to write ...").
CLAUSE_OPENING = r"(?:^|(?<=[,;:]\s)|(?<=\s[-\u2013]\s))"
DIRECTION = re.compile(
    rf"{CLAUSE_OPENING}(?P<owner>{OWNER})\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:(?:asked|requested|undertook|directed|instructed|going)\s+)?to\s+(?P<verb>[a-z]+)\b"
)
# A direction written as someone being asked ("the Clerk was asked to ..."): inside a sentence it is a
# clause of its own; other directions and undertakings keep the sentence they are written in.
ASKED_WORDS = re.compile(r"\b(?:asked|requested|directed|instructed)\s+to\b")
# A person's initials ("JG", "MT/RB"); three capitals are as often a body ("KCC will dip under ...").
PERSON_INITIALS = r"[A-Z]{2}(?:\s*/\s*[A-Z]{2})*"
# People who say at the meeting what they will do (a body's "The Panel will consider ..." is its plan):
# the Clerk and other office holders, councillors, a named or initialled person, "he" / "she" in a
# reported undertaking.
PERSON = (r"(?:[Tt]he\s+)?(?:Parish\s+|Deputy\s+|Vice[- ])?(?:[Cc]lerk|Chair(?:man|person)?|Treasurer|Secretary|RFO"
          r"|Headteacher)|(?:[Tt]he\s+)?(?:[Cc]ouncillors|[Mm]embers)|He|he|She|she"
          rf"|{NAMED}|{INITIAL_SURNAME}|{PERSON_INITIALS}")
# An officer named by title, as minutes of district and county councils do: "The A/Senior Executive
# Engineer", "The Operations Manager, South and West Division", "The Acting Director of Service, Travel".
OFFICER = (r"(?:[Tt]he\s+)?(?:[A-Z/][\w/'\u2019-]*\s+){0,4}(?:Engineer|Manager|Director|Executive|Officer|Administrator"
           r"|Superintendent|Inspector|Sergeant|Commissioner|Mayor|Cathaoirleach|Chair(?:man|person)?|Clerk)"
           r"(?:\s+(?:of|for)\s+[A-Z][\w&'-]*)?(?:,\s+(?:[A-Z][\w&'-]*|and|of|&)(?:\s+(?:[A-Z][\w&'-]*|and|of|&))*)?")
# "The Clerk will write again.", "..., he will chase this up.", "The Clerk has not received the cheque
# yet but will make contact ...", "He will be attending this meeting and will report back".
INTENT = re.compile(
    rf"(?:{CLAUSE_OPENING}|(?<=\band\s))(?P<owner>{PERSON})(?:\s+(?:(?!\b(?:that|will)\b)[^,;.]){{0,60}}?\s+(?:and|but))?"
    r"\s+will\s+(?:(?:also|again|then)\s+)?(?:be\s+(?=[a-z]+ing\b))?(?P<verb>(?!(?:be|have|not)\b|[a-z]+ly\b)[a-z]+)\b"
)
# A run-in heading before the record on the same line: "Nettles/Brambles Round Bench on Common - ...".
RUN_IN = r"[A-Z][^-\u2013.]{1,60}?"
# An undertaking reported in the minutes: "The A/Senior Executive Engineer indicated that he would look
# at the matter", "Cllr A advised he will visit the Common", "The Deputy Chief Executive welcomed the
# motion and undertook to review ...", "Mr B has kindly agreed to remove the old board".
UNDERTAKING = re.compile(
    rf"^(?:{RUN_IN}\s[-\u2013]\s)?(?P<owner>(?P<officer>{OFFICER})|{PERSON})\b[^.]{{0,120}}?\b(?:"
    r"(?:indicated|advised|stated|confirmed|said|informed\s+(?:the\s+)?(?:[Mm]eeting|[Mm]embers))\s+(?:that\s+)?"
    r"(?:[^.]{0,120}?\s(?:and|but)\s+(?:that\s+)?)?(?:he|she)\s+(?:would|will)\s+(?:also\s+)?"
    r"|undertook\s+(?:to|that)\s+|(?:has|have)\s+(?:kindly\s+)?agreed\s+to\s+|kindly\s+agreed\s+to\s+)"
    r"(?P<verb>(?!(?:be|have|not|like|love|welcome|hope|wish|prefer|expect|need)\b)[a-z]+)\b"
)
# Who chairs the meeting, and so speaks for it.
CHAIRS = frozenset("chair chairman chairperson chairwoman cathaoirleach mayor convenor convener".split())
# One person agreeing, as the subject of the sentence, to do something: "The Commissioner agreed to share the
# evaluation", "Mrs A agreed to contact the landowner" ("agreed to a review" agrees to something; "Mr A
# was thanked and it was agreed to ..." is the meeting agreeing).
AGREED_TO = re.compile(
    rf"^(?:{RUN_IN}\s[-\u2013]\s)?(?P<owner>(?P<officer>{OFFICER})|{PERSON})\s+(?:also\s+)?agreed\s+to\s+"
    r"(?P<verb>(?!(?:the|a|an|this|that|these|those|be|have)\b)[a-z]+)\b")
# The meeting directing someone: "Council directed staff to report back ...".
MEETING = (r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
           r"(?:Council|Board|Committee|Panel|Cabinet|Authority|Commission|Members)")
# North American boards direct their administration: "The Board directed administration to present ...",
# "The Commission directed the Superintendent to ...".
DIRECTED_OWNER = rf"{OWNER}|(?:[Tt]he\s+)?(?:[Aa]dministration|[Ss]uperintendent)"
DIRECTED = re.compile(
    rf"(?:^|(?<=[,;]\s)){MEETING}\s+(?:directed|instructed)\s+(?P<owner>{DIRECTED_OWNER})\s+to\s+(?P<verb>[a-z]+)\b"
)
# What the meeting itself is asked to do with a report: decide on it, not act on it.
DELIBERATIVE_VERBS = frozenset("approve agree note consider endorse comment support adopt ratify decide accept".split())
MEETING_OWNER = re.compile(rf"{MEETING}$")
# The executive answering questions at Full Council ("The Leader undertook to provide a written
# answer"): an undertaking given in debate, not an action the meeting recorded. Officers' and
# councillors' undertakings stay actions.
EXECUTIVE_MEMBER = re.compile(
    r"^(?:the\s+)?(?:Deputy\s+)?(?:Leader|(?:Elected\s+|Directly\s+Elected\s+)?Mayor|Cabinet\s+Member|Portfolio\s+Holder"
    r"|Executive\s+Member|Lead\s+Member)\b", re.I)
# "... in West End Clerk asked to send a letter": an "asked to" direction may open mid-sentence.
ASKED_MIDWAY = re.compile(
    rf"(?<=\s)(?P<owner>{OWNER})\s+(?:(?:was|were)\s+)?(?:asked|requested|instructed|directed)\s+to\s+(?P<verb>[a-z]+)\b"
)
# "ACTION: Clerk" / "Action: JS, MT" under a paragraph: the line names only who acts.
OWNER_WORD = rf"(?:{OWNER}|All(?:\s+[a-z]+)?|[A-Z]{{2,4}}|(?!(?:None|Noted|Nil|Complete|Done)\b)[A-Z][a-z]+)"
OWNER_ONLY = re.compile(rf"{OWNER_WORD}(?:\s*(?:,|/|and|&)\s*{OWNER_WORD})*")
TRAILING_OWNER = re.compile(rf"\s(?:ACTION|Action)s?\s*[:\u2013-]\s*(?P<owner>{OWNER_ONLY.pattern})\s*\.?$")
NO_ACTION = re.compile(r"^(?:none|nil|n/?a|no actions?(?: arising)?|-)\.?$", re.I)
NOT_VERBS = frozenset("the a an this that these those all any each his her their its our be".split())
ACTION_LINE = re.compile(
    rf"^(?:[-\u2022*]\s*)?{OTHER_LANGUAGE_LABEL}(?:Agreed\s+)?Actions?\s*(?:\((?P<owner>[^)]{{1,60}})\)\s*)?"
    r"(?:[:\u2013-]|\bpoints?:)\s*(?P<text>.*)$",
    re.I,
)
LIST_ENTRY = re.compile(r"^(?:[-\u2022*]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+")
LIST_OWNER = re.compile(r"^(?P<owner>(?:[A-Z][\w'\u2019-]*)(?:\s+[\w'\u2019-]+){0,4}?)\s+to\s+(?!be\b)[a-z]+")
BY_DATE = re.compile(
    r"\b(?:by|before|no later than|due)\s+(?P<date>(?:\w+\s+){0,2}\d{1,2}(?:st|nd|rd|th)?\s+\w+(?:\s+\d{4})?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\w+\s+\d{4})",
    re.I,
)
TRAILING_BRACKET = re.compile(r"\s*\((?P<inner>[^()]{2,80})\)\s*\.?$")
# An owner in a trailing bracket: capitalised words ("Nadia Khan", "Head of QA"), initials ("JW / AP").
BRACKET_WORD = r"(?:[A-Z][\w'\u2019.-]*|of|for|and|the)"
BRACKET_OWNER = re.compile(rf"(?!(?:Appendix|Annex|Item|Minute|Page|Para(?:graph)?|Section|Report)\b)"
                           rf"{BRACKET_WORD}(?:(?:\s+|\s*[/&]\s*){BRACKET_WORD}){{0,5}}")
HONORIFIC_PREFIX = re.compile(rf"^(?:the\s+)?{HONORIFIC}\s+", re.I)
STATUS_WORDS = {"complete": "done", "completed": "done", "done": "done", "closed": "done", "discharged": "done",
                "open": "open", "new": "open", "ongoing": "open", "in progress": "open", "outstanding": "open",
                "pending": "open"}
HEADER_ACTION = re.compile(r"^(?:agreed\s+)?actions?(?:\s+(?:required|agreed|point))?$|^task$", re.I)
HEADER_OWNER = re.compile(
    r"^(?:action\s+)?(?:owner|responsible(?:\s+(?:officer|person|member))?|lead(?:\s+officer)?|who|by whom"
    r"|responsibility|officer|assigned to)$", re.I)
HEADER_DUE = re.compile(
    r"^(?:due(?:\s+date)?|deadline|by when|when|(?:target|completion)\s+date|date(?:\s+due)?|timescale)$", re.I)
HEADER_STATUS = re.compile(r"^(?:(?:rag\s+)?status(?:\s*/\s*rag)?|rag|progress|update)$", re.I)
# An improvement plan's progress table ("Priority | Action | Lead | Due | RAG"): its rows report how
# far a plan's standing actions have got, they are not actions the meeting gave.
HEADER_PLAN = re.compile(r"^(?:priority(?:\s+area)?|theme|workstream|objective|outcome|improvement\s+area)$", re.I)
HEADER_RAG = re.compile(r"^rag(?:\s+(?:rating|status))?$|^rating$", re.I)
HEADER_REF = re.compile(
    r"^(?:ref(?:erence)?|minute(?:\s+(?:no|ref|number))?|min\.?\s*(?:no|ref)|item\s+no|action\s+(?:no|ref)|no|#)\.?$",
    re.I)


@dataclass
class Found:
    actions: list[Action]
    consumed: set[int]


def owner_name(text: str) -> str | None:
    """ "Cllr Crisp and Cllr Gillett" -> "Crisp; Gillett"; "the Clerk" -> "Clerk"."""
    people = [HONORIFIC_PREFIX.sub("", p.strip()) for p in re.split(r"\s*[,/&]\s*|\s+and\s+", text.strip())]
    people = [re.sub(r"^(?:the|The)\s+", "", p) for p in people if p]
    return "; ".join(people) or None


def due_date(text: str, anchor: str | None) -> str | None:
    m = BY_DATE.search(text)
    if not m:
        return None
    try:
        from extract.finders.dates import parse_date
    except ImportError:  # the dates module is being written alongside this one
        return None
    try:
        return parse_date(m.group("date"), anchor)
    except Exception:  # an unparsable date phrase leaves the due date unknown
        return None


def make_action(text: str, page: int, owner: str | None, anchor: str | None, status: str | None = None) -> Action:
    text = text.strip().rstrip(",;").strip()
    return Action(text=text, page=page, owner=owner, due=due_date(text, anchor), status=status)


def explicit_action(text: str, page: int, anchor: str | None, owner: str | None = None) -> Action:
    """An "Action:" line or an entry of an ACTIONS list: the owner is given ("Action (Clerk): ...",
    "Action: ... (Nadia Khan, 31 August 2024)") or a leading "X to ..."."""
    text, bracket_owner, bracket_due = trailing_owner_due(text, anchor)
    m = LIST_OWNER.match(text)
    named = owner or bracket_owner or (m.group("owner") if m else None)
    action = make_action(text, page, owner_name(named) if named else None, anchor)
    action.due = bracket_due or action.due
    return action


def trailing_owner_due(text: str, anchor: str | None) -> tuple[str, str | None, str | None]:
    """ "Circulate the timetable (Nadia Khan, 31 August 2024)" -> the text without the bracket, its
    owner and its due date. A bracket holding anything but a date and a capitalised owner is part
    of the text ("(see appendix A)")."""
    m = TRAILING_BRACKET.search(text)
    if not m:
        return text, None, None
    owner, due = None, None
    for part in (p.strip() for p in m.group("inner").split(",")):
        if due is None and (date := due_date("by " + re.sub(r"^(?:by|due)\s+", "", part, flags=re.I), anchor)):
            due = date
        elif owner is None and BRACKET_OWNER.fullmatch(part):
            owner = part
        else:
            return text, None, None
    return text[:m.start()].rstrip(" ,;-"), owner, due


def owner_lines_to_actions(lines: list[Line]) -> list[Line]:
    """ "<paragraph> Action: Clerk" (at its end, or on the next line) -> the paragraph's other
    sentences, then "Action (Clerk): <its last sentence>", so the owner stays with what they do."""
    out: list[Line] = []
    for line in lines:
        text = line.text.strip()
        m = ACTION_LINE.match(text)
        if m and not m.group("owner") and OWNER_ONLY.fullmatch(m.group("text").strip()) and out \
                and not ACTION_LINE.match(out[-1].text) and "\t" not in out[-1].text:
            before, owner = out.pop(), m.group("text").strip()
        elif (tail := TRAILING_OWNER.search(text)) and not m:
            before, owner = Line(text[:tail.start()].rstrip(" -\u2013\u2014"), line.page), tail.group("owner")
        else:
            out.append(line)
            continue
        sentences = paragraph_to_sentences(before.text)
        k = action_start(sentences, owner)
        if k:
            out.append(Line(" ".join(sentences[:k]), before.page))
        out.append(Line(f"Action ({owner}): {' '.join(sentences[k:])}", before.page))
    return out


def action_start(sentences: list[str], owner: str) -> int:
    """Which sentence the owner's action starts at: the last one naming the owner first ("JB to
    arrange ... . The event should ..."), else the last sentence."""
    first = owner.split()[0]
    named = [k for k, s in enumerate(sentences) if s.split()[0] == first] if sentences else []
    return named[-1] if named else max(len(sentences) - 1, 0)


def sentence_actions(sentence: str, page: int, anchor: str | None, doc: Any) -> list[Action]:
    """Directions written in one prose sentence; a comma splice can hold two. An "Action:" label
    may open a sentence inside a paragraph ("... the birth father. Action: Panel Adviser to ...")."""
    labelled = ACTION_LINE.match(sentence)
    if labelled and labelled.group("text").strip() and not NO_ACTION.match(labelled.group("text").strip()):
        return [explicit_action(labelled.group("text"), page, anchor, labelled.group("owner"))]
    labels = {span.label_: span for span in doc.spans["ruler"]}
    requested = labels.get("REQUESTED")
    if requested is not None and requested.start == 0:
        owner = re.match(rf"\s*({OWNER})", sentence[requested.end_char:])
        return [make_action(sentence, page, owner_name(owner.group(1)) if owner else None, anchor)]
    ownerless = labels.get("OWNERLESS")
    if ownerless is not None and ownerless.start == 0 and sentence[:1].isupper():
        return [make_action(sentence, page, None, anchor)]
    starts = [m for m in DIRECTION.finditer(sentence) if m.group("verb") not in NOT_VERBS]
    for m in [*DIRECTED.finditer(sentence), *ASKED_MIDWAY.finditer(sentence), *INTENT.finditer(sentence),
              *UNDERTAKING.finditer(sentence)]:
        if not any(s.start() <= m.start() < s.end() or m.start() <= s.start() < m.end() for s in starts):
            starts.append(m)
    starts = sorted((m for m in starts if not meeting_asked_to_decide(m) and not executive_undertaking(m)),
                    key=lambda m: m.start())
    if not starts:
        starts = [m for m in AGREED_TO.finditer(sentence) if not chair_agreeing(m)]
    if len(starts) == 1 and keeps_its_sentence(sentence, starts[0]):
        return [make_action(RUN_IN_HEADING.sub("", sentence), page, owner_of(starts[0]), anchor)]
    return [make_action(m.group(0) + rest, page, owner_of(m), anchor) for m, rest in between_matches(sentence, starts)]


def chair_agreeing(m: re.Match[str]) -> bool:
    """ "The Chair agreed to write to group leaders": the chair speaks for the meeting, so that is its
    decision, not an undertaking ("Mr. George agreed to undertake safety checks")."""
    owner = re.sub(r"^(?:the\s+)?(?:vice[- ])?", "", m.group("owner").strip().lower())
    return owner in CHAIRS


def owner_of(m: re.Match[str]) -> str | None:
    """Who a direction names; an officer's title stays as printed ("Operations Manager, South and West Division")."""
    officer = m.groupdict().get("officer")
    return re.sub(r"^(?:the|The)\s+", "", officer) if officer else owner_name(m.group("owner"))


def keeps_its_sentence(sentence: str, m: re.Match[str]) -> bool:
    """Whether the one direction in a sentence is recorded with the whole sentence: after an
    introductory phrase, a run-in heading or a clause giving its context ("The Councillors are
    concerned that ..., the Clerk to write to the householder"); someone asked to act mid-sentence
    ("..., the Clerk was asked to write to the owner") is a clause of its own."""
    words = sentence.split(maxsplit=1)
    return m.start() > 0 and (words[0].lower() in INTRODUCTORY or not ASKED_WORDS.search(m.group(0)))


def meeting_asked_to_decide(m: re.Match[str]) -> bool:
    """ "The Board was asked to approve ...": a recommendation put to the meeting, not an action."""
    return m.group("verb") in DELIBERATIVE_VERBS and bool(MEETING_OWNER.match(m.group("owner")))


def executive_undertaking(m: re.Match[str]) -> bool:
    """ "The Leader undertook to provide a written answer": the executive answering a question."""
    return " undertook " in m.group(0) and bool(EXECUTIVE_MEMBER.match(m.group("owner").strip()))


HEADERS = (("action", HEADER_ACTION), ("owner", HEADER_OWNER), ("due", HEADER_DUE), ("status", HEADER_STATUS),
           ("ref", HEADER_REF))


def table_columns(header: str) -> dict[str, int]:
    """Which column holds the action, owner, due date, status and reference."""
    columns: dict[str, int] = {}
    for k, cell in enumerate(c.strip() for c in header.split("\t")):
        for name, pattern in HEADERS:
            if pattern.match(cell) and name not in columns:
                columns[name] = k
    return columns


def row_to_action(row: Line, columns: dict[str, int], anchor: str | None) -> Action | None:
    cells = [c.strip() for c in row.text.split("\t")]
    cell = {name: cells[k] if k < len(cells) else "" for name, k in columns.items()}
    if not cell.get("action"):
        return None
    status = cell.get("status", "").lower() or None
    owner = owner_name(cell["owner"]) if cell.get("owner") else None
    action = make_action(cell["action"], row.page, owner, anchor, STATUS_WORDS.get(status, status) if status else None)
    if cell.get("due"):
        action.due = due_date("by " + cell["due"], anchor) or action.due
    action.ref = cell.get("ref") or None
    return action


def table_actions(lines: list[Line], i: int, anchor: str | None, consumed: set[int]) -> tuple[list[Action], int]:
    """Rows under an action-table header row; returns the actions and the index after the table."""
    columns = table_columns(lines[i].text)
    consumed.add(i)
    out: list[Action] = []
    j = i + 1
    while j < len(lines) and "\t" in lines[j].text:
        consumed.add(j)
        action = row_to_action(lines[j], columns, anchor)
        if action is not None:
            out.append(action)
        j += 1
    return out, j


def is_plan_progress_header(text: str) -> bool:
    cells = [c.strip() for c in text.split("\t")]
    return any(HEADER_PLAN.match(c) for c in cells) and any(HEADER_RAG.match(c) for c in cells)


def is_action_header(text: str) -> bool:
    columns = table_columns(text) if "\t" in text else {}
    return "action" in columns and ("owner" in columns or "due" in columns)


def lines_to_actions(lines: list[Line], anchor: str | None, skip: set[int]) -> Found:
    """Explicit actions (lists, "Action:" lines, tables) in one item's lines; prose directions are
    found by `sentences_to_actions` on the sentences left over."""
    found = Found([], set())
    i = 0
    while i < len(lines):
        text = lines[i].text.strip()
        if i in skip:
            i += 1
            continue
        if is_action_header(text):
            actions, i = table_actions(lines, i, anchor, found.consumed)
            found.actions.extend([] if is_plan_progress_header(text) else actions)
            continue
        m = ACTION_LINE.match(text)
        if m and m.group("text").strip() and not NO_ACTION.match(m.group("text").strip()):
            found.actions.append(explicit_action(m.group("text"), lines[i].page, anchor, m.group("owner")))
            found.consumed.add(i)
        elif m:
            found.consumed.add(i)
            while i + 1 < len(lines) and LIST_ENTRY.match(lines[i + 1].text.strip()):
                i += 1
                found.consumed.add(i)
                found.actions.append(explicit_action(LIST_ENTRY.sub("", lines[i].text.strip()), lines[i].page, anchor))
        i += 1
    return found


def action_table_rows(lines: list[Line]) -> frozenset[int]:
    """The lines of an action table, header included (their numbers are not item numbers)."""
    rows: set[int] = set()
    for i, line in enumerate(lines):
        if is_action_header(line.text):
            rows.add(i)
            j = i + 1
            while j < len(lines) and "\t" in lines[j].text:
                rows.add(j)
                j += 1
    return frozenset(rows)


def sentences_to_actions(sentences: list[tuple[str, int]], anchor: str | None) -> tuple[list[Action], set[int]]:
    """Prose directions among (sentence, page) pairs; also which sentences held them."""
    nlp = span_ruler("actions")
    out: list[Action] = []
    used: set[int] = set()
    docs = nlp.pipe(s for s, _ in sentences)
    for k, ((sentence, page), doc) in enumerate(zip(sentences, docs, strict=True)):
        actions = sentence_actions(sentence, page, anchor, doc)
        if actions:
            used.add(k)
            out.extend(actions)
    return out, used


def paragraph_sentences(lines: list[Line], skip: set[int]) -> list[tuple[str, int, int]]:
    """(sentence, page, line) of each sentence of the lines not in `skip`."""
    return [(s, line.page, i) for i, line in enumerate(lines) if i not in skip
            for s in paragraph_to_sentences(line.text)]
