"""The store's cache of OCR: what was recognised on each scanned page, one file per file content
and page (`HOME/store/ocr/<sha256>/<page>.json`), so that an extraction made again (a new
minutebook's extraction version, a file removed and added back) never recognises a page twice.

Extraction may run in worker processes: each page is written whole by one of them (renamed into
place), and two writers of one page write the same thing."""
from __future__ import annotations

import json
import pathlib
import shutil
from typing import Any

from index.atomic import write_atomically


class StoreOcrCache:
    """An `extract.reading.scanned.OcrCache` in a folder; picklable, so workers can write it."""

    def __init__(self, root: pathlib.Path) -> None:
        self.root = root

    def page_path(self, sha256: str, page: int) -> pathlib.Path:
        return self.root / sha256 / f"{page}.json"

    def get(self, sha256: str, page: int) -> dict[str, Any] | None:
        try:
            value = json.loads(self.page_path(sha256, page).read_text(encoding="utf-8"))
        except (OSError, ValueError):  # none yet, or unreadable: the page is read again
            return None
        return value if isinstance(value, dict) else None

    def put(self, sha256: str, page: int, value: dict[str, Any]) -> None:
        write_atomically(self.page_path(sha256, page), json.dumps(value, ensure_ascii=False))

    def drop(self, sha256: str) -> None:
        shutil.rmtree(self.root / sha256, ignore_errors=True)
