"""An officer's questions over the shared corpus, each with the record that answers it.

The corpus is ingested with the real extraction (`../shared/corpus/pdf` and `corpus/real`, the
acceptance corpus), so the score measures what an officer gets: extraction and search together.
Prints success@1 and MRR; `pytest -s tests/test_queries.py` shows every question's rank."""
from __future__ import annotations

import json
import pathlib
from typing import NamedTuple

import pytest

from corpus.ingest import ingest
from index.search import RecordIndex
from tests.conftest import SHARED

pytestmark = pytest.mark.golden
RANKS_SEEN = 10


class Expected(NamedTuple):
    kind: str
    date: str | None  # None: the document has no meeting date of its own
    fragment: str


# The questions live in a data file the index benchmark reads too: one JSON object per line with
# `question` and the record that answers it (`kind`, meeting `date` or null, a `fragment` of its text).
QUESTIONS_FILE = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "officer_questions.jsonl"


def load_questions(path: pathlib.Path) -> list[tuple[str, Expected]]:
    return [(q["question"], Expected(q["kind"], q["date"], q["fragment"]))
            for q in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())]


QUERIES = load_questions(QUESTIONS_FILE)
# Measured on 2026-11-26 with that day's extraction: success@1 0.97, MRR 0.98 (the first 33
# questions). Issue 12 added 38 questions written before its ranking work (offices, attendance,
# papers named by title, bodies named, date-bounded), which then scored 0.58 / 0.66; after it, all
# 71: success@1 0.94, MRR 0.96. The floors allow five questions to lose first place (extraction is
# still changing under this test: a misread date or a sentence classed as a resolution instead of
# a decision costs one), while a ranking regression, which moves many questions at once, fails.
SUCCESS_AT_1_FLOOR = 0.87
MRR_FLOOR = 0.9


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> RecordIndex:
    # The `shared` fixture is per test; one ingest serves the module, so skip the same way here.
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (the shared development corpus) is absent on this machine")
    home = tmp_path_factory.mktemp("queries") / "home"
    ingest([SHARED / "corpus" / "pdf", SHARED / "corpus" / "real"], home, jobs=2)
    return RecordIndex(str(home))


def matches(hit: dict, expected: Expected) -> bool:
    fold = " ".join(hit["text"].split()).lower()
    return (hit["kind"] == expected.kind and expected.fragment.lower() in fold
            and (expected.date is None or hit["meeting"]["date"] == expected.date))


def rank_of(index: RecordIndex, question: str, expected: Expected) -> int | None:
    hits = index.search(question, limit=RANKS_SEEN)["hits"]
    return next((n for n, hit in enumerate(hits, 1) if matches(hit, expected)), None)


def success_and_mrr(index: RecordIndex, queries: list[tuple[str, Expected]]) -> tuple[float, float]:
    """success@1 and MRR of the questions, each question's rank printed."""
    ranks = [rank_of(index, q, e) for q, e in queries]
    for (question, _), rank in zip(queries, ranks, strict=True):
        print(f"{rank or '-':>3}  {question}")
    success = sum(r == 1 for r in ranks) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    print(f"success@1 {success:.2f}  MRR {mrr:.2f}  over {len(ranks)} questions")
    return success, mrr


def test_officer_questions(index: RecordIndex) -> None:
    assert len(QUERIES) >= 20
    success, mrr = success_and_mrr(index, QUERIES)
    assert success >= SUCCESS_AT_1_FLOOR and mrr >= MRR_FLOOR


def test_acceptance_ehe(index: RecordIndex) -> None:
    first = index.search("what did we resolve on elective home education")["hits"][0]
    assert matches(first, Expected("resolution", "2017-11-06", "Elective Home Education"))
    hits = index.search("EHE", kind="resolution")["hits"]
    assert sum(matches(h, Expected("resolution", "2017-11-06", "Elective Home Education")) for h in hits) == 2


def test_issue_12_who_chaired_the_childrens_scrutiny_panel_in_2024(index: RecordIndex) -> None:
    first = index.search("who chaired the children's scrutiny panel in 2024")["hits"][0]
    assert first["kind"] == "attendee" and first["details"]["role"] == "Chair"
    assert first["meeting"] == {"body": "Children's Scrutiny Panel", "date": "2024-08-30", "kind": "minutes"}


def test_issue_12_the_best_hit_does_not_depend_on_the_limit(index: RecordIndex) -> None:
    """Whoosh's top-N collector rewrites a query once it holds N hits, and the rewrite lost the
    best hit of some questions: the first hits must be the first of the whole ranking."""
    for question, _ in QUERIES:
        ranking = [h["id"] for h in index.search(question, limit=50)["hits"]]
        for limit in (1, 3):
            assert [h["id"] for h in index.search(question, limit=limit)["hits"]] == ranking[:limit], question
