"""The vocabulary of inspection grades and areas (extract/finders/grades.py)."""
from __future__ import annotations

import pytest

from extract.finders import grades
from extract.records import GRADES


def test_every_grade_phrase_maps_to_a_schema_grade() -> None:
    assert set(grades.GRADE_BY_PHRASE.values()) == set(GRADES)


@pytest.mark.parametrize(("printed", "grade"), [
    ("Good", "Good"),
    ("'inadequate'", "Inadequate"),
    ("\u201cRequires Improvement\u201d", "Requires improvement"),
    ("requires improvements", "Requires improvement"),
    ("Requires improvement to be good", "Requires improvement to be good"),
    ("require  improvement to be good", "Requires improvement to be good"),
    ("**Outstanding**", "Outstanding"),
    ("Grade", None),
    ("good practice", None),
])
def test_canonical_grade(printed: str, grade: str | None) -> None:
    assert grades.canonical_grade(printed) == grade


@pytest.mark.parametrize(("printed", "area"), [
    ("Overall judgement", grades.OVERALL_EFFECTIVENESS),
    ("Children\u2019s services", grades.OVERALL_EFFECTIVENESS),
    ("the Board", grades.SAFEGUARDING_BOARD),
    ("KSCB", grades.SAFEGUARDING_BOARD),
    ("LSCBs", None),
    ("Care Leavers", grades.CARE_LEAVERS),
    ("Help and protection", grades.HELP_AND_PROTECTION),
    ("Leadership, management and governance", grades.LEADERSHIP_AND_GOVERNANCE),
    ("Budget monitoring", None),
])
def test_canonical_area(printed: str, area: str | None) -> None:
    assert grades.canonical_area(printed) == area


def test_alias_keys_are_lookup_keys() -> None:
    for table in (grades.GRADE_BY_PHRASE, grades.AREA_BY_ALIAS):
        assert all(grades.phrase_key(key) == key for key in table)


def test_inspection_words_are_lower_case_words() -> None:
    assert all(w == w.lower() and " " not in w for w in grades.INSPECTION_WORDS)
