"""The meeting a document belongs to, from the heading conventions of several councils."""
from __future__ import annotations

import pytest

from extract.records import Line, Meeting
from extract.structure.header import clean_body, lines_to_meeting, title_case


def as_lines(text: str) -> list[Line]:
    return [Line(t.strip(), 1) for t in text.strip().splitlines() if t.strip()]


CASES = {
    "uk minutes: council, body, date headings": ("minutes", """
        KIRKLEES COUNCIL
        CHILDREN'S SCRUTINY PANEL
        Monday 6th November 2017
        Present: Councillor Cahal Burke (Chair)
        """, Meeting("Children's Scrutiny Panel", "2017-11-06", None, None)),
    "uk minutes: body, date and time, venue line": ("minutes", """
        Kirklees Children & Young People's Partnership Board
        Thursday 15th June 2017 2.00 pm- 4.00 pm
        Meeting Room 3 - Town Hall, Huddersfield
        Board Members:
        """, Meeting("Kirklees Children & Young People's Partnership Board", "2017-06-15", "14:00",
                     "Meeting Room 3 - Town Hall, Huddersfield")),
    "uk minutes: bold heading with 'At' venue": ("minutes", """
        KIRKLEES CHILDREN'S TRUST BOARD
        **Thursday 16th March 2017
        At Broad Lea House**
        Board Members Present:
        """, Meeting("Kirklees Children's Trust Board", "2017-03-16", None, "Broad Lea House")),
    "moderngov minutes sentence": ("minutes", """
        KENT COUNTY COUNCIL
        CABINET
        MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions
        House, County Hall, Maidstone on Thursday, 30 January 2025.
        PRESENT: Mr R W Gough (Chairman)
        """, Meeting("Cabinet", "2025-01-30", None, "Council Chamber, Sessions House, County Hall, Maidstone")),
    "body and date on one heading line": ("minutes", """
        CORPORATE PARENTING PANEL– 29 October 2024
        MINUTES of the meeting held in the Darent Room, Sessions House, County Hall, Maidstone.
        PRESENT: Shellina Prendergast (Chair)
        """, Meeting("Corporate Parenting Panel", "2024-10-29", None,
                     "Darent Room, Sessions House, County Hall, Maidstone")),
    "canadian minutes": ("minutes", """
        MINUTES
        TOWNSHIP OF NIPISSING
        Tuesday, October 28, 2025
        A regular meeting of the Township of Nipissing Council was held on Tuesday, October 28, 2025,
        starting at 6:30 p.m. The meeting was held in person at the Township of Nipissing Community
        Centre, and livestreamed.
        """, Meeting("Township of Nipissing Council", "2025-10-28", "18:30", "Township of Nipissing Community Centre")),
    "us 'minutes of the regular meeting held'": ("minutes", """
        Minutes of the Regular Council Meeting held October 28, 2025
        Present: Mayor Dave Yemm
        """, Meeting("Council", "2025-10-28", None, None)),
    "parish minutes in markdown with front matter": ("minutes", """
        ---
        title: "Parish Council Minutes April"
        date: "2018-07-29"
        ---
        Northwold and Whittington Parish Council – Ordinary Meeting Tuesday 3rd April 2018, 7.30pm Village Hall
        PRESENT: Cllr R. Crisp (Chairperson)
        """, Meeting("Northwold and Whittington Parish Council", "2018-04-03", "19:30", "Village Hall")),
    "notice of meeting": ("agenda", """
        Friday 8 December 2017
        Notice of Meeting
        Dear Member
        Children's Scrutiny Panel
        The Children's Scrutiny Panel will meet in the Council Chamber - Town Hall, Huddersfield at
        10.00 am on Monday 18 December 2017.
        """, Meeting("Children's Scrutiny Panel", "2017-12-18", "10:00", "Council Chamber - Town Hall, Huddersfield")),
    "report header block": ("report", """
        Name of meeting: Cabinet
        Date: 28th November 2016
        Title of report: Putting Children First
        """, Meeting("Cabinet", "2016-11-28", None, None)),
    "report header table": ("report", """
        REPORT TITLE: QUALITY ASSURANCE – ANNUAL REVIEW
        Meeting:\tChildren's Scrutiny Panel
        Date:\t11th October 2024
        """, Meeting("Children's Scrutiny Panel", "2024-10-11", None, None)),
    "moderngov report 'To:' line": ("report", """
        Agenda Item 7
        From: Sue Chandler, Cabinet Member
        To: Cabinet - 30 January 2025
        Subject: Transfer of a service
        """, Meeting("Cabinet", "2025-01-30", None, None)),
    "minutes heading in capitals": ("minutes", """
        MINUTES OF THE MEETING OF THE LICENSING COMMITTEE HELD ON MONDAY 12 JUNE 2023 AT 7.00 PM IN THE COUNCIL CHAMBER
        PRESENT: Councillor A Smith (Chair)
        """, Meeting("Licensing Committee", "2023-06-12", "19:00", "Council Chamber")),
    "parish summons": ("agenda", """
        Members of the Council are hereby summoned to attend a meeting of the Parish Council to be held at the
        Village Hall on Monday 4 March 2024 at 7.30pm.
        AGENDA
        """, Meeting("Parish Council", "2024-03-04", "19:30", "Village Hall")),
    "agenda with labelled date, time and venue": ("agenda", """
        AGENDA
        Planning Committee
        Date: Tuesday 5 March 2024
        Time: 7.00 pm
        Venue: Council Chamber, Civic Centre
        """, Meeting("Planning Committee", "2024-03-05", "19:00", "Council Chamber, Civic Centre")),
    "scottish minute with sederunt": ("minutes", """
        ABERLOCH COUNCIL
        EDUCATION AND CHILDREN'S SERVICES COMMITTEE
        MINUTE of MEETING of the EDUCATION AND CHILDREN'S SERVICES COMMITTEE held in the Council Chamber,
        Town House, Aberloch, on Thursday, 24 August 2023 at 10.30 am.
        Sederunt: Councillor Fiona McLeod (Convener)
        """, Meeting("Education and Children's Services Committee", "2023-08-24", "10:30",
                     "Council Chamber, Town House, Aberloch")),
    "body named by the heading above 'minutes of the meeting held'": ("minutes", """
        Cyngor Sir Glanafon / Glanafon County Council
        Cabinet
        Minutes of the meeting held at County Hall, Glanafon on Monday, 20 November 2023 at 2.00 pm
        Present: County Councillor Huw Evans (Chairperson)
        """, Meeting("Cabinet", "2023-11-20", "14:00", "County Hall, Glanafon")),
    "town council, full council meeting": ("minutes", """
        Millbrook Town Council - Full Council - 15 May 2023
        MILLBROOK TOWN COUNCIL
        Minutes of the Meeting of the Full Council held on Monday 15th May 2023 at 7.00pm in the Council Chamber
        Cllrs present: Cllr S Patel (Town Mayor)
        """, Meeting("Millbrook Town Council", "2023-05-15", "19:00", "Council Chamber")),
    "fuller council name in the heading": ("minutes", """
        ASHCOMBE PARISH COUNCIL
        Minutes of the Parish Council Meeting held on Tuesday 5 September 2023 at
        7.30pm in Ashcombe Village Hall
        Present: Cllr Jenny Marsh (Chair)
        """, Meeting("Ashcombe Parish Council", "2023-09-05", "19:30", "Ashcombe Village Hall")),
    "labelled fields in one table row": ("minutes", """
        WESTBURY SAFEGUARDING CHILDREN PARTNERSHIP
        Executive Board - Minutes
        Date: Thursday 22 June 2023\tTime: 14:00 - 16:00\tVenue: Microsoft Teams
        Present
        """, Meeting("Executive Board", "2023-06-22", "14:00", "Microsoft Teams")),
    "labels and values in separate cells": ("agenda", """
        NORTHBRIDGE BOROUGH COUNCIL
        NOTICE OF MEETING
        CABINET
        Date:\tTuesday, 14 March 2023
        Time:\t6.00 pm
        Venue:\tCommittee Room 1, Northbridge Town Hall
        """, Meeting("Cabinet", "2023-03-14", "18:00", "Committee Room 1, Northbridge Town Hall")),
    "report: one line to the body with its date": ("report", """
        LANGHAM BOROUGH COUNCIL
        REPORT TO THE HEALTH AND WELLBEING BOARD – 14 NOVEMBER 2023
        REPORT OF THE DIRECTOR OF PUBLIC HEALTH
        """, Meeting("Health and Wellbeing Board", "2023-11-14", None, None)),
    "report: of an officer to the body on a date": ("report", """
        Report of the Director of Finance to the Cabinet on 12 March 2024
        Budget Monitoring Quarter 3
        1. Purpose of the report
        """, Meeting("Cabinet", "2024-03-12", None, None)),
    "report: 'Report to:' and 'Date:' labels": ("report", """
        WESTSHIRE COUNTY COUNCIL
        Report to:\tCabinet
        Date:\t12.03.2024
        Report of:\tDirector of Children's Services
        """, Meeting("Cabinet", "2024-03-12", None, None)),
    "report: 'Meeting:' and 'Meeting date:' labels": ("report", """
        MERRIDALE CITY COUNCIL
        Meeting: Overview and Scrutiny Committee
        Meeting date: 23 January 2024
        Title: Adult Social Care Waiting Lists
        """, Meeting("Overview and Scrutiny Committee", "2024-01-23", None, None)),
    "agenda addressed 'To: All Members of the' body": ("agenda", """
        HARFORDSHIRE COUNTY COUNCIL
        OVERVIEW AND SCRUTINY COMMITTEE
        To: All Members of the Overview and Scrutiny Committee
        Notice is hereby given that a meeting of the Overview and Scrutiny Committee will be held at County Hall,
        Harford on Monday 4 September 2023 commencing at 10.00 am.
        """, Meeting("Overview and Scrutiny Committee", "2023-09-04", "10:00", "County Hall, Harford")),
    "agenda addressed 'To: All Councillors of the' body over its date": ("agenda", """
        To: All Councillors of the Licensing Committee
        Tuesday 5 March 2024
        """, Meeting("Licensing Committee", "2024-03-05", None, None)),
    "minutes headed 'Minutes of the <body> Meeting' over labelled date": ("minutes", """
        GREYFORD TOWN COUNCIL
        Minutes of the Full Council Meeting
        Date: 12.03.2024
        Time: 18:30 hrs
        Councillors Present: Cllr J. Baxter (Town Mayor)
        """, Meeting("Full Council", "2024-03-12", "18:30", None)),
    "agenda headed 'Agenda for the <body>' over a date": ("agenda", """
        Agenda for the Planning Committee
        Wednesday 6 March 2024
        1. Apologies
        """, Meeting("Planning Committee", "2024-03-06", None, None)),
    "us committee heading": ("minutes", """
        Data Governance
        November 11, 2021
        Action Minutes
        Members present: Robert Bromfield
        """, Meeting("Data Governance", "2021-11-11", None, None)),
}


@pytest.mark.parametrize("name", CASES)
def test_meeting_from_heading(name: str) -> None:
    kind, text, expected = CASES[name]
    assert lines_to_meeting(as_lines(text), kind) == expected


def test_impossible_header_date_leaves_the_meeting_undated() -> None:
    lines = as_lines("""
        Name of meeting: Children's Scrutiny Panel
        Date: Wednesday 9th November
        Date signed off by Strategic Director & name\tSteve Walker 16/10/2018
        The plan follows the Ofsted inspection of 12 September 2016.
        """)
    assert lines_to_meeting(lines, "report") == Meeting("Children's Scrutiny Panel", None, None, None)


def test_year_less_header_date_takes_the_documents_year() -> None:
    lines = as_lines("""
        Name of meeting: Children's Scrutiny Panel
        Date: Friday 9th November
        Signed off 16/10/2018
        """)
    assert lines_to_meeting(lines, "report").date == "2018-11-09"


def test_a_letter_date_is_not_the_meeting_date() -> None:
    lines = as_lines("""
        Date: 29 January 2025
        Dear Member
        """)
    meeting = lines_to_meeting(lines, "agenda")
    assert meeting is None or meeting.date != "2025-01-29"


def test_papers_without_a_meeting() -> None:
    lines = as_lines("CHILDREN'S SCRUTINY PANEL – WORK PROGRAMME\n11th October 2024")
    assert lines_to_meeting(lines, "work_programme") is None


@pytest.mark.parametrize("text, expected", [
    ("To: All Members of the Overview and Scrutiny Committee", "Overview and Scrutiny Committee"),
    ("Minutes of the Full Council", "Full Council"),
    ("Agenda for the Cabinet", "Cabinet"),
    ("Notice of the Licensing Committee", "Licensing Committee"),
    ("Minutes of the Ordinary Meeting", None),
    ("Minutes of the monthly meeting of the Council", None),
    ("Notice of Meeting", None),
    ("Tourism and Culture Committee", "Tourism and Culture Committee"),
])
def test_addressing_and_document_type_words_are_not_the_body(text: str, expected: str | None) -> None:
    assert clean_body(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CHILDREN'S SCRUTINY PANEL", "Children's Scrutiny Panel"),
    ("KIRKLEES CHILDREN AND YOUNG PEOPLE'S BOARD", "Kirklees Children and Young People's Board"),
    ("Overview and Scrutiny Committee", "Overview and Scrutiny Committee"),
])
def test_title_case(text: str, expected: str) -> None:
    assert title_case(text) == expected


# Welsh councils head their minutes in both languages; the English rendering is read.
BILINGUAL = {
    "welsh first, split by a slash": """
        CYNGOR CYMUNED LLANDEWI
        LLANDEWI COMMUNITY COUNCIL
        Cofnodion cyfarfod misol y Cyngor / Minutes of the monthly meeting of the Council
        Nos Fercher 10 Ionawr 2024 / Wednesday 10 January 2024, 7.00pm
        Neuadd Bentref / Village Hall, Llandewi
        Yn bresennol / Present: Cllrs A Jones and B Evans
        """,
    "english first, renderings on consecutive lines": """
        Pentre Town Council / Cyngor Tref Pentre
        Minutes of the monthly meeting of the Council
        Cofnodion cyfarfod misol y Cyngor
        Wednesday 10 January 2024 at 7.00pm / Nos Fercher 10 Ionawr 2024 am 7.00pm
        Village Hall, Pentre
        Present: Cllrs A Jones and B Evans
        """,
}


@pytest.mark.parametrize("text", BILINGUAL.values(), ids=list(BILINGUAL))
def test_bilingual_heading_is_read_in_english(text: str) -> None:
    meeting = lines_to_meeting(as_lines(text), "minutes")
    assert meeting is not None
    assert (meeting.date, meeting.time) == ("2024-01-10", "19:00")
    assert meeting.body is not None and meeting.body.endswith(("Community Council", "Town Council"))
    assert meeting.venue is not None and meeting.venue.startswith("Village Hall")


@pytest.mark.parametrize("opening, venue", [
    ("Adoption Panel\nMinutes of the Adoption Panel held on Wednesday 28 February 2024 at 10:00 via Microsoft Teams",
     "Microsoft Teams"),
    ("Regional Adoption Agency\nMinutes of the Adoption Panel held at Vale House on 28 February 2024 at 10.00 am",
     "Vale House"),
])
def test_minutes_of_a_body_that_is_not_called_a_meeting(opening: str, venue: str) -> None:
    meeting = lines_to_meeting(as_lines(opening + "\nAttendance\nPanel members\tGillian Marsh"), "minutes")
    assert meeting == Meeting("Adoption Panel", "2024-02-28", "10:00", venue)


@pytest.mark.parametrize("opening, body", [
    ("Minutes of a hearing of the Licensing Sub-Committee\n"
     "Tuesday 20 August 2024, 10.00 am, Meeting Room 3, Council Offices", "Licensing Sub-Committee"),
    ("Minutes of the hearing of the Appeals Panel held in Meeting Room 3, Council Offices on 20 August 2024 "
     "at 10.00 am", "Appeals Panel"),
])
def test_minutes_of_a_hearing_name_the_body_that_heard_it(opening: str, body: str) -> None:
    meeting = lines_to_meeting(as_lines(opening + "\nMembers of the Sub-Committee\nCouncillors A Birch"), "minutes")
    assert meeting == Meeting(body, "2024-08-20", "10:00", "Meeting Room 3, Council Offices")


@pytest.mark.parametrize("details", [
    "Meeting date:\tTuesday, 5 November 2024\nStart time:\t10:00\nLocation:\tCommittee Room A, County Hall",
    "Meeting:\tAdults Scrutiny Committee\nDate:\t5 November 2024\nTime:\t10:00\nVenue:\tCommittee Room A, County Hall",
])
def test_a_details_table_at_the_top_of_minutes_states_their_meeting(details: str) -> None:
    text = "Adults Scrutiny Committee\n" + details + "\nMinutes\nPresent:\nCounty Councillor A Brown (Chair)"
    assert lines_to_meeting(as_lines(text), "minutes") == Meeting(
        "Adults Scrutiny Committee", "2024-11-05", "10:00", "Committee Room A, County Hall")


@pytest.mark.parametrize("text, expected", [
    ("""
        ELMSTEAD PARISH COUNCIL
        Minutes of the Annual Meeting of Elmstead Parish Council held on Wednesday the
        twenty-second of May 2024 at 7.30pm in the Pavilion.
        Present: J Smith, K Jones
        """, "2024-05-22"),
    ("""
        Minutes of a meeting of the Harbour Trust held on the fourth day of June 2024
        Present: A Brown
        """, "2024-06-04"),
])
def test_issue_11_minutes_dated_in_words(text: str, expected: str) -> None:
    meeting = lines_to_meeting(as_lines(text), "minutes")
    assert meeting is not None and meeting.date == expected
