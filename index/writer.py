"""Writes records into the Whoosh index, one batch per commit.

A batch first deletes every record of the files it (re)writes, then adds their records, in one
commit: a batch that a crash interrupted leaves nothing behind, and writing the same file again
never duplicates it."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from index.records import IndexRecord

WRITER_LOCK_WAIT_SECONDS = 30.0
WRITER_MEMORY_MB = 256


def write_batch(ix: Any, drop_files: Iterable[str], records: Iterable[IndexRecord]) -> None:
    writer = ix.writer(timeout=WRITER_LOCK_WAIT_SECONDS, limitmb=WRITER_MEMORY_MB)
    try:
        for sha in drop_files:
            writer.delete_by_term("file", sha)
        for record in records:
            writer.add_document(**record.to_fields())
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
