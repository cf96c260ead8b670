"""`minutebook fetch`: a council's democracy site -> its papers under HOME/downloads -> the
store and the index, the same as `minutebook ingest`.

Documents are saved as HOME/downloads/<host>/<committee>/<meeting date>/<file>. A run lists the
committees asked for, their meetings in the date range, and each meeting's documents of the
kinds asked for (never one the site marks restricted or exempt); downloads what is new, asks
for a newer version of what it holds (conditional requests), and ingests what changed, each
file with the URL it came from and its meeting's page. A document's failure is reported and
the rest go on; a site that cannot be read stops the run before anything is written."""
from __future__ import annotations

import difflib
import pathlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from corpus.fetch.errors import FetchError
from corpus.fetch.http import MB, HttpClient, HttpOptions
from corpus.fetch.moderngov import ModernGov, committee_named_in, safe_filename
from corpus.fetch.platform import KINDS, Committee, Document, Meeting, Platform
from corpus.fetch.state import DocumentState, FetchState, MeetingState, fetching_site
from corpus.ingest import IngestReport, Progress
from corpus.ingest import ingest as ingest_paths
from corpus.store import Provenance

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "&": " and "})
SUGGESTIONS = 3


@dataclass
class FetchCounts:
    """What a run has done so far, for a progress line."""

    meetings: int = 0
    documents: int = 0
    downloaded: int = 0
    bytes: int = 0


@dataclass
class FetchReport:
    site: str = ""
    committees: list[str] = field(default_factory=list)
    meetings: int = 0
    downloaded: list[tuple[str, str]] = field(default_factory=list)  # (URL, file)
    unchanged: list[str] = field(default_factory=list)
    restricted: list[str] = field(default_factory=list)  # never requested
    failed: list[tuple[str, str]] = field(default_factory=list)  # (URL, why)
    bytes: int = 0
    ingest: IngestReport | None = None
    seconds: float = 0.0

    def summary_line(self) -> str:
        line = (f"{self.meetings} meetings; {len(self.downloaded)} documents downloaded ({self.bytes / MB:.1f} MB), "
                f"{len(self.unchanged)} unchanged, {len(self.restricted)} restricted (not requested), "
                f"{len(self.failed)} failed; {self.seconds:.1f} s")
        return line + (f"\ningest: {self.ingest.summary_line()}" if self.ingest else "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "site": self.site, "committees": self.committees, "meetings": self.meetings,
            "downloaded": len(self.downloaded), "unchanged": len(self.unchanged),
            "restricted": len(self.restricted), "bytes": self.bytes,
            "files": [{"url": url, "path": path} for url, path in self.downloaded],
            "failed": [{"url": url, "reason": reason} for url, reason in self.failed],
            "ingest": None if self.ingest is None else self.ingest.to_dict(),
        }


def check_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(k.strip().lower() for k in kinds if k.strip()))
    unknown = [k for k in chosen if k not in KINDS]
    if unknown or not chosen:
        raise FetchError(f"Unknown kind {(unknown or [''])[0]!r} for --kinds; choose from {', '.join(KINDS)}.")
    return chosen


def normalised(name: str) -> str:
    return " ".join(name.translate(QUOTES).casefold().split())


def choose_committees(available: list[Committee], wanted: Iterable[str], site: str) -> list[Committee]:
    """The committees named (by title as the site prints it, any part of it, or id); all of them
    when none is named."""
    wanted = list(wanted)
    if not wanted:
        return available
    chosen: dict[str, Committee] = {}
    for name in wanted:
        key = normalised(name)
        exact = [c for c in available if c.id == name.strip() or normalised(c.title) == key]
        found = exact or [c for c in available if key and key in normalised(c.title)]
        if not found:
            close = difflib.get_close_matches(name, [c.title for c in available], n=SUGGESTIONS, cutoff=0.5)
            hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else \
                f"it has {len(available)} committees, e.g. {', '.join(c.title for c in available[:SUGGESTIONS])}."
            raise FetchError(f"{site} has no committee named {name!r}; {hint}")
        chosen.update((c.id, c) for c in found)
    return list(chosen.values())


class Run:
    """One fetch from one site into one store."""

    def __init__(self, platform: Platform, client: HttpClient, state: FetchState, kinds: tuple[str, ...],
                 report: FetchReport, progress: Callable[[FetchCounts], None]) -> None:
        self.platform, self.client, self.state, self.kinds = platform, client, state, kinds
        self.report, self.progress = report, progress
        self.counts = FetchCounts()

    def tell(self) -> None:
        self.progress(self.counts)

    def meeting(self, meeting: Meeting) -> None:
        """A meeting's documents of the kinds asked. A meeting whose printed minutes are in is
        not listed again: its documents are asked for newer versions only."""
        known = self.state.meetings.get(meeting.id)
        self.counts.meetings += 1
        if known and set(self.kinds) <= set(known.settled_kinds):
            for url, held in self.state.of_meeting(meeting.id):
                if held.kind in self.kinds:
                    self.document(meeting, Document(url, held.title, held.kind, pathlib.Path(held.path).name))
            self.tell()
            return
        try:
            listed = self.platform.list_documents(meeting)
        except FetchError as e:
            self.report.failed.append((meeting.url, str(e)))
            return
        self.state.meetings[meeting.id] = MeetingState(meeting.committee.title, meeting.date.isoformat(),
                                                       meeting.url, known.settled_kinds if known else [])
        for document in listed:
            if document.kind not in self.kinds:
                continue
            if document.restricted:
                self.report.restricted.append(document.url)
            else:
                self.document(meeting, document)
        if any(held.kind == "minutes" for _, held in self.state.of_meeting(meeting.id)):
            self.state.meetings[meeting.id].settled_kinds = sorted(self.kinds)
        self.state.save()
        self.tell()

    def place(self, meeting: Meeting, document: Document) -> str:
        """Where a document is saved, relative to the site's folder: a name no other document of
        the site has."""
        folder = pathlib.PurePosixPath(safe_filename(meeting.committee.title), meeting.date.isoformat())
        taken = {d.path for d in self.state.documents.values()}
        stem, suffix = pathlib.PurePosixPath(document.filename).stem, pathlib.PurePosixPath(document.filename).suffix
        path, n = str(folder / document.filename), 1
        while path in taken:
            n += 1
            path = str(folder / f"{stem} ({n}){suffix}")
        return path

    def document(self, meeting: Meeting, document: Document) -> None:
        held = self.state.documents.get(document.url)
        path = held.path if held else self.place(meeting, document)
        target = self.state.folder / path
        try:
            saved = self.client.download(document.url, target, held.saved() if held else None)
        except FetchError as e:
            self.report.failed.append((document.url, str(e)))
            return
        if saved.changed:
            self.report.downloaded.append((document.url, str(target)))
            self.report.bytes += saved.size
            self.counts.downloaded += 1
            self.counts.bytes += saved.size
        else:
            self.report.unchanged.append(document.url)
        self.counts.documents += 1
        self.state.documents[document.url] = DocumentState(
            path=path, meeting=meeting.id, meeting_url=meeting.url, kind=document.kind, title=document.title,
            size=saved.size, sha256=saved.sha256, etag=saved.validators.etag,
            last_modified=saved.validators.last_modified, ingested=held.ingested if held else None)
        self.state.save()
        self.tell()

    def ingest(self, home: str | pathlib.Path, jobs: int, progress: Progress) -> IngestReport | None:
        """Ingests every downloaded file not yet in the store (this run's, and any an earlier run
        left), each with the URL it came from."""
        pending = self.state.pending_ingest()
        if not pending:
            return None
        files = {str(self.state.file(d)): (url, d) for url, d in pending}
        report = ingest_paths(list(files), home, jobs=jobs, progress=progress,
                              sources={path: Provenance(url, d.meeting_url) for path, (url, d) in files.items()})
        for path in (*report.added, *report.unchanged):
            if path in files:
                held = files[path][1]
                held.ingested = held.sha256
        self.state.save()
        return report


def fetch(url: str, home: str | pathlib.Path, committees: Iterable[str] = (), since: str | None = None,
          until: str | None = None, kinds: Iterable[str] = KINDS, ingest: bool = True,
          options: HttpOptions | None = None, jobs: int = 1,
          progress: Callable[[FetchCounts], None] = lambda counts: None,
          ingest_progress: Progress = lambda done, total: None) -> FetchReport:
    """Fetches the papers of a ModernGov site into the store in `home` (see the module's
    docstring). Raises FetchError when the site cannot be read; a document that cannot be
    fetched is in the report's `failed`."""
    from index.dates import parse_when

    started = time.monotonic()
    chosen_kinds = check_kinds(kinds)
    start = parse_when(since)[0] if since else None
    end = parse_when(until)[1] if until else None
    report = FetchReport()
    with HttpClient(options or HttpOptions()) as client:
        platform = ModernGov.connect(client, url)
        named_in_url = committee_named_in(url)
        wanted = [*committees, *([named_in_url] if named_in_url else [])]
        chosen = choose_committees(platform.list_committees(), wanted, platform.site)
        report.site, report.committees = platform.site, [c.title for c in chosen]
        with fetching_site(home, platform.site) as state:
            run = Run(platform, client, state, chosen_kinds, report, progress)
            for committee in chosen:
                try:
                    meetings = platform.list_meetings(committee, start, end)
                except FetchError as e:
                    report.failed.append((platform.site, str(e)))
                    continue
                report.meetings += len(meetings)
                for meeting in meetings:
                    run.meeting(meeting)
            if ingest:
                report.ingest = run.ingest(home, jobs, ingest_progress)
    report.seconds = time.monotonic() - started
    return report
