"""Third held-out set: the document-level conventions of agenda packs, officer reports and Ofsted.

tests/fixtures/heldout3/ holds ModernGov "Public Document Pack" agendas (a "Notice of meeting"
paragraph, membership lists that are not attendance, a "No. | Item | Pages" table with Part I /
Part II rows and 5a/5b sub-items, decimal 5.1/5.2 sub-items under "PART A/PART B", the previous
minutes and a report bound in under "Agenda Item N" stamps), a supplementary pack, stand-alone
officer reports in three header styles whose recommendations are neither resolutions nor
inspection findings, Ofsted focused-visit and monitoring-visit letters, an ILACS report with a
borderless judgement table, a school inspection report, an area SEND inspection (an outcome
statement, not a grade) and town council minutes with "12.03.2024", "18:30 hrs" and year-less
dates. Each gold file's `conventions` says what it tests. The PDFs are built from src/ by
heldout3/build.py. Never tune a rule on these files: they measure generalisation.

Scored with tests/test_heldout.py's helpers; `pytest -s` prints each field's F1.
"""
from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import FIXTURES
from tests.test_heldout import f1, field_counts, micro_f1, scorer  # noqa: F401 (scorer is a fixture)

HELDOUT3 = FIXTURES / "heldout3"
SOURCE_SUFFIXES = (".pdf", ".html", ".txt")

# measured 2026-11-26 (micro F1 0.939); floors sit a little under the measured F1
FIELD_FLOORS = {
    "meetings": 0.88,     # measured 0.923: a report headed "REPORT TO THE … BOARD – 14 NOVEMBER 2023" is missed
    "items": 0.92,        # 0.966: sub-items 5a/5b in an agenda table are dropped
    "present": 0.95,      # 1.000
    "apologies": 0.75,    # 0.800: "An apology for absence was received from …" is missed
    "in_attendance": 0.95,  # 1.000
    "resolutions": 0.95,  # 1.000
    "decisions": 0.95,    # 1.000
    "actions": 0.95,      # 1.000
    "judgements": 0.68,   # 0.737: a borderless judgement table is read as loose lines
    "findings": 0.90,     # 0.957: "Areas for priority action" bullets are missed
}
MICRO_FLOOR = 0.89
# micro F1 of each file over all fields, measured less 0.05 (1.0 files kept at 0.95)
FILE_FLOORS = {
    "borough-cabinet-2024-03-12-supplementary-pack": 0.95,
    "county-scrutiny-2023-09-04-agenda": 0.95,
    "district-cabinet-2024-03-12-public-document-pack": 0.89,  # measured 0.945
    "health-wellbeing-board-2023-11-14-report": 0.0,  # 0.000: its one meeting is missed
    "ofsted-focused-visit-2023-kelbrook": 0.80,  # 0.857
    "ofsted-ilacs-2024-northmere": 0.61,  # 0.667
    "ofsted-monitoring-visit-2024-southam": 0.0,
    "ofsted-school-2023-brookfield": 0.89,  # 0.941
    "ofsted-send-area-2024-westmarch": 0.95,
    "overview-scrutiny-2024-01-23-report": 0.95,
    "town-council-2024-03-12-minutes": 0.95,
}
# files whose gold is empty on purpose: any record extracted from them is a false positive
NOTHING_TO_FIND = ("ofsted-monitoring-visit-2024-southam",)


def gold_stems() -> list[str]:
    return sorted(p.stem for p in (HELDOUT3 / "gold").glob("*.json"))


def source_for(stem: str):
    return next(p for suffix in SOURCE_SUFFIXES if (p := HELDOUT3 / f"{stem}{suffix}").exists())


@pytest.fixture(scope="module")
def scored(scorer) -> dict[str, tuple[dict, dict]]:  # noqa: F811 (the fixture imported above)
    """stem -> (predicted, gold) in the scorer's own form; each file is extracted once."""
    from extract.pipeline import extract_file

    gold = {stem: json.loads((HELDOUT3 / "gold" / f"{stem}.json").read_text(encoding="utf-8")) for stem in gold_stems()}
    return {stem: (scorer.from_pred(extract_file(source_for(stem)).to_dict()), scorer.from_gold(g))
            for stem, g in gold.items()}


def test_the_set_has_sources_floors_and_a_conventions_note_for_every_file():
    stems = gold_stems()
    assert 10 <= len(stems) <= 12
    assert {source_for(stem).suffix for stem in stems} == set(SOURCE_SUFFIXES)
    assert sorted(FILE_FLOORS) == stems
    for stem in stems:
        assert json.loads((HELDOUT3 / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["conventions"]


def test_heldout3_pdfs_rebuild_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("heldout3_build", HELDOUT3 / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    built = build.build(tmp_path)
    assert sorted(p.name for p in built) == sorted(p.name for p in HELDOUT3.glob("*.pdf"))
    stale = [p.name for p in built if p.read_bytes() != (HELDOUT3 / p.name).read_bytes()]
    assert not stale, f"run tests/fixtures/heldout3/build.py: {stale}"


@pytest.mark.golden
def test_heldout3_fields_and_micro_f1_stay_above_their_floors(scorer, scored):  # noqa: F811
    totals = field_counts(scorer, scored)
    scores = {field: f1(*counts) for field, counts in totals.items() if counts[1] or counts[2]}
    print("\n" + "\n".join(f"{field:15} F1 {s:.3f}  tp/pred/gold {totals[field]}" for field, s in scores.items()))
    below = {field: round(s, 3) for field, s in scores.items() if s < FIELD_FLOORS[field]}
    assert not below, f"held-out fields fell below their floors {FIELD_FLOORS}: {below}"
    assert micro_f1(list(totals.values())) >= MICRO_FLOOR


@pytest.mark.golden
@pytest.mark.parametrize("stem", sorted(FILE_FLOORS))
def test_heldout3_file_stays_above_its_floor(scorer, scored, stem):  # noqa: F811
    score = micro_f1(list(field_counts(scorer, {stem: scored[stem]}).values()))
    assert score >= FILE_FLOORS[stem], f"{stem}: micro F1 {score:.3f} fell below its floor {FILE_FLOORS[stem]}"


@pytest.mark.golden
@pytest.mark.parametrize("stem", NOTHING_TO_FIND)
def test_a_letter_without_grades_or_lists_yields_no_records(scored, stem):
    predicted, _ = scored[stem]
    assert not any(predicted.values()), f"{stem}: extracted {({k: v for k, v in predicted.items() if v})}"
