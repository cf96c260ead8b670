"""Any file name the file system holds, UTF-8 or not, is ingested, searched, exported, served
and removed; JSON keeps its bytes exactly (corpus.surrogates)."""
from __future__ import annotations

import csv
import io
import json
import os
import pathlib

import pytest
from click.testing import CliRunner

import cli
from corpus.store import Store
from web.app import create_app

LATIN1_NAME = b"r\xe9union-du-conseil.txt"  # "réunion" as an old Windows share wrote it
MINUTES = """Little Brook Parish Council
Minutes of the meeting of the Parish Council held on Tuesday 4 March 2025 at 7.00 pm
Present: Cllr A Smith (Chair), Cllr B Jones
1. Play area
RESOLVED: that the repairs to the swings in the play area be approved.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    src = tmp_path_factory.mktemp("names") / "src"
    src.mkdir()
    try:
        with open(os.fsencode(src) + b"/" + LATIN1_NAME, "w", encoding="utf-8") as f:
            f.write(MINUTES)
    except OSError as e:  # macOS and some network file systems refuse names that are not UTF-8
        pytest.skip(f"this file system refuses a name that is not UTF-8 ({e.strerror})")
    (src / "agenda.txt").write_text("Little Brook Parish Council\nAgenda\n1. Play area\n", encoding="utf-8")
    return src


@pytest.fixture(scope="module")
def home(folder: pathlib.Path) -> pathlib.Path:
    home = folder.parent / "home"
    result = CliRunner().invoke(cli.main, ["--home", str(home), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 added, 0 unchanged, 0 failed")
    return home


def stored_name() -> str:
    return os.fsdecode(LATIN1_NAME)


def test_issue_13_a_file_name_that_is_not_utf8_is_ingested(home: pathlib.Path) -> None:
    catalog = (home / "store" / "catalog.json").read_bytes()
    catalog.decode("utf-8")  # the store's files stay UTF-8
    paths = Store(home).paths
    assert {os.fsencode(pathlib.Path(p).name) for p in paths} == {LATIN1_NAME, b"agenda.txt"}
    again = CliRunner().invoke(cli.main, ["--home", str(home), "ingest", str(home.parent / "src")])
    assert again.exit_code == 0 and again.stdout.startswith("0 added, 2 unchanged")


def test_issue_13_search_prints_the_name_as_its_bytes_and_json_keeps_them(home: pathlib.Path) -> None:
    text = CliRunner().invoke(cli.main, ["--home", str(home), "search", "swings"])
    assert text.exit_code == 0 and LATIN1_NAME in text.stdout_bytes
    as_json = CliRunner().invoke(cli.main, ["--home", str(home), "search", "swings", "--json"])
    assert as_json.exit_code == 0
    as_json.stdout_bytes.decode("utf-8")
    paths = {hit["source"]["path"] for hit in json.loads(as_json.stdout_bytes)["hits"]}
    assert {os.fsencode(pathlib.Path(p).name) for p in paths} == {LATIN1_NAME}


def test_issue_13_export_of_a_name_that_is_not_utf8(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    for fmt in ("csv", "jsonl"):
        target = tmp_path / f"resolutions.{fmt}"
        result = CliRunner().invoke(cli.main, ["--home", str(home), "export", "resolutions", "--format", fmt,
                                               "-o", str(target)])
        assert result.exit_code == 0, result.output
        raw = target.read_bytes()
        if fmt == "jsonl":
            row = json.loads(raw.decode("utf-8"))
        else:
            row = next(csv.DictReader(io.StringIO(os.fsdecode(raw))))
        assert os.fsencode(pathlib.Path(row["source_path"]).name) == LATIN1_NAME


def test_issue_13_web_pages_downloads_and_files_of_a_name_that_is_not_utf8(home: pathlib.Path) -> None:
    client = create_app(home).test_client()
    page = client.get("/search", query_string={"q": "swings"})
    assert page.status_code == 200 and "swings" in page.get_data(as_text=True)
    as_json = client.get("/search", query_string={"q": "swings", "format": "json"})
    paths = [hit["source"]["path"] for hit in json.loads(as_json.get_data())["hits"]]
    assert {os.fsencode(pathlib.Path(p).name) for p in paths} == {LATIN1_NAME}
    as_csv = client.get("/search", query_string={"q": "swings", "format": "csv"})
    assert as_csv.status_code == 200 and "r\ufffdunion-du-conseil.txt" in as_csv.get_data(as_text=True)
    sha = Store(home).paths[next(p for p in Store(home).paths if p.endswith(stored_name()))]
    stored = client.get(f"/files/{sha}")
    assert stored.status_code == 200 and stored.data.decode("utf-8") == MINUTES
    assert "union-du-conseil.txt" in stored.headers["Content-Disposition"]


def test_issue_13_remove_a_name_that_is_not_utf8(home: pathlib.Path, folder: pathlib.Path) -> None:
    path = os.fsdecode(os.fsencode(folder) + b"/" + LATIN1_NAME)
    result = CliRunner().invoke(cli.main, ["--home", str(home), "remove", path])
    assert result.exit_code == 0 and result.stdout.startswith("1 file(s) removed")
    assert list(Store(home).paths) == [str(folder / "agenda.txt")]


def test_a_failing_file_whose_name_is_not_utf8_is_one_line(tmp_path: pathlib.Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    try:
        open(os.fsencode(src) + b"/vide-\xe9.pdf", "wb").close()  # an empty PDF: it cannot be read
    except OSError as e:
        pytest.skip(f"this file system refuses a name that is not UTF-8 ({e.strerror})")
    result = CliRunner().invoke(cli.main, ["--home", str(tmp_path / "home"), "ingest", str(src)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 1 and "vide-" in failed[0]
    assert result.stdout.startswith("1 added, 0 unchanged, 1 failed")
