"""A path -> its format and bytes, or one sentence (`ExtractError`) saying why it cannot be read."""
from __future__ import annotations

import pathlib

from extract.errors import ExtractError
from extract.limits import DEFAULT_LIMITS, Limits

BINARY_SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".doc": "docx"}
TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
# Text with more control characters than this share is binary data, whatever its name says.
MAX_CONTROL_SHARE = 0.01


def path_to_data(path: pathlib.Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, bytes]:
    """The format ("pdf", "docx", "txt", "md", "html") and the bytes of the file at `path`, if
    it is within the size limit. A .doc is "docx" too: the Word reader refuses it with what to do
    about it."""
    suffix = path.suffix.lower()
    data = read_bytes(path, limits)
    if suffix not in BINARY_SUFFIXES and suffix not in TEXT_SUFFIXES:
        raise ExtractError(f"Cannot read {path}: unknown file type {suffix or '(no extension)'}; "
                           "expected .pdf, .docx, .txt, .md or .html.")
    return BINARY_SUFFIXES.get(suffix) or TEXT_SUFFIXES[suffix], data


def read_bytes(path: pathlib.Path, limits: Limits) -> bytes:
    try:
        limits.check_size(path, path.stat().st_size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"Cannot read {path}: no such file.") from None
    except IsADirectoryError:
        raise ExtractError(f"Cannot read {path}: it is a directory, not a file.") from None
    except PermissionError:
        raise ExtractError(f"Cannot read {path}: permission denied.") from None
    except OSError as e:
        raise ExtractError(f"Cannot read {path}: {e.strerror or e}.") from None
    if not data.strip():
        raise ExtractError(f"Cannot read {path}: the file is empty.")
    return data


def decode_text(path: pathlib.Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    control = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    if control > MAX_CONTROL_SHARE * len(text):
        raise ExtractError(f"Cannot read {path}: it holds binary data, not text.")
    return text
