"""A one-line progress bar for ingest, drawn on stderr only when stderr is a terminal (so piped
and logged output stays clean)."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from corpus.cluster import ClusterRun

BAR_WIDTH = 30


class TerminalProgress:
    def __init__(self, stream: TextIO = sys.stderr, enabled: bool = True) -> None:
        self.stream = stream
        self.enabled = enabled and stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        self.draw(self.line(done, total))

    def line(self, done: int, total: int) -> str:
        filled = BAR_WIDTH * done // total
        return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} files"

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


class ClusterProgress(TerminalProgress):
    """Ingest on a Dask cluster: the bar, then files failed and pages per second across the
    cluster; the scheduler's dashboard is named once, on stderr even when it is not a terminal."""

    run: ClusterRun | None = None

    def status(self, run: ClusterRun) -> None:
        if self.run is None and run.dashboard:
            over_the_bar = "\r\033[K" if self.drawn else ""  # the next file done draws the bar again below
            self.stream.write(f"{over_the_bar}Dask dashboard: {run.dashboard}\n")
            self.stream.flush()
        self.run = run

    def line(self, done: int, total: int) -> str:
        bar = super().line(done, total)
        return f"{bar}, {self.run.status_line()}" if self.run else bar


class OcrProgress:
    """"OCR pack.pdf: page 3/14" on stderr while a file's scanned pages are read, only on a
    terminal. It finds stderr when called, so it can be sent to ingest's worker processes."""

    def __call__(self, name: str, done: int, total: int) -> None:
        stream = sys.stderr
        if not stream.isatty() or total <= 0:
            return
        stream.write(f"\rOCR {name}: page {done}/{total}" + ("\n" if done >= total else ""))
        stream.flush()
