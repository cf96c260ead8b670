"""What `minutebook actions` and its `close` / `reopen` subcommands do, over the store in HOME.

The register is rebuilt from the cached extractions on every call (no PDF is read), so it always
agrees with the store; hand-set statuses come from `corpus.hand_status`."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any

from corpus.errors import StoreError
from corpus.register.assemble import RegisterAction, extractions_to_register
from corpus.register.hand_status import hand_mark, read_hand_statuses, updating_hand_statuses
from corpus.register.matching import CARRIED, DONE, OPEN, owner_words
from corpus.store import Store, require_store

# `--status` values: "open" is everything not done, as a clerk asks "what is outstanding?".
STATUS_CHOICES = {"open": (OPEN, CARRIED), "carried": (CARRIED,), "done": (DONE,), "all": (OPEN, CARRIED, DONE)}


@dataclass
class ActionFilter:
    status: str = "open"
    owner: str | None = None
    body: str | None = None
    since: dt.date | None = None
    overdue: bool = False


def store_to_register(store: Store) -> list[RegisterAction]:
    return extractions_to_register(list(store.indexed_extractions()), read_hand_statuses(store))


def register_export_columns(store: Store) -> dict[str, dict[str, Any]]:
    """For `export actions`: every action record id (first sightings and repeats) -> the
    register's status, overdue flag and evidence columns."""
    today = dt.date.today()
    columns: dict[str, dict[str, Any]] = {}
    for entry in store_to_register(store):
        evidence = entry.closed_by
        row = {
            "register_id": entry.id, "status": entry.status, "overdue": entry.is_overdue(today),
            "due_date": entry.due, "status_by": evidence.by if evidence else None,
            "status_evidence": evidence.text if evidence else None,
            "status_date": (evidence.at if evidence.by == "hand" else evidence.date) if evidence else None,
            "status_source_path": evidence.path if evidence else None,
            "status_source_page": evidence.page if evidence else None,
        }
        for record_id in (entry.id, *entry.aliases):
            columns[record_id] = row
    return columns


def load_register(home: str | os.PathLike[str]) -> list[RegisterAction]:
    return store_to_register(require_store(home))


def list_actions(home: str | os.PathLike[str], status: str = "open", owner: str | None = None,
                 body: str | None = None, since: str | None = None, overdue: bool = False,
                 today: dt.date | None = None) -> list[RegisterAction]:
    """`minutebook actions`: the register in HOME filtered as its options ask; `since` is a date
    as a user types it (2017, Nov 2017, 6/11/2017), read as the start of that period."""
    start = None
    if since:
        from index.dates import parse_when

        start = parse_when(since)[0]
    return filter_register(load_register(home), ActionFilter(status, owner, body, start, overdue),
                           today or dt.date.today())


def _owner_matches(wanted: str, owner: str | None) -> bool:
    if not owner:
        return False
    words = owner_words(wanted)
    return (bool(words) and words <= owner_words(owner)) or wanted.casefold() in owner.casefold()


def filter_register(entries: list[RegisterAction], flt: ActionFilter, today: dt.date) -> list[RegisterAction]:
    wanted = STATUS_CHOICES[flt.status]
    since = flt.since.isoformat() if flt.since else None
    return [
        e for e in entries
        if e.status in wanted
        and (flt.owner is None or _owner_matches(flt.owner, e.owner))
        and (flt.body is None or flt.body.casefold() in (e.body or "").casefold())
        and (since is None or (e.date is not None and e.date >= since))
        and (not flt.overdue or e.is_overdue(today))
    ]


def find_action(entries: list[RegisterAction], action_id: str) -> RegisterAction:
    for entry in entries:
        if action_id == entry.id or action_id in entry.aliases:
            return entry
    raise StoreError(f"There is no action with id {action_id!r}; `minutebook actions --status all` lists them.")


def closed_how(entry: RegisterAction) -> str:
    evidence = entry.closed_by
    if evidence is None or evidence.by == "hand":
        return "by hand"
    return f"by the minutes of {evidence.body or 'the body'} on {evidence.date or 'an undated meeting'}"


def set_by_hand(home: str | os.PathLike[str], action_id: str, status: str, note: str | None = None) -> RegisterAction:
    """Closes (status DONE) or reopens (OPEN) an action by hand; refuses a change that changes
    nothing, so a clerk's typo in an id never passes silently."""
    store = require_store(home)
    entry = find_action(store_to_register(store), action_id)
    if status == DONE and entry.status == DONE:
        raise StoreError(f"Action {action_id} is already closed ({closed_how(entry)}); nothing was changed.")
    if status == OPEN and entry.status != DONE:
        raise StoreError(f"Action {action_id} is not closed (it is {entry.status}); nothing was changed.")
    with updating_hand_statuses(store) as statuses:
        statuses[entry.id] = hand_mark(status, entry.key, note)
    return find_action(store_to_register(store), entry.id)


def close_action(home: str | os.PathLike[str], action_id: str, note: str | None = None) -> RegisterAction:
    return set_by_hand(home, action_id, DONE, note)


def reopen_action(home: str | os.PathLike[str], action_id: str, note: str | None = None) -> RegisterAction:
    return set_by_hand(home, action_id, OPEN, note)
