"""The clerk's action register: every action minuted in the stored files, with its status read
from later minutes of the same body.

`extractions_to_register` is pure: extractions (and hand-set statuses) in, register out. An
action's id is the index record id of its first sighting (`index.records`), so search hits,
exports and `actions close ID` all name it the same way.

How a status is decided, meeting by meeting in date order within each body:
- an action listed again at a later meeting (an action log, a re-listed ACTIONS line) is the
  same action, not a new one; its Status cell says done / carried forward, and no Status cell
  means it was carried forward. The same holds for an item's `action_updates` (action-log rows
  on an earlier meeting's actions). A listing names its action by reference when both print one
  ("TB/23/88" is the action minuted as TB/23/88, "A12" the action logged as A12), else by the
  owner and nearly the same words; under a review heading ("Matters arising", "Action log") a
  listing that repeats half the action's words is enough;
- a sentence of a later item that repeats enough of an action's words (and its owner's) and
  says it was done ("had been sent", or the owner as subject of a past tense: "Simon Ashby
  presented the breakdown") or is still going changes its status; items reviewing earlier
  actions ("Matters arising", "Action log") are read more loosely than the rest;
- only meetings within FOLLOW_UP_DAYS of an action's last sighting are read for it;
- a hand-set status (`actions close` / `reopen`) overrides what the minutes say.
Each change keeps its evidence (meeting, text, page), the latest in `closed_by`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from corpus.register.matching import (
    CARRIED,
    DONE,
    OPEN,
    coverage,
    is_bare_number,
    is_review_item,
    normalise,
    owner_did_it,
    owners_compatible,
    sentence_to_status,
    status_word_to_status,
    text_similarity,
    text_to_sentences,
)
from corpus.register.words import NEXT_MEETING_PATTERN
from extract.records import Action, Extraction, Item
from index.dates import text_to_range
from index.records import IndexRecord, extraction_to_records, source_to_dict, valid_iso

# Thresholds for matching, tuned on the fixture series in tests/test_register.py: a re-listed
# action is nearly the same text; a review sentence need repeat only half the action's words,
# any other sentence most of them.
RELISTED_SIMILARITY = 0.8
# A log's running number ("3") names the same action only if the text agrees this far too.
NUMBERED_SIMILARITY = 0.5
REVIEW_COVERAGE, REVIEW_MIN_WORDS = 0.5, 2
OTHER_COVERAGE, OTHER_MIN_WORDS = 0.75, 3
# Later minutes are read for an action only within this many days of its last sighting: bodies
# of different councils share names ("Cabinet"), and nobody reports on a two-year-old action
# that no meeting has mentioned since.
FOLLOW_UP_DAYS = 400
_NEXT_MEETING = re.compile(NEXT_MEETING_PATTERN, re.I)


@dataclass
class Evidence:
    """Why an action has its status: a line of minutes, or a clerk's hand."""

    by: str  # "minutes" or "hand"
    text: str
    body: str | None = None
    date: str | None = None
    path: str | None = None
    page: int | None = None
    status: str | None = None
    at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["meeting"] = {"body": data.pop("body"), "date": data.pop("date")}
        return data


@dataclass
class RegisterAction:
    id: str
    key: str
    text: str
    owner: str | None
    due: str | None
    due_text: str | None
    body: str | None
    date: str | None
    item_number: str | None
    item_title: str | None
    path: str
    page: int
    status: str = OPEN
    ref: str | None = None
    closed_by: Evidence | None = None
    evidence: list[Evidence] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    source_url: str | None = None  # a fetched file's document URL and meeting page
    meeting_url: str | None = None

    def set_status(self, status: str, evidence: Evidence) -> None:
        evidence.status = status
        self.status = status
        self.closed_by = evidence
        self.evidence.append(evidence)

    def is_overdue(self, today: dt.date) -> bool:
        return self.status != DONE and self.due is not None and self.due < today.isoformat()

    def to_dict(self, today: dt.date) -> dict[str, Any]:
        """The contract's `actions --json` entry, plus `overdue`, `due_text` and all evidence."""
        return {
            "id": self.id, "text": self.text, "owner": self.owner, "due": self.due,
            "status": self.status, "overdue": self.is_overdue(today), "due_text": self.due_text,
            "meeting": {"body": self.body, "date": self.date},
            "item": {"number": self.item_number, "title": self.item_title},
            "source": source_to_dict(self.path, self.page, self.source_url, self.meeting_url),
            "closed_by": self.closed_by.to_dict() if self.closed_by else None,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass
class _Meeting:
    """What one meeting of a body contributes: its action records and its items' text."""

    date: str | None
    actions: list[tuple[IndexRecord, str]] = field(default_factory=list)  # with its content key
    items: list[IndexRecord] = field(default_factory=list)
    updates: list[tuple[Action, IndexRecord]] = field(default_factory=list)  # with the item reporting it
    next_meeting: str | None = None


def body_key(body: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", (body or "").casefold().replace("&", " and ")).split())


def record_key(record: IndexRecord) -> str:
    """Content key of an action (or item): the same one read from two files (minutes printed
    again in the next meeting's pack) or from a re-downloaded file has the same key."""
    return "|".join((body_key(record.body), record.date or "", record.item_number or "", normalise(record.text)))


def _collect(extractions: list[Extraction]) -> tuple[dict[str, dict[str | None, _Meeting]], dict[str, list[str]]]:
    """Records grouped by body and meeting date, and the ids of actions seen again in another
    file (by content key) so they can name the first sighting."""
    bodies: dict[str, dict[str | None, _Meeting]] = defaultdict(dict)
    repeats: dict[str, list[str]] = defaultdict(list)
    seen_items: set[str] = set()
    for extraction in extractions:
        records = extraction_to_records(extraction)
        documents = iter(extraction.documents)
        # The records follow the documents' items and actions in order; the register also reads
        # what the records leave out (refs, action updates) from those.
        items: Iterator[Item] = iter(())
        actions: Iterator[Action] = iter(())
        # Two identical actions in one file are two actions ("Clerk to progress." under two
        # items of one meeting); so the key counts occurrences within the file.
        counts: Counter[str] = Counter()
        for record in records:
            # Minutes that name no body are compared only with themselves: two unnamed bodies
            # are not one.
            group = body_key(record.body) or f"file {record.file}"
            meeting = bodies[group].setdefault(record.date, _Meeting(record.date))
            if record.kind == "document":
                doc = next(documents)
                items, actions = iter(doc.items), iter([a for i in doc.items for a in i.actions])
                mentions = sorted(m.date for m in doc.dates if m.role == "next_meeting" and valid_iso(m.date))
                meeting.next_meeting = meeting.next_meeting or (mentions[0] if mentions else None)
            elif record.kind == "action":
                record.extra.setdefault("ref", next(actions).ref)
                key = record_key(record)
                counts[key] += 1
                occurrence = f"{key}#{counts[key]}"
                if occurrence in repeats:
                    repeats[occurrence].append(record.id)
                    continue
                repeats[occurrence] = []
                meeting.actions.append((record, occurrence))
            elif record.kind == "item":
                item = next(items)
                if record_key(record) not in seen_items:
                    seen_items.add(record_key(record))
                    meeting.items.append(record)
                    meeting.updates.extend((update, record) for update in item.action_updates)
    return bodies, repeats


def _due(record: IndexRecord, later_dates: list[str], stated_next: str | None) -> tuple[str | None, str | None]:
    raw = record.extra.get("due")
    if valid_iso(raw):
        return raw, raw
    # A Due cell the extraction left as written ("June 2024") is due by the end of that period.
    period = text_to_range(raw) if raw else None
    if period:
        return period[1].isoformat(), raw
    says_next = _NEXT_MEETING.search(f"{raw or ''} {record.text}")
    if says_next:
        return (later_dates[0] if later_dates else stated_next), raw or says_next.group(0)
    return None, raw


def _new_entry(record: IndexRecord, key: str, later_dates: list[str], stated_next: str | None) -> RegisterAction:
    due, due_text = _due(record, later_dates, stated_next)
    owner = record.extra.get("owner")
    entry = RegisterAction(
        id=record.id, key=key, text=record.text, owner=owner, due=due, due_text=due_text,
        body=record.body, date=record.date, item_number=record.item_number, item_title=record.item_title,
        path=record.path, page=record.page, ref=record.extra.get("ref"), source_url=record.source_url,
        meeting_url=record.meeting_url,
    )
    own_status = status_word_to_status(record.extra.get("status"))
    if own_status:
        entry.set_status(own_status, _evidence(record, f"{record.text} — {record.extra['status']}"))
    return entry


def _evidence(record: IndexRecord, text: str) -> Evidence:
    return Evidence(by="minutes", text=text, body=record.body, date=record.date, path=record.path, page=record.page)


def _same_ref(ref: str, entry: RegisterAction) -> bool:
    """A log's reference names an action logged under the same reference, or, when it is a
    minute number ("TB/23/88", not a running "3"), the actions minuted under it."""
    ref = ref.casefold().rstrip(".")
    if entry.ref and entry.ref.casefold().rstrip(".") == ref:
        return True
    return not is_bare_number(ref) and (entry.item_number or "").casefold() == ref


def _listed_again(text: str, owner: str | None, ref: str | None, review: bool,
                  earlier: list[RegisterAction]) -> RegisterAction | None:
    """The earlier action a later listing (an action-log row, a re-listed action) is about."""
    candidates = [e for e in earlier if owners_compatible(owner, e.owner)]
    scored = sorted(((text_similarity(text, e.text), e) for e in candidates), key=lambda se: -se[0])
    if ref:
        least = NUMBERED_SIMILARITY if is_bare_number(ref) else 0.0
        by_ref = next((e for share, e in scored if share >= least and _same_ref(ref, e)), None)
        if by_ref is not None:
            return by_ref
    if scored and scored[0][0] >= RELISTED_SIMILARITY:
        return scored[0][1]
    # A row of an action log under a review heading rarely repeats the action word for word.
    return _mentioned(f"{owner or ''} {text}", True, candidates) if review else None


def _mentioned(sentence: str, review: bool, earlier: list[RegisterAction]) -> RegisterAction | None:
    least, words = (REVIEW_COVERAGE, REVIEW_MIN_WORDS) if review else (OTHER_COVERAGE, OTHER_MIN_WORDS)
    best: tuple[float, RegisterAction | None] = (0.0, None)
    for entry in earlier:
        share, found = coverage(entry.text, entry.owner, sentence)
        if share >= least and found >= words and share > best[0]:
            best = (share, entry)
    return best[1]


def _followed_up(entry: RegisterAction, date: str) -> bool:
    seen = max([entry.date or "", *(e.date or "" for e in entry.evidence)])
    gap = dt.date.fromisoformat(date) - dt.date.fromisoformat(seen)
    return gap.days <= FOLLOW_UP_DAYS


def _read_actions(meeting: _Meeting, earlier: list[RegisterAction], later_dates: list[str]) -> list[RegisterAction]:
    """A meeting's actions: earlier ones listed again get the new status; the rest are new."""
    new: list[RegisterAction] = []
    for record, key in meeting.actions:
        same = _listed_again(record.text, record.extra.get("owner"), record.extra.get("ref"),
                             is_review_item(record.item_title or ""), earlier)
        if same is None:
            new.append(_new_entry(record, key, later_dates, meeting.next_meeting))
            continue
        same.aliases.append(record.id)
        cell = record.extra.get("status")
        same.set_status(status_word_to_status(cell) or CARRIED,
                        _evidence(record, f"{record.text} — {cell}" if cell else record.text))
    return new


def _read_updates(meeting: _Meeting, earlier: list[RegisterAction]) -> None:
    """A meeting's action-log rows on earlier meetings' actions: their Status cell says done or
    carried forward; a row without one carries its action forward."""
    for update, item in meeting.updates:
        same = _listed_again(update.text, update.owner, update.ref, True, earlier)
        if same is None:
            continue
        said = " ".join(x for x in (update.ref, update.text) if x)
        evidence = _evidence(item, f"{said} — {update.status}" if update.status else said)
        evidence.page = update.page
        same.set_status(status_word_to_status(update.status) or CARRIED, evidence)


def _read_items(meeting: _Meeting, earlier: list[RegisterAction]) -> None:
    """Sentences of a meeting's items that say an earlier action is done or still going."""
    # A row or line that holds one of this meeting's own actions, or an action update, was read
    # as such.
    listed = [r.text for r, _ in meeting.actions] + [u.text for u, _ in meeting.updates]
    own_texts = {normalise(text) for text in listed} - {""}
    for item in meeting.items:
        review = is_review_item(item.item_title or "")
        for sentence in text_to_sentences(item.text):
            if any(own in normalise(sentence) for own in own_texts):
                continue
            entry = _mentioned(sentence, review, earlier)
            said = sentence_to_status(sentence)
            if entry is not None and said is None and owner_did_it(sentence, entry.owner):
                said = DONE
            if entry is not None and said is not None:
                entry.set_status(said, _evidence(item, sentence))


def _body_to_entries(meetings: dict[str | None, _Meeting]) -> list[RegisterAction]:
    dated = sorted(d for d in meetings if d)
    entries: list[RegisterAction] = []
    for date in dated:
        meeting = meetings[date]
        earlier = [e for e in entries if e.date and e.date < date and _followed_up(e, date)]
        entries.extend(_read_actions(meeting, earlier, [d for d in dated if d > date]))
        _read_updates(meeting, earlier)
        _read_items(meeting, earlier)
    # Undated minutes cannot be placed after anything, so they only add actions.
    if None in meetings:
        entries.extend(_read_actions(meetings[None], [], []))
    return entries


def apply_hand_statuses(entries: list[RegisterAction], hand: dict[str, dict[str, Any]]) -> None:
    """A clerk's `close` / `reopen` wins over the minutes. Keyed by id, with the content key as
    a fallback so a status survives a re-downloaded file whose ids changed."""
    by_key = {h.get("key"): h for h in hand.values() if h.get("key")}
    for entry in entries:
        mark = next((hand[i] for i in (entry.id, *entry.aliases) if i in hand), None) or by_key.get(entry.key)
        if mark:
            entry.set_status(mark["status"], Evidence(by="hand", text=mark.get("note") or "", at=mark.get("at")))


def extractions_to_register(extractions: list[Extraction],
                            hand: dict[str, dict[str, Any]] | None = None) -> list[RegisterAction]:
    """Every action in the extractions, oldest meeting first within each body, with its status."""
    bodies, repeats = _collect(extractions)
    entries: list[RegisterAction] = []
    for meetings in bodies.values():
        entries.extend(_body_to_entries(meetings))
    for entry in entries:
        entry.aliases.extend(repeats[entry.key])
    apply_hand_statuses(entries, hand or {})
    entries.sort(key=lambda e: (body_key(e.body), e.date is None, e.date or "", e.path, e.page))
    return entries
