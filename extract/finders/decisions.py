"""Narrative decisions: "It was agreed that ...", "... were approved as a correct record",
"... was endorsed", "Board members agreed ...", "The Council discussed ... and all agreed ...",
parish-style "... some minor amendments approved", a fostering or adoption panel's "Recommendation:
The panel recommended that ...", "The Board NOTED the report" (the meeting
taking note of a paper, unlike "noted that ...", which records a fact), "were reviewed and ratified",
a vote on one listed proposal ("de-delegation AGREED by maintained primary members (For 2, Against 0)",
"NOT AGREED (For 0, Against 2)").

The trigger words live in `patterns/decisions.jsonl`; this module holds the grammar that tells a
decision of the meeting from a report of someone else's ("had been approved by Cabinet"), a
promise ("will be approved"), one speaker agreeing in discussion ("Ms X agreed that ..."), an
adjective ("the agreed terms", "the Approved Budget"), an earlier decision reported to the meeting
("Cabinet endorsed a report in May 2016") or a statistic ("39 adopter households were approved").
A narrative agreement that restates a resolution printed near it in the same item ("The Chair
agreed to forward the questions ..." beside "RESOLVED - That the questions be forwarded ...") is
that resolution, not a second decision.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from extract.finders import date_patterns as dp
from extract.finders.actions import CHAIRS
from extract.finders.joined_lines import ENTRY_BULLET as BULLET
from extract.finders.sentences import INTRODUCTORY, RUN_IN_HEADING
from extract.nlp import span_ruler
from extract.records import Line, Resolution

# Subjects whose "agreed/approved/accepted ..." is the meeting's own decision.
GROUP_SUBJECTS = frozenset(
    "members council board panel committee cabinet all everyone councillors trustees governors group"
    " meeting commission authority partnership forum subcommittee sub-committee senate executive".split()
)
# A title that makes a group word one officer: "The Chief Executive approved ..." is not the meeting.
OFFICER_TITLES = frozenset("chief deputy".split())
ADVERBS = frozenset("also then further unanimously duly formally subsequently therefore".split())
PASSIVE = frozenset("was were is are".split())
# Verbs whose bare past participle ends a parish-style record: "... some minor amendments approved."
ELLIPTICAL = frozenset("agreed approved accepted adopted endorsed".split())
# "agreed to a review": agreeing to something, which only the meeting's agreeing decides.
DETERMINERS = frozenset("a an the this that these those".split())
NOT_NOW = frozenset("had has have will would to could should may might must shall can not".split())
# Some members agreeing is not the meeting agreeing; "At that meeting, ..." reports another meeting.
NOT_THE_MEETING = re.compile(
    r"\b(?:a number of|some|several|a few|many|two|three)\s+(?:of the\s+)?(?:members|councillors)\b"
    r"|^at (?:that|its|their|the) meeting\b(?! today)|\bpreviously\b",
    re.I,
)
# "... endorsed a report in May 2016": a date after the verb, before the meeting, dates someone
# else's earlier decision. "held on", "meeting on" date the minutes being approved, so do not count.
EARLIER_DATE = re.compile(
    r"(?<!held )(?<!meeting )(?<!dated )\b(?:in|on|during)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+)?(?P<year>(?:19|20)\d{2})\b"
)
# A proposal moved and seconded with no vote or RESOLVED recorded after it: in parish and district
# minutes that is how the meeting's agreement is written ("Mr A proposed the Minutes be adopted
# seconded by Mrs B.", "It was proposed by Cllr A seconded by Cllr B that this application be refused
# ...", "The Minutes were proposed by Cllr A and seconded by Cllr B."). A motion or amendment moved
# for debate ("The Motion was proposed by ... and seconded by ...", "X proposed that ... and this was
# seconded by Y", "the Leader proposed and Mr X seconded the above motion") is not yet an agreement, and one
# that introduces its text (": ...") or a North American "Motion by X, seconded by Y" is the
# resolutions' business.
PROPOSED = re.compile(r"\b(?:proposed|moved)\b", re.I)
SECONDED = re.compile(r"\bseconded\b", re.I)
NOT_YET_AGREED = re.compile(
    r"^(?:(?:the|an?|this)\s+(?:notice\s+of\s+)?(?:motion|amendment)\b|motion\s+(?:by|from)\b)"
    r"|\b(?:a|the)\s+(?:motion|amendment)\s+was\s+(?:put|moved|proposed)\b|\bseconded\s+the\s+(?:above\s+)?motion\b"
    r"|\b(?:this|which)\s+was\s+seconded\b|:\s*[-\u2013]?\s*$", re.I)
# An outcome printed against an entry of a list (correspondence, applications, payments) after a dash:
# "W Emerson & Son - Request for New Memorial - approved", "Norfolk Rural Community Council - annual
# membership - do not wish to join", "Mr A - requested that the draw take place at the next meeting -
# agreed"; or before it, in capitals: "APPROVED - 2018 Meetings Calendar".
OUTCOME_AGAINST_ENTRY = re.compile(
    r"\s[-\u2013]\s+(?:(?:all|unanimously)\s+)?(?:approved|agreed|accepted|refused|rejected|noted|deferred|granted"
    r"|declined|(?:(?:the\s+)?(?:council|committee|board|members)\s+)?do(?:es)?\s+not\s+wish\s+to(?:\s+\w+){1,2})\.?$|^(?:APPROVED|AGREED|ADOPTED|REFUSED)\s+[-\u2013]\s+\S",
    re.I)
# An outcome printed on its own line under an application or case, as licensing boards and planning
# lists print them: "GRANTED", "No Violation", "Deferred to receive and review video evidence",
# "Continued to the January 28, 2026 Transactional Hearing". "Approved by the Borough" reports someone
# else's decision; a motion's "CARRIED" is the resolutions'.
OUTCOME_LINE = re.compile(
    r"^(?:granted|refused|rejected|denied|deferred|continued\s+to|withdrawn|approved|(?:no\s+)?violation(?:\s+found)?\b(?!\s+of\b)"
    r"|acknowledged|passed\s+as|dismissed)\b(?!\s+by\b)", re.I)
OUTCOME_NOTE_LENGTH = 100
# How one member voted, noted against the outcome: "GRANTED (Commissioner A voted to reject the application)".
VOTE_NOTE = re.compile(r"\s*\([^()]*\bvot(?:e|ed|es|ing)\b[^()]*\)")
# What became of a proposal, said in the next sentence: "This proposal was amended to the following proposal."
SUPERSEDED = re.compile(
    r"^(?:this|the)\s+(?:proposal|motion)\s+was\s+(?:amended|withdrawn|lost|defeated|not\s+seconded)\b", re.I)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
YEAR = re.compile(dp.YEAR)
# A vote's outcome on one listed proposal: "de-delegation AGREED by maintained primary members (For 2,
# Against 0)", "NOT AGREED (For 0, Against 2)". The tally makes it the meeting's vote, and a
# proposal voted down is still a decision.
VOTED_ON = re.compile(
    r"\b(?:not\s+)?(?:agreed|approved|supported|rejected)\b[^.;]{0,80}?\(\s*(?:for|in\s+favour)\s*:?\s*\d+\s*,"
    r"\s*against\s*:?\s*\d+", re.I)
# A pointer to an action tracker's row after the text ("[Action CPP24-31]", "[Actions A1 and A2]")
# and a list bullet before it are not part of the decision.
ACTION_REF = re.compile(r"\s*\[\s*Actions?\b[^\]]{0,60}\]\s*$", re.I)
# Who moved and who seconded, printed after what was carried, as commissions' outline minutes do:
# "Minutes from 11/30/17 meeting approved \u2013 Z. Maiorca (motion), T. Feinberg (second)". Moved and
# seconded with no vote recorded is the meeting's agreement (see PROPOSED); the names are not its text.
MOVER_AND_SECONDER = re.compile(
    r"\s+[-\u2013]\s+(?:(?!\s[-\u2013]\s)[^()]){1,40}\((?:motion|moved|mover|proposed|proposer)\)\s*[,;&]?\s*(?:and\s+)?"
    r"[^()]{1,40}\((?:second|seconded|seconder)\)\.?$", re.I)
# "This was agreed by the panel": the agreement is to what the sentence before said, which is its text.
# "This was seconded by Cllr A and unanimously agreed" is the vote on the proposal above: no text of its own.
AGREED_TO_THE_ABOVE = re.compile(r"^(?:this|that)\s+was\s+(?:\w+ly\s+)?agreed\b", re.I)
SECONDING_THE_ABOVE = re.compile(r"^(?:this|that|which)\s+was\s+(?:duly\s+)?seconded\b", re.I)
# A decision verb in a clause saying when or whether something will be decided ("... will need to be
# considered when the 2012 precept is decided", "Once final schedule of works agreed, the consultant
# will ...") decides nothing yet.
CONDITIONS = frozenset("when once until unless if whenever".split())
# One person's own undertaking ("He agreed to keep Members updated") is not the meeting deciding.
PERSONAL_PRONOUNS = frozenset("he she".split())
# Who moved and who seconded, with nothing proposed: "MOVED: Cr A SECONDED: Cr B", "Moved Cr A / Seconded Cr B",
# "Moved/Seconded: Crs A/B. CARRIED 7/0". The motion is printed apart from it, as a resolution.
NAMES_ONLY = r"(?:(?!\b(?:that|to|the)\b)[^.:;])"
MOVER_AND_SECONDER_ONLY = re.compile(
    rf"^(?:moved|proposed)(?:\s*/\s*seconded)?(?:\s+by)?\s*[:\-\u2013]?\s*{NAMES_ONLY}{{1,60}}?"
    rf"(?:(?:\s*[/,;]\s*|\s+and\s+|\s+)(?:seconded)(?:\s+by)?\s*[:\-\u2013]?\s*{NAMES_ONLY}{{1,60}}?)?"
    r"\.?\s*(?:carried\b[^.]*\.?)?$", re.I)
VOTE_MARKER = re.compile(r"^(?:.*,\s*)?(?:all|unanimously)\s+agreed\.?$|^agreed\.?$", re.I)
TRAILING_VOTE = re.compile(r"\s+(?:all|unanimously)\s+agreed\.?$", re.I)
# "were reviewed and ratified", "The Board considered and approved": the decision follows the
# meeting's own deliberation, so the deliberating verb's subject decides. ("Apologies were received
# and accepted" is a formality, not a decision.)
DELIBERATED = frozenset("reviewed considered discussed debated examined scrutinised scrutinized".split())
# Receiving is how apologies come to be accepted: "were received and accepted" lends no subject.
RECEIVED = "received"
# Words that end the noun phrase after "noted": "the report on ...", "the updates to ...".
PHRASE_ENDS = frozenset("of to on from for in and with by at about that as".split())
# What a meeting formally notes: a paper put to it ("NOTED the Chief Executive's report", "noted the
# updates to the action log"). Noting anything else ("noted the challenges of ...", "noted its work
# programme") is the record of a discussion, not a decision.
PAPERS = frozenset("report reports update updates paper papers presentation briefing statement accounts minutes"
                   " log register return returns".split())


def previous_word(doc: Any, i: int) -> tuple[Any, int]:
    """The token before i, skipping adverbs; (None, -1) at the start."""
    j = i - 1
    while j >= 0 and doc[j].lower_ in ADVERBS:
        j -= 1
    return (doc[j], j) if j >= 0 else (None, -1)


def verb_decides(doc: Any, i: int, meeting_date: str | None = None, end: int | None = None) -> bool:
    """Whether the decision verb at tokens i..end ("approved", "signed off") records the meeting deciding."""
    token = doc[i]
    end = i + 1 if end is None else end
    after = doc[end] if end < len(doc) else None
    before, j = previous_word(doc, i)
    if before is None or dated_before(doc[i + 1:].text, meeting_date):
        return False
    word = before.lower_
    if word in PERSONAL_PRONOUNS or conditional(doc, i, j):
        return False
    if word == "and" and j >= 1 and coordinated(doc, j - 1) and verb_decides(doc, j - 1, meeting_date):
        return True
    if word in PASSIVE:
        # "approved at Cabinet" is another forum; "agreed at this point" is the meeting.
        this = end + 1 < len(doc) and doc[end + 1].lower_ == "this"
        elsewhere = after is not None and after.lower_ == "at" and not this
        return not elsewhere and not counted_subject(doc, j)
    if word in NOT_NOW or word in ("be", "been"):
        return False
    if token.lower_ == "agreed" and after is not None and after.lower_ == "to":
        then = doc[i + 2] if i + 2 < len(doc) else None
        if then is None or then.lower_ not in DETERMINERS:
            return then is not None and then.is_alpha and then.is_lower and not undertaking(before)
    if word in GROUP_SUBJECTS:
        return j == 0 or doc[j - 1].lower_ not in OFFICER_TITLES
    at_end = after is None or after.is_punct
    return at_end and token.lower_ in ELLIPTICAL and before.is_alpha and before.is_lower and not word.endswith("ly")


def undertaking(subject: Any) -> bool:
    """Whether "<subject> agreed to <verb>" is one person's undertaking ("The Commissioner agreed to share
    the evaluation", "Mr. George agreed to undertake safety checks"), an action, not the meeting deciding:
    a named or titled person other than the chair, who speaks for the meeting."""
    word = subject.lower_
    return subject.text[:1].isupper() and word not in GROUP_SUBJECTS and word not in CHAIRS


def coordinated(doc: Any, k: int) -> bool:
    """Whether the verb at token k, before "and <decision verb>", lends that verb its subject: a
    deliberating verb, or any participle under the same passive auxiliary ("The Accounts were presented and
    accepted", "The Statement was completed and approved")."""
    word = doc[k].lower_
    passive = k >= 1 and doc[k - 1].lower_ in PASSIVE and word.endswith("ed") and word != RECEIVED
    return word in DELIBERATED or passive


def conditional(doc: Any, i: int, j: int) -> bool:
    """Whether the verb at token i (its auxiliary or subject at j) is in a clause opened by a condition
    (see CONDITIONS); "When the item was discussed it was agreed ..." is the main clause's "it was agreed"."""
    if j >= 1 and doc[j].lower_ in PASSIVE and doc[j - 1].lower_ == "it":
        return False
    for k in range(i - 1, -1, -1):
        if doc[k].text in (",", ";", ":"):
            return False
        if doc[k].lower_ in CONDITIONS:
            return True
    return False


def notes_a_paper(doc: Any, i: int) -> bool:
    """Whether "noted" at token i is the meeting taking note of a paper ("The Board NOTED the
    Chief Executive's report"), not of a fact it heard ("Members noted that ...")."""
    before, _ = previous_word(doc, i)
    if before is None or before.lower_ not in GROUP_SUBJECTS:
        return False
    phrase = []
    for token in doc[i + 1:i + 8]:
        if token.is_punct or token.lower_ in PHRASE_ENDS:
            break
        phrase.append(token)
    return bool(phrase) and phrase[-1].lower_ in PAPERS


def dated_before(text: str, meeting_date: str | None) -> bool:
    """Whether `text` (what follows a decision verb) dates it to a month before the meeting's."""
    m = EARLIER_DATE.search(text)
    if m is None or not meeting_date:
        return False
    year, month = int(meeting_date[:4]), int(meeting_date[5:7])
    if m.group("month") is None:
        return int(m.group("year")) < year
    return (int(m.group("year")), MONTHS.index(m.group("month")) + 1) < (year, month)


def counted_subject(doc: Any, j: int) -> bool:
    """Whether the subject before the passive auxiliary at token j is a count: "39 adopter
    households were approved" reports a statistic, not the meeting approving anything."""
    k = j - 1
    while k >= max(j - 4, 0) and doc[k].is_alpha and doc[k].is_lower:
        k -= 1
    return k >= 0 and k < j - 1 and doc[k].is_digit and not YEAR.fullmatch(doc[k].text)


def recommendation_start(doc: Any, i: int) -> int | None:
    """Where "The panel recommended ..." starts when the panel (token i) is the sentence's subject,
    after any "Recommendation:" label; None when the panel is not the subject ("the officer told
    the panel recommended ..."). A fostering or adoption panel passes no resolutions: its
    recommendation to the agency decision maker is its decision on the case."""
    j = i - 1 if i >= 1 and doc[i - 1].lower_ == "the" else i
    opening = doc[:j]
    if len(opening) == 0 or (len(opening) == 2 and opening[0].is_alpha and opening[1].text in (":", "-", "\u2013")):
        return doc[j].idx
    return None


def sentence_start(doc: Any, i: int) -> int:
    """Where the decision's own clause starts: after a comma splice before "it was agreed"
    ("Ragwort was discussed, it was agreed ..."), but not after an introductory phrase, which is
    part of the decision's sentence ("As items 9 and 12 were related, it was agreed ...")."""
    before, j = previous_word(doc, i)
    splice = j >= 2 and doc[j - 1].lower_ == "it" and doc[j - 2].text in (",", ";")
    if before is not None and before.lower_ == "was" and splice and doc[0].lower_ not in INTRODUCTORY:
        return doc[j - 1].idx
    return 0


def sentences_to_decisions(sentences: list[tuple[str, int]], meeting_date: str | None = None) -> list[tuple[str, int]]:
    """The decisions among (sentence, page) pairs, as (text, page), in order; `meeting_date`
    (ISO) tells the meeting's decisions from earlier ones reported to it. The page is carried
    through as it is: any number that tells where the sentence came from will do."""
    nlp = span_ruler("decisions")
    out: list[tuple[str, int]] = []
    for k, ((sentence, page), doc) in enumerate(zip(sentences, nlp.pipe(s for s, _ in sentences), strict=True)):
        superseded = k + 1 < len(sentences) and SUPERSEDED.match(sentences[k + 1][0])
        vote_only = (VOTE_MARKER.match(sentence.strip()) or SECONDING_THE_ABOVE.match(sentence)
                     or MOVER_AND_SECONDER_ONLY.match(sentence.strip()))
        if vote_only or NOT_THE_MEETING.search(sentence) or superseded:
            continue
        attributed = MOVER_AND_SECONDER.search(sentence)
        if attributed:
            out.append((decision_text(sentence[:attributed.start()]), page))
            continue
        if k and AGREED_TO_THE_ABOVE.match(sentence) and not (out and out[-1][0] == decision_text(sentences[k - 1][0])):
            out.append((decision_text(f"{sentences[k - 1][0]} {sentence}"), page))
            continue
        if VOTED_ON.search(sentence) or proposed_and_seconded(sentence) or OUTCOME_AGAINST_ENTRY.search(sentence):
            out.append((decision_text(sentence), page))
            continue
        for span in sorted(doc.spans["ruler"], key=lambda s: s.start):
            if span.label_ == "PANEL_RECOMMENDATION":
                start = recommendation_start(doc, span.start)
                if start is not None:
                    out.append((decision_text(sentence[start:]), page))
                    break
                continue
            if span.label_ == "NOTED_VERB":
                decides = notes_a_paper(doc, span.start)
            else:
                decides = span.label_ == "DECISION_PHRASE" or verb_decides(doc, span.start, meeting_date, span.end)
            if decides:
                start = 0 if span.label_ == "DECISION_PHRASE" else sentence_start(doc, span.start)
                out.append((TRAILING_VOTE.sub("", decision_text(sentence[start:])), page))
                break
    return out


def proposed_and_seconded(sentence: str) -> bool:
    """Whether the sentence records a proposal moved and seconded (see PROPOSED)."""
    return bool(PROPOSED.search(sentence) and SECONDED.search(sentence)) and not NOT_YET_AGREED.search(sentence)


def lines_to_outcomes(lines: list[Line], title: str, skip: set[int]) -> tuple[list[tuple[str, int, int]], set[int]]:
    """Outcomes printed on a line of their own under an application or case (see OUTCOME_LINE), as
    (text, page, line), the text prefixed with what was decided (the item's title, "Northeast Foods, LLC -
    GRANTED"), so none under an untitled holder; also which lines they used. A short note on the
    line after the outcome ("Any new application must be accompanied by a full community process")
    is part of it."""
    out: list[tuple[str, int, int]] = []
    used: set[int] = set()
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not title or i in skip or i in used or not OUTCOME_LINE.match(text) or len(text) > OUTCOME_NOTE_LENGTH:
            continue
        parts = [text]
        used.add(i)
        note = lines[i + 1].text.strip() if i + 1 < len(lines) and i + 1 not in skip else ""
        if note and len(note) <= OUTCOME_NOTE_LENGTH and not OUTCOME_LINE.match(note):
            parts.append(note)
            used.add(i + 1)
        outcome = ". ".join(p for p in (VOTE_NOTE.sub("", p).rstrip(" _.") for p in parts) if p)
        out.append((f"{title} \u2013 {outcome}", line.page, i))
    return out, used


def decision_text(sentence: str) -> str:
    """The decision without a list bullet or a run-in heading before it ("Minutes of the last Meeting:
    Mr A proposed ...") or an action tracker reference after it."""
    return ACTION_REF.sub("", RUN_IN_HEADING.sub("", BULLET.sub("", sentence.strip())))


# Words that carry no content when comparing a decision with a resolution it may restate.
FUNCTION_WORDS = frozenset(
    "a an the that this these those be been being is are was were to of on onto in into for from by with "
    "and or as at it its their his her all agreed agree approved noted resolved chair panel board committee "
    "members member council cabinet".split())
RESTATES_SHARE = 0.6
RESTATES_MIN_WORDS = 3
# A restatement stands beside its resolution: a decision is compared with this many resolutions
# before it and after it, not with every resolution of an item that lists hundreds of them.
RESTATES_NEAREST = 20


def content_stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower())
    return {re.sub(r"(?:ed|ing|s)$", "", w) for w in words if w not in FUNCTION_WORDS and len(w) > 2}


def restates(decision: set[str], resolution: set[str]) -> bool:
    """Whether a narrative decision says again what a resolution says, given the content stems of
    each: most of the shorter one's stems are in the other."""
    shorter = min(len(decision), len(resolution))
    return shorter >= RESTATES_MIN_WORDS and len(decision & resolution) >= RESTATES_SHARE * shorter


def without_restated(decisions: list[tuple[str, int, int]], resolutions: list[Resolution], starts: list[int]
                     ) -> list[tuple[str, int, int]]:
    """The (text, page, line) decisions of an item that restate none of its resolutions near them
    (`starts`: the line each resolution starts on, in order)."""
    stems = [content_stems(r.text) for r in resolutions]
    kept = []
    for decision in decisions:
        ours = content_stems(decision[0])
        at = bisect.bisect_left(starts, decision[2])
        if not any(restates(ours, theirs) for theirs in stems[max(0, at - RESTATES_NEAREST):at + RESTATES_NEAREST]):
            kept.append(decision)
    return kept
