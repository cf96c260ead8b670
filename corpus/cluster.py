"""Extraction on a Dask cluster (`ingest --scheduler`): each file is one task on Dask's
distributed scheduler, and the records come back to the one process that writes the store and
the index (Whoosh has one writer), as `corpus.ingest.extractions` yields them from its local pool.

- A file travels as its bytes, written on the worker to a temporary file of the same name (its
  suffix says how to read it); with `shared_storage` as its path, for workers that see the same
  file system. Its extraction comes back as the `Extraction` dataclass: it pickles to the size
  of its JSON dict in a fifth of the time, and unpickles with no `extraction_from_dict` pass.
- Twice as many files are in flight as the cluster has threads: each worker's next file is on
  its way while it reads one, and the client and the scheduler hold only those files' bytes.
  (Which of them wait on a worker, rather than on the scheduler, is the scheduler's
  `worker-saturation`.)
- A worker killed while extracting a file: the scheduler runs the file on another worker. After
  `distributed.scheduler.allowed-failures` deaths (3 unless the scheduler says otherwise) it
  gives up (KilledWorker) and the file is reported failed; the rest goes on. A file that was
  waiting on the worker a poisoned file killed shares that count, so when that happens more
  times than allowed it is reported too, and the next ingest reads it: a failed file is never
  stored.
- Each result is taken and released as it arrives: a result left in a dead worker's memory
  would be computed again.

`distributed` is imported only here, and only when a scheduler is named."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import pathlib
import socket
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpus.errors import StoreError
from corpus.ingest import Extractor, extract_safely
from corpus.store import EXTRACTION_VERSION

if TYPE_CHECKING:
    from distributed import Client, Future

    from extract.records import Extraction

CONNECT_SECONDS = 10.0
FILES_A_THREAD = 2  # in flight: one read, one on its way
# How often the client asks the scheduler how many workers and threads it has (they come and go).
REFRESH_SECONDS = 1.0


class ClusterError(StoreError):
    """The scheduler does not answer or was lost, or it or its workers cannot extract; what
    came back before is kept."""


@dataclass
class ClusterRun:
    """What a cluster ingest has done so far: the progress line and `--json` show it."""

    scheduler: str
    shared_storage: bool
    dashboard: str | None = None
    workers: int = 0
    threads: int = 0
    files: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    def status_line(self) -> str:
        return (f"{self.failed} failed; {self.pages_per_second:.1f} pages/s on {self.workers} "
                f"worker{'s' if self.workers != 1 else ''}")

    def summary_line(self) -> str:
        return (f"cluster {self.scheduler}: {self.files} files extracted ({self.failed} failed), "
                f"{self.pages} pages in {self.seconds:.1f} s, {self.pages_per_second:.1f} pages/s "
                f"on {self.workers} workers ({self.threads} threads); files sent as "
                f"{'paths' if self.shared_storage else 'bytes'}")

    def to_dict(self) -> dict[str, Any]:
        return {"scheduler": self.scheduler, "dashboard": self.dashboard, "workers": self.workers,
                "threads": self.threads, "shared_storage": self.shared_storage, "files": self.files,
                "failed": self.failed, "pages": self.pages, "seconds": round(self.seconds, 3),
                "pages_per_second": round(self.pages_per_second, 1)}


@dataclass
class Cluster:
    """Where to extract: the scheduler's address (tcp://HOST:8786), whether the workers see the
    client's files (`shared_storage`), and who is told as the run goes (`status`)."""

    address: str
    shared_storage: bool = False
    status: Callable[[ClusterRun], None] = lambda run: None
    connect_seconds: float = CONNECT_SECONDS
    run: ClusterRun | None = field(default=None, init=False)

    def probe(self) -> ClusterRun:
        """Asks the scheduler who it is and whether it and its workers run this minutebook;
        ClusterError when nothing answers, something else does, or they run another."""
        identity = scheduler_identity(self.address, self.connect_seconds)
        with connected(self.address, self.connect_seconds) as client:
            check_versions(client, self.address)
        self.run = ClusterRun(self.address, self.shared_storage, dashboard_link(self.address, identity),
                              identity["n_workers"], identity["total_threads"])
        self.status(self.run)
        return self.run

    def extractions(self, extractor: Extractor, paths: list[pathlib.Path]
                    ) -> Iterator[tuple[pathlib.Path, Extraction | None, str | None]]:
        """(path, extraction, None) or (path, None, why) for each file, in the order they finish."""
        if not paths:
            return
        run = self.run or self.probe()
        with connected(self.address, self.connect_seconds) as client:
            yield from Flight(client, run, self.status).extract(extractor, paths, self.shared_storage)


def scheduler_identity(address: str, seconds: float) -> dict[str, Any]:
    """The scheduler's own description, asked once within `seconds`: a Client alone waits for
    ever on a port that accepts and never answers."""
    from distributed.comm import parse_address, parse_host_port
    from distributed.core import rpc

    async def ask() -> dict[str, Any]:
        async with rpc(address, timeout=seconds) as scheduler:
            return await scheduler.identity(n_workers=0)

    try:
        scheme, location = parse_address(address)
        if scheme in ("tcp", "tls"):  # refused is an answer; distributed would retry it until its timeout
            socket.create_connection(parse_host_port(location), timeout=seconds).close()
        identity = asyncio.run(asyncio.wait_for(ask(), seconds))
    except (TimeoutError, OSError) as e:
        raise ClusterError(f"The Dask scheduler at {address} does not answer "
                           f"({str(e) or f'nothing within {seconds:g} s'}); nothing was ingested.") from None
    except ValueError as e:
        raise ClusterError(f"{address} is not a scheduler address such as tcp://HOST:8786 ({e}).") from None
    except Exception:  # noqa: BLE001 - whatever listens there answered in another protocol
        identity = {}
    if identity.get("type") != "Scheduler":
        raise ClusterError(f"What answers at {address} is not a Dask scheduler; nothing was ingested.")
    return identity


def dashboard_link(address: str, identity: dict[str, Any]) -> str | None:
    """The scheduler's dashboard, on the scheduler's host, when it serves one."""
    from distributed.comm import get_address_host
    from distributed.utils import format_dashboard_link

    port = identity.get("services", {}).get("dashboard")
    return format_dashboard_link(get_address_host(address), port) if port else None


@contextlib.contextmanager
def connected(address: str, seconds: float) -> Iterator[Client]:
    """A client of the scheduler; distributed's own log lines are held back meanwhile, since
    what they say (a worker lost, the scheduler gone) is reported here in one sentence."""
    from distributed import Client

    log = logging.getLogger("distributed")
    level = log.level
    log.setLevel(logging.CRITICAL)
    try:
        try:
            client = Client(address, timeout=seconds, set_as_default=False)
        except (TimeoutError, OSError) as e:
            raise ClusterError(f"The Dask scheduler at {address} does not answer ({e}).") from None
        with client:
            yield client
    finally:
        log.setLevel(level)


def extraction_version() -> int:
    """Runs on the scheduler and each worker: the version of the extractions its minutebook makes."""
    return EXTRACTION_VERSION


def check_versions(client: Client, address: str) -> None:
    """The scheduler (which unpickles each task) and every worker must run a minutebook that
    makes the extractions this store caches; one that has none, or another version, would fail
    every file or cache what this one cannot read."""
    try:
        versions = {f"scheduler {address}": client.run_on_scheduler(extraction_version),
                    **{f"worker {worker}": v for worker, v in client.run(extraction_version).items()}}
    except Exception as e:  # noqa: BLE001 - raised over there: a missing package, a broken install
        raise ClusterError(f"The Dask cluster at {address} cannot run minutebook ({one_line(e)}); install "
                           "this minutebook (with its cluster extra) on the scheduler and every worker.") from None
    for machine, version in sorted(versions.items()):
        if version != EXTRACTION_VERSION:
            raise ClusterError(f"The Dask {machine} makes extractions of version {version}, this minutebook "
                               f"of version {EXTRACTION_VERSION}; install the same minutebook on every machine.")


def one_line(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())


def extract_on_worker(extractor: Extractor, origin: str, content: bytes | None
                      ) -> tuple[Extraction | None, str | None]:
    """Runs on a worker: extracts the file at `origin` (shared storage) or, given its bytes, a
    copy of the same name in a temporary folder; the result names `origin` either way."""
    if content is None:
        return extract_safely(extractor, pathlib.Path(origin))
    with tempfile.TemporaryDirectory(prefix="minutebook-") as folder:
        copy = pathlib.Path(folder) / pathlib.Path(origin).name
        copy.write_bytes(content)
        extraction, error = extract_safely(extractor, copy)
    if extraction is not None:
        extraction.source.path = origin
    return extraction, error and error.replace(str(copy), origin)


class Flight:
    """The files in flight on the cluster, at most twice as many as it has threads."""

    def __init__(self, client: Client, run: ClusterRun, status: Callable[[ClusterRun], None]) -> None:
        from distributed import as_completed

        self.client = client
        self.run = run
        self.status = status
        self.started = time.monotonic()
        self.refreshed = self.started
        self.finished = as_completed(loop=client.loop)
        self.path_of: dict[Future, pathlib.Path] = {}

    def extract(self, extractor: Extractor, paths: list[pathlib.Path], shared_storage: bool
                ) -> Iterator[tuple[pathlib.Path, Extraction | None, str | None]]:
        waiting = iter(paths)
        unreadable = self.send(extractor, waiting, shared_storage)
        while unreadable or self.path_of:
            if unreadable:
                found: tuple[pathlib.Path, Extraction | None, str | None] = unreadable.pop()
            else:
                future = next(self.finished)
                path = self.path_of.pop(future)
                found = (path, *self.outcome(future, path))
            self.count(*found)
            yield found
            unreadable += self.send(extractor, waiting, shared_storage)

    def send(self, extractor: Extractor, waiting: Iterator[pathlib.Path], shared_storage: bool
             ) -> list[tuple[pathlib.Path, Extraction | None, str | None]]:
        """Submits files until twice as many are in flight as the cluster has threads; returns
        those that could not be read here."""
        unreadable: list[tuple[pathlib.Path, Extraction | None, str | None]] = []
        while len(self.path_of) < FILES_A_THREAD * max(1, self.run.threads):
            path = next(waiting, None)
            if path is None:
                break
            try:
                content = None if shared_storage else path.read_bytes()
            except OSError as e:
                unreadable.append((path, None, f"{path.name}: cannot be read ({e.strerror})."))
                continue
            with warnings.catch_warnings():  # a large PDF is a large task, by design: see the docstring
                warnings.filterwarnings("ignore", message="Sending large graph")
                future = self.client.submit(extract_on_worker, extractor, str(path), content, pure=False)
            self.path_of[future] = path
            self.finished.add(future)
        return unreadable

    def outcome(self, future: Future, path: pathlib.Path) -> tuple[Extraction | None, str | None]:
        from distributed import KilledWorker

        try:
            result: tuple[Extraction | None, str | None] = future.result()
            return result
        except KilledWorker as e:
            return None, (f"Cannot read {path}: {e.allowed_failures + 1} Dask workers died extracting it, "
                          "and the scheduler gave up on it (distributed.scheduler.allowed-failures).")
        except Exception as e:  # noqa: BLE001 - an error of the cluster, not of the file
            if self.client.status != "running":
                raise ClusterError(f"Lost the Dask scheduler at {self.run.scheduler}; the files extracted so far "
                                   "are kept, and the same ingest again does the rest.") from None
            return None, f"{path.name}: the cluster failed it ({one_line(e)})."
        finally:
            future.release()

    def count(self, path: pathlib.Path, extraction: Extraction | None, error: str | None) -> None:
        run = self.run
        now = time.monotonic()
        run.files += 1
        run.failed += extraction is None
        run.pages += extraction.source.pages if extraction else 0
        run.seconds = now - self.started
        if now - self.refreshed >= REFRESH_SECONDS:
            self.refresh()
        self.status(run)

    def refresh(self) -> None:
        """How many workers and threads the cluster has now."""
        self.refreshed = time.monotonic()
        try:
            info = self.client.scheduler_info(n_workers=0)
        except Exception:  # noqa: BLE001 - a scheduler gone is reported with the next file's result
            return
        self.run.workers, self.run.threads = info["n_workers"], info["total_threads"]
