"""Whole-file writes that a killed process cannot leave half done: the bytes go to a temporary
name in the same folder and are renamed into place, so a reader sees the old file or the new one.
It lives in `index`, the lowest layer that writes files, so both the index and the store use it."""
from __future__ import annotations

import contextlib
import os
import pathlib

# A store file is the tool's own: readable by its owner only.
PRIVATE_MODE = 0o600


def write_bytes_atomically(path: pathlib.Path, data: bytes, mode: int | None = None,
                           owner: tuple[int, int] | None = None) -> None:
    """`data` becomes the file `path` in one rename. The file gets `mode` (else what the umask
    gives a new file) and `owner` (uid, gid) where the process may give it."""
    import secrets  # only writers need it; `search` starts without it

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as out:
            if mode is not None:
                os.fchmod(out.fileno(), mode)
            if owner is not None:
                # Replacing a file makes a new one, owned by whoever writes it; root (or the
                # owner, for a group it belongs to) can keep the old owner and group.
                with contextlib.suppress(PermissionError):
                    os.fchown(out.fileno(), *owner)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def write_atomically(path: pathlib.Path, text: str) -> None:
    """A store or index file, its folder made where missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(path, text.encode("utf-8"), mode=PRIVATE_MODE)
