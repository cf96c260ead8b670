"""`minutebook check` and a damaged store: for each way a file of the store can be damaged, every
command that reads it says so in one line naming the file and the command that mends it (no
traceback, exit status 1, no partial output), `check` finds it, and the repair it names works
with the hand-set action statuses kept."""
from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

from corpus.ingest import ingest, remove
from corpus.store import Store
from index.records import extraction_to_index_records
from index.schema import open_index
from index.search import search
from index.writer import write_batch
from tests.conftest import REPO
from tests.fakes import json_extractor, scrutiny_minutes
from tests.store_damage import (
    cached_extraction_of,
    check_problems,
    hand_statuses,
    index_file,
    index_records,
    one_line_error,
    overwrite_middle,
    run,
    store_home,
    truncate,
)
from web.app import create_app

INDEX_READERS = (("search", "education"), ("history", "education"))
STORE_READERS = (("actions",), ("export", "resolutions"), ("export", "actions"), ("export", "meetings"))


@pytest.fixture
def home(tmp_path: pathlib.Path) -> pathlib.Path:
    return store_home(tmp_path)


def assert_web_says(home: pathlib.Path, url: str, *words: str) -> None:
    response = create_app(home).test_client().get(url)
    page = response.get_data(as_text=True)
    assert response.status_code == 400, url
    assert "Traceback" not in page and all(w in page for w in words), url


def test_a_sound_store_passes(home: pathlib.Path) -> None:
    result = run(home, "check")
    assert result.exit_code == 0 and result.stdout.startswith(f"The store in {home} is sound: 3 files")
    answer = json.loads(run(home, "check", "--json").stdout)
    assert answer["sound"] and answer["problems"] == [] and answer["files"] == 3 and answer["records"] > 0


def test_no_store_is_one_sentence(tmp_path: pathlib.Path) -> None:
    assert "run `minutebook ingest PATH` first" in one_line_error(run(tmp_path / "nothing", "check"))


# -- cached extractions -------------------------------------------------------------------------
def test_issue_13_truncated_cached_extraction(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    statuses = hand_statuses(home)
    source = tmp_path / "src" / "c.txt"
    cached = cached_extraction_of(home, source)
    truncate(cached)
    for args in STORE_READERS:
        line = one_line_error(run(home, *args))  # export: not a row written before the damage was met
        assert cached.name in line and "is damaged (not JSON" in line, args
        assert f"`minutebook ingest {source}` extracts it again" in line, args
    out = tmp_path / "out.csv"
    out.write_text("kept\n")
    one_line_error(run(home, "export", "decisions", "-o", str(out)))
    assert out.read_text() == "kept\n"
    assert_web_says(home, "/actions", cached.name, "minutebook ingest")
    assert_web_says(home, "/search?q=education", cached.name)  # the "has open actions" facet reads the register
    (problem,) = check_problems(home)
    assert problem["file"] == str(cached) and problem["command"] == f"minutebook ingest {source}"
    line, summary = run(home, "check").stdout.splitlines()
    assert line.startswith(str(cached)) and summary == f"1 problem in {home}."

    report = ingest([tmp_path / "src"], home, extractor=json_extractor)
    assert report.added == [str(source)] and len(report.unchanged) == 2
    assert check_problems(home) == [] and hand_statuses(home) == statuses


def test_issue_13_cached_extraction_changed_but_still_json_is_found_by_its_checksum(
        home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    cached = cached_extraction_of(home, tmp_path / "src" / "a.txt")
    cached.write_text(cached.read_text().replace("Elective Home Education", "Elective Home Educatioq"))
    line = one_line_error(run(home, "actions"))
    assert cached.name in line and "its bytes changed since minutebook wrote it" in line
    (problem,) = check_problems(home)
    assert problem["file"] == str(cached)
    ingest([tmp_path / "src"], home, extractor=json_extractor)
    assert check_problems(home) == []
    assert "Educatioq" not in json.dumps(search(str(home), "elective home education"))


def test_issue_13_cached_extraction_of_the_wrong_shape(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    cached = cached_extraction_of(home, tmp_path / "src" / "b.txt")
    cached.write_text("[1, 2, 3]")
    assert "is not shaped as an extraction" in one_line_error(run(home, "export", "findings"))
    assert check_problems(home)[0]["file"] == str(cached)
    ingest([tmp_path / "src"], home, extractor=json_extractor)
    assert check_problems(home) == []


def test_issue_13_cached_extraction_of_a_file_now_gone_is_mended_by_remove(home: pathlib.Path,
                                                                           tmp_path: pathlib.Path) -> None:
    source = tmp_path / "src" / "c.txt"
    truncate(cached_extraction_of(home, source))
    source.unlink()
    (problem,) = check_problems(home)
    assert problem["command"] == f"minutebook remove {source}"
    remove([source], home)
    assert check_problems(home) == []


# -- the index ----------------------------------------------------------------------------------
@pytest.mark.parametrize("damage, suffix", [(truncate, ".seg"), (truncate, ".toc"), (overwrite_middle, ".toc")])
def test_issue_13_damaged_index_file(home: pathlib.Path, damage, suffix: str) -> None:
    statuses, before = hand_statuses(home), index_records(home)
    damaged = index_file(home, suffix)
    damage(damaged)
    for args in INDEX_READERS:
        line = one_line_error(run(home, *args))
        assert str(damaged) in line and "`minutebook reindex` rebuilds the index from the store" in line, args
    assert_web_says(home, "/search?q=education", damaged.name, "minutebook reindex")
    assert_web_says(home, "/history?q=education", damaged.name)
    assert [p["file"] for p in check_problems(home)] == [str(damaged)]
    assert str(damaged) in one_line_error(run(home, "ingest", str(home / "store")))  # nor is it written to
    assert run(home, "reindex").exit_code == 0
    assert check_problems(home) == [] and index_records(home) == before and hand_statuses(home) == statuses


def test_issue_13_index_segment_changed_in_place_is_found_by_its_checksum(home: pathlib.Path) -> None:
    segment = index_file(home, ".seg")
    overwrite_middle(segment)
    (problem,) = check_problems(home)
    assert problem["file"] == str(segment) and "its bytes changed since minutebook wrote it" in problem["problem"]
    assert run(home, "reindex").exit_code == 0
    assert check_problems(home) == []


def test_issue_13_damaged_learned_acronyms(home: pathlib.Path) -> None:
    (home / "index" / "acronyms.json").write_text('{"EH')
    assert "acronyms.json is damaged" in one_line_error(run(home, "search", "EHE"))
    run(home, "reindex")
    assert search(str(home), "EHE")["hits"]


def test_issue_13_index_path_that_is_a_file(home: pathlib.Path) -> None:
    shutil.rmtree(home / "index")
    (home / "index").write_text("not an index")
    for args in (*INDEX_READERS, *STORE_READERS, ("reindex",), ("ingest", str(home / "store"))):
        line = one_line_error(run(home, *args))
        assert f"{home / 'index'} is a file, not minutebook's index folder; move it aside" in line, args
    assert check_problems(home)[0]["file"] == str(home / "index")
    (home / "index").rename(home / "index.aside")
    assert run(home, "reindex").exit_code == 0 and check_problems(home) == []


# -- the catalog --------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", [truncate, lambda p: p.write_text('{"version": 1, "paths": [], "files": 3}')])
def test_issue_13_damaged_catalog(home: pathlib.Path, damage) -> None:
    statuses, before = hand_statuses(home), index_records(home)
    catalog = home / "store" / "catalog.json"
    damage(catalog)
    written = catalog.read_bytes()
    for args in (*STORE_READERS, ("ingest", str(home / "store")), ("remove", str(home))):
        line = one_line_error(run(home, *args))
        assert str(catalog) in line and "`minutebook reindex` rebuilds it from the cached extractions" in line, args
    response = create_app(home).test_client().get("/")
    assert "minutebook reindex" in response.get_data(as_text=True)
    assert [p["file"] for p in check_problems(home)] == [str(catalog)]
    result = run(home, "reindex")
    assert result.exit_code == 0 and "the catalog was rebuilt from the cache" in result.stdout
    assert (home / "store" / "catalog.json.damaged").read_bytes() == written
    assert check_problems(home) == [] and index_records(home) == before and hand_statuses(home) == statuses


# -- records in the index against the catalog ---------------------------------------------------
def test_issue_13_records_of_a_file_the_catalog_does_not_list(home: pathlib.Path) -> None:
    stray = scrutiny_minutes(date="2020-01-06")
    stray.source.sha256, stray.source.path = "e" * 64, "/gone/stray.pdf"
    write_batch(open_index(home / "index"), [], extraction_to_index_records(stray))
    (problem,) = check_problems(home)
    assert "records of /gone/stray.pdf" in problem["problem"] and "the catalog does not list" in problem["problem"]
    assert problem["command"] == "minutebook reindex"
    run(home, "reindex")
    assert check_problems(home) == [] and not search(str(home), "school places", since="2020")["hits"]


def test_issue_13_records_written_twice_are_found(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    store = Store(home)
    sha = store.paths[str((tmp_path / "src" / "a.txt").resolve())]
    extraction = store.get_extraction(sha)
    write_batch(open_index(home / "index"), [], extraction_to_index_records(extraction))
    (problem,) = check_problems(home)
    assert "a.txt where its extraction has" in problem["problem"]
    run(home, "reindex")
    assert check_problems(home) == []
    index_records(home)


# -- hand-set action statuses -------------------------------------------------------------------
def test_issue_13_status_file_keeps_its_previous_version(home: pathlib.Path) -> None:
    status = home / "store" / "action-status.json"
    first = status.read_text()
    (action_id,) = hand_statuses(home)
    assert run(home, "actions", "reopen", action_id).exit_code == 0
    assert (home / "store" / "action-status.json.previous").read_text() == first


def test_issue_13_damaged_status_file_is_offered_its_previous_version(home: pathlib.Path) -> None:
    (action_id,) = hand_statuses(home)
    run(home, "actions", "reopen", action_id)
    run(home, "actions", "close", action_id, "--note", "Sent again")
    status = home / "store" / "action-status.json"
    truncate(status)
    damaged = status.read_bytes()
    for args in (("actions",), ("export", "actions"), ("actions", "reopen", action_id)):
        line = one_line_error(run(home, *args))
        assert f"{status} cannot be read" in line and "`minutebook actions restore` puts back its previous" in line
    assert_web_says(home, "/actions", "minutebook actions restore")
    (problem,) = check_problems(home)
    assert problem["file"] == str(status) and problem["command"] == "minutebook actions restore"
    result = run(home, "actions", "restore")
    assert result.exit_code == 0 and "1 hand-set action statuses restored" in result.stdout
    assert (home / "store" / "action-status.json.damaged").read_bytes() == damaged
    assert check_problems(home) == []
    assert hand_statuses(home)[action_id] == ("open", "hand")  # the version before the last close


def test_restore_leaves_a_sound_status_file_alone(home: pathlib.Path) -> None:
    assert "are sound; nothing was restored" in one_line_error(run(home, "actions", "restore"))
    (home / "store" / "action-status.json").write_text("{")
    assert "There is no previous version" in one_line_error(run(home, "actions", "restore"))
    (problem,) = check_problems(home)
    assert "no sound previous version" in problem["problem"] and problem["command"] is None


# -- a store that cannot be written -------------------------------------------------------------
def read_only_cli(home: pathlib.Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in a process that file modes bind: as root, one without the capability to
    override them (root writes read-only files otherwise)."""
    command = [sys.executable, str(REPO / "cli.py"), "--home", str(home), *args]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv, so no process is bound by file modes")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=120)


def test_issue_13_read_only_store(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    (action_id,) = hand_statuses(home)
    before = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    for path in [home, *home.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        for args in (("ingest", str(tmp_path / "src")), ("remove", str(tmp_path / "src" / "a.txt")),
                     ("actions", "reopen", action_id), ("reindex",)):
            done = read_only_cli(home, *args)
            assert done.returncode == 1 and done.stdout == "" and "Traceback" not in done.stderr, args
            assert done.stderr.startswith("Error: Cannot write ") and "Permission denied" in done.stderr, args
            assert len(done.stderr.splitlines()) == 1, args
        assert read_only_cli(home, "search", "education").returncode == 0
        assert read_only_cli(home, "actions").returncode == 0
        assert read_only_cli(home, "check").returncode == 0
    finally:
        for path in [home, *home.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == before


def test_check_waits_for_no_writer(home: pathlib.Path) -> None:
    with Store(home).writing():
        assert "is writing to" in one_line_error(run(home, "check"))
    assert check_problems(home) == []
