"""An officer's questions over the shared corpus, each with the record that answers it.

The corpus is ingested with the real extraction (`../shared/corpus/pdf` and `corpus/real`, the
acceptance corpus), so the score measures what an officer gets: extraction and search together.
Prints success@1 and MRR; `pytest -s tests/test_queries.py` shows every question's rank."""
from __future__ import annotations

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


QUERIES: list[tuple[str, Expected]] = [
    ("what did we resolve on elective home education",
     Expected("resolution", "2017-11-06", "Elective Home Education")),
    ("EHE resolutions", Expected("resolution", "2017-11-06", "Elective Home Education")),
    ("ad-hoc panel on home education", Expected("resolution", "2017-11-06", "by means of an ad-hoc Panel")),
    ("what was decided about the work of the Safeguarding Children's Board",
     Expected("resolution", "2017-11-06", "work of the Kirklees Safeguarding Children's Board")),
    ("outstanding actions on the children and young people plan",
     Expected("action", "2017-03-16", "Circulate updated draft of Children and Young People Plan")),
    ("what did the board decide to call the senior responsible officer",
     Expected("decision", "2017-03-16", "would be changed to 'Board Sponsor'")),
    ("did the board approve the approach to future working",
     Expected("decision", "2017-03-16", "overall approach of the document")),
    ("action on the improvement newsletter", Expected("action", "2017-03-16", "Improvement Newsletter")),
    ("how did Ofsted judge looked after children in 2016", Expected("finding", "2016-11-28", "LAC")),
    ("KSCB judgement", Expected("finding", "2016-11-28", "(KSCB) – Inadequate")),
    ("how were care leavers judged in 2024",
     Expected("finding", None, "experiences and progress of care leavers")),
    ("what needs to improve on homes for children in care",
     Expected("finding", None, "availability and choice of homes")),
    ("neglect and domestic abuse", Expected("finding", None, "harm from neglect")),
    ('"voice of the child"', Expected("finding", None, "voice of the child")),
    ("child protection conferences statutory timescales",
     Expected("finding", None, "child protection conferences are held to statutory timescales")),
    ("edge of care services", Expected("finding", None, "edge of care services")),
    ("forecast revenue overspend", Expected("resolution", "2025-01-30", "forecast revenue overspend")),
    ("did cabinet agree the commissioning plan for education provision",
     Expected("resolution", "2025-01-30", "Commissioning Plan for Education Provision")),
    ("transfer of the 18-25 strengthening independence service",
     Expected("resolution", "2025-01-30", "18-25 section of the Strengthening Independence Service")),
    ("integrated care strategy delivery plan",
     Expected("resolution", "2025-01-30", "Integrated Care Strategy Delivery Plan")),
    ("youth justice annual report", Expected("resolution", "2024-10-29", "Youth Justice Annual Report")),
    ("sufficiency strategy", Expected("resolution", "2024-10-29", "Sufficiency Strategy")),
    ("regional adoption agency annual report",
     Expected("resolution", "2024-10-29", "Regional Adoption Agency Annual Report")),
    ("who was elected vice chair of the corporate parenting panel",
     Expected("resolution", "2024-10-29", "duly elected Vice Chair")),
    ("virtual school and SEN", Expected("resolution", "2024-10-29", "Virtual School")),
    ("what did we agree about the tree surgeons",
     Expected("decision", "2018-04-03", "Golden Tree Surgeons should be appointed")),
    ("clerk actions on highways", Expected("action", "2018-04-03", "Clerk to report to highways")),
    ("cemetery policy on the website", Expected("action", "2018-04-03", "Cemetery Policy")),
    ("appointment of the internal auditor", Expected("decision", "2018-04-03", "internal auditor")),
    ("shore road allowance application", Expected("resolution", "2025-10-28", "Shore Road Allowance")),
    ("2026 council meeting schedule", Expected("resolution", "2025-10-28", "2026 Council Meeting Schedule")),
    ("loan for the tandem truck", Expected("resolution", "2025-10-28", "Tandem Truck")),
    ("rename the data governance subcommittee", Expected("resolution", "2021-11-11", "rename subcommittee")),
]
# Measured on 2026-11-26 with that day's extraction: success@1 0.97, MRR 0.98 (33 questions).
# The floors allow five questions to lose first place (extraction is still changing under this
# test: a misread date or a sentence classed as a resolution instead of a decision costs one),
# while a ranking regression, which moves many questions at once, fails.
SUCCESS_AT_1_FLOOR = 0.8
MRR_FLOOR = 0.85


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


def test_officer_questions(index: RecordIndex) -> None:
    assert len(QUERIES) >= 20
    ranks = [rank_of(index, q, e) for q, e in QUERIES]
    for (question, _), rank in zip(QUERIES, ranks, strict=True):
        print(f"{rank or '-':>3}  {question}")
    success = sum(r == 1 for r in ranks) / len(ranks)
    mrr = sum(1 / r for r in ranks if r) / len(ranks)
    print(f"success@1 {success:.2f}  MRR {mrr:.2f}  over {len(ranks)} questions")
    assert success >= SUCCESS_AT_1_FLOOR and mrr >= MRR_FLOOR


def test_acceptance_ehe(index: RecordIndex) -> None:
    first = index.search("what did we resolve on elective home education")["hits"][0]
    assert matches(first, Expected("resolution", "2017-11-06", "Elective Home Education"))
    hits = index.search("EHE", kind="resolution")["hits"]
    assert sum(matches(h, Expected("resolution", "2017-11-06", "Elective Home Education")) for h in hits) == 2
