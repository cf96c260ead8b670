"""Ingest: adding, skipping unchanged files, replacing changed ones, failures, remove, parallel
extraction, and crash safety (kill -9 mid-ingest) with searches running alongside."""
from __future__ import annotations

import json
import os
import pathlib
import signal
import subprocess
import sys
import time

import pytest

from corpus.errors import StoreError
from corpus.ingest import ingest, remove
from corpus.store import Store
from index.search import RecordIndex
from tests.conftest import REPO
from tests.fakes import inspection_report, json_extractor, later_minutes, scrutiny_minutes, write_fixture


def corpus_folder(root: pathlib.Path, n: int = 0) -> pathlib.Path:
    src = root / "src"
    (src / "sub").mkdir(parents=True)
    write_fixture(src / "a.txt", scrutiny_minutes())
    write_fixture(src / "sub" / "b.txt", inspection_report())
    write_fixture(src / "c.md", later_minutes())
    for i in range(n):
        write_fixture(src / f"m{i:02d}.txt", scrutiny_minutes(date=f"2019-{i % 12 + 1:02d}-01"), marker=str(i))
    return src


def all_ids(home: pathlib.Path) -> list[str]:
    with RecordIndex(str(home)) as index:
        return [f["id"] for f in index.searcher.all_stored_fields()]


def test_ingest_adds_files_and_folders_recursively(tmp_path: pathlib.Path) -> None:
    report = ingest([corpus_folder(tmp_path)], tmp_path / "home", extractor=json_extractor)
    assert len(report.added) == 3 and not report.failed
    assert report.records["resolution"] == 3 and report.records["finding"] == 3
    assert "3 added, 0 unchanged, 0 failed" in report.summary_line()
    assert "3 resolution" in report.summary_line()


def test_unchanged_file_is_skipped_and_never_parsed_again(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path)
    ingest([src], tmp_path / "home", extractor=json_extractor)
    calls: list[pathlib.Path] = []

    def counting(path: pathlib.Path):  # type: ignore[no-untyped-def]
        calls.append(path)
        return json_extractor(path)

    report = ingest([src], tmp_path / "home", extractor=counting)
    assert len(report.unchanged) == 3 and not report.added and not calls


def test_changed_file_replaces_its_records(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path)
    home = tmp_path / "home"
    ingest([src], home, extractor=json_extractor)
    before = len(all_ids(home))
    write_fixture(src / "a.txt", scrutiny_minutes(date="2017-12-18"), marker="edited")
    report = ingest([src], home, extractor=json_extractor)
    assert len(report.added) == 1 and len(report.unchanged) == 2
    ids = all_ids(home)
    assert len(ids) == before and len(set(ids)) == len(ids)
    with RecordIndex(str(home)) as index:
        dates = {r.date for r in index.records(kind="resolution")}
    assert "2017-11-06" not in dates and "2017-12-18" in dates


def test_reindex_reads_the_cache_not_the_files(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path)
    home = tmp_path / "home"
    ingest([src], home, extractor=json_extractor)
    before = sorted(all_ids(home))
    import shutil

    shutil.rmtree(home / "index")

    def refuse(path: pathlib.Path):  # type: ignore[no-untyped-def]
        raise AssertionError(f"{path} parsed again")

    ingest([src], home, extractor=refuse)
    assert sorted(all_ids(home)) == before


def test_issue_11_word_files_in_folders_are_ingested(tmp_path: pathlib.Path) -> None:
    import docx

    from corpus.ingest import paths_to_files

    src = tmp_path / "src"
    (src / "2025").mkdir(parents=True)
    minutes = docx.Document()
    minutes.add_heading("Little Brook Parish Council", 1)
    minutes.add_paragraph("Minutes of the meeting held on Tuesday 4 March 2025 at 7.00 pm")
    minutes.add_paragraph("RESOLVED: that the allotment rents be increased by 5%.")
    minutes.save(src / "2025" / "march.docx")
    (src / "2025" / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 a Word 97 file")
    (src / "notes.odt").write_bytes(b"PK")
    files, missing = paths_to_files([src])
    assert files == [(src / "2025" / "march.docx").resolve()] and not missing
    report = ingest([src], tmp_path / "home")
    assert report.added == [str(files[0])] and report.records["resolution"] == 1


def test_failing_file_is_reported_and_skipped(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path)
    write_fixture(src / "bad-scan.txt", later_minutes())
    report = ingest([src, tmp_path / "missing.pdf"], tmp_path / "home", extractor=json_extractor)
    assert len(report.added) == 3
    reasons = dict(report.failed)
    assert "damaged" in reasons[str((src / "bad-scan.txt").resolve())]
    assert "no such file" in reasons[str(tmp_path / "missing.pdf")]


def test_remove_drops_records(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path)
    home = tmp_path / "home"
    ingest([src], home, extractor=json_extractor)
    assert remove([src / "sub"], home) == [str((src / "sub" / "b.txt").resolve())]
    with RecordIndex(str(home)) as index:
        assert not index.records(kind="finding")
    assert len(Store(home).files) == 2
    with pytest.raises(StoreError, match="not in the store"):
        remove([src / "sub"], home)


def test_parallel_extraction_gives_the_same_records(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path, n=4)
    ingest([src], tmp_path / "one", extractor=json_extractor)
    report = ingest([src], tmp_path / "two", extractor=json_extractor, jobs=2)
    assert len(report.added) == 7
    assert sorted(all_ids(tmp_path / "one")) == sorted(all_ids(tmp_path / "two"))


def test_progress_is_told_each_file(tmp_path: pathlib.Path) -> None:
    seen: list[tuple[int, int]] = []
    ingest([corpus_folder(tmp_path)], tmp_path / "home", extractor=json_extractor,
           progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3)


SLOW_INGEST = """
import sys
from corpus.ingest import ingest
from tests.fakes import json_extractor
ingest([sys.argv[1]], sys.argv[2], extractor=json_extractor, batch_records=1)
"""


def start_slow_ingest(src: pathlib.Path, home: pathlib.Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "MINUTEBOOK_TEST_SLOW": "0.25", "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", SLOW_INGEST, str(src), str(home)], cwd=REPO, env=env)


def indexed_files(home: pathlib.Path) -> int:
    try:
        return sum(e["indexed"] for e in json.loads((home / "store" / "catalog.json").read_text())["files"].values())
    except (OSError, ValueError):
        return 0


def test_kill_mid_ingest_leaves_a_readable_index_and_rerun_completes(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path, n=12)
    home = tmp_path / "home"
    proc = start_slow_ingest(src, home)
    deadline = time.monotonic() + 60
    while indexed_files(home) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = indexed_files(home)
    assert 3 <= done < 15, "the ingest should have been killed half-way"
    with RecordIndex(str(home)) as index:
        assert len(index.records(kind="document")) >= done
    report = ingest([src], home, extractor=json_extractor)
    assert not report.failed and len(report.added) + len(report.unchanged) == 15
    ids = all_ids(home)
    assert len(ids) == len(set(ids))
    with RecordIndex(str(home)) as index:
        assert len(index.records(kind="document")) == 15


def test_searches_keep_working_during_an_ingest(tmp_path: pathlib.Path) -> None:
    src = corpus_folder(tmp_path, n=10)
    home = tmp_path / "home"
    ingest([src / "a.txt"], home, extractor=json_extractor)
    proc = start_slow_ingest(src, home)
    answers = []
    while proc.poll() is None:
        with RecordIndex(str(home)) as index:
            answers.append(index.search("elective home education", kind="resolution")["total"])
    assert proc.returncode == 0
    assert len(answers) > 3 and all(n >= 2 for n in answers)
    with RecordIndex(str(home)) as index:
        # Two resolutions in each of 11 minutes, and the later item on EHE.
        assert index.search("elective home education", kind="resolution", limit=100)["total"] == 2 * 11 + 1


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from corpus.progress import TerminalProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    piped, terminal = io.StringIO(), Terminal()
    for stream in (piped, terminal):
        progress = TerminalProgress(stream)
        progress(1, 2)
        progress(2, 2)
        progress.finish()
    assert piped.getvalue() == "" and "2/2 files" in terminal.getvalue()


def test_command_reports_failures_and_exits_1(tmp_path: pathlib.Path) -> None:
    from click.testing import CliRunner

    import cli

    (tmp_path / "empty.pdf").write_bytes(b"")
    (tmp_path / "minutes.txt").write_text("Parish Council\nMinutes of the meeting held on 3 April 2018\n"
                                          "1. Apologies\nNone were received.\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["--home", str(tmp_path / "home"), "ingest", str(tmp_path)])
    assert result.exit_code == 1
    assert "failed: " in result.output and "empty.pdf" in result.output
    assert "1 added, 0 unchanged, 1 failed" in result.output
