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
