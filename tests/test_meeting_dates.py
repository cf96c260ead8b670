"""Issue 11: every record belongs to its own meeting. A document is dated from its own text
(the heading conventions of councils nobody tuned to), the meeting's date wins over the other
dates of its header, and a document without a date still yields its records."""
from __future__ import annotations

import pathlib

import pytest

from extract.pipeline import extract_file
from extract.records import Line, Meeting
from extract.structure.header import lines_to_meeting, title_case
from extract.structure.splitting import lines_to_sections


def as_lines(*pages: str) -> list[Line]:
    return [Line(t.strip(), n) for n, page in enumerate(pages, 1) for t in page.strip().splitlines() if t.strip()]


def meeting_of(text: str, kind: str = "minutes") -> Meeting | None:
    return lines_to_meeting(as_lines(text), kind)


# A heading printed over several lines names its body after "Minutes of", with or without "the",
# and the body's name is the one before "held", not a title line above it.
MINUTES_OF_BODY_MEETING_HELD = {
    "sentence case, time before the date": ("""
        Stoke Parish Council Minutes
        The minutes of the October meeting of Stoke Parish Council
        Minutes of Stoke Parish Council Meeting held in the Community Centre
        At 7.30pm on Wednesday 18 October 2006
        Those Attending: Mr M Ferrie (Chairman), Mrs T Mann
        """, Meeting("Stoke Parish Council", "2006-10-18", "19:30", "Community Centre")),
    "capitals, place then date": ("""
        MINUTES OF HILLTOP PARISH COUNCIL MEETING
        HELD AT THE CHURCH
        MONDAY 8TH SEPTEMBER 2008
        Present: Cllr D Llewellyn - Chairman
        """, Meeting("Hilltop Parish Council", "2008-09-08", None, "Church")),
    "a title naming another meeting above": ("""
        Minutes of the March meeting of Ashby Parish Council
        Minutes of the Ashby Parish Council Meeting held on 10 March 2010 at 7.30pm
        Present: Cllr A Brown
        """, Meeting("Ashby Parish Council", "2010-03-10", "19:30", None)),
}


@pytest.mark.parametrize("name", MINUTES_OF_BODY_MEETING_HELD)
def test_issue_11_minutes_of_a_body_meeting_held(name: str) -> None:
    text, expected = MINUTES_OF_BODY_MEETING_HELD[name]
    assert meeting_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF ADARE- RATHKEALE HELD AT ARAS SEAN FINN, "
     "NEW LINE ROAD, RATHKEALE, CO. LIMERICK ON THURSDAY, 10TH DECEMBER, 2015, AT 9.00 A.M.",
     Meeting("Municipal District of Adare-Rathkeale", "2015-12-10", "09:00",
             "Aras Sean Finn, New Line Road, Rathkeale, Co. Limerick")),
    ("Minutes of the meeting of the Westbury Town Council held at St. Peter's Church Hall on Monday 3 June 2019",
     Meeting("Westbury Town Council", "2019-06-03", None, "St. Peter's Church Hall")),
])
def test_issue_11_an_abbreviation_in_the_place_does_not_end_the_sentence(text: str, expected: Meeting) -> None:
    assert meeting_of(text + "\nPresent: Councillor A Brown") == expected


@pytest.mark.parametrize("text, expected", [
    ("MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF NEWCASTLE WEST HELD IN ARAS WILLIAM SMITH, "
     "GORTBOY, NEWCASTLE WEST, ON WEDNESDAY, 1\u00b0 OCTOBER, 2014, AT 10.00 A.M.", "2014-10-01"),
    ("Minutes of the Meeting of the Municipal District of Cappamore held on Thursday, 19\u2122 February, 2015",
     "2015-02-19"),
])
def test_issue_11_a_scanned_raised_ordinal_still_dates_the_meeting(text: str, expected: str) -> None:
    meeting = meeting_of(text + "\nMEMBERS PRESENT:")
    assert meeting is not None and meeting.date == expected


@pytest.mark.parametrize("text, expected", [
    ("Wretton Parish Council\nMINUTES OF THE MEETING HELD AT THE CHURCH ON TUESDAY 8TH SEPTEMBER 2008\nPresent:",
     "2008-09-08"),
    ("Hilltop Town Council - Thursday 5 March 2024\nPresent: Cllr A Brown", "2024-03-05"),
])
def test_issue_11_a_template_weekday_does_not_undo_a_full_date(text: str, expected: str) -> None:
    """8 September 2008 was a Monday, 5 March 2024 a Tuesday: the day, month and year printed in
    full are the date."""
    meeting = meeting_of(text)
    assert meeting is not None and meeting.date == expected


# Headings that carry the date in ways the header did not read.
DATED_HEADINGS = {
    "'Minutes of the <body> meeting of <date>'": ("""
        Minutes of the Parish Council meeting of 2 November 2017
        Present: Cllr A Brown
        """, Meeting("Parish Council", "2017-11-02", None, None)),
    "'Notes of the meeting on <date>' under the body": ("""
        Treasury Management Group
        Notes of the meeting on 14 November 2024
        Attendees: A Brown
        """, Meeting("Treasury Management Group", "2024-11-14", None, None)),
    "'Minutes from <date> – <time> at <place>'": ("""
        Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board
        o Commissioners Present: Anthony Qaiyum
        """, Meeting(None, "2018-01-29", "09:00", "Carbon Arc Bar & Board")),
    "'<body> Meeting of <date>'": ("""
        Parish Council Meeting of 5 March 2024
        Present: Cllr A Brown
        """, Meeting("Parish Council", "2024-03-05", None, None)),
    "'Minutes of the <date> Meeting'": ("""
        Lincoln Square Commission
        Minutes of the January 29, 2018 Meeting
        Commissioners Present: Anthony Qaiyum
        """, Meeting("Lincoln Square Commission", "2018-01-29", None, None)),
    "'The meeting took place on <date>'": ("""
        Hilltop Village Hall Committee
        The meeting took place on 5 March 2024 at the Village Hall.
        Present: Cllr A Brown
        """, Meeting("Hilltop Village Hall Committee", "2024-03-05", None, "Village Hall")),
    "'The Board met on <date>'": ("""
        The Board met on Tuesday 5 March 2024 in Committee Room 2.
        Present: A Brown
        """, Meeting(None, "2024-03-05", None, "Committee Room 2")),
    "a date line ending with what the paper is, not a place": ("""
        March 5, 2024 City Council Minutes
        Present: Mayor A Brown
        """, Meeting(None, "2024-03-05", None, None)),
    "'<body> Regular Meeting Minutes' over the date, then the call to order": ("""
        CITY OF MILLBROOK
        CITY COUNCIL REGULAR MEETING MINUTES
        MARCH 5, 2024
        CALL TO ORDER
        """, Meeting("City Council", "2024-03-05", None, None)),
    "'<body> Meeting Minutes' over labelled fields": ("""
        Board of Directors Meeting Minutes
        Date: Tuesday, March 5, 2024
        Time: 6:00 PM
        Attendees: A Brown
        """, Meeting("Board of Directors", "2024-03-05", "18:00", None)),
    "a title the date ends": ("""
        TMG 14 November 2024
        Agenda
        1. Market Update
        """, Meeting("TMG", "2024-11-14", None, None)),
    "a title the date and time end": ("""
        Planning Committee 5 March 2024 7.00pm
        Present: Cllr A Brown
        """, Meeting("Planning Committee", "2024-03-05", "19:00", None)),
    "'<body> A.G.M. - <date>'": ("""
        Milburn Parish Council A.G.M. - 8th May 2018
        Present
        """, Meeting("Milburn Parish Council", "2018-05-08", None, None)),
    "'<body> Annual General Meeting – <date>'": ("""
        Hilltop Parish Council Annual General Meeting – 12 May 2022
        Present
        """, Meeting("Hilltop Parish Council", "2022-05-12", None, None)),
    "a date broken after its weekday and day": ("""
        LICENSING COMMITTEE
        Thursday 2
        November 2017 at 7.00pm
        Present: Councillor A Brown
        """, Meeting("Licensing Committee", "2017-11-02", "19:00", None)),
    "a body and date heading broken after the day": ("""
        PLANNING COMMITTEE – MONDAY 6
        NOVEMBER 2017
        Present: Councillor A Brown
        """, Meeting("Planning Committee", "2017-11-06", None, None)),
    "a name wrapped over two heading lines": ("""
        AGENDA
        RANCHO CITY COUNCIL MEETING
        AND IMPROVEMENT AUTHORITY REGULAR MEETING
        DECEMBER 6, 2022
        """, Meeting("Rancho City Council and Improvement Authority", "2022-12-06", None, None)),
    "a name wrapped at '&'": ("""
        Northshire Health
        & Wellbeing Board
        Tuesday 9 July 2024
        Present: Councillor A Brown
        """, Meeting("Northshire Health & Wellbeing Board", "2024-07-09", None, None)),
}


@pytest.mark.parametrize("name", DATED_HEADINGS)
def test_issue_11_dated_headings(name: str) -> None:
    text, expected = DATED_HEADINGS[name]
    kind = "agenda" if text.strip().startswith("AGENDA") else "minutes"
    assert meeting_of(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    ("""
        Published: 10 November 2017
        Planning Committee
        Monday 6 November 2017
        Present: Councillor A Brown
        """, "2017-11-06"),
    ("""
        Date of next meeting: 4 December 2017
        Licensing Committee
        Monday 6 November 2017
        Present: Councillor A Brown
        """, "2017-11-06"),
])
def test_issue_11_the_meeting_date_wins_over_publication_and_next_meeting(text: str, expected: str) -> None:
    meeting = meeting_of(text)
    assert meeting is not None and meeting.date == expected


@pytest.mark.parametrize("text", [
    """
    HILLTOP PARISH COUNCIL
    Wednesday 6 March 2024
    The minutes of the meeting held on 7 February 2024 were approved as a correct record.
    1 Footpaths
    """,
    """
    Town Council Minutes
    Wednesday 6 March 2024 at 7pm
    The next meeting will be held on Wednesday 3 April 2024 in the Town Hall.
    Present: Cllr A Brown
    """,
])
def test_issue_11_a_sentence_about_another_meeting_does_not_date_the_minutes(text: str) -> None:
    meeting = meeting_of(text)
    assert meeting is not None and meeting.date == "2024-03-06"


def test_issue_11_a_web_pages_heading_stands_under_its_title_lines() -> None:
    """The heading of minutes is everything above their attendance list, however many lines
    a web page prints first."""
    preamble = "\n".join(["Hilltop Village Website", "Home", "News", "Parish Council", "Minutes 2004",
                          "Hilltop Parish Council Minutes", "Posted 20 March 2004", "Share this page"])
    meeting = meeting_of(preamble + """
        Monthly minutes of the Parish Council
        Minutes of the meeting of the Hilltop Parish Council
        held on Tuesday 13th January 2004
        in the Village Hall at 7.30p.m.
        Present: R. Lankfer - Chairman, Mrs. Willis""")
    assert meeting == Meeting("Hilltop Parish Council", "2004-01-13", "19:30", "Village Hall")


def test_issue_11_a_heading_justified_one_word_a_line_is_read_whole() -> None:
    words = "MINUTES OF PROCEEDINGS AT MEETING OF".split()
    meeting = meeting_of("\n".join(words) + """
        METROPOLITAN DISTRICT OF LIMERICK HELD IN THE
        COUNCIL CHAMBER, MERCHANT'S QUAY, LIMERICK, ON
        MONDAY, 18TH MAY, 2015, AT 9.45 A.M.
        PRESENT IN THE CHAIR:""")
    assert meeting == Meeting("Metropolitan District of Limerick", "2015-05-18", "09:45",
                              "Council Chamber, Merchant's Quay, Limerick")


FRONT_SHEET = """
    Public Document Pack
    Cabinet
    Tuesday 4 March 2025 at 10.00 am
    Agenda
    1. Apologies
    2. Minutes of the Children's Scrutiny Panel
    """
BOUND_MINUTES = {
    "running header over the stamp's page": """
        Agenda Item 2
        Cabinet - 4 March 2025
        CHILDREN'S SCRUTINY PANEL
        Monday 6th January 2025
        Present: Councillor A Brown (Chair)
        1. Apologies
        """,
    "running header over two lines, then 'MINUTES'": """
        Cabinet
        Tuesday 4 March 2025
        MINUTES
        Children's Scrutiny Panel
        Monday 6th January 2025
        Present: Councillor A Brown (Chair)
        1. Apologies
        """,
}


@pytest.mark.parametrize("name", BOUND_MINUTES)
def test_issue_11_minutes_bound_into_a_pack_keep_their_own_date(name: str) -> None:
    sections = lines_to_sections(as_lines(FRONT_SHEET, BOUND_MINUTES[name]))
    assert [s.kind for s in sections] == ["agenda", "minutes"]
    meetings = [lines_to_meeting(s.lines, s.kind) for s in sections]
    assert [(m.body, m.date) for m in meetings if m] == [
        ("Cabinet", "2025-03-04"), ("Children's Scrutiny Panel", "2025-01-06")]


@pytest.mark.parametrize("text", [
    "Hilltop Parish Council\nPresent\nCouncillors D Richardson (Chair), R Healey\n21.01.01 Apologies\nNone received\n"
    "21.01.02 Minutes\nAll agreed this was a true record.",
    "Hilltop Parish Council\nPresent: Councillors D Richardson (Chair), R Healey\nApologies: None\n"
    "1. Minutes\nThe minutes were signed as a correct record.",
])
def test_issue_11_minutes_without_a_date_still_yield_their_records(text: str, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    [document] = extract_file(path).documents
    assert document.kind == "minutes"
    assert document.meeting == Meeting("Hilltop Parish Council", None, None, None)
    assert "D Richardson" in [a.name for a in document.attendees]


@pytest.mark.parametrize("text, expected", [
    ("TMG", "TMG"), ("JOINT POLICING COMMITTEE SPC", "Joint Policing Committee SPC"),
])
def test_issue_11_an_acronym_in_a_body_stays_in_capitals(text: str, expected: str) -> None:
    assert title_case(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Village Board Minutes - 1/8/26\nPresent: Mayor A Brown\nThe next meeting will be held February 5, 2026.",
     "2026-01-08"),
    ("Parish Council Minutes - 8/1/26\nPresent: Cllr A Brown\nThe next meeting will be held on 5 February 2026.",
     "2026-01-08"),
])
def test_issue_11_a_numeric_meeting_date_is_read_as_the_paper_writes_dates(text: str, expected: str) -> None:
    meeting = meeting_of(text)
    assert meeting is not None and meeting.date == expected


@pytest.mark.parametrize("notice, expected", [
    ("You are hereby summoned to attend a meeting of Hilltop Parish Council on Monday 4 March 2024 at 7.30pm "
     "in the Village Hall.", ("2024-03-04", "19:30")),
    ("HILLTOP TOWN COUNCIL\nCouncillors are summoned to attend the Annual Meeting of the Town Council at the Town "
     "Hall on Tuesday 14 May 2024 at 7pm.", ("2024-05-14", "19:00")),
])
def test_issue_11_a_summons_dates_its_agenda(notice: str, expected: tuple[str, str]) -> None:
    meeting = meeting_of(notice + "\nAGENDA\n1. Apologies", "agenda")
    assert meeting is not None and (meeting.date, meeting.time) == expected
