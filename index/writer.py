"""Writes records into the Whoosh index, one batch per commit.

A batch first deletes every record of the files it (re)writes, then adds their records, in one
commit: a batch that a crash interrupted leaves nothing behind, and writing the same file again
never duplicates it. After the commit the files of the index are listed with their checksums
(index.integrity), so damage to one of them later is found."""
from __future__ import annotations

import pathlib
from collections.abc import Iterable
from typing import Any

from index.crash_points import CRASH_AT, crash_point
from index.integrity import record_checksums
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
    crash_between_segment_and_toc(writer)
    writer.commit()
    crash_point("toc-written")
    record_checksums(pathlib.Path(ix.storage.folder))


def crash_between_segment_and_toc(writer: Any) -> None:
    """For the crash harness only (index.crash_points): Whoosh writes a commit's segment, then its
    table of contents, inside one call; the hook goes between the two."""
    import os

    if not os.environ.get(CRASH_AT, "").startswith("segment-written"):
        return
    commit_toc = writer._commit_toc

    def crash_then_commit_toc(segments: Any) -> None:
        crash_point("segment-written")
        commit_toc(segments)

    writer._commit_toc = crash_then_commit_toc
