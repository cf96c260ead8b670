"""A file a user names for output (`export -o FILE`), written as they expect of a command's
output and whole or not at all.

A symlink is followed and its target rewritten (the link stays a link); a file that is there
keeps its mode, owner and group; a new file gets the mode the umask gives. Anything but a regular
file or a free name in an existing folder is refused, never replaced: renaming a new file over a
device such as /dev/full would, for root, turn the device into a file."""
from __future__ import annotations

import os
import pathlib
import stat

from corpus.errors import StoreError
from index.atomic import write_bytes_atomically

# What a non-regular file is called in a refusal.
FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
              (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))


def write_output_file(output: str, data: bytes) -> None:
    """`data` as the file `output` (see the module's doc); StoreError says why it cannot be."""
    target = pathlib.Path(os.path.realpath(output))
    try:
        existing = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as e:
        raise StoreError(f"Cannot write {output} ({e.strerror}).") from None
    if existing is None:
        if not target.parent.is_dir():
            raise StoreError(f"Cannot write {output}: the folder {target.parent} does not exist.")
    elif not stat.S_ISREG(existing.st_mode):
        kind = next((name for is_kind, name in FILE_KINDS if is_kind(existing.st_mode)), "an unusual kind of file")
        raise StoreError(f"Cannot write {output}: it is {kind}, not a regular file.")
    try:
        if existing is None:
            write_bytes_atomically(target, data)
        else:
            write_bytes_atomically(target, data, mode=stat.S_IMODE(existing.st_mode),
                                   owner=(existing.st_uid, existing.st_gid))
    except OSError as e:
        raise StoreError(f"Cannot write {output} ({e.strerror}).") from None
