"""End to end on the bundled sample: `minutebook demo` ingests it and answers the officer's
question, the history of elective home education and the open actions. The demo runs once per
module (a few seconds) and the tests read its answers."""
from __future__ import annotations

import datetime as dt
import json
import pathlib

import pytest
from click.testing import CliRunner

from corpus.demo import HISTORY_QUERY, QUESTION, run_demo
from corpus.sample.build import REGISTER_PATH, SAMPLE_DIR

TODAY = dt.date(2025, 1, 15)
EHE_WORDS = ("elective home education", "electively home educated", "ehe")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return run_demo(tmp_path_factory.mktemp("demo") / "minutebook-demo", today=TODAY)


def about_ehe(text: str) -> bool:
    return any(w in text.lower() for w in EHE_WORDS)


def test_demo_ingests_every_sample_file(demo):
    assert len(demo.ingest.added) == len(list(SAMPLE_DIR.glob("*.pdf")))
    assert not demo.ingest.failed
    assert all((demo.home / "sample" / p.name).exists() for p in SAMPLE_DIR.glob("*.pdf"))


def test_demo_answers_what_was_resolved_on_elective_home_education(demo):
    first = demo.answer["hits"][0]
    assert first["kind"] in ("resolution", "decision")
    assert about_ehe(first["text"])
    assert first["meeting"]["body"] == "Children and Families Scrutiny Panel"
    assert first["source"]["page"] >= 1


def test_demo_history_runs_oldest_first_through_the_panel_and_the_inspection(demo):
    dates = [m["date"] for m in demo.history["meetings"]]
    assert dates == sorted(dates)
    assert {"2023-06-12", "2023-11-06", "2024-03-11", "2024-11-04"} <= set(dates)
    first = demo.history["meetings"][0]
    resolved = [r["text"] for item in first["items"] for r in item["resolutions"]]
    assert any(about_ehe(t) for t in resolved)
    findings = [f["text"] for m in demo.history["meetings"] for i in m["items"] for f in i["findings"]]
    assert any(about_ehe(t) for t in findings), "the inspection's finding on home education"


def test_demo_open_actions_are_the_register_fixtures_open_ones(demo):
    expected = json.loads(REGISTER_PATH.read_text(encoding="utf-8"))["actions"]
    still_open = {a["text"] for a in expected if a["status"] != "done"}
    listed = {a.text for a in demo.open_actions}
    assert still_open <= listed
    assert not {a["text"] for a in expected if a["status"] == "done"} & listed


def test_register_gives_every_fixture_action_its_status_and_evidence(demo):
    from corpus.register.commands import load_register

    by_text = {e.text: e for e in load_register(demo.home)}
    for expected in json.loads(REGISTER_PATH.read_text(encoding="utf-8"))["actions"]:
        entry = by_text[expected["text"]]
        assert entry.status == expected["status"], expected["ref"]
        if expected["updates"]:
            assert entry.closed_by is not None and entry.closed_by.date == expected["updates"][-1]["date"]


def test_second_demo_run_ingests_nothing_new(demo):
    again = run_demo(demo.home, today=TODAY)
    assert not again.ingest.added and len(again.ingest.unchanged) == len(demo.ingest.added)
    assert again.answer["hits"][0]["text"] == demo.answer["hits"][0]["text"]


def test_demo_command_prints_the_question_and_the_answers(tmp_path):
    from cli import main

    home = tmp_path / "demo"
    result = CliRunner().invoke(main, ["--home", str(home), "demo"])
    assert result.exit_code == 0, result.output
    assert QUESTION in result.output and HISTORY_QUERY in result.output
    assert "actions --status open" in result.output
    again = CliRunner().invoke(main, ["demo", "--home", str(home)])
    files = len(list(SAMPLE_DIR.glob("*.pdf")))
    assert again.exit_code == 0 and f"0 added, {files} unchanged" in again.output


def test_demo_reports_a_broken_sample_file_and_answers_from_the_rest(tmp_path, monkeypatch):
    import shutil

    from corpus import demo as demo_module

    sample = tmp_path / "bundled"
    sample.mkdir()
    shutil.copy(SAMPLE_DIR / "northfield-cfs-panel-2023-06-12-minutes.pdf", sample)
    (sample / "broken.pdf").write_bytes(b"%PDF-1.4 this is not a PDF")
    monkeypatch.setattr(demo_module, "SAMPLE_DIR", sample)
    result = run_demo(tmp_path / "home", today=TODAY)
    assert [pathlib.Path(p).name for p, _ in result.ingest.failed] == ["broken.pdf"]
    assert result.answer["hits"]
    assert "Could not ingest" in demo_module.demo_to_text(result)


def test_demo_without_its_sample_says_so(tmp_path, monkeypatch):
    from corpus import demo as demo_module
    from corpus.errors import StoreError

    monkeypatch.setattr(demo_module, "SAMPLE_DIR", tmp_path / "nothing")
    with pytest.raises(StoreError, match="bundled sample is missing"):
        run_demo(tmp_path / "home", today=TODAY)
