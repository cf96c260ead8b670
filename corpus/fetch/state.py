"""What earlier fetches from one site did, so the next one asks only for what may have changed:
HOME/downloads/<host>/fetch-state.json.

It knows the meetings listed (a meeting whose printed minutes are in is not listed again, only
its documents' newer versions are asked for) and every document downloaded: its URL, where it
was saved, its size, SHA-256, ETag and Last-Modified (for conditional requests), its meeting's
page, and the content last ingested. It is saved after every document, written whole or not at
all, so a run cut off at any moment resumes where it stopped."""
from __future__ import annotations

import contextlib
import fcntl
import json
import pathlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

from corpus.fetch.errors import FetchError
from corpus.fetch.http import Saved, Validators
from index.atomic import write_atomically

STATE_VERSION = 1
STATE_FILE = "fetch-state.json"
DOWNLOADS = "downloads"


@dataclass
class MeetingState:
    committee: str
    date: str
    url: str
    settled_kinds: list[str] = field(default_factory=list)  # kinds fetched once its minutes were in


@dataclass
class DocumentState:
    path: str  # relative to the site's download folder
    meeting: str  # the meeting's id
    meeting_url: str
    kind: str
    title: str
    size: int
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    ingested: str | None = None  # the SHA-256 of the content last ingested into the store

    def saved(self) -> Saved:
        return Saved(False, self.size, self.sha256, Validators(self.etag, self.last_modified))


def site_folder(home: str | pathlib.Path, site: str) -> pathlib.Path:
    host = urlsplit(site).netloc.replace(":", "_") or "site"
    return pathlib.Path(home).resolve() / DOWNLOADS / host


class FetchState:
    def __init__(self, folder: pathlib.Path, site: str) -> None:
        self.folder = folder
        self.site = site
        self.meetings: dict[str, MeetingState] = {}
        self.documents: dict[str, DocumentState] = {}
        path = folder / STATE_FILE
        if not path.is_file():
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise FetchError(f"The fetch state {path} cannot be read ({e}); move it aside to fetch everything "
                             "again.") from None
        if data.get("version") != STATE_VERSION:
            raise FetchError(f"The fetch state {path} was written by another version of minutebook; move it "
                             "aside to fetch everything again.")
        self.meetings = {k: MeetingState(**v) for k, v in data["meetings"].items()}
        self.documents = {k: DocumentState(**v) for k, v in data["documents"].items()}

    def save(self) -> None:
        data = {"version": STATE_VERSION, "site": self.site,
                "meetings": {k: asdict(v) for k, v in self.meetings.items()},
                "documents": {k: asdict(v) for k, v in self.documents.items()}}
        write_atomically(self.folder / STATE_FILE, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))

    def file(self, document: DocumentState) -> pathlib.Path:
        return self.folder / document.path

    def pending_ingest(self) -> list[tuple[str, DocumentState]]:
        """(URL, document) for the documents on disk whose content is not yet in the store."""
        return [(url, d) for url, d in self.documents.items() if d.ingested != d.sha256 and self.file(d).is_file()]

    def of_meeting(self, meeting_id: str) -> list[tuple[str, DocumentState]]:
        return [(url, d) for url, d in self.documents.items() if d.meeting == meeting_id]


@contextlib.contextmanager
def fetching_site(home: str | pathlib.Path, site: str) -> Iterator[FetchState]:
    """The site's state, held by one fetch at a time. An flock dies with its process, so a fetch
    killed at any moment leaves nothing locked; the partial downloads it left are removed."""
    folder = site_folder(home, site)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FetchError(f"Another fetch is downloading from {site} into {home}; wait for it to finish.") from None
        for part in folder.rglob(".*.part"):
            part.unlink(missing_ok=True)
        yield FetchState(folder, site)
