"""Helpers for the tests of a damaged store (tests/test_check.py, test_reindex.py,
test_crash_harness.py): a small ingested store with a hand-set status, the ways its files get
damaged, and what every command must then print: one line, exit status 1, no traceback."""
from __future__ import annotations

import json
import pathlib

from click.testing import CliRunner, Result

import cli
from corpus.ingest import ingest
from corpus.register.commands import close_action, list_actions
from extract.records import Extraction
from index.search import RecordIndex
from tests.fakes import inspection_report, json_extractor, later_minutes, scrutiny_minutes, write_fixture


def fixture_files() -> dict[str, Extraction]:
    return {"a.txt": scrutiny_minutes(), "b.txt": inspection_report(), "c.txt": later_minutes()}


def store_home(root: pathlib.Path) -> pathlib.Path:
    """root/home holding root/src's three files, and the one action closed by hand."""
    src = root / "src"
    src.mkdir()
    for name, extraction in fixture_files().items():
        write_fixture(src / name, extraction)
    home = root / "home"
    report = ingest([src], home, extractor=json_extractor)
    assert not report.failed
    (action,) = list_actions(home, "all")
    close_action(home, action.id, note="Projections sent on 4 December")
    return home


def run(home: pathlib.Path, *args: str) -> Result:
    return CliRunner().invoke(cli.main, ["--home", str(home), *args])


def one_line_error(result: Result) -> str:
    """The single line a failed command printed (on stderr, nothing on stdout), with no traceback."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # nothing else escaped
    assert result.stdout == "" and "Traceback" not in result.output and "Aborted" not in result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def truncate(path: pathlib.Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def overwrite_middle(path: pathlib.Path, span: int = 64) -> None:
    """Bytes in the middle of the file changed, its size kept (a bad sector, a stray write)."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + span] = bytes(b ^ 0x5A for b in data[middle:middle + span])
    path.write_bytes(bytes(data))


def index_file(home: pathlib.Path, suffix: str) -> pathlib.Path:
    """The index's largest file ending in `suffix` (.seg: a segment, .toc: a table of contents)."""
    return max((home / "index").glob(f"*{suffix}"), key=lambda p: p.stat().st_size)


def cached_extraction_of(home: pathlib.Path, source: pathlib.Path) -> pathlib.Path:
    catalog = json.loads((home / "store" / "catalog.json").read_text())
    (path,) = (home / "store" / "extractions").glob(f"{catalog['paths'][str(source.resolve())]}.*.json")
    return path


def index_records(home: pathlib.Path) -> dict[str, dict]:
    """Every record of the index by id (ids doubled would show as fewer keys than records)."""
    with RecordIndex(str(home)) as index:
        stored = list(index.searcher.all_stored_fields())
    records = {f["id"]: f for f in stored}
    assert len(records) == len(stored), "an id is in the index twice"
    return records


def hand_statuses(home: pathlib.Path) -> dict[str, tuple[str, str | None]]:
    """Each action's status and who set it (hand, minutes or nobody)."""
    return {a.id: (a.status, a.closed_by.by if a.closed_by else None) for a in list_actions(home, "all")}


def check_problems(home: pathlib.Path) -> list[dict]:
    """What `minutebook check --json` finds (its exit status agreeing)."""
    result = run(home, "check", "--json")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    answer = json.loads(result.stdout)
    assert result.exit_code == (1 if answer["problems"] else 0)
    return answer["problems"]
