"""Search: ranking of natural questions, acronyms, kinds, body and date filters, phrases, the
JSON shape, the command's errors, and that it starts without the heavy extraction libraries."""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest
from click.testing import CliRunner

import cli
from index.errors import QueryError
from index.search import RecordIndex
from tests.conftest import REPO
from tests.fakes import ingested_home, inspection_report, later_minutes, scrutiny_minutes


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return ingested_home(tmp_path_factory.mktemp("search"), {
        "a.txt": scrutiny_minutes(), "b.txt": inspection_report(), "c.txt": later_minutes(),
        "d.txt": scrutiny_minutes(date="2019-03-04", body="Corporate Parenting Panel")})


@pytest.fixture(scope="module")
def index(home: pathlib.Path) -> RecordIndex:
    return RecordIndex(str(home))


def test_natural_question_finds_the_resolutions_first(index: RecordIndex) -> None:
    hits = index.search("what did we resolve on elective home education")["hits"]
    assert hits[0]["kind"] == "resolution" and "Elective Home Education" in hits[0]["text"]
    assert {h["kind"] for h in hits} <= {"resolution", "decision"}


def test_acronym_finds_the_expansion(index: RecordIndex) -> None:
    hits = index.search("EHE", kind="resolution")["hits"]
    assert sum("Elective Home Education" in h["text"] for h in hits) == 4


def test_hit_shape_follows_the_contract(index: RecordIndex) -> None:
    answer = index.search("school places", limit=3)
    assert set(answer) >= {"query", "total", "hits"} and len(answer["hits"]) == 3 <= answer["total"]
    assert index.search("school places", limit=50)["total_exact"]
    hit = answer["hits"][0]
    assert set(hit) >= {"kind", "text", "score", "meeting", "item", "source", "highlight", "id"}
    assert set(hit["meeting"]) >= {"body", "date"} and set(hit["item"]) >= {"number", "title"}
    assert set(hit["source"]) == {"path", "page"} and "**" in hit["highlight"]


def test_body_and_date_filters(index: RecordIndex) -> None:
    hits = index.search("elective home education", body="corporate parenting")["hits"]
    assert hits and {h["meeting"]["body"] for h in hits} == {"Corporate Parenting Panel"}
    hits = index.search("elective home education", since="2019", until="Mar 2019")["hits"]
    assert hits and {h["meeting"]["date"] for h in hits} == {"2019-03-04"}
    hits = index.search("home education in 2017")["hits"]
    assert hits and {h["meeting"]["date"][:4] for h in hits} == {"2017"}


def test_quoted_phrase_must_appear_as_written(index: RecordIndex) -> None:
    assert index.search('"school places"')["total"] > 0
    assert index.search('"places school"')["total"] == 0


def test_intent_kinds_and_fallback(index: RecordIndex) -> None:
    assert {h["kind"] for h in index.search("outstanding actions pupil projections")["hits"]} == {"action"}
    assert {h["kind"] for h in index.search("what did Ofsted judge about children in care")["hits"]} == {"finding"}
    # No action mentions the inspection service: the question falls back to every kind.
    assert index.search("actions on the inclusion service")["total"] > 0


def test_people_are_searchable(index: RecordIndex) -> None:
    assert index.search("Smaje", kind="attendee")["hits"][0]["details"]["name"] == "Elizabeth Smaje"


@pytest.mark.parametrize("kwargs, message", [
    ({"question": ""}, "empty"), ({"question": "x", "kind": "minutes"}, "Unknown kind"),
    ({"question": "x", "since": "the other day-ish"}, "Cannot read"),
])
def test_errors(index: RecordIndex, kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        index.search(**kwargs)


def test_command_json_and_errors(home: pathlib.Path, tmp_path: pathlib.Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli.main, ["--home", str(home), "search", "EHE", "--kind", "resolution", "--json"])
    assert result.exit_code == 0 and json.loads(result.output)["hits"][0]["kind"] == "resolution"
    result = runner.invoke(cli.main, ["--home", str(home), "search", "school places"])
    assert result.exit_code == 0 and "School Places Strategy" in result.output and "p.6" in result.output
    for args, message in [(["search", ""], "empty"), (["search", "x", "--kind", "foo"], "Unknown kind"),
                          (["search", "x", "--until", "blorf"], "Cannot read")]:
        result = runner.invoke(cli.main, ["--home", str(home), *args])
        assert result.exit_code == 1 and message in result.output
    result = runner.invoke(cli.main, ["--home", str(tmp_path / "none"), "search", "x"])
    assert result.exit_code == 1 and "no minutebook index" in result.output


HEAVY = ("spacy", "pdfplumber", "dateparser", "pypdfium2", "docx", "distributed")
PROBE = """
import json, sys
from click.testing import CliRunner
import cli
result = CliRunner().invoke(cli.main, sys.argv[1:])
heavy = [m for m in HEAVY if m in sys.modules]
print(json.dumps({"exit": result.exit_code, "heavy": heavy}))
""".replace("HEAVY", repr(HEAVY))


@pytest.mark.parametrize("args", [["search", "elective home education", "--since", "Nov 2017"],
                                  ["history", "elective home education"], ["export", "resolutions"]])
def test_commands_start_without_heavy_libraries(home: pathlib.Path, args: list[str]) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, "--home", str(home), *args], cwd=REPO,
                         capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.splitlines()[-1]) == {"exit": 0, "heavy": []}


def test_issue_13_total_is_exact_after_removals(tmp_path: pathlib.Path) -> None:
    from corpus.ingest import remove

    home = ingested_home(tmp_path, {f"m{n:02d}.txt": scrutiny_minutes(date=f"2019-{n:02d}-01") for n in range(1, 13)})
    remove([tmp_path / "src" / f"m{n:02d}.txt" for n in range(1, 10)], home)
    with RecordIndex(str(home)) as index:
        every = index.search("school places", limit=1000)
        for question in ("school places", "elective home education", "what did we resolve on school places"):
            assert index.search(question, limit=2)["total"] == index.search(question, limit=1000)["total"], question
    assert every["total_exact"] and every["total"] == len(every["hits"])


def test_total_beyond_the_counting_limit_is_a_lower_bound(monkeypatch) -> None:
    # Where Whoosh skipped records it could tell would not make the top hits, the matches are
    # counted, up to COUNT_LIMIT: beyond it `total` is that lower bound, labelled so.
    import types

    import index.search
    from index.search import matched_count

    monkeypatch.setattr(index.search, "COUNT_LIMIT", 3)
    searcher = types.SimpleNamespace(docs_for_query=lambda q: iter(range(5)))
    skipped = types.SimpleNamespace(has_exact_length=lambda: False, scored_length=lambda: 2, searcher=searcher, q=None)
    assert matched_count(skipped, limit=2) == (3, False)
    monkeypatch.setattr(index.search, "COUNT_LIMIT", 10)
    assert matched_count(skipped, limit=2) == (5, True)
