"""Questions that name an office, an attendance status, a body or a paper: the vocabularies that
read them (index.roles, index.bodies, index.understand) and searches over a small index built
here, with two bodies, attendees whose offices are printed in several ways, and papers whose
titles a question names."""
from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from extract.records import (
    ATTENDEE_STATUSES,
    DOCUMENT_KINDS,
    Attendee,
    Document,
    Extraction,
    Item,
    Meeting,
    Passage,
    Resolution,
    Source,
)
from index.acronyms import equivalence_groups
from index.bodies import BODY_NOUNS, body_table, words_to_body_mentions
from index.roles import NOT_RECORDED_BEFORE, ROLE_VERBS, ROLE_WORDINGS, ROLES, STATUS_CUES, printed_role_to_roles
from index.search import RecordIndex
from index.understand import BODY_LEADS, DOCUMENT_KIND_CUES, INTENTS, QUESTION_WORDS, question_to_query, words_of
from tests.fakes import ingested_home

GROUPS = equivalence_groups({})
SCRUTINY = "Children's Scrutiny Panel"
PARENTING = "Corporate Parenting Panel"
PARISH = "Northwold and Whittington Parish Council"
BODIES = body_table([SCRUTINY, PARENTING, PARISH, "Cabinet", "Data Governance",
                     "Kirklees Children & Young People's Partnership Board"])


# -- the vocabularies ---------------------------------------------------------------------------
def test_vocabularies_name_known_offices_statuses_and_kinds() -> None:
    assert set(ROLE_VERBS.values()) <= set(ROLES)
    assert {s for statuses in STATUS_CUES.values() for s in statuses} <= set(ATTENDEE_STATUSES)
    assert set(DOCUMENT_KIND_CUES.values()) <= set(DOCUMENT_KINDS)
    assert all(w == w.lower() and "-" not in w for w in ROLE_WORDINGS)
    assert NOT_RECORDED_BEFORE <= QUESTION_WORDS | {"may", "might", "shall", "should", "must"}
    assert not set(STATUS_CUES) & set(INTENTS) and not set(ROLE_WORDINGS) & set(INTENTS)
    assert {"council", "committee", "panel", "board", "cabinet"} <= BODY_NOUNS


@pytest.mark.parametrize("printed, roles", [
    ("Chair", ["chair"]), ("Chairman", ["chair"]), ("Chairperson", ["chair"]), ("An Cathaoirleach", ["chair"]),
    ("Chairman of the Council", ["chair"]), ("Vice-Chair", ["vice_chair"]), ("Vice Chairman", ["vice_chair"]),
    ("Deputy Chair", ["vice_chair"]), ("Leas-Chathaoirleach", ["vice_chair"]), ("Parish Clerk", ["clerk"]),
    ("Clerk & RFO", ["clerk"]), ("Deputy Clerk-Administrative Assistant", ["deputy_clerk"]), ("Mayor", ["mayor"]),
    ("Minute Taker", ["minute_taker"]), ("Interim Deputy Clerk", ["deputy_clerk"]), ("Acting Chair", ["chair"]),
    ("Municipal Administrator-Clerk-Treasurer", ["clerk", "treasurer"]),
    # Another body's office, and job titles, are no office of this meeting.
    ("Co-Chair Kent Housing Options Subgroup", []), ("Chair, Kent Housing Group", ["chair"]),
    ("Director of Public Health", []), ("Cabinet Member for Children's Services", []), (None, []),
])
def test_printed_roles_fold_to_offices(printed: str | None, roles: list[str]) -> None:
    assert printed_role_to_roles(printed) == roles


@pytest.mark.parametrize("question, named", [
    ("who chaired the children's scrutiny panel", [SCRUTINY]),
    ("the childrens scrutiny panel", [SCRUTINY]),
    ("what did cabinet agree", ["Cabinet"]),
    ("Northwold parish council cemetery", [PARISH]),
    ("what did the council decide", [PARISH]),
    ("the scrutiny panel and the corporate parenting panel", [SCRUTINY, PARENTING]),
    ("data governance minutes", ["Data Governance"]),
    ("children and young people's partnership board", ["Kirklees Children & Young People's Partnership Board"]),
    # A noun for a body after a word that qualifies it names some other body; so does a lone
    # word of a name that is not a noun for a body.
    ("the work of the Safeguarding Children's Board", []),
    ("ad-hoc panel on home education", []),
    ("information governance", []),
    ("parenting support", []),
])
def test_body_mentions(question: str, named: list[str]) -> None:
    mentions = words_to_body_mentions(words_of(question), BODIES, BODY_LEADS)
    assert [b for *_, bodies in mentions for b in bodies] == named


# -- understanding ------------------------------------------------------------------------------
def test_who_chaired_a_body_in_a_year() -> None:
    q = question_to_query("who chaired the children's scrutiny panel in 2024", GROUPS, BODIES)
    assert q.kinds == ("attendee",) and q.roles == ("chair",) and q.bodies == (SCRUTINY,)
    assert (q.since, q.until) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31)) and not q.concepts


@pytest.mark.parametrize("question, roles, statuses", [
    ("who was the vice-chair of the corporate parenting panel", ("vice_chair",), ()),
    ("who was vice chair", ("vice_chair",), ()),
    ("who was the clerk", ("clerk",), ()),
    ("who took the minutes", ("minute_taker",), ()),
    ("who attended cabinet", (), ("present", "in_attendance")),
    ("did Kevin Wilson attend", (), ("present", "in_attendance")),
    ("who sent apologies", (), ("apologies",)),
    ("which officers were in attendance", (), ("in_attendance",)),
    ("who was absent", (), ("absent", "apologies")),
    ("who was unable to attend", (), ("apologies",)),
])
def test_offices_and_statuses_asked_for(question: str, roles: tuple[str, ...], statuses: tuple[str, ...]) -> None:
    q = question_to_query(question, GROUPS, BODIES)
    assert (q.kinds, q.roles, q.statuses) == (("attendee",), roles, statuses)


def test_a_body_named_right_after_a_cue() -> None:
    q = question_to_query("who chaired Northwold parish council", GROUPS, BODIES)
    assert q.roles == ("chair",) and q.bodies == (PARISH,) and not q.concepts
    assert question_to_query("resolutions Northwold parish council", GROUPS, BODIES).bodies == (PARISH,)


def test_an_office_asked_with_another_kind_is_words() -> None:
    q = question_to_query("who was elected vice chair of the corporate parenting panel", GROUPS, BODIES)
    assert q.kinds == ("resolution", "decision") and not q.roles
    assert q.concepts == [("vice",), ("chair",)] and q.bodies == (PARENTING,)


def test_attending_some_other_day_is_words() -> None:
    q = question_to_query("who can attend the planning conference", GROUPS, BODIES)
    assert not q.kinds and not q.statuses and ("attend",) in q.concepts


def test_a_named_paper_is_a_kind_of_document() -> None:
    q = question_to_query("youth justice annual report", GROUPS, BODIES)
    assert q.doc_kinds == ("report",) and q.concepts == [("youth",), ("justice",), ("annual",)]
    q = question_to_query("the work programme for 2024/25", GROUPS, BODIES)
    assert q.doc_kinds == ("work_programme",) and q.concepts == [("2024",), ("25",)]
    # Named alone, the kind is the subject too.
    assert question_to_query("reports", GROUPS, BODIES).concepts == [("reports",)]


def test_a_body_alone_is_a_question() -> None:
    q = question_to_query("cabinet", GROUPS, BODIES)
    assert q.bodies == ("Cabinet",) and not q.concepts and q.body_words == [("cabinet",)]


# -- searching a small index --------------------------------------------------------------------
def minutes(body: str, date: str, attendees: list[Attendee], items: list[Item]) -> Document:
    return Document(kind="minutes", title=body, page_start=1, page_end=4, meeting=Meeting(body=body, date=date),
                    attendees=attendees, items=items)


def layouts() -> dict[str, Extraction]:
    """Minutes of two panels over two years, the offices printed three ways; a work programme
    that talks about the Chair and the panel; a report whose title a question names, which the
    minutes mention and an agenda lists."""
    work_programme = Item("6", "Work Programme", 3, text="The Chair of the Children's Scrutiny Panel noted the work "
                          "programme; the Chair will meet the Chair of the Corporate Parenting Panel in 2024.")
    scrutiny_2023 = minutes(SCRUTINY, "2023-09-12", [
        Attendee("Cahal Burke", "present", 1, "Councillor", "Chairman"),
        Attendee("Donna Bellamy", "present", 1, "Councillor"),
        Attendee("Fatima Khan-Shah", "apologies", 1, None, "Co-Optee"),
    ], [work_programme])
    scrutiny_2024 = minutes(SCRUTINY, "2024-08-30", [
        Attendee("Itrat Ali", "present", 1, "Councillor", "Chair"),
        Attendee("Jane Rylah", "present", 1, "Councillor", "Vice-Chair"),
        Attendee("Natalia Merritt", "in_attendance", 1, None, "Co-Chair Housing Options Subgroup"),
        Attendee("Ashleigh Robinson", "apologies", 1, "Councillor"),
        Attendee("Nia Cooper", "in_attendance", 1, "Mrs", "Clerk"),
    ], [Item("7", "Youth Justice", 2, text="The Panel received the youth justice annual report of the service.",
             resolutions=[Resolution("That the report be noted.", 2)])])
    parenting_2024 = minutes(PARENTING, "2024-10-29", [
        Attendee("Shellina Prendergast", "present", 1, None, "Chairperson"),
        Attendee("Paul Bartlett", "present", 1, None, "Vice-Chairman"),
        Attendee("Robert Love", "apologies", 1, "Mr"),
    ], [Item("4", "Chairman's Announcements", 2,
             resolutions=[Resolution("That Mr P Bartlett be duly elected Vice Chair of the Panel.", 2)])])
    report = Document(kind="report", title="Youth Justice Annual Report 2023/24", page_start=1, page_end=9,
                      meeting=Meeting(body=SCRUTINY, date="2024-08-30"),
                      passages=[Passage("This annual report sets out the work of the youth justice service "
                                        "over the year and the plan for the next.", 2)])
    agenda = Document(kind="agenda", title=SCRUTINY, page_start=1, page_end=1,
                      meeting=Meeting(body=SCRUTINY, date="2024-08-30"),
                      items=[Item("7", "Youth Justice Annual Report", 1)])

    township = minutes("Township of Nipissing Council", "2025-01-07", [
        Attendee("Dave Yemm", "present", 1, None, "Mayor"),
        Attendee("Kim Turnbull", "in_attendance", 1, None, "Interim Deputy Clerk"),
    ], [])

    def source(name: str, *documents: Document) -> Extraction:
        return Extraction(Source(name, "", 9, "pdf"), list(documents))

    return {"a.txt": source("scrutiny-2023.pdf", scrutiny_2023), "b.txt": source("scrutiny-2024.pdf", scrutiny_2024),
            "c.txt": source("parenting.pdf", parenting_2024), "d.txt": source("pack.pdf", agenda, report),
            "e.txt": source("township.pdf", township)}


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> RecordIndex:
    home: pathlib.Path = ingested_home(tmp_path_factory.mktemp("understanding"), layouts())
    return RecordIndex(str(home))


def first(index: RecordIndex, question: str) -> dict:
    hits = index.search(question)["hits"]
    assert hits, question
    return hits[0]


def names(index: RecordIndex, question: str) -> list[str]:
    return [h["details"]["name"] for h in index.search(question)["hits"] if h["kind"] == "attendee"]


def test_the_index_knows_its_bodies(index: RecordIndex) -> None:
    assert set(index.bodies[("panel",)]) == {SCRUTINY, PARENTING}


@pytest.mark.parametrize("question, name", [
    ("who chaired the children's scrutiny panel in 2024", "Itrat Ali"),
    ("who chaired the children's scrutiny panel in 2023", "Cahal Burke"),
    ("who chaired the corporate parenting panel", "Shellina Prendergast"),
    ("who was vice chair of the corporate parenting panel", "Paul Bartlett"),
    ("who was the vice-chair of the scrutiny panel", "Jane Rylah"),
    ("who was the clerk to the scrutiny panel", "Nia Cooper"),
    ("who sent apologies to the corporate parenting panel", "Robert Love"),
    ("who gave apologies to the scrutiny panel in 2023", "Fatima Khan-Shah"),
    ("did Donna Bellamy attend the scrutiny panel", "Donna Bellamy"),
    ("who chaired the scrutiny panel meeting in August 2024", "Itrat Ali"),
    # Nobody is minuted as the chair: the Mayor chaired; the deputy clerk clerked.
    ("who chaired the Nipissing council in January 2025", "Dave Yemm"),
    ("who was the clerk of the township council", "Kim Turnbull"),
])
def test_issue_12_offices_and_attendance_answer_with_the_attendee(index: RecordIndex, question: str,
                                                                  name: str) -> None:
    hit = first(index, question)
    assert hit["kind"] == "attendee" and hit["details"]["name"] == name


def test_who_chaired_lists_only_that_bodys_chairs(index: RecordIndex) -> None:
    assert names(index, "who chaired the children's scrutiny panel") == ["Cahal Burke", "Itrat Ali"]
    assert names(index, "who chaired the panel in 2024") == ["Itrat Ali", "Shellina Prendergast"]


def test_an_office_nobody_holds_falls_back_to_the_words(index: RecordIndex) -> None:
    # Nobody holds the office of chair of the subgroup here: the attendee whose role names it does.
    assert first(index, "who chaired the housing options subgroup")["details"]["name"] == "Natalia Merritt"


def test_electing_a_vice_chair_is_a_resolution(index: RecordIndex) -> None:
    hit = first(index, "who was elected vice chair of the corporate parenting panel")
    assert hit["kind"] == "resolution" and "duly elected Vice Chair" in hit["text"]


def test_issue_12_a_named_report_answers_with_the_paper(index: RecordIndex) -> None:
    hit = first(index, "youth justice annual report")
    assert hit["kind"] == "document" and hit["text"] == "Youth Justice Annual Report 2023/24"


def test_a_named_body_filters_and_falls_back(index: RecordIndex) -> None:
    assert {h["meeting"]["body"] for h in index.search("the corporate parenting panel")["hits"]} == {PARENTING}
    # No record of the parenting panel mentions youth justice: the body's words become words.
    assert index.search("youth justice at the corporate parenting panel")["total"] > 0


def test_history_of_a_named_body_keeps_to_it(index: RecordIndex) -> None:
    bodies = {r.body for r in index.matching("work programme of the children's scrutiny panel")}
    assert bodies == {SCRUTINY}


def test_a_status_nobody_matches_gives_way_to_the_words(index: RecordIndex) -> None:
    # No attendee is "present" with these words, and "present" is in every present attendee's
    # record: the question searches every kind of record instead.
    hit = first(index, "present youth justice annual report")
    assert hit["kind"] != "attendee"
