"""`ingest --jobs N` stopped at any moment (kill -9, SIGTERM, Ctrl-C) leaves no worker process
behind and no lock held: a real ingest subprocess over real files, stopped mid-run."""
from __future__ import annotations

import fcntl
import os
import pathlib
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads processes from /proc")

MINUTES = """Little Brook Parish Council
Minutes of the meeting of the Parish Council held on Tuesday {day} March 2025 at 7.00 pm
Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Patel
Apologies: Cllr D Brown
{items}
The meeting closed at 9.05 pm.
"""
FILES = 40
ITEM = """{n}. Play area number {n}
The clerk reported on the condition of the play area equipment at site {n}.
RESOLVED: that the repairs to the play area at site {n} be approved at a cost of {n}00 pounds.
Clerk to write to the contractor about site {n} by the next meeting.
"""


def minutes_folder(root: pathlib.Path) -> pathlib.Path:
    src = root / "src"
    src.mkdir()
    for i in range(FILES):
        items = "".join(ITEM.format(n=n) for n in range(1, 30))
        (src / f"minutes-{i:03d}.txt").write_text(MINUTES.format(day=i % 28 + 1, items=items), encoding="utf-8")
    return src


def ingest_command(home: pathlib.Path, src: pathlib.Path) -> list[str]:
    return [sys.executable, str(REPO / "cli.py"), "--home", str(home), "ingest", "--jobs", "2", str(src)]


def children_of(pid: int) -> set[int]:
    """Every live descendant of `pid`."""
    parents: dict[int, int] = {}
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z":
            parents[int(stat.parent.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def alive(pid: int) -> bool:
    try:
        state = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def workers() -> Iterator[set[int]]:
    """The worker pids a test saw; any still alive at the end (the failure this file tests) is
    killed, so a failing run leaves nothing behind either."""
    seen: set[int] = set()
    yield seen
    for pid in seen:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def start_and_wait_for_work(home: pathlib.Path, src: pathlib.Path, workers: set[int]) -> subprocess.Popen[bytes]:
    """A real `ingest --jobs 2`, once its workers have extracted a few files (of many). Its
    stderr goes to a file: a worker left alive would hold a pipe open."""
    with open(home.parent / "stderr.txt", "wb") as stderr:
        proc = subprocess.Popen(ingest_command(home, src), cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr,
                                start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        workers |= children_of(proc.pid)
        extracted = len(list((home / "store" / "extractions").glob("*.json")))
        if extracted >= 3 and len(workers) >= 2:
            return proc
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the ingest ended or stalled before it was stopped")


def assert_nothing_left(proc: subprocess.Popen[bytes], workers: set[int], home: pathlib.Path) -> str:
    """No worker outlives the stopped ingest and the store's lock is free; returns what the
    stopped ingest said on stderr."""
    proc.wait(timeout=20)
    deadline = time.monotonic() + 5
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [pid for pid in workers if alive(pid)], "a worker outlived the ingest"
    assert len(list((home / "store" / "extractions").glob("*.json"))) < FILES, "the ingest was stopped mid-run"
    with open(home / "store" / "write.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # what the next ingest does first
    return (home.parent / "stderr.txt").read_text()


def test_issue_13_killed_ingest_leaves_no_workers_or_lock(tmp_path: pathlib.Path, workers: set[int]) -> None:
    src, home = minutes_folder(tmp_path), tmp_path / "home"
    proc = start_and_wait_for_work(home, src, workers)
    os.kill(proc.pid, signal.SIGKILL)
    assert_nothing_left(proc, workers, home)
    again = subprocess.run(ingest_command(home, src), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    counts = again.stdout.split()
    assert int(counts[0]) + int(counts[2]) == FILES, again.stdout  # added + unchanged


@pytest.mark.parametrize("stop", [
    lambda pid: os.killpg(pid, signal.SIGINT),  # Ctrl-C in a terminal reaches the whole process group
    lambda pid: os.kill(pid, signal.SIGTERM),  # what `kill` and service managers send
], ids=["ctrl-c", "sigterm"])
def test_issue_13_stopped_ingest_stops_its_workers_in_one_line(tmp_path: pathlib.Path, workers: set[int],
                                                               stop: Callable[[int], None]) -> None:
    src, home = minutes_folder(tmp_path), tmp_path / "home"
    proc = start_and_wait_for_work(home, src, workers)
    stop(proc.pid)
    stderr = assert_nothing_left(proc, workers, home)
    assert proc.returncode == 1
    assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
    assert "interrupted" in stderr


def report_in_worker() -> tuple[int, str]:
    import ctypes

    death = ctypes.c_int()
    ctypes.CDLL(None, use_errno=True).prctl(2, ctypes.byref(death))  # PR_GET_PDEATHSIG
    return death.value, os.environ.get("MINUTEBOOK_TEST_SET_BY_INITIALIZER", "")


def set_marker(value: str) -> None:
    os.environ["MINUTEBOOK_TEST_SET_BY_INITIALIZER"] = value


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_issue_15_scan_page_workers_die_with_their_parent_and_run_their_initializer() -> None:
    # The OCR of one scan's pages (`--jobs`) runs in this pool too: its workers must not be forked
    # holders of the store's lock, and its own initializer (opening the PDF) must still run.
    from extract.workers import worker_pool

    with worker_pool(1, set_marker, ("opened",)) as pool:
        assert pool.submit(report_in_worker).result() == (int(signal.SIGKILL), "opened")
