"""Export: one row per record with Open Civic Data / Popolo column names, CSV and JSON Lines,
written to a file or stdout, and clear errors."""
from __future__ import annotations

import csv
import io
import json
import pathlib

import pytest
from click.testing import CliRunner

import cli
from corpus.errors import StoreError
from corpus.export import COLUMNS, export_rows, write_export
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
