r"""Strings that hold a file name which is not UTF-8, written as JSON or shown to people.

A file system may hold any bytes as a name ("r\xe9union.pdf" copied from an old Windows share).
Python reads each byte that is not UTF-8 into a lone surrogate (PEP 383: 0xE9 -> U+DCE9), which
the name keeps through the store, so the file can be opened again. UTF-8 cannot encode a lone
surrogate; JSON can escape one ("\udce9"), and `json.loads` then `os.fsencode` give back the
very bytes. Pages and downloads sent as UTF-8 show such a byte as U+FFFD."""
from __future__ import annotations

import json
import re
from typing import Any

SURROGATE = re.compile("[\ud800-\udfff]")


def to_json(data: Any, indent: int | None = None, sort_keys: bool = False) -> str:
    """`json.dumps` as UTF-8 text, a lone surrogate written as its escape."""
    text = json.dumps(data, ensure_ascii=False, indent=indent, sort_keys=sort_keys)
    # Lone surrogates are the only characters UTF-8 refuses, and "backslashreplace" writes each
    # as \udcXX: JSON's own escape (a backslash before it is always escaped itself).
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def readable(text: str) -> str:
    """`text` with each lone surrogate shown as U+FFFD, the replacement character."""
    return SURROGATE.sub("\ufffd", text)
