"""The action register over two fixture series of three consecutive meetings each:
Riverside Community Safety Partnership (ACTIONS lists; progress reported in prose under
"Matters arising" and other items) and Westfield Parish Council (an action-log table with
Action / Owner / Due / Status columns). The April Riverside pack prints January's minutes again."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from corpus.register.assemble import RegisterAction, extractions_to_register
from corpus.register.commands import ActionFilter, filter_register
from corpus.register.matching import (
    CARRIED,
    DONE,
    OPEN,
    owner_did_it,
    sentence_to_status,
    status_word_to_status,
    text_similarity,
)
from corpus.register.text import register_to_json, register_to_text
from extract.records import Action, Document, Extraction, Item, Meeting, Source, extraction_from_dict
from tests.conftest import FIXTURES

SERIES = FIXTURES / "actions"
TODAY = dt.date(2024, 6, 1)


def load_series() -> list[Extraction]:
    return [extraction_from_dict(json.loads(p.read_text())) for p in sorted(SERIES.glob("*.json"))]


@pytest.fixture
def register() -> list[RegisterAction]:
    return extractions_to_register(load_series())


def find(register: list[RegisterAction], start: str) -> RegisterAction:
    (entry,) = [e for e in register if e.text.startswith(start)]
    return entry


def test_every_action_once_even_when_minutes_are_printed_twice(register):
    assert len(register) == 10
    patel = find(register, "Sergeant Patel")
    assert patel.path == "riverside/2023-01-12-minutes.txt"
    assert len(patel.aliases) == 1  # the same action in the April pack names this one


def test_ids_are_the_index_record_ids():
    from index.records import extraction_to_records

    ids = {r.id for x in load_series() for r in extraction_to_records(x) if r.kind == "action"}
    register = extractions_to_register(load_series())
    assert {e.id for e in register} <= ids
    assert {e.id for e in register} | {a for e in register for a in e.aliases} == ids


def test_done_in_matters_arising_prose(register):
    patel = find(register, "Sergeant Patel")
    assert patel.status == DONE
    assert patel.closed_by is not None
    assert (patel.closed_by.date, patel.closed_by.page) == ("2023-04-13", 1)
    assert "hotspot map had been circulated" in patel.closed_by.text


def test_carried_then_done(register):
    clerk = find(register, "Clerk to write to the highways")
    assert [(e.date, e.status) for e in clerk.evidence] == [("2023-04-13", CARRIED), ("2023-07-20", DONE)]
    assert clerk.status == DONE and clerk.closed_by is clerk.evidence[-1]
    assert "has been sent" in clerk.closed_by.text


def test_done_recorded_in_an_ordinary_later_item(register):
    fair = find(register, "Jo Brown to book")
    assert fair.status == DONE
    assert fair.closed_by.date == "2023-07-20" and "was booked by Jo Brown" in fair.closed_by.text


def test_relisted_action_is_carried_forward_not_new(register):
    housing = find(register, "Housing team to report back")
    assert housing.status == CARRIED
    assert [e.date for e in housing.evidence] == ["2023-04-13", "2023-07-20"]
    assert housing.closed_by.page == 2


def test_next_meeting_due_is_the_next_meeting_of_the_body(register):
    housing = find(register, "Housing team to report back")
    assert housing.due == "2023-04-13"
    assert "next meeting" in (housing.due_text or "")


def test_no_later_mention_stays_open(register):
    green = find(register, "Councillor Green")
    assert green.status == OPEN and green.closed_by is None and green.evidence == []


def test_action_table_status_column(register):
    bench = find(register, "Replace the broken bench")
    assert bench.status == DONE and bench.closed_by.date == "2024-02-12"
    assert bench.closed_by.text.endswith("Complete")
    website = find(register, "Update the website")
    assert [(e.date, e.status) for e in website.evidence] == [("2024-02-12", CARRIED), ("2024-03-11", DONE)]
    quotes = find(register, "Obtain quotes for resurfacing the car park")
    assert quotes.status == CARRIED and quotes.closed_by.date == "2024-03-11"


def test_relisted_as_open_is_carried_forward(register):
    agm = find(register, "Arrange the annual parish meeting")
    assert agm.status == CARRIED and agm.date == "2024-02-12"


def test_same_words_other_owner_is_another_action(register):
    hall = find(register, "Obtain quotes for resurfacing the village hall")
    assert hall.status == OPEN and hall.owner == "Cllr Price" and hall.date == "2024-03-11"


def test_hand_status_overrides_minutes_by_id_or_content_key(register):
    green, bench = find(register, "Councillor Green"), find(register, "Replace the broken bench")
    hand = {green.id: {"status": DONE, "key": green.key, "note": "Rang the youth service", "at": "2024-05-01T10:00:00"},
            "gone-id": {"status": OPEN, "key": bench.key, "note": None, "at": "2024-05-02T10:00:00"}}
    again = extractions_to_register(load_series(), hand)
    green, bench = find(again, "Councillor Green"), find(again, "Replace the broken bench")
    assert green.status == DONE and green.closed_by.by == "hand" and green.closed_by.text == "Rang the youth service"
    assert bench.status == OPEN and bench.closed_by.by == "hand"


def test_filters_and_overdue(register):
    open_ones = filter_register(register, ActionFilter(status="open"), TODAY)
    assert {e.status for e in open_ones} == {OPEN, CARRIED} and len(open_ones) == 5
    assert len(filter_register(register, ActionFilter(status="done"), TODAY)) == 5
    assert [e.owner for e in filter_register(register, ActionFilter(status="all", owner="hughes"), TODAY)] == [
        "Cllr Hughes"]
    assert {e.body for e in filter_register(register, ActionFilter(body="westfield"), TODAY)} == {
        "Westfield Parish Council"}
    since = filter_register(register, ActionFilter(status="all", since=dt.date(2024, 2, 1)), TODAY)
    assert {e.date for e in since} == {"2024-02-12", "2024-03-11"}
    overdue = filter_register(register, ActionFilter(overdue=True), TODAY)
    assert find(overdue, "Housing team").due == "2023-04-13"
    assert all(e.due and e.due < TODAY.isoformat() for e in overdue)
    assert "Councillor Green" not in " ".join(e.text for e in overdue)


def test_json_shape_follows_the_contract(register):
    data = register_to_json(register, TODAY)
    first = data["actions"][0]
    assert {"id", "text", "owner", "due", "status", "meeting", "item", "source", "closed_by"} <= set(first)
    assert set(first["meeting"]) == {"body", "date"} and set(first["item"]) == {"number", "title"}
    assert set(first["source"]) == {"path", "page"}
    assert {"meeting", "text", "page"} <= set(first["closed_by"])
    json.dumps(data)


def test_text_is_grouped_by_body_then_meeting_oldest_first(register):
    text = register_to_text(register, TODAY)
    assert text.index("Riverside Community Safety Partnership") < text.index("2023-01-12") < text.index(
        "2023-04-13") < text.index("Westfield Parish Council")
    assert "[OVERDUE carried forward] Housing team" in text


@pytest.mark.parametrize(("cell", "status"), [
    ("Complete", DONE), ("Completed - letter sent 3 March", DONE), ("closed", DONE), ("Ongoing", CARRIED),
    ("In progress", CARRIED), ("C/F", CARRIED), ("Carried forward", CARRIED), ("Open", None), ("", None),
])
def test_status_cells(cell, status):
    assert status_word_to_status(cell) == status


@pytest.mark.parametrize(("sentence", "status"), [
    ("The letter had been sent.", DONE),
    ("The map was circulated to partners.", DONE),
    ("The letter has not yet been sent.", CARRIED),
    ("Work on the report is ongoing.", CARRIED),
    ("A3\tWrite to highways\tClerk\tComplete", DONE),
    ("The Partnership discussed hotspots.", None),
])
def test_sentence_status(sentence, status):
    assert sentence_to_status(sentence) == status


def test_similarity_ignores_action_references_unless_both_have_one():
    assert text_similarity("A12: Replace the bench", "Replace the bench") == 1.0
    assert text_similarity("Replace the bench", "Obtain quotes for the car park") < 0.5
    assert text_similarity("CSP/23/45 - Write to highways about Mill Lane", "CSP/23/45: letter sent") == 1.0
    assert text_similarity("Q3 figures to be circulated", "Q3 budget to be agreed") < 0.8


def one_item_minutes(body: str, date: str, item: Item) -> Extraction:
    """Minutes of one item, for a case the fixture series does not hold."""
    doc = Document("minutes", body, 1, 2, Meeting(body, date), items=[item])
    return Extraction(Source(f"{body}-{date}.txt", date.replace("-", "") * 4, 2, "txt"), [doc])


def test_a_namesake_body_years_later_is_not_a_follow_up():
    first = one_item_minutes("Cabinet", "2016-11-28", Item("5", "Libraries", 1, actions=[
        Action("Officers to publish the library consultation results.", 1, "Officers")]))
    namesake = one_item_minutes("Cabinet", "2025-01-30", Item(
        "6", "Libraries", 1, text="The library consultation results were published by officers."))
    (entry,) = extractions_to_register([first, namesake])
    assert entry.status == OPEN


@pytest.mark.parametrize(("sentence", "owner", "did"), [
    ("Simon Ashby presented the breakdown of complaints by route.", "Simon Ashby", True),
    ("The Clerk wrote to the highways department.", "Clerk", True),
    ("Board members discussed the breakdown of complaints.", "Board members", False),
    ("Members asked Simon Ashby about the breakdown.", "Simon Ashby", False),
])
def test_owner_did_it(sentence, owner, did):
    assert owner_did_it(sentence, owner) is did


def test_owner_did_it_in_a_later_item_closes_the_action():
    first = one_item_minutes("Transport Board", "2023-12-14", Item("4", "Home to school transport", 2, actions=[
        Action("Provide a breakdown of transport complaints by route.", 2, "Simon Ashby")]))
    later = one_item_minutes("Transport Board", "2024-03-21", Item(
        "4", "Home to school transport", 1,
        text="Simon Ashby presented the breakdown of transport complaints by route, which showed most concerned "
             "four routes."))
    (entry,) = extractions_to_register([first, later])
    assert entry.status == DONE and entry.closed_by.date == "2024-03-21" and entry.closed_by.page == 1


def test_due_written_as_a_period_is_its_last_day():
    minutes = one_item_minutes("Parks Committee", "2024-01-10", Item("3", "Play areas", 1, actions=[
        Action("Clerk to order new swings.", 1, "Clerk", "June 2024")]))
    (entry,) = extractions_to_register([minutes])
    assert (entry.due, entry.due_text) == ("2024-06-30", "June 2024")


def minutes_from_text(body: str, date: str, text: str) -> Extraction:
    """Minutes read by the extraction itself; a line "<page>" starts the next page."""
    from extract.records import Line
    from extract.structure.items import lines_to_items

    page, lines = 1, []
    for raw in text.strip().splitlines():
        if raw.strip() == "<page>":
            page += 1
        elif raw.strip():
            lines.append(Line(raw.strip().replace("\\t", "\t"), page))
    meeting = Meeting(body, date)
    doc = Document("minutes", body, 1, page, meeting, items=lines_to_items(lines, "minutes", meeting))
    return Extraction(Source(f"{body}-{date}.txt", date.replace("-", "") * 4, page, "txt"), [doc])


# Trust Board minutes numbered TB/yy/nn whose action log reports earlier meetings' actions by
# minute reference, in words that share little with the action as first minuted.
TRUST_BOARD = [
    ("2023-11-23", """
TB/23/87 Apologies
None.
TB/23/88 Workforce
The Board discussed nurse staffing.
Action: Chief Nurse to circulate the safer staffing paper to members.
TB/23/89 Estates
Action: Company Secretary to update the estates risk register.
"""),
    ("2024-01-25", """
TB/24/01 Apologies
None.
TB/24/02 Action log
Ref\\tAction\\tOwner\\tDue\\tStatus
TB/23/89\\tRisk register\\tCompany Secretary\\t28/03/2024\\tIn progress
TB/24/03 Finance
The deficit was discussed.
"""),
    ("2024-03-28", """
TB/24/10 Apologies
None.
TB/24/11 Finance
The deficit was discussed again.
<page>
TB/24/12 Action log
Ref\\tAction\\tOwner\\tDue\\tStatus
TB/23/88\\tPaper\\tChief Nurse\\t25/01/2024\\tComplete
TB/23/89\\tRisk register\\tCompany Secretary\\t28/03/2024\\tOngoing
"""),
]


def test_action_log_reports_earlier_actions_by_minute_reference():
    register = extractions_to_register([minutes_from_text("Trust Board", d, t) for d, t in TRUST_BOARD])
    assert len(register) == 2  # the log rows are updates, not actions of their own
    paper, risks = find(register, "Chief Nurse to circulate"), find(register, "Company Secretary to update")
    assert paper.status == DONE and paper.item_number == "TB/23/88"
    assert (paper.closed_by.date, paper.closed_by.page) == ("2024-03-28", 2)
    assert paper.closed_by.text == "TB/23/88 Paper — done"
    assert [(e.date, e.status) for e in risks.evidence] == [("2024-01-25", CARRIED), ("2024-03-28", CARRIED)]
    assert risks.closed_by.text.startswith("TB/23/89 Risk register")


# A parish council whose action log keeps its own references (A1, A2 ...) from meeting to
# meeting, and whose "Matters arising" table has no reference column at all.
PARISH = [
    ("2024-04-08", """
1 Apologies
None.
2 Highways
Ref\\tAction\\tOwner\\tDue
A1\\tWrite to the bus operator about the 42 service\\tClerk\\t30/04/2024
A2\\tObtain quotes for the bus shelter repairs\\tClerk\\t30/04/2024
"""),
    ("2024-05-13", """
1 Apologies
None.
2 Planning
No objections were raised.
"""),
    ("2024-06-10", """
1 Apologies
None.
2 Matters arising
Action\\tOwner\\tStatus
Shelter quotes received\\tClerk\\tDone
3 Action log
Ref\\tAction\\tOwner\\tStatus
A1\\tLetter to operator\\tClerk\\tComplete
"""),
]


def test_action_log_own_references_and_matters_arising_rows_are_updates():
    register = extractions_to_register([minutes_from_text("Ashby Parish Council", d, t) for d, t in PARISH])
    assert len(register) == 2
    letter, quotes = find(register, "Write to the bus operator"), find(register, "Obtain quotes")
    assert letter.ref == "A1" and letter.status == DONE
    assert (letter.closed_by.date, letter.closed_by.text) == ("2024-06-10", "Letter to operator — done")
    assert quotes.status == DONE and quotes.closed_by.text == "Shelter quotes received — done"
