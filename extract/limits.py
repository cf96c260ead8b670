"""How large a file extraction takes on: beyond these it refuses the file in one sentence, before
reading it, rather than take minutes and gigabytes over it. Standard library only (`corpus` passes
the limits through to extraction).

Extraction takes about 0.15 MB of memory per PDF page and 2.5-4.5 s of CPU per MB of text, both
in proportion to the input (benchmarks/pack_memory.py: 440 MB at 2,000 pages with a ruled table on
each; benchmarks/text_scaling.py): the defaults let through agenda packs of several hundred pages
with room to spare, and bound what one file can cost.
"""
from __future__ import annotations

import pathlib
from dataclasses import dataclass

from extract.errors import ExtractError

MAX_PAGES = 3000
MAX_MB = 100


@dataclass(frozen=True)
class Limits:
    max_pages: int = MAX_PAGES  # PDF pages
    max_mb: float = MAX_MB  # the file's size, in MB of 1,000,000 bytes

    def check_size(self, path: pathlib.Path, size: int) -> None:
        if size > self.max_mb * 1_000_000:
            raise ExtractError(f"Cannot read {path}: it is {size / 1_000_000:,.2f} MB, over the limit of "
                               f"{self.max_mb:g} MB (--max-mb).")

    def check_pages(self, path: pathlib.Path, pages: int) -> None:
        if pages > self.max_pages:
            raise ExtractError(f"Cannot read {path}: it has {pages:,} pages, over the limit of "
                               f"{self.max_pages:,} (--max-pages).")


DEFAULT_LIMITS = Limits()
