"""Officer questions over councils the ranking was not developed on: `../shared/corpus/real2`
(21 bodies in four countries) beside the acceptance corpus, so a body, an office or a date in a
question has other meetings to be told apart from. Questions in
benchmarks/officer_questions_real2.jsonl, written before the ranking saw those councils."""
from __future__ import annotations

import pathlib

import pytest

from corpus.ingest import ingest
from index.search import RecordIndex
from tests.conftest import SHARED
from tests.test_queries import load_questions, success_and_mrr

pytestmark = pytest.mark.golden
QUESTIONS_FILE = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "officer_questions_real2.jsonl"
# Written blind, the 22 questions first scored success@1 0.27, MRR 0.39 (before issue 12's work on
# offices, bodies and titles) and 0.82 / 0.86 after it; the two fixes they then prompted (a body
# named right after a cue word, "who chaired Wretton parish council"; a Mayor chairing where no
# Chair is named) took them to 0.91 / 0.95. The floors allow two to lose first place.
SUCCESS_AT_1_FLOOR = 0.8
MRR_FLOOR = 0.85


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> RecordIndex:
    if not (SHARED / "corpus" / "real2").is_dir():
        pytest.skip("../shared (the shared development corpus) is absent on this machine")
    home = tmp_path_factory.mktemp("queries-real2") / "home"
    corpus = SHARED / "corpus"
    ingest([corpus / "pdf", corpus / "real", corpus / "real2"], home, jobs=2)
    return RecordIndex(str(home))


def test_officer_questions_on_unseen_councils(index: RecordIndex) -> None:
    success, mrr = success_and_mrr(index, load_questions(QUESTIONS_FILE))
    assert success >= SUCCESS_AT_1_FLOOR and mrr >= MRR_FLOOR
