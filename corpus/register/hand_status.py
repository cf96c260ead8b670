"""Statuses a clerk sets by hand (`actions close` / `reopen`), kept in the store, not the index,
so re-ingest and re-index never lose them.

    HOME/store/action-status.json
    {"format": "minutebook-action-status", "version": 2,
     "statuses": {ID: {"status": "done", "key": CONTENT KEY, "note": "...", "at": ISO TIME}}}

The file is only ever replaced whole (write to a temporary name, rename), and each save keeps
the version it replaces beside it (`action-status.json.previous`): a file damaged later is
reported in one sentence, and `minutebook actions restore` puts the previous version back. A file
of another version is never rewritten: the command stops with a message and the file stays as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import pathlib
from collections.abc import Iterator
from typing import Any

from corpus.errors import StoreDamaged, StoreError
from corpus.store import Store, write_atomically, written_to
from corpus.surrogates import to_json
from index.integrity import Problem, error_reason

FORMAT = "minutebook-action-status"
# Version 1 (development builds) keyed statuses by id only; version 2 adds the content key.
VERSION = 2
FILENAME = "action-status.json"
PREVIOUS_SUFFIX = ".previous"
DAMAGED_SUFFIX = ".damaged"
RESTORE = "minutebook actions restore"


class StatusesDamaged(StoreError):
    """The status file cannot be read as one (not JSON, not shaped as the file)."""


def status_path(store: Store) -> pathlib.Path:
    return store.root / FILENAME


def previous_path(store: Store) -> pathlib.Path:
    return store.root / (FILENAME + PREVIOUS_SUFFIX)


def statuses_in(path: pathlib.Path) -> dict[str, dict[str, Any]]:
    """The statuses a status file holds; StatusesDamaged when it cannot be read as one, StoreError
    when another version of minutebook wrote it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StatusesDamaged(f"cannot be read ({error_reason(e)})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StatusesDamaged("is not a minutebook action-status file")
    version = data.get("version")
    if version != VERSION:
        age = "an older" if isinstance(version, int) and version < VERSION else "another"
        raise StoreError(f"The action statuses in {path} were written by {age} version of minutebook "
                         f"(format {version}, this one reads {VERSION}); nothing was changed.")
    statuses = data.get("statuses", {})
    if not isinstance(statuses, dict) or not all(isinstance(v, dict) for v in statuses.values()):
        raise StatusesDamaged("is not shaped as a table of action statuses")
    return dict(statuses)


def damaged_statuses_problem(store: Store, problem: str) -> Problem:
    """The status file is damaged: its previous version, when sound, is offered back."""
    previous = previous_path(store)
    try:
        kept = len(statuses_in(previous))
    except StoreError:
        return Problem(str(status_path(store)), f"{problem}; it has no sound previous version",
                       "move it aside to start again without hand-set statuses")
    return Problem(str(status_path(store)), problem,
                   f"`{RESTORE}` puts back its previous version ({kept} statuses, {previous.name})", RESTORE)


def read_hand_statuses(store: Store) -> dict[str, dict[str, Any]]:
    path = status_path(store)
    if not path.is_file():
        return {}
    try:
        return statuses_in(path)
    except StatusesDamaged as e:
        raise StoreDamaged(damaged_statuses_problem(store, str(e))) from None


def write_hand_statuses(store: Store, statuses: dict[str, dict[str, Any]]) -> None:
    """Replaces the file, keeping the version it replaces beside it."""
    current = status_path(store)
    if current.is_file():
        write_atomically(previous_path(store), current.read_text(encoding="utf-8"))
    data = {"format": FORMAT, "version": VERSION, "statuses": statuses}
    write_atomically(current, to_json(data, indent=1, sort_keys=True))


@contextlib.contextmanager
def status_lock(store: Store) -> Iterator[None]:
    """A lock of its own, not the ingest lock: a clerk may close an action while an ingest runs."""
    with written_to(store.home):
        store.root.mkdir(parents=True, exist_ok=True)
        lock = open(store.root / f"{FILENAME}.lock", "w")
    with lock, written_to(store.home):
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


@contextlib.contextmanager
def updating_hand_statuses(store: Store) -> Iterator[dict[str, dict[str, Any]]]:
    """The statuses to change, written back when the block ends without an error."""
    with status_lock(store):
        statuses = read_hand_statuses(store)
        yield statuses
        write_hand_statuses(store, statuses)


def restore_hand_statuses(home: str | os.PathLike[str]) -> int:
    """Puts back the previous version of a damaged status file (the damaged one is kept beside it,
    as `action-status.json.damaged`); returns how many statuses it holds. A sound file is left
    alone: restoring it would undo the clerk's last change."""
    store = Store(home, read_catalog=False)
    current, previous = status_path(store), previous_path(store)
    with status_lock(store):
        if current.is_file():
            with contextlib.suppress(StatusesDamaged):
                statuses_in(current)
                raise StoreError(f"The action statuses in {current} are sound; nothing was restored.")
        if not previous.is_file():
            raise StoreError(f"There is no previous version of {current} to restore.")
        try:
            restored = statuses_in(previous)
        except StatusesDamaged as e:
            raise StoreError(f"The previous version of the action statuses, {previous}, {e} too; "
                             "nothing was restored.") from None
        if current.is_file():
            os.replace(current, current.with_name(FILENAME + DAMAGED_SUFFIX))
        write_atomically(current, previous.read_text(encoding="utf-8"))
    return len(restored)


def hand_mark(status: str, key: str, note: str | None, now: dt.datetime | None = None) -> dict[str, Any]:
    at = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    return {"status": status, "key": key, "note": note, "at": at}
