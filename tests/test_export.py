"""Export: one row per record with Open Civic Data / Popolo column names, CSV and JSON Lines,
written to a file or stdout, and clear errors."""
from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import stat

import pytest
from click.testing import CliRunner

import cli
from corpus.errors import StoreError
from corpus.export import COLUMNS, export_rows, export_to, write_export
from tests.fakes import ingested_home, inspection_report, scrutiny_minutes


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return ingested_home(tmp_path_factory.mktemp("export"), {"a.txt": scrutiny_minutes(), "b.txt": inspection_report()})


@pytest.mark.parametrize("kind, count", [("meetings", 2), ("attendees", 2), ("resolutions", 2), ("decisions", 1),
                                         ("actions", 1), ("findings", 3)])
def test_one_row_per_record(home: pathlib.Path, kind: str, count: int) -> None:
    rows = list(export_rows(str(home), kind))
    assert len(rows) == count and all(r["source_page"] for r in rows)


def test_csv_columns_and_values(home: pathlib.Path) -> None:
    out = io.StringIO()
    assert write_export(str(home), "resolutions", "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == COLUMNS["resolutions"]
    assert rows[0]["organization"] == "Children's Scrutiny Panel" and rows[0]["start_date"] == "2017-11-06"
    assert rows[0]["agenda_item_order"] == "7" and rows[0]["source_page"] == "5"


def test_ids_match_the_index(home: pathlib.Path) -> None:
    from index.search import RecordIndex

    with RecordIndex(str(home)) as index:
        indexed = {r.id for r in index.records(kind="action")}
    assert {r["id"] for r in export_rows(str(home), "actions")} == indexed


def test_jsonl_to_a_file(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "actions.jsonl"
    result = CliRunner().invoke(cli.main, ["--home", str(home), "export", "actions", "--format", "jsonl",
                                           "-o", str(target)])
    assert result.exit_code == 0
    row = json.loads(target.read_text().splitlines()[0])
    assert row["owner"] == "Head of Admissions" and row["due_date"] == "2017-12-18"


def test_errors(home: pathlib.Path) -> None:
    with pytest.raises(StoreError, match="Cannot export 'minutes'"):
        list(export_rows(str(home), "minutes"))
    result = CliRunner().invoke(cli.main, ["--home", str(home), "export", "actions", "--format", "xml"])
    assert result.exit_code == 1 and "Unknown export format" in result.output


# -- issue 13: `-o FILE` writes a regular file, whole, as a user expects ---------------------------
def export_to_file(home: pathlib.Path, target: pathlib.Path | str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli.main, ["--home", str(home), "export", "resolutions", "-o", str(target)])


def one_line_refusal(result, *words: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert all(word in result.output for word in words), result.output


def test_issue_13_export_keeps_an_existing_files_mode(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    target = tmp_path / "resolutions.csv"
    target.write_text("old\n")
    target.chmod(0o664)
    assert export_to_file(home, target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664 and target.read_text().startswith("id,")


def test_issue_13_export_gives_a_new_file_the_umask_mode(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    previous = os.umask(0o022)
    try:
        assert export_to_file(home, tmp_path / "new.csv").exit_code == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["new.csv"], "no temporary file is left"


def test_issue_13_export_writes_through_a_symlink(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "latest.csv"
    target.write_text("old\n")
    link = tmp_path / "resolutions.csv"
    link.symlink_to(pathlib.Path("reports") / "latest.csv")
    assert export_to_file(home, link).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(pathlib.Path("reports") / "latest.csv")
    assert target.read_text().startswith("id,") and sorted(p.name for p in tmp_path.iterdir()) == [
        "reports", "resolutions.csv"]


def character_device(tmp_path: pathlib.Path) -> pathlib.Path:
    """A character device the test may lose: a null device of its own where the process may make
    one (root), else /dev/null, which nobody else can replace."""
    own = tmp_path / "null"
    try:
        os.mknod(own, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        return pathlib.Path("/dev/null")
    return own


def test_issue_13_export_refuses_a_device_or_a_pipe(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    device = character_device(tmp_path)
    one_line_refusal(export_to_file(home, device), str(device), "a character device")
    assert stat.S_ISCHR(device.stat().st_mode)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    one_line_refusal(export_to_file(home, pipe), "a named pipe")
    assert stat.S_ISFIFO(pipe.stat().st_mode)


def test_issue_13_export_refuses_a_folder(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    with pytest.raises(StoreError, match="it is a folder"):
        export_to(str(home), "resolutions", "csv", str(tmp_path))
    linked = tmp_path / "out.csv"
    linked.symlink_to(tmp_path)
    one_line_refusal(export_to_file(home, linked), "a folder")
    assert linked.is_symlink()


def test_issue_13_export_refuses_a_missing_folder(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    one_line_refusal(export_to_file(home, tmp_path / "no" / "such" / "out.csv"), "does not exist")
    assert not (tmp_path / "no").exists()
