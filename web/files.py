"""Which stored file a `/files/<ref>` link names, and how to send it.

A ref is looked up in the store's catalog, never joined to a folder: a file's SHA-256 (or the
16-character prefix record ids carry), or the name of exactly one stored file. So `../`, an
absolute path or any file the store does not hold can never be named."""
from __future__ import annotations

import pathlib
import re

from corpus.store import Store
from index.records import SHA_PREFIX

HEX = re.compile(r"[0-9a-f]+")
# Only a PDF is shown as itself (a Word file is sent as itself: browsers download it). Stored HTML or
# Markdown is sent as plain text: a council's HTML page rendered inside this site could run its
# scripts against the clerk's buttons. Werkzeug adds "; charset=utf-8" to a text/ type itself.
PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT_TYPE = "text/plain"
MEDIA_TYPES = {".pdf": PDF_TYPE, ".docx": DOCX_TYPE}


def ref_to_path(store: Store, ref: str) -> pathlib.Path | None:
    """The file on disk for `ref`, or None when the catalog names no such file or it is gone."""
    candidates: list[str] = []
    if len(ref) >= SHA_PREFIX and HEX.fullmatch(ref):
        candidates = [path for path, sha in store.paths.items() if sha.startswith(ref)]
    if not candidates:
        candidates = [path for path in store.paths if pathlib.PurePath(path).name == ref]
    distinct = set(candidates)
    if len(distinct) != 1:
        return None
    path = pathlib.Path(distinct.pop())
    return path if path.is_file() else None


def path_to_link_ref(store: Store, path: str) -> str | None:
    """The ref a link to a stored file uses: its SHA-256, stable while the file is unchanged."""
    return store.paths.get(path)


def file_etag(path: pathlib.Path) -> str:
    """A tag that changes with the file; werkzeug's own hashes the path's UTF-8, which a file name
    that is not UTF-8 has not."""
    info = path.stat()
    return f"{info.st_mtime_ns}-{info.st_size}-{info.st_ino}"


def media_type(path: pathlib.Path) -> str:
    return MEDIA_TYPES.get(path.suffix.lower(), TEXT_TYPE)
