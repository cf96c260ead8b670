"""`minutebook actions`, `actions close` / `reopen` and `export actions` over a store holding the
two fixture series of tests/test_register.py, ingested with the fixture extractor so the tests
do not depend on extraction quality."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import pathlib
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cli import main
from corpus.ingest import ingest
from corpus.register.assemble import extractions_to_register
from corpus.register.hand_status import FILENAME, VERSION
from corpus.register.text import register_to_json
from corpus.store import require_store
from tests.conftest import FIXTURES, REPO
from tests.fakes import json_extractor

SERIES = sorted((FIXTURES / "actions").glob("*.json"))


@pytest.fixture
def home(tmp_path: pathlib.Path) -> pathlib.Path:
    report = ingest(SERIES, tmp_path / "home", extractor=json_extractor)
    assert not report.failed
    return tmp_path / "home"


def run(home: pathlib.Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["--home", str(home), *args])
    return result.exit_code, result.stdout, result.stderr


def listed(home: pathlib.Path, *args: str) -> list[dict]:
    code, out, err = run(home, "actions", "--json", *args)
    assert code == 0, err
    return json.loads(out)["actions"]


def by_text(actions: list[dict], start: str) -> dict:
    (found,) = [a for a in actions if a["text"].startswith(start)]
    return found


def test_open_actions_grouped_oldest_first_with_evidence(home):
    actions = listed(home)
    assert {a["status"] for a in actions} == {"open", "carried forward"}
    assert len(actions) == 5
    dates = [a["meeting"]["date"] for a in actions if a["meeting"]["body"].startswith("Riverside")]
    assert dates == sorted(dates)
    housing = by_text(actions, "Housing team")
    assert housing["closed_by"]["meeting"] == {"body": "Riverside Community Safety Partnership", "date": "2023-07-20"}
    assert housing["overdue"] is True and housing["item"] == {"number": "3", "title": "Anti-social behaviour hotspots"}
    assert housing["source"]["path"].endswith("riverside-2023-01-12.json") and housing["source"]["page"] == 2


def test_done_and_filters(home):
    done = listed(home, "--status", "done")
    assert len(done) == 5 and all(a["closed_by"]["text"] for a in done)
    assert [a["owner"] for a in listed(home, "--status", "all", "--owner", "Hughes")] == ["Cllr Hughes"]
    assert {a["meeting"]["body"] for a in listed(home, "--body", "westfield")} == {"Westfield Parish Council"}
    assert {a["meeting"]["date"] for a in listed(home, "--status", "all", "--since", "Feb 2024")} == {
        "2024-02-12", "2024-03-11"}
    assert all(a["overdue"] for a in listed(home, "--overdue"))


def test_human_output_flags_overdue(home):
    code, out, _ = run(home, "actions")
    assert code == 0
    assert out.index("Riverside Community Safety Partnership") < out.index("Westfield Parish Council")
    assert "[OVERDUE carried forward] Housing team to report back" in out


def test_close_by_hand_survives_reingest_and_reindex(home):
    green = by_text(listed(home), "Councillor Green")
    code, out, err = run(home, "actions", "close", green["id"], "--note", "Rang the youth service")
    assert code == 0, err
    assert "Rang the youth service" in out
    closed = by_text(listed(home, "--status", "done"), "Councillor Green")
    assert closed["closed_by"]["by"] == "hand" and closed["closed_by"]["text"] == "Rang the youth service"
    ingest(SERIES, home, extractor=json_extractor)
    shutil.rmtree(home / "index")
    ingest(SERIES, home, extractor=json_extractor)
    assert by_text(listed(home, "--status", "done"), "Councillor Green")["closed_by"]["by"] == "hand"
    code, _, err = run(home, "actions", "reopen", green["id"])
    assert code == 0, err
    assert by_text(listed(home), "Councillor Green")["status"] == "open"


def test_reopen_what_the_minutes_closed(home):
    bench = by_text(listed(home, "--status", "done"), "Replace the broken bench")
    code, _, err = run(home, "actions", "reopen", bench["id"], "--note", "The new bench is broken too")
    assert code == 0, err
    assert by_text(listed(home), "Replace the broken bench")["closed_by"]["by"] == "hand"


def test_unknown_id_is_one_sentence_exit_1(home):
    code, out, err = run(home, "actions", "close", "no-such-action")
    assert code == 1 and out == ""
    assert "no action with id 'no-such-action'" in err and err.count("\n") == 1
    assert not (home / "store" / FILENAME).exists()


def test_closing_a_closed_action_changes_nothing(home):
    bench = by_text(listed(home, "--status", "done"), "Replace the broken bench")
    code, _, err = run(home, "actions", "close", bench["id"])
    assert code == 1
    assert "already closed (by the minutes of Westfield Parish Council on 2024-02-12)" in err
    green = by_text(listed(home), "Councillor Green")
    run(home, "actions", "close", green["id"])
    before = (home / "store" / FILENAME).read_bytes()
    code, _, err = run(home, "actions", "close", green["id"])
    assert code == 1 and "already closed (by hand)" in err
    assert (home / "store" / FILENAME).read_bytes() == before


def test_reopening_an_open_action_is_refused(home):
    green = by_text(listed(home), "Councillor Green")
    code, _, err = run(home, "actions", "reopen", green["id"])
    assert code == 1 and "is not closed (it is open)" in err


def test_status_file_of_an_older_version_is_reported_and_kept(home):
    path = home / "store" / FILENAME
    old = {"format": "minutebook-action-status", "version": VERSION - 1,
           "statuses": {"some-id": {"status": "done", "note": "closed in the old version"}}}
    path.write_text(json.dumps(old))
    before = path.read_bytes()
    for args in (["actions"], ["actions", "close", by_text(listed_raw(home), "Councillor Green")["id"]]):
        code, out, err = run(home, *args)
        assert code == 1 and out == ""
        assert "written by an older version of minutebook" in err and "nothing was changed" in err
    assert path.read_bytes() == before


def listed_raw(home: pathlib.Path) -> list[dict]:
    """The register without hand statuses (the status file may be unreadable)."""
    store = require_store(home)
    entries = extractions_to_register([store.get_extraction(sha) for sha, _ in store.indexed()])
    return register_to_json(entries, dt.date.today())["actions"]


def test_missing_store_is_one_sentence(tmp_path):
    code, _, err = run(tmp_path / "nothing", "actions")
    assert code == 1 and "run `minutebook ingest PATH` first" in err


def test_export_actions_has_register_status_and_evidence(home):
    code, out, err = run(home, "export", "actions", "--format", "csv")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"status", "status_evidence", "status_source_page"} <= set(rows[0])
    bench = [r for r in rows if r["text"] == "Replace the broken bench on the green"]
    assert {r["status"] for r in bench} == {"done"}
    assert "Complete" in bench[0]["status_evidence"]


def test_actions_does_not_import_heavy_libraries(home):
    probe = ("import sys; from cli import main; "
             "sys.argv = ['minutebook', '--home', sys.argv[1], 'actions', '--json']\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\n"
             "heavy = [m for m in ('spacy', 'pdfplumber', 'dateparser') if m in sys.modules]\n"
             "sys.stderr.write(repr(heavy))")
    done = subprocess.run([sys.executable, "-c", probe, str(home)], cwd=REPO, capture_output=True, text=True)
    assert done.stderr.strip().endswith("[]"), done.stderr


def test_text_minutes_end_to_end_in_both_layouts(tmp_path):
    """The same two series as .txt minutes through the real extractor: ACTIONS lists with
    prose follow-ups (Eastbrook) and an Action / Owner / Due / Status log (Hillcrest)."""
    home = tmp_path / "home"
    report = ingest([FIXTURES / "actions_txt"], home)
    assert not report.failed and len(report.added) == 6
    actions = listed(home, "--status", "all")
    expected = {
        "Sergeant Patel to circulate": ("done", "2023-04-13"),
        "Housing team to report back on the Eastgate void properties by": ("carried forward", "2023-07-20"),
        "Clerk to write to the highways": ("done", "2023-07-20"),
        "Jo Brown to book": ("done", "2023-07-20"),
        "Councillor Green to contact": ("open", None),
        "Replace the broken bench": ("done", "2024-02-12"),
        "Obtain quotes for resurfacing the car park": ("carried forward", "2024-03-11"),
        "Update the website": ("done", "2024-03-11"),
        "Arrange the annual parish meeting": ("carried forward", "2024-03-11"),
        "Obtain quotes for resurfacing the village hall": ("open", None),
    }
    assert len(actions) == len(expected)
    for start, (status, when) in expected.items():
        action = by_text(actions, start)
        assert action["status"] == status, start
        assert (action["closed_by"] or {}).get("meeting", {}).get("date") == when, start
    assert by_text(actions, "Housing team")["due"] == "2023-04-13"
    green = by_text(actions, "Councillor Green")
    assert run(home, "actions", "close", green["id"], "--note", "Done at the youth forum")[0] == 0
    assert by_text(listed(home, "--status", "done"), "Councillor Green")["closed_by"]["by"] == "hand"


def test_bundled_sample_register_matches_what_the_sample_was_written_to_say(tmp_path):
    """corpus/sample (written for the project) states each action's status and its evidence;
    the register read from its PDFs must agree, update by update."""
    from corpus.sample.content import SAMPLE_FILES
    from corpus.sample.gold import files_to_action_register

    home = tmp_path / "home"
    ingest([REPO / "corpus" / "sample" / "pdf"], home)
    actions = listed(home, "--status", "all")
    expected = files_to_action_register(SAMPLE_FILES)
    assert len(actions) == len(expected)
    for want in expected:
        got = by_text(actions, want["text"])
        assert got["status"] == want["status"], want["text"]
        assert [(e["meeting"]["date"], e["status"]) for e in got["evidence"]] == [
            (u["date"], u["status"]) for u in want["updates"]], want["text"]


def test_store_catalog_of_another_version_is_reported_and_hand_statuses_kept(home):
    green = by_text(listed(home), "Councillor Green")
    run(home, "actions", "close", green["id"])
    statuses = (home / "store" / FILENAME).read_bytes()
    catalog = home / "store" / "catalog.json"
    catalog.write_text(json.dumps({**json.loads(catalog.read_text()), "version": 0}))
    code, out, err = run(home, "actions", "reopen", green["id"])
    assert code == 1 and out == "" and "written by another version of minutebook" in err
    assert (home / "store" / FILENAME).read_bytes() == statuses


def test_issue_13_a_note_typed_with_a_byte_that_is_not_utf8_is_kept(home):
    # A terminal that is not UTF-8 hands Python such a byte as a lone surrogate.
    green = by_text(listed(home), "Councillor Green")
    code, _, err = run(home, "actions", "close", green["id"], "--note", "Rang caf\udce9")
    assert code == 0, err
    assert by_text(listed(home, "--status", "done"), "Councillor Green")["closed_by"]["text"] == "Rang caf\udce9"
