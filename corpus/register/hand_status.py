"""Statuses a clerk sets by hand (`actions close` / `reopen`), kept in the store, not the index,
so re-ingest and re-index never lose them.

    HOME/store/action-status.json
    {"format": "minutebook-action-status", "version": 2,
     "statuses": {ID: {"status": "done", "key": CONTENT KEY, "note": "...", "at": ISO TIME}}}

The file is only ever replaced whole (write to a temporary name, rename). A file of another
version is never rewritten: the command stops with a message and the file stays as it was.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import pathlib
from collections.abc import Iterator
from typing import Any

from corpus.errors import StoreError
from corpus.store import Store, write_atomically

FORMAT = "minutebook-action-status"
# Version 1 (development builds) keyed statuses by id only; version 2 adds the content key.
VERSION = 2
FILENAME = "action-status.json"


def status_path(store: Store) -> pathlib.Path:
    return store.root / FILENAME


def read_hand_statuses(store: Store) -> dict[str, dict[str, Any]]:
    path = status_path(store)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"The hand-set action statuses in {path} cannot be read ({e}); nothing was changed.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(f"{path} is not a minutebook action-status file; nothing was changed.")
    version = data.get("version")
    if version != VERSION:
        age = "an older" if isinstance(version, int) and version < VERSION else "another"
        raise StoreError(f"The action statuses in {path} were written by {age} version of minutebook "
                         f"(format {version}, this one reads {VERSION}); nothing was changed.")
    return dict(data.get("statuses", {}))


def write_hand_statuses(store: Store, statuses: dict[str, dict[str, Any]]) -> None:
    data = {"format": FORMAT, "version": VERSION, "statuses": statuses}
    write_atomically(status_path(store), json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))


@contextlib.contextmanager
def updating_hand_statuses(store: Store) -> Iterator[dict[str, dict[str, Any]]]:
    """The statuses to change, written back when the block ends without an error. A lock of
    its own, not the ingest lock: a clerk may close an action while an ingest runs."""
    store.root.mkdir(parents=True, exist_ok=True)
    with open(store.root / f"{FILENAME}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        statuses = read_hand_statuses(store)
        yield statuses
        write_hand_statuses(store, statuses)


def hand_mark(status: str, key: str, note: str | None, now: dt.datetime | None = None) -> dict[str, Any]:
    at = (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")
    return {"status": status, "key": key, "note": note, "at": at}
