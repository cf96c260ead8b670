"""`minutebook fetch` on a terminal: a line of what the fetch has done (meetings listed,
documents fetched, bytes), then ingest's bar on a line of its own."""
from __future__ import annotations

from corpus.fetch.fetching import FetchCounts
from corpus.fetch.http import MB
from corpus.progress import TerminalProgress


class FetchProgress(TerminalProgress):
    fetching = False

    def status(self, counts: FetchCounts) -> None:
        self.draw(f"{counts.meetings} meetings listed, {counts.documents} documents fetched "
                  f"({counts.downloaded} new or changed, {counts.bytes / MB:.1f} MB)")
        self.fetching = self.drawn

    def __call__(self, done: int, total: int) -> None:
        if self.fetching:  # the fetch line stays; ingest's bar goes below it
            self.stream.write("\n")
            self.fetching = False
        super().__call__(done, total)
