"""The attendance pattern file and the people vocabularies: every pattern does its job."""
from __future__ import annotations

import pytest

from extract.finders import people
from extract.finders.attendance import lines_to_attendees
from extract.nlp import load_patterns
from extract.records import ATTENDEE_STATUSES, Line

PATTERNS = load_patterns("attendance")


def line_for(pattern: dict) -> str:
    """A line that uses the pattern the way minutes do."""
    kind, status = pattern["label"].split(":")
    phrase = pattern["pattern"][0].upper() + pattern["pattern"][1:]
    if status == "substitute":
        return f"Councillor Ann Example {pattern['pattern']} Councillor Tom Other."
    if kind == "sentence":
        return f"{phrase} Councillor Ann Example and Mr B Sample."
    if kind == "before":
        return f"Councillor Ann Example and Mr B Sample {pattern['pattern']}."
    return f"{phrase}: Councillor Ann Example, Mr B Sample"


@pytest.mark.parametrize("pattern", PATTERNS, ids=[p["id"] for p in PATTERNS])
def test_each_pattern_finds_its_people(pattern: dict) -> None:
    _, status = pattern["label"].split(":")
    found = lines_to_attendees([Line(line_for(pattern), 4)])
    assert found, line_for(pattern)
    assert found[0].name == "Ann Example" and found[0].page == 4
    if status == "substitute":
        assert (found[0].status, found[0].substitute_for) == ("present", "Tom Other")
    else:
        assert {a.status for a in found} == {status}
        assert [a.name for a in found] == ["Ann Example", "B Sample"]


def test_pattern_labels_name_a_kind_and_a_status() -> None:
    for pattern in PATTERNS:
        kind, status = pattern["label"].split(":")
        assert kind in ("heading", "title", "group", "sentence", "before")
        assert status in ATTENDEE_STATUSES or (kind, status) == ("sentence", "substitute")
        assert isinstance(pattern["pattern"], str), "phrase patterns only: token patterns cost spaCy time"


def test_vocabularies_are_lower_case_without_full_stops() -> None:
    words = (set(people.HONORIFICS) | set(people.PLURAL_HONORIFICS) | people.POST_NOMINALS | set(people.ROLE_TITLES)
             | people.ROLE_WORDS | people.NOT_NAME_WORDS | people.OFFICER_ROLE_WORDS | people.ROLE_LABELS
             | people.GROUP_LABELS | people.SPLITTING_HONORIFICS | people.EXCUSED_REMARKS
             | people.MEMBER_COLUMN_HEADERS)
    assert all(w == w.lower() and "." not in w for w in words)


def test_honorifics_are_not_post_nominals_and_split_only_where_safe() -> None:
    assert not set(people.HONORIFICS) & people.POST_NOMINALS  # "Ms" is a title, not letters after a name
    assert people.SPLITTING_HONORIFICS <= set(people.HONORIFICS) | set(people.PLURAL_HONORIFICS)
    assert "lord" not in people.SPLITTING_HONORIFICS  # "Kieran Lord" is a surname
    assert people.OFFICER_ROLE_WORDS <= people.ROLE_WORDS
    assert people.MEMBER_COLUMN_HEADERS <= people.COLUMN_HEADERS["name"]  # a members' grid is a grid first


def test_common_surnames_are_not_organisation_words() -> None:
    for surname in ("hill", "head", "lord", "game", "smith", "cooke", "hall", "young", "wood", "green"):
        assert surname not in people.NOT_NAME_WORDS
