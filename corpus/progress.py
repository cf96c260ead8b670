"""A one-line progress bar for ingest, drawn on stderr only when stderr is a terminal (so piped
and logged output stays clean)."""
from __future__ import annotations

import sys
from typing import TextIO

BAR_WIDTH = 30


class TerminalProgress:
    def __init__(self, stream: TextIO = sys.stderr, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        filled = BAR_WIDTH * done // total
        self.draw(f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} files")

    def draw(self, line: str) -> None:
        """Replaces the line drawn last, clearing what a longer one left (ESC [K)."""
        if not self.enabled:
            return
        self.stream.write(f"\r{line}\033[K")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


class OcrProgress:
    """"OCR pack.pdf: page 3/14" on stderr while a file's scanned pages are read, only on a
    terminal. It finds stderr when called, so it can be sent to ingest's worker processes."""

    def __call__(self, name: str, done: int, total: int) -> None:
        stream = sys.stderr
        if not stream.isatty() or total <= 0:
            return
        stream.write(f"\rOCR {name}: page {done}/{total}" + ("\n" if done >= total else ""))
        stream.flush()
