"""Index records, stable ids, acronyms learned from definitions and the glossary, and query
understanding."""
from __future__ import annotations

import datetime as dt

import pytest

from index.acronyms import equivalence_groups, text_to_acronyms
from index.dates import parse_when, question_to_dates
from index.errors import QueryError
from index.records import extraction_to_records
from index.understand import question_to_query
from tests.fakes import inspection_report, scrutiny_minutes

GROUPS = equivalence_groups({})


def test_records_of_every_kind_with_stable_ids() -> None:
    extraction = scrutiny_minutes()
    extraction.source.sha256 = "ab" * 32
    records = extraction_to_records(extraction)
    kinds = [r.kind for r in records]
    assert kinds.count("resolution") == 2 and kinds.count("attendee") == 2 and kinds.count("item") == 2
    assert {"document", "decision", "action"} <= set(kinds)
    action = next(r for r in records if r.kind == "action")
    assert action.id == "abababababababab-d1-i2-action-1"
    assert action.extra["owner"] == "Head of Admissions" and action.item_number == "8"
    assert [r.id for r in extraction_to_records(extraction)] == [r.id for r in records]


def test_undated_inspection_takes_its_own_date() -> None:
    extraction = inspection_report()
    extraction.documents[0].meeting = None
    from extract.records import DateMention

    extraction.documents[0].dates = [DateMention("19 July 2024", "2024-07-19", "inspection", 1)]
    assert {r.date for r in extraction_to_records(extraction)} == {"2024-07-19"}


@pytest.mark.parametrize("text, expected", [
    ("an overview of Elective Home Education (EHE). The", {"EHE": "elective home education"}),
    ("the Local Safeguarding Children Board (LSCB) met", {"LSCB": "local safeguarding children board"}),
    ("A&I – assessment and intervention", {"A&I": "assessment and intervention"}),
    ("MASH: Multi Agency Safeguarding Hub", {"MASH": "multi agency safeguarding hub"}),
    ("the budget (see Appendix A) and the report (2017)", {}),
    ("Children in Care Council (CICC) reps", {"CICC": "children in care council"}),
])
def test_acronym_definitions_in_two_layouts(text: str, expected: dict[str, str]) -> None:
    assert text_to_acronyms(text) == expected


def test_learned_acronym_joins_its_glossary_group() -> None:
    groups = equivalence_groups({"EHE": "elective home education", "YJS": "youth justice service"})
    ehe = [g for g in groups if "EHE" in g]
    assert len(ehe) == 1 and "elective home education" in ehe[0]
    assert ("YJS", "youth justice service") in groups


def test_glossary_pairs_acronyms_named_in_the_issue() -> None:
    for acronym in ("LAC", "CLA", "CSE", "MASH", "SEND", "EHCP", "KSCB", "LSCB", "DCS", "SGO", "ICPC", "CAMHS"):
        assert any(acronym in g and len(g) > 1 for g in GROUPS), acronym
    assert any("LAC" in g and "CLA" in g for g in GROUPS)


def test_question_words_dropped_and_intent_becomes_kinds() -> None:
    q = question_to_query("what did we resolve on elective home education", GROUPS)
    assert q.kinds == ("resolution", "decision")
    assert len(q.concepts) == 1 and "EHE" in q.concepts[0]


@pytest.mark.parametrize("question, kinds", [
    ("outstanding actions on school places", ("action",)),
    ("what was agreed about the budget", ("resolution", "decision")),
    ("how was help and protection judged", ("finding",)),
    ("Ofsted inspection of care leavers", ("finding",)),
])
def test_intents(question: str, kinds: tuple[str, ...]) -> None:
    assert question_to_query(question, GROUPS).kinds == kinds


def test_quoted_phrases_stay_phrases_and_dates_become_filters() -> None:
    q = question_to_query('"looked after children" placements since March 2024', GROUPS)
    assert q.phrases == ["looked after children"] and q.concepts == [("placements",)]
    assert q.since == dt.date(2024, 3, 1) and q.until is None
    q = question_to_query("EHE in 2017", GROUPS)
    assert (q.since, q.until) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def test_acronyms_that_are_words_expand_only_in_capitals() -> None:
    assert question_to_query("send letters", GROUPS).concepts == [("send",), ("letters",)]
    assert "special educational needs and disabilities" in question_to_query("SEND", GROUPS).concepts[0]


def test_empty_query_is_an_error() -> None:
    with pytest.raises(QueryError, match="empty"):
        question_to_query("  ", GROUPS)
    with pytest.raises(QueryError, match="no words"):
        question_to_query("what did we", GROUPS)


@pytest.mark.parametrize("text, start, end", [
    ("2017", "2017-01-01", "2017-12-31"),
    ("Nov 2017", "2017-11-01", "2017-11-30"),
    ("6/11/2017", "2017-11-06", "2017-11-06"),
    ("6th November 2017", "2017-11-06", "2017-11-06"),
    ("2017-11-06", "2017-11-06", "2017-11-06"),
])
def test_dates_as_people_write_them(text: str, start: str, end: str) -> None:
    assert parse_when(text) == (dt.date.fromisoformat(start), dt.date.fromisoformat(end))


def test_unreadable_date_is_an_error() -> None:
    with pytest.raises(QueryError, match="Cannot read 'blorf'"):
        parse_when("blorf")


def test_question_dates_before_and_after() -> None:
    assert question_to_dates("findings before 2020")[2] == dt.date(2019, 12, 31)
    assert question_to_dates("decisions after 2019")[1] == dt.date(2020, 1, 1)


def test_glossary_concepts_are_tagged_at_index_time() -> None:
    from index.concepts import text_to_concepts

    assert text_to_concepts("an overview of Elective Home Education (EHE)") == ["ehe"]
    assert text_to_concepts("the number of electively home educated children") == ["ehe"]
    assert text_to_concepts("Looked After Children and CLA reviews") == ["lac"]
    # Acronyms that are words count only in capitals.
    assert text_to_concepts("we will send the SEND strategy") == ["send"]
    assert text_to_concepts("we will send the letter") == []


def test_expansion_query_finds_acronym_only_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from corpus.ingest import ingest
    from index.search import RecordIndex
    from tests.fakes import json_extractor, later_minutes, write_fixture

    write_fixture(tmp_path / "later.txt", later_minutes())
    ingest([tmp_path / "later.txt"], tmp_path / "home", extractor=json_extractor)
    with RecordIndex(str(tmp_path / "home")) as index:
        hits = index.search("elective home education", kind="item")["hits"]
    assert hits and hits[0]["item"]["title"] == "Ad-hoc Panel on EHE: progress"
