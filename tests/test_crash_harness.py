"""The crash harness: `ingest` run as a real process and killed (SIGKILL, by the hook of
index.crash_points) at each of the store's own file events: a cached extraction written, an
index segment written, the index's table of contents written, the catalog written. After each
kill the store is searched as it is, then ingested again: the counts add up, no id is doubled,
the records are exactly those of a clean ingest, and `check` finds nothing wrong."""
from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys

import pytest

from corpus.ingest import ingest, remove
from index.crash_points import CRASH_AT, CRASH_EVENTS
from index.search import search
from tests.conftest import REPO
from tests.fakes import inspection_report, json_extractor, later_minutes, scrutiny_minutes, write_fixture
from tests.store_damage import check_problems, index_records, run

# One commit per file, so a kill at an event's second time falls between two files' commits.
INGEST_ONE_FILE_A_COMMIT = """
import sys
from corpus.ingest import ingest
from tests.fakes import json_extractor
ingest([sys.argv[1]], sys.argv[2], extractor=json_extractor, batch_records=1)
"""


def killed_at(event: str, command: list[str]) -> None:
    env = {**os.environ, CRASH_AT: event, "PYTHONPATH": str(REPO)}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == -signal.SIGKILL, (event, done.returncode, done.stderr)


def clean_records(src: pathlib.Path, root: pathlib.Path) -> dict[str, dict]:
    ingest([src], root / "clean-home", extractor=json_extractor)
    return index_records(root / "clean-home")


@pytest.mark.parametrize("event", CRASH_EVENTS)
def test_ingest_killed_at_each_file_event(tmp_path: pathlib.Path, event: str) -> None:
    src, home = tmp_path / "src", tmp_path / "home"
    src.mkdir()
    write_fixture(src / "a.txt", scrutiny_minutes())
    write_fixture(src / "b.txt", inspection_report())
    ingest([src], home, extractor=json_extractor)
    write_fixture(src / "b.txt", inspection_report(date="2024-08-02"), marker="edited")
    write_fixture(src / "c.txt", later_minutes())
    write_fixture(src / "d.txt", scrutiny_minutes(date="2019-03-04", body="Corporate Parenting Panel"))

    killed_at(f"{event}:2", [sys.executable, "-c", INGEST_ONE_FILE_A_COMMIT, str(src), str(home)])

    assert search(str(home), "elective home education")["hits"]
    assert run(home, "search", "education").exit_code == 0
    report = ingest([src], home, extractor=json_extractor)
    assert not report.failed and len(report.added) + len(report.unchanged) == 4
    assert index_records(home) == clean_records(src, tmp_path)
    assert check_problems(home) == []


MINUTES = """Stoke Ferry Parish Council
Minutes of the meeting held on {date}
Present: Cllr A Smith (Chair), Cllr B Jones
1. Apologies
None were received.
2. {subject}
It was RESOLVED that the {subject} be {outcome}.
"""


def test_issue_13_kill_between_index_commit_and_catalog_save_then_an_edit_leaves_no_orphans(
        tmp_path: pathlib.Path) -> None:
    """The `minutebook ingest` command itself killed after its index commit, before its catalog
    save; the file is then edited and ingested again."""
    src, home = tmp_path / "src", tmp_path / "home"
    src.mkdir()
    pond = src / "pond.txt"
    pond.write_text(MINUTES.format(date="3 April 2018", subject="village pond", outcome="dredged"))
    killed_at("toc-written", [sys.executable, str(REPO / "cli.py"), "--home", str(home), "ingest", str(src)])
    assert search(str(home), "dredged")["hits"]
    pond.write_text(MINUTES.format(date="3 April 2018", subject="village pond", outcome="fenced"))

    assert run(home, "ingest", str(src)).exit_code == 0
    assert search(str(home), "fenced")["hits"] and not search(str(home), "dredged")["hits"]
    index_records(home)  # no id twice
    assert check_problems(home) == []
    remove([pond], home)
    assert not [r for r in index_records(home).values() if r["path"] == str(pond.resolve())]
