"""History of an issue: meetings oldest first, items that discuss it with everything resolved,
decided and actioned under them, findings that mention it, and the command's text and JSON."""
from __future__ import annotations

import json
import pathlib

import pytest
from click.testing import CliRunner

import cli
from corpus.ingest import ingest
from index.history import history
from tests.fakes import inspection_report, json_extractor, later_minutes, scrutiny_minutes, write_fixture


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    root = tmp_path_factory.mktemp("history")
    src = root / "src"
    src.mkdir()
    write_fixture(src / "2024.txt", inspection_report())
    write_fixture(src / "2018.txt", later_minutes())
    write_fixture(src / "2017.txt", scrutiny_minutes())
    ingest([src], root / "home", extractor=json_extractor)
    return root / "home"


def test_meetings_oldest_first_with_what_happened(home: pathlib.Path) -> None:
    answer = history(str(home), "elective home education")
    assert [m["date"] for m in answer["meetings"]] == ["2017-11-06", "2018-01-15", "2024-07-19"]
    first = answer["meetings"][0]
    assert [i["number"] for i in first["items"]] == ["7"]
    assert [r["number"] for r in first["items"][0]["resolutions"]] == ["1", "2"]
    assert first["source"]["page"] == 4
    # The 2018 resolution does not name the issue; its item (on EHE) does.
    assert answer["meetings"][1]["items"][0]["resolutions"][0]["text"].startswith("That the ad-hoc panel")
    assert "electively home educated" in answer["meetings"][2]["items"][0]["findings"][0]["text"]


def test_unrelated_items_stay_out(home: pathlib.Path) -> None:
    items = [i["title"] for m in history(str(home), "EHE")["meetings"] for i in m["items"]]
    assert "School Places Strategy" not in items


def test_actions_of_a_matching_item_are_listed(home: pathlib.Path) -> None:
    items = history(str(home), "school places")["meetings"][0]["items"]
    assert items[0]["actions"][0]["owner"] == "Head of Admissions"
    assert items[0]["decisions"]


def test_command_text_and_json(home: pathlib.Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["--home", str(home), "history", "elective home education", "--json"])
    assert result.exit_code == 0 and len(json.loads(result.output)["meetings"]) == 3
    result = runner.invoke(cli.main, ["--home", str(home), "history", "elective home education"])
    assert result.output.index("2017-11-06") < result.output.index("2024-07-19")
    assert runner.invoke(cli.main, ["--home", str(home), "history", " "]).exit_code == 1
