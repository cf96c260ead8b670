"""Ingest on a Dask cluster (issue 16): a real distributed.LocalCluster of two worker processes
on 127.0.0.1, started once for the module. The same records as a local ingest (files sent as
bytes or as paths), workers killed mid-ingest, a file that kills every worker, the ingesting
process killed, a scheduler that does not answer, and the command's options and output."""
from __future__ import annotations

import contextlib
import io
import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from corpus.cluster import Cluster, ClusterError, ClusterRun
from corpus.ingest import ingest
from corpus.store import Store
from index.search import RecordIndex
from tests.conftest import REPO
from tests.fakes import inspection_report, json_extractor, later_minutes, scrutiny_minutes, write_fixture
from tests.test_ingest import indexed_files
from tests.worker_faults import fault_extractor, slow_extractor

distributed = pytest.importorskip("distributed", reason="the cluster extra (pip install -e '.[cluster]') is absent")

SAMPLE = REPO / "corpus" / "sample" / "pdf"


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[distributed.LocalCluster]:
    """A LocalCluster of two one-thread worker processes. Its scheduler gives up on a file after
    two worker deaths (allowed_failures=1), not four, to keep the poison test short."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0", scheduler_kwargs={"allowed_failures": 1},
                                  silence_logs=50) as cluster:
        yield cluster


@pytest.fixture
def scheduler(local_cluster: distributed.LocalCluster) -> str:
    """The cluster's address, once both workers are up (a test before may have killed them)."""
    local_cluster.wait_for_workers(2, timeout=60)
    return local_cluster.scheduler_address


def fixtures(root: pathlib.Path, n: int = 6) -> pathlib.Path:
    """n fixture files of tests.fakes, each with its own bytes."""
    src = root / "src"
    src.mkdir()
    write_fixture(src / "b-inspection.txt", inspection_report())
    write_fixture(src / "c-later.md", later_minutes())
    for i in range(n - 2):
        write_fixture(src / f"m{i:02d}.txt", scrutiny_minutes(date=f"2019-{i % 12 + 1:02d}-01"), marker=str(i))
    return src


def records(home: pathlib.Path) -> list[tuple[str, str]]:
    """Every record in the index: (id, text), sorted."""
    with RecordIndex(str(home)) as index:
        return sorted((f["id"], f["text"]) for f in index.searcher.all_stored_fields())


def cached_extractions(home: pathlib.Path) -> dict[str, dict]:
    store = Store(home)
    return {sha: store.get_extraction(sha).to_dict() for sha in store.files}


def test_issue_16_a_cluster_ingest_gives_the_records_of_a_local_ingest(tmp_path: pathlib.Path, scheduler: str) -> None:
    local = ingest([SAMPLE], tmp_path / "local")
    assert len(local.added) == 8 and not local.failed
    for shared_storage in (False, True):
        home = tmp_path / f"cluster-{shared_storage}"
        cluster = Cluster(scheduler, shared_storage=shared_storage)
        report = ingest([SAMPLE], home, cluster=cluster)
        assert sorted(report.added) == sorted(local.added) and not report.failed
        assert report.records == local.records
        assert records(home) == records(tmp_path / "local")
        assert cached_extractions(home) == cached_extractions(tmp_path / "local")
        assert cluster.run and cluster.run.files == 8 and cluster.run.pages == 18 and cluster.run.workers == 2


def test_issue_16_a_worker_killed_mid_ingest_loses_nothing(tmp_path: pathlib.Path, scheduler: str) -> None:
    src = fixtures(tmp_path)
    marker = tmp_path / "killed-once"
    write_fixture(src / "dies-once.txt", later_minutes(date="2018-03-12"), marker=str(marker))
    ingest([src], tmp_path / "local", extractor=json_extractor)
    report = ingest([src], tmp_path / "cluster", extractor=fault_extractor, cluster=Cluster(scheduler))
    assert marker.exists(), "the first worker to read dies-once.txt should have died"
    assert not report.failed and len(report.added) == 7
    assert records(tmp_path / "cluster") == records(tmp_path / "local")


def test_issue_16_a_poisoned_file_is_reported_once_and_the_rest_ingested(tmp_path: pathlib.Path,
                                                                         scheduler: str) -> None:
    src = fixtures(tmp_path)
    write_fixture(src / "poison.txt", later_minutes(date="2018-05-14"), marker="poison")
    cluster = Cluster(scheduler)
    report = ingest([src], tmp_path / "home", extractor=fault_extractor, cluster=cluster)
    poison = str((src / "poison.txt").resolve())
    assert [path for path, _ in report.failed] == [poison]
    assert "2 Dask workers died extracting it" in report.failed[0][1]
    assert len(report.added) == 6 and cluster.run and cluster.run.failed == 1
    store = Store(tmp_path / "home")
    assert poison not in store.paths and len(store.files) == 6  # a failed file is tried again next time


CLIENT = """
import sys
from corpus.cluster import Cluster
from corpus.ingest import ingest
from tests.worker_faults import slow_extractor
ingest([sys.argv[1]], sys.argv[2], extractor=slow_extractor, batch_records=1, cluster=Cluster(sys.argv[3]))
"""


def test_issue_16_the_ingesting_process_killed_then_the_same_ingest_completes_without_duplicates(
        tmp_path: pathlib.Path, scheduler: str) -> None:
    src = fixtures(tmp_path, n=12)
    home = tmp_path / "home"
    proc = subprocess.Popen([sys.executable, "-c", CLIENT, str(src), str(home), scheduler], cwd=REPO,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    deadline = time.monotonic() + 60
    while indexed_files(home) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= indexed_files(home) < 12, "the ingest should have been killed half-way"
    report = ingest([src], home, extractor=json_extractor, cluster=Cluster(scheduler))
    assert not report.failed and len(report.added) + len(report.unchanged) == 12
    ingest([src], tmp_path / "local", extractor=json_extractor)
    assert records(home) == records(tmp_path / "local")


def test_issue_16_the_scheduler_lost_mid_ingest_is_one_sentence_and_the_next_ingest_completes(
        tmp_path: pathlib.Path, scheduler: str) -> None:
    src = fixtures(tmp_path, n=10)
    home = tmp_path / "home"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=50) as doomed:
        cluster = Cluster(doomed.scheduler_address, connect_seconds=2)

        def close_when_a_file_is_done(run: ClusterRun) -> None:
            if run.files == 1:
                threading.Thread(target=doomed.close).start()

        cluster.status = close_when_a_file_is_done
        with pytest.raises(ClusterError, match="Lost the Dask scheduler at .* the same ingest again does the rest"):
            ingest([src], home, extractor=slow_extractor, cluster=cluster)
    report = ingest([src], home, extractor=json_extractor, cluster=Cluster(scheduler))
    assert not report.failed and len(report.added) == 10
    ingest([src], tmp_path / "local", extractor=json_extractor)
    assert records(home) == records(tmp_path / "local")


def silent_port() -> tuple[socket.socket, int]:
    """A port that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    return listener, listener.getsockname()[1]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingested_home(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path, bytes]:
    src = fixtures(tmp_path, n=3)
    home = tmp_path / "home"
    ingest([src / "m00.txt"], home, extractor=json_extractor)
    return src, home, (home / "store" / "catalog.json").read_bytes()


def test_issue_16_a_scheduler_that_does_not_answer_is_one_line_and_nothing_stored_is_lost(
        tmp_path: pathlib.Path) -> None:
    src, home, catalog = ingested_home(tmp_path)
    before = records(home)
    result = subprocess.run([sys.executable, "cli.py", "--home", str(home), "ingest", str(src),
                             "--scheduler", f"tcp://127.0.0.1:{closed_port()}"],
                            cwd=REPO, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "does not answer" in result.stderr
    assert "Connection refused" in result.stderr and "Traceback" not in result.stderr
    assert (home / "store" / "catalog.json").read_bytes() == catalog and records(home) == before
    listener, port = silent_port()
    with listener:
        started = time.monotonic()
        with pytest.raises(ClusterError, match="does not answer .nothing within 1 s"):
            ingest([src], home, extractor=json_extractor, cluster=Cluster(f"tcp://127.0.0.1:{port}", connect_seconds=1))
        assert time.monotonic() - started < 10
    assert (home / "store" / "catalog.json").read_bytes() == catalog and records(home) == before
    ingest([src], home, extractor=json_extractor)  # and the store is not left locked


def test_issue_16_what_answers_there_is_not_a_scheduler(tmp_path: pathlib.Path) -> None:
    listener, port = silent_port()

    def answer_http() -> None:
        with contextlib.suppress(OSError):  # until the listener is closed
            while True:
                connection, _ = listener.accept()
                with connection:
                    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")

    threading.Thread(target=answer_http, daemon=True).start()
    with listener, pytest.raises(ClusterError, match="is not a Dask scheduler"):
        Cluster(f"tcp://127.0.0.1:{port}", connect_seconds=5).probe()
    with pytest.raises(ClusterError, match="is not a scheduler address"):
        Cluster("127.0.0.1").probe()


def test_issue_16_workers_of_another_minutebook_are_refused(scheduler: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.cluster

    # the scheduler runs in this process and sees the changed version; the workers do not
    monkeypatch.setattr(corpus.cluster, "EXTRACTION_VERSION", 99)
    with pytest.raises(ClusterError, match=r"worker tcp://127\.0\.0\.1:\d+ makes extractions of version 2, "
                                           r"this minutebook of version 99"):
        Cluster(scheduler).probe()


def test_issue_16_the_command_prints_json_the_dashboard_and_reads_the_scheduler_from_the_environment(
        tmp_path: pathlib.Path, scheduler: str) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("northfield-cfs-panel-2023-06-12-minutes.pdf", "northfield-ofsted-ilacs-2024.pdf"):
        shutil.copy(SAMPLE / name, src / name)
    (src / "empty.pdf").write_bytes(b"")
    result = subprocess.run([sys.executable, "cli.py", "--home", str(tmp_path / "home"), "ingest", str(src), "--json"],
                            cwd=REPO, capture_output=True, text=True, timeout=120,
                            env={**os.environ, "MINUTEBOOK_SCHEDULER": scheduler})
    assert result.returncode == 1
    summary = json.loads(result.stdout)
    assert len(summary["added"]) == 2 and summary["failed"][0]["path"] == str(src / "empty.pdf")
    assert "the file is empty" in summary["failed"][0]["reason"] and str(src) in summary["failed"][0]["reason"]
    run = summary["cluster"]
    assert run["scheduler"] == scheduler and run["workers"] == 2 and run["shared_storage"] is False
    assert run["files"] == 3 and run["failed"] == 1 and run["pages"] > 0 and run["pages_per_second"] > 0
    assert run["dashboard"].startswith("http://127.0.0.1:")
    assert f"Dask dashboard: {run['dashboard']}" in result.stderr


def test_issue_16_cluster_options_need_a_scheduler(tmp_path: pathlib.Path) -> None:
    from click.testing import CliRunner

    import cli

    home = ["--home", str(tmp_path / "home")]
    alone = CliRunner().invoke(cli.main, [*home, "ingest", str(SAMPLE), "--shared-storage"])
    assert alone.exit_code == 2 and "--shared-storage needs --scheduler" in alone.output
    both = CliRunner().invoke(cli.main, [*home, "ingest", str(SAMPLE), "--jobs", "2", "--scheduler", "tcp://h:8786"])
    assert both.exit_code == 2 and "--jobs" in both.output
    assert not (tmp_path / "home").exists()


def test_issue_16_the_progress_line_shows_failures_and_pages_per_second() -> None:
    from corpus.progress import ClusterProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    progress = ClusterProgress(terminal)
    progress(1, 4)  # an unchanged file, before the cluster is asked
    progress.status(ClusterRun("tcp://s:8786", False, "http://s:8787/status", workers=3, threads=6,
                               files=2, failed=1, pages=50, seconds=2.0))
    progress(3, 4)
    progress.finish()
    shown = terminal.getvalue()
    assert "\r\033[KDask dashboard: http://s:8787/status\n" in shown
    assert shown.endswith("3/4 files, 1 failed; 25.0 pages/s on 3 workers\033[K\n")


INGEST_PROBE = """
import json, sys
from click.testing import CliRunner
import cli
result = CliRunner().invoke(cli.main, sys.argv[1:])
print(json.dumps({"exit": result.exit_code, "dask": [m for m in ("distributed", "dask") if m in sys.modules]}))
"""


def test_issue_16_a_local_ingest_never_imports_distributed(tmp_path: pathlib.Path) -> None:
    src = fixtures(tmp_path, n=2)
    out = subprocess.run([sys.executable, "-c", INGEST_PROBE, "--home", str(tmp_path / "home"), "ingest", str(src)],
                         cwd=REPO, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.splitlines()[-1]) == {"exit": 0, "dask": []}
