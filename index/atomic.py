"""Whole-file writes that a killed process cannot leave half done: the text goes to a temporary
name in the same folder and is renamed into place, so a reader sees the old file or the new one.
It lives in `index`, the lowest layer that writes files, so both the index and the store use it."""
from __future__ import annotations

import contextlib
import os
import pathlib


def write_atomically(path: pathlib.Path, text: str) -> None:
    import tempfile  # only writers need it; `search` starts without it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
