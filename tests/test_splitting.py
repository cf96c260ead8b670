"""Splitting a file into its documents: packs, standalone minutes and reports, papers."""
from __future__ import annotations

import json
import pathlib

import pytest

from extract.records import Line
from extract.structure.splitting import lines_to_sections, signal_kind


def as_lines(*pages: str) -> list[Line]:
    return [Line(t.strip(), n) for n, page in enumerate(pages, 1) for t in page.strip().splitlines() if t.strip()]


def kinds(lines: list[Line]) -> list[tuple[str, int, bool]]:
    return [(s.kind, s.lines[0].page, s.paper) for s in lines_to_sections(lines)]


FRONT_SHEET_NOTICE = """
    Public Document Pack
    Friday 8 December 2017
    Notice of Meeting
    Dear Member
    The Children's Scrutiny Panel will meet in the Council Chamber at 10.00 am on Monday 18 December 2017.
    1: Membership of the Committee
    2: Minutes of the Previous Meeting
    """
FRONT_SHEET_TABLE = """
    Public Document Pack
    Kirklees Children & Young People's Partnership Board
    Thursday 15th June 2017 2.00 pm- 4.00 pm
    Board Members:
    Alasdair Brown\tThird Sector Leaders
    Agenda
    1\tWelcome\t
    """
MINUTES_HEADING = """
    KIRKLEES COUNCIL
    CHILDREN'S SCRUTINY PANEL
    Monday 6th November 2017
    Present: Councillor Cahal Burke (Chair)
    1 Minutes of the Previous Meeting
    The minutes were approved as a correct record.
    """
MINUTES_SENTENCE = """
    KENT COUNTY COUNCIL
    CABINET
    MINUTES of a meeting of the Cabinet held in the Council Chamber on Thursday, 30 January 2025.
    PRESENT: Mr R W Gough (Chairman)
    ALSO PRESENT: Mrs S Chandler
    84. Apologies
    """
REPORT_LABELS = """
    Name of meeting: Cabinet
    Date: 28th November 2016
    Title of report: Putting Children First
    1. Purpose of Report
    Report to\tReport\tFrequency
    """
REPORT_STAMPED = """
    Agenda Item 7
    From: Sue Chandler, Cabinet Member
    To: Cabinet - 30 January 2025
    Subject: Transfer of a service
    """
INTERESTS_FORM = """
    KIRKLEES COUNCIL
    DECLARATION OF INTERESTS
    Name of Councillor
    Signed:\tDated:
    """
INTERESTS_ROW = "COUNCIL/CABINET/COMMITTEE MEETINGS ETC DECLARATION OF INTERESTS Childrens Scrutiny Panel\tMEETING"
WORK_PROGRAMME = """
    CHILDREN'S SCRUTINY PANEL – WORK PROGRAMME 2024/25
    1. Implementation of Improvement Plan\tFULL OSMC
    """
INSPECTION = """
    Inspection of Kirklees local authority children's services
    Inspection dates: 8 to 19 July 2024
    Lead inspector: Rachel Griffiths
    """
BLANK = "This page is intentionally left blank"


def test_pack_with_notice_minutes_form_paper_and_work_programme() -> None:
    lines = as_lines(FRONT_SHEET_NOTICE, MINUTES_HEADING, INTERESTS_FORM, REPORT_LABELS, BLANK, WORK_PROGRAMME)
    assert kinds(lines) == [("agenda", 1, False), ("minutes", 2, False), ("interests_form", 3, True),
                            ("report", 4, True), ("work_programme", 6, True)]


def test_pack_with_agenda_table_and_inspection_letter() -> None:
    lines = as_lines(FRONT_SHEET_TABLE, MINUTES_SENTENCE, INTERESTS_ROW, INSPECTION, REPORT_STAMPED)
    assert kinds(lines) == [("agenda", 1, False), ("minutes", 2, False), ("interests_form", 3, True),
                            ("inspection", 4, True), ("report", 5, True)]


def test_minutes_heading_starts_the_section_above_present() -> None:
    sections = lines_to_sections(as_lines(FRONT_SHEET_TABLE + MINUTES_HEADING))
    assert [s.kind for s in sections] == ["agenda", "minutes"]
    assert sections[1].lines[0].text == "KIRKLEES COUNCIL"


def test_standalone_minutes_are_one_section() -> None:
    for text in (MINUTES_HEADING, MINUTES_SENTENCE):
        assert kinds(as_lines(text, text.replace("Present", "Apologies"))) == [("minutes", 1, False)]


def test_standalone_report_is_one_section_with_its_title() -> None:
    sections = lines_to_sections(as_lines(REPORT_LABELS, "2. Background"))
    assert [(s.kind, s.title, s.paper) for s in sections] == [("report", "Putting Children First", False)]


def titles(lines: list[Line]) -> list[tuple[str, str]]:
    return [(s.kind, s.title) for s in lines_to_sections(lines)]


# The last lines of a paper, then the next paper's heading on the same page.
PAPER_ENDINGS = [
    "11. Service Director responsible\nVicky Metherringham, Service Director (Family Support and Child Protection)",
    "8. Contact officer\nJane Smith - Head of Democratic Services\njane.smith@northshire.gov.uk",
    "Signed off by\nRob Fordyce\n20/09/24",
    "Cllr A. Brown – Chair of the Panel",
]


@pytest.mark.parametrize("ending", PAPER_ENDINGS, ids=["name-role", "contact", "signed-dated", "chair"])
@pytest.mark.parametrize("heading, kind, title", ids=["inspection", "work-programme", "block-above"], argvalues=[
    (INSPECTION, "inspection", "Inspection of Kirklees local authority children's services"),
    (WORK_PROGRAMME, "work_programme", "CHILDREN'S SCRUTINY PANEL – WORK PROGRAMME 2024/25"),
    ("SCRUTINY COMMITTEE\nFORWARD PLAN 2024/25\nItem\tLead\tDate", "work_programme", "SCRUTINY COMMITTEE"),
])
def test_a_paper_is_titled_by_its_own_heading_not_the_sign_off_above_it(ending: str, heading: str, kind: str,
                                                                         title: str) -> None:
    paper = f"{REPORT_LABELS}\n2. Summary\nThe service moves in April.\n{ending}\n{heading}"
    lines = as_lines(FRONT_SHEET_NOTICE, paper)
    assert titles(lines)[1:] == [("report", "Putting Children First"), (kind, title)]


@pytest.mark.parametrize("header", [
    "WESTSHIRE COUNTY COUNCIL\nReport to: Cabinet\nDate of meeting: 8 July 2024\nReport of: Director of Children's "
    "Services\nSchool Transport Review",
    "Northfield Borough Council\nReport to:\tChildren and Families Scrutiny Panel\nMeeting date:\t3 March 2025\n"
    "School Transport Review",
])
def test_a_report_is_titled_below_its_letterhead_and_header_labels(header: str) -> None:
    lines = as_lines(FRONT_SHEET_NOTICE, f"Agenda Item 5\n{header}\n1. Purpose of the Report\nTo update Members.")
    assert titles(lines)[1:] == [("report", "School Transport Review")]


@pytest.mark.parametrize("title", ["Annual Report of the Independent Reviewing Officer",
                                   "Putting Children First – Post Ofsted Inspection – Next Steps",
                                   "Kirklees Safeguarding Children Board"])
def test_headings_that_name_a_role_or_a_body_stay_titles(title: str) -> None:
    lines = as_lines(FRONT_SHEET_NOTICE, f"Agenda Item 3\n{title}\n1. Purpose\nTo inform the Panel.")
    assert titles(lines)[1][1] == title


def test_supplementary_pack_letter_and_report() -> None:
    letter = """
        Date: 29 January 2025
        Dear Member
        CABINET - THURSDAY, 30 JANUARY 2025
        I am now able to enclose the following reports.
        """
    assert kinds(as_lines(letter, BLANK, REPORT_STAMPED)) == [("other", 1, False), ("report", 3, False)]


def test_numbered_items_do_not_open_documents() -> None:
    minutes = MINUTES_HEADING + """
        3 Declaration of Interests
        4. MEMBERS' DECLARATION OF INTERESTS (for items on the Agenda)
        8 Work Programme
        Minutes of the Previous Meeting
        """
    assert kinds(as_lines(minutes)) == [("minutes", 1, False)]


def test_minute_numbered_headings_in_capitals_do_not_open_documents() -> None:
    minutes = """
        HARWELL DISTRICT COUNCIL
        MINUTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE, HELD ON TUESDAY, 14TH MARCH, 2023
        Present: Councillors Alexander (Chairman), Baker
        CSP/23/47 DECLARATIONS OF INTEREST
        34 : DECLARATIONS OF INTEREST
        CFS/23/7 Work Programme 2023/24
        Minute 23/051 WORK PROGRAMME 2022/23
        """
    assert kinds(as_lines(minutes)) == [("minutes", 1, False)]


def test_scottish_minute_and_sederunt() -> None:
    for opening in ("MINUTE of MEETING of the EDUCATION COMMITTEE held on 24 August 2023.", "Sederunt: Cllr A Ross"):
        assert kinds(as_lines(FRONT_SHEET_NOTICE, "ABERLOCH COUNCIL\n" + opening)) == [("agenda", 1, False),
                                                                                        ("minutes", 2, False)]


def test_empty_file() -> None:
    assert lines_to_sections([]) == []


def test_parish_summons_then_minutes_of_last_meeting() -> None:
    summons = """
        WESTBURY PARISH COUNCIL
        Members of the Council are hereby summoned to attend a meeting of the Parish Council to be held at the
        Village Hall on Monday 4 March 2024 at 7.30pm.
        1. Apologies for absence
        2. Minutes of the last meeting
        """
    minutes = """
        Westbury Parish Council – Ordinary Meeting Monday 5th February 2024, 7.30pm Village Hall
        PRESENT: Cllr R. Crisp (Chairperson), Cllr C. Anderson
        1. Apologies were received from Cllr Smith.
        """
    assert kinds(as_lines(summons, minutes)) == [("agenda", 1, False), ("minutes", 2, False)]


def test_us_minutes_with_attendees_list() -> None:
    text = """
        City of Springfield
        Finance Committee
        March 3, 2022
        Attendees: Jane Doe, John Roe
        Call to order at 4:00 pm.
        """
    sections = lines_to_sections(as_lines(text))
    assert [(s.kind, s.lines[0].text) for s in sections] == [("minutes", "City of Springfield")]


def test_two_sets_of_minutes_in_one_file_split_at_the_second_dated_heading() -> None:
    first = MINUTES_HEADING + "\n".join(f"{n} Item {n}\nThe Panel noted the report." for n in range(2, 40))
    second = MINUTES_HEADING.replace("6th November", "4th December")
    sections = lines_to_sections(as_lines(first, second))
    assert [(s.kind, s.lines[0].page) for s in sections] == [("minutes", 1), ("minutes", 2)]


def test_blank_separator_pages_and_stamps_are_dropped() -> None:
    sections = lines_to_sections(as_lines(REPORT_LABELS, BLANK, "Appendix A\nBudget table", REPORT_STAMPED))
    assert [s.kind for s in sections] == ["report", "report"]
    assert all(line.text not in (BLANK, "Agenda Item 7") for s in sections for line in s.lines)


def scored_meetings(path: pathlib.Path) -> list[tuple[str, str]]:
    """(kind, date) of each agenda, minutes and report with a dated meeting of its own."""
    from extract import reading
    from extract.structure import header

    lines = reading.pages_to_lines(reading.path_to_pages(path)[1])
    found = []
    for section in lines_to_sections(lines):
        meeting = header.lines_to_meeting(section.lines, section.kind)
        if meeting and meeting.date and not section.paper:
            found.append((section.kind, meeting.date))
    return found


@pytest.mark.parametrize("gold, corpus", [("gold", "seeds"), ("gold-real", "real")])
def test_issue_2_meetings_of_the_shared_corpus(shared: pathlib.Path, gold: str, corpus: str) -> None:
    for answer in sorted((shared / gold).glob("*.json")):
        folder = shared / "corpus" / corpus
        source = next(p for ext in ("pdf", "txt", "md") if (p := folder / f"{answer.stem}.{ext}").exists())
        expected = [(m["kind"], m["date"]) for m in json.loads(answer.read_text())["meetings"] if m.get("date")]
        assert scored_meetings(source) == expected, answer.stem


@pytest.mark.parametrize("kind, opens, does_not_open", [
    ("agenda", ["Notice of Meeting", "NOTICE IS HEREBY GIVEN that a meeting of the Council will be held"],
     ["2: Minutes of the Previous Meeting", "The agenda was agreed."]),
    ("minutes", ["MINUTES of a meeting of the Cabinet held in the Council Chamber", "Action Minutes",
                 "Minutes of the Regular Council Meeting held October 28, 2025", "Board Members Present:",
                 "PRESENT: Cllr R. Crisp", "Attendees: Jane Doe",
                 "Minutes of a hearing of the Licensing Sub-Committee",
                 "MINUTES OF THE HEARING OF THE STANDARDS HEARING PANEL"],
     ["86. Minutes of the Meeting held on 9th January 2025", "Minutes approved with one correction"]),
    ("report", ["Name of meeting: Cabinet", "REPORT TITLE: QUALITY ASSURANCE", "Meeting date:\t15/06/2017",
                "REPORT TO THE HEALTH AND WELLBEING BOARD – 14 NOVEMBER 2023",
                "Report of the Director of Finance to the Cabinet on 12 March 2024",
                "Report to Licensing Committee, Tuesday 5 March 2024"],
     ["Report to\tReport\tFrequency", "Report of the Director of Finance.", "Report of the Director of Finance",
      "Report to Cabinet", "Report to the Board on 4 March 2024 was noted."]),
    ("inspection", ["Inspection of Kirklees local authority children's services", "Inspection report",
                    "Inspection of Brookfield Primary School", "Focused visit to Kelbrook children's services",
                    "Ofsted focused visit to Northshire children's services",
                    "Monitoring visit to Southam children's services",
                    "Area SEND inspection of Westmarch Local Area Partnership"],
     ["Ofsted carried out an unannounced inspection of services in September 2016.",
      "5. Ofsted Focused Visit to Children's Services", "The monitoring visit to the front door took place in May.",
      "Ofsted monitoring visit to children's services\tHead of Service\tMarch 2024"]),
    ("work_programme", ["CHILDREN'S SCRUTINY PANEL – WORK PROGRAMME", "Agenda Plan 2024/25"],
     ["8 Work Programme", "7: Children's Scrutiny Panel Work Programme", "CFS/23/7 Work Programme 2023/24"]),
    ("interests_form", ["DECLARATION OF INTERESTS", "COUNCIL/CABINET/COMMITTEE MEETINGS ETC DECLARATION OF INTERESTS"],
     ["3: Declaration of Interests", "CSP/23/47 DECLARATIONS OF INTEREST", "34 : DECLARATIONS OF INTEREST"]),
])
def test_start_signals(kind: str, opens: list[str], does_not_open: list[str]) -> None:
    assert [signal_kind(t) for t in opens] == [kind] * len(opens)
    assert all(signal_kind(t) != kind for t in does_not_open)


def test_issue_3_every_paper_bound_into_an_agenda_pack_is_marked_paper():
    """Not only reports: a work programme or inspection report in a pack goes to the agenda's
    meeting too (the index dates it by the agenda), while the pack's minutes keep their own."""
    from extract.records import Line

    texts = ["Public Document Pack", "Notice of Meeting",
             "The Children's Panel will meet at 10.00 am on Monday 4 March 2024.",
             "Agenda Item 3", "CHILDREN'S PANEL - WORK PROGRAMME 2023/24", "Topic\tLead\tDate",
             "Elective home education\tHead of Service\tMarch 2024"]
    sections = lines_to_sections([Line(t, 1 + n // 4) for n, t in enumerate(texts)])
    kinds = [(s.kind, s.paper) for s in sections]
    assert kinds[0] == ("agenda", False)
    assert ("work_programme", True) in kinds


# A report whose whole header is one line naming where it goes and when.
ONE_LINE_REPORT_HEADERS = [
    "LANGHAM BOROUGH COUNCIL\nREPORT TO THE HEALTH AND WELLBEING BOARD – 14 NOVEMBER 2023\n"
    "REPORT OF THE DIRECTOR OF PUBLIC HEALTH\nSCHOOL TRANSPORT REVIEW",
    "Report of the Director of Children's Services to the Cabinet on 12 March 2024\nSchool Transport Review",
]


@pytest.mark.parametrize("header", ONE_LINE_REPORT_HEADERS, ids=["report-to-dash-date", "report-of-to-on-date"])
def test_a_standalone_report_with_a_one_line_header_is_a_report(header: str) -> None:
    lines = as_lines(f"{header}\n1. PURPOSE\n1.1 To present the review.\n2. RECOMMENDATIONS")
    assert [(s.kind, s.title, s.paper) for s in lines_to_sections(lines)] == [
        ("report", header.splitlines()[-1], False)]


@pytest.mark.parametrize("header", [
    "MERRIDALE CITY COUNCIL\nMeeting:\tOverview and Scrutiny Committee\nMeeting date:\t23 January 2024\n"
    "Title:\tAdult Social Care Waiting Lists",
    "Report to:\tCabinet\tDate:\t12.03.2024\nSubject:\tAdult Social Care Waiting Lists\tWards affected:\tAll",
])
def test_a_labelled_title_field_titles_a_report(header: str) -> None:
    sections = lines_to_sections(as_lines(f"{header}\n1. Recommendations"))
    assert [(s.kind, s.title) for s in sections] == [("report", "Adult Social Care Waiting Lists")]


INSPECTION_LETTERS = [
    "17 October 2023\nMartin Doyle\nDirector of Children's Services\nKelbrook Council\nDear Mr Doyle\n"
    "Focused visit to Kelbrook children's services\nThis letter summarises the findings of the focused visit.",
    "Ms A Raman\nExecutive Director, People\nDear Ms Raman\nOfsted monitoring visit to Southam children's services\n"
    "The visit took place on 6 and 7 February 2024.",
]


@pytest.mark.parametrize("letter", INSPECTION_LETTERS, ids=["focused-visit", "monitoring-visit"])
def test_an_inspection_letter_is_an_inspection_titled_below_its_salutation(letter: str) -> None:
    heading = next(t for t in letter.splitlines() if "visit to" in t)
    assert titles(as_lines(letter, "Headline findings\nLeaders have made progress.")) == [("inspection", heading)]


def test_a_letter_that_summarises_inspection_findings_is_an_inspection() -> None:
    letter = "5 March 2024\nDear Ms Raman\nThis letter summarises the findings of the monitoring visit to Southam."
    assert [s.kind for s in lines_to_sections(as_lines(letter))] == ["inspection"]


@pytest.mark.parametrize("running_header", ["Fire Authority - 15 December 2023", "Cabinet\nTuesday 12 March 2024"],
                         ids=["body-date-line", "body-over-date"])
@pytest.mark.parametrize("document", [FRONT_SHEET_NOTICE, f"Agenda Item 5\n{REPORT_LABELS}"], ids=["pack", "stamp"])
def test_a_running_header_joins_the_document_under_it(running_header: str, document: str) -> None:
    sections = lines_to_sections(as_lines(f"{running_header}\n{document}"))
    assert len(sections) == 1 and sections[0].kind != "other"
    assert sections[0].lines[0].text == running_header.splitlines()[0]


def test_a_short_undated_paper_before_a_pack_stays_a_document() -> None:
    sections = lines_to_sections(as_lines(f"Direct Dial/Ext: 03000 414043\n{FRONT_SHEET_NOTICE}"))
    assert [s.kind for s in sections] == ["other", "agenda"]


# "Minutes of the <body> held on <date>" says a file is minutes even when its body is not called
# a meeting and no "Present:" line follows (attendance in a list or table under a heading).
MINUTES_OF_BODY_HELD = {
    "web page with a site header": """
        Regional Adoption Agency: Adopt North Vale
        Adoption Panel
        Minutes of the Adoption Panel held on Wednesday 28 February 2024 at 10:00 via Microsoft Teams
        Attendance
        Panel members\tGillian Marsh (Chair); Peter Okafor
        Item\tCase\tPanel recommendation
        1\tMinutes of 31 January 2024\tThe minutes were agreed as an accurate record.
        """,
    "pdf with a letterhead": """
        Westshire County Council
        Minutes of the Schools Forum held at County Hall, Westbury on 5 March 2024 at 2.00 pm
        Forum members: A Brown (Chair), C Davis
        1. Apologies
        Apologies were received from E Fox.
        """,
}


@pytest.mark.parametrize("name", MINUTES_OF_BODY_HELD)
def test_minutes_of_a_body_held_on_a_date_are_minutes(name: str) -> None:
    assert kinds(as_lines(MINUTES_OF_BODY_HELD[name])) == [("minutes", 1, False)]


def test_minutes_of_the_previous_meeting_held_do_not_make_a_report_minutes() -> None:
    report = """
        Annual Report of the Virtual School
        Minutes of the previous meeting held on 3 March 2024 asked for this report.
        Purpose of the report
        """
    assert kinds(as_lines(report)) == [("report", 1, False)]


# A web page's minutes open with the meeting's details table: its labels alone do not make a report.
MINUTES_UNDER_DETAILS = {
    "CMIS page: details cells over a Minutes heading": """
        Westshire County Council - Committee Management Information System
        Adults Scrutiny Committee
        Meeting date:\tTuesday, 5 November 2024
        Start time:\t10:00
        Location:\tCommittee Room A, County Hall
        Minutes
        Present:
        County Councillor A Brown (Chair)\tCounty Councillor C Davis
        31.\t
        Apologies
        """,
    "labelled lines over Present": """
        Name of meeting: Licensing Committee
        Meeting date: 12 March 2024
        Venue: Council Chamber
        Present: Councillors Baker (Chair), Fox and Green
        1. Apologies for absence
        None.
        """,
}


@pytest.mark.parametrize("name", MINUTES_UNDER_DETAILS)
def test_a_details_table_at_the_top_of_minutes_is_their_header(name: str) -> None:
    assert kinds(as_lines(MINUTES_UNDER_DETAILS[name])) == [("minutes", 1, False)]


def test_a_details_block_with_a_report_title_is_still_a_report() -> None:
    report = """
        Name of meeting: Cabinet
        Meeting date: 12 March 2024
        Title of report: Budget Monitoring Quarter 3
        Purpose of report
        """
    assert kinds(as_lines(report)) == [("report", 1, False)]


# The item's number in one cell, its title in the next: the title is an item of the minutes.
ITEM_NUMBER_IN_ITS_OWN_CELL = {
    "CMIS minute cells": """
        Children's Scrutiny Committee
        Minutes
        Present: County Councillor A Brown (Chair)
        34.\t
        Education, Health and Care Plans
        Resolved: That the report be noted.
        35.\t
        Work Programme 2024/25
        It was agreed that home to school transport be added.
        36.\t
        DECLARATIONS OF INTEREST
        """,
    "minute references over capital headings": """
        MINUTES OF THE MEETING OF THE OVERVIEW AND SCRUTINY COMMITTEE HELD ON 14 MARCH 2023
        Present: Councillors Alexander (Chairman), Baker
        Minute 23/050
        INSPECTION REPORT
        The committee noted the inspection.
        OSC/23/51
        WORK PROGRAMME 2023/24
        """,
}


@pytest.mark.parametrize("name", ITEM_NUMBER_IN_ITS_OWN_CELL)
def test_an_item_title_beside_its_number_opens_no_document(name: str) -> None:
    assert kinds(as_lines(ITEM_NUMBER_IN_ITS_OWN_CELL[name])) == [("minutes", 1, False)]


@pytest.mark.parametrize("opening", [
    "Minutes of a hearing of the Licensing Sub-Committee\nTuesday 20 August 2024, 10.00 am, Meeting Room 3",
    "STANDARDS COMMITTEE\nMINUTES OF THE HEARING OF THE STANDARDS HEARING PANEL HELD ON 3 JUNE 2024",
])
def test_minutes_of_a_hearing_are_minutes(opening: str) -> None:
    text = opening + "\nMembers of the Sub-Committee\nCouncillors A Birch and F Keyes\n1. Election of a Chair"
    assert kinds(as_lines(text)) == [("minutes", 1, False)]


# Issue 11: a document whose heading says nothing of its kind is minutes when its body says so.
ATTENDANCE_WITHOUT_A_LABEL = {
    "'Present' alone over the names": """
        Hilltop Parish Council - 26th January 2021
        Present
        Councillors D Richardson (Chair), R Healey and P Moran
        21.01.01 Apologies
        None received
        """,
    "'(all members present)' under a voting record's title": """
        City of Boston\tCommissioners:
        Licensing Board\tKeeana S. Saxon
        Voting Agenda, May 14, 2020
        (all members present)
        1. Northeast Foods, LLC
        GRANTED
        """,
    "a bulleted 'Commissioners Present:'": """
        Minutes from Monday, January 29, 2018 – 9:00am at Carbon Arc Bar & Board
        \u2022 Perfunctory Business
        o Commissioners Present: Anthony Qaiyum, Zach Maiorca
        o Others Present: Ryan Warsing (LSRCC)
        """,
}


@pytest.mark.parametrize("name", ATTENDANCE_WITHOUT_A_LABEL)
def test_issue_11_attendance_without_a_present_label_makes_minutes(name: str) -> None:
    assert kinds(as_lines(ATTENDANCE_WITHOUT_A_LABEL[name])) == [("minutes", 1, False)]


@pytest.mark.parametrize("text", [
    """
    Hilltop Parish Council
    1 Footpaths
    All Councillors agreed that the footpath be repaired.
    2 Accounts
    It was resolved that the accounts be paid.
    The meeting closed at 9.05 p.m.
    """,
    """
    Lincoln Square Commission
    Meeting called to order at 9:08am
    Financials: the Commission agreed the 2018 budget.
    """,
])
def test_issue_11_a_paper_that_records_what_was_done_is_minutes(text: str) -> None:
    assert kinds(as_lines(text)) == [("minutes", 1, False)]


def test_an_undated_paper_without_a_record_stays_other() -> None:
    assert kinds(as_lines("Hilltop Parish Council\nNotes for residents\nThe hall is open on Mondays.")) == [
        ("other", 1, False)]


@pytest.mark.parametrize("text", [
    """
    TMG 14 November 2024
    Agenda
    1. Market and Regulatory Update
    2. Strategy Check
    Attendance:
    Harry Rayner – MEM (Chair)\tJames Graham – KCC
    Discussion Summary:
    • Link presented the latest market expectations.
    """,
    """
    Officer Working Group – 3 March 2024
    Agenda
    1. Welcome
    2. Budget
    Attendees: A Brown, C Davis
    1. Welcome
    The chair welcomed members.
    """,
])
def test_issue_11_an_agenda_recited_at_the_top_of_a_note_belongs_to_the_note(text: str) -> None:
    assert kinds(as_lines(text)) == [("minutes", 1, False)]


@pytest.mark.parametrize("agenda", [
    """
    AGENDA
    CITY COUNCIL REGULAR MEETING
    DECEMBER 6, 2022
    CONSENT CALENDAR
    A. Motion to Waive Full Reading
    B. Approval of Minutes (Takaoka)
    Recommendation: Approve the Minutes of November 15, 2022, Regular
    Meeting.
    Draft Minutes
    C. Registers of Demands (Mata)
    Recommendation: Adopt Resolution No. 2022-, A RESOLUTION OF
    THE CITY COUNCIL
    """,
    """
    Hilltop Parish Council
    AGENDA
    Monday 4 March 2024 at 7.30pm
    Apologies
    To receive apologies for absence.
    Minutes
    To approve the minutes of the last meeting as a correct record.
    Planning
    To consider applications received.
    """,
])
def test_issue_11_a_bare_minutes_label_inside_an_agenda_opens_nothing(agenda: str) -> None:
    assert kinds(as_lines(agenda)) == [("agenda", 1, False)]


@pytest.mark.parametrize("heading", ["Minutes", "DRAFT MINUTES"])
def test_a_bare_minutes_heading_atop_its_page_opens_minutes(heading: str) -> None:
    minutes = f"""
        {heading}
        Hilltop Parish Council
        Meeting Room 2
        The Old School
        High Street
        Hilltop
        Tuesday 6 February 2024
        Present: Cllr A Brown
        """
    assert [k for k, _, _ in kinds(as_lines(FRONT_SHEET_NOTICE, minutes))] == ["agenda", "minutes"]


def test_issue_15_an_agenda_titled_between_asterisks_opens_the_pack():
    agenda = """
        The Corporation of the Township of Nipissing
        * AGENDA *
        Tuesday, March 4, 2025
        1. Disclosure of pecuniary interest.
        """
    minutes = """
        MINUTES
        TOWNSHIP OF NIPISSING
        Tuesday, February 18, 2025
        Present: Mayor Dave Yemm and Councillors Lisa Chalapenko
        """
    assert kinds(as_lines(agenda, minutes)) == [("agenda", 1, False), ("minutes", 2, False)]


def test_issue_15_minutes_of_another_meeting_bound_after_minutes_open_a_document():
    """Minutes of other bodies bound into a pack one after another, each a page or two: the date
    under each heading tells them apart, however close; the date in a running header does not."""
    council = """
        MINUTES
        TOWNSHIP OF NIPISSING
        Tuesday, February 18, 2025
        Present: Mayor Dave Yemm and Councillors Lisa Chalapenko
        R2025-034 J. Scott, S. Foote:
        That the minutes be adopted as published. Carried.
        """
    board = """
        The Golden Sunshine Municipal Non-Profit Housing Corporation
        Minutes of the Board of Directors Meeting
        2024-112
        December 17, 2024
        Present: Bernadette Kerr, Mieke Markus
        1. Call to order
        """
    again = board.replace("December 17, 2024", "January 21, 2025")
    repeated = council.replace("Present: Mayor Dave Yemm and Councillors Lisa Chalapenko", "MINUTES")
    assert kinds(as_lines(council, board, again)) == [("minutes", 1, False), ("minutes", 2, False),
                                                      ("minutes", 3, False)]
    assert kinds(as_lines(council, repeated)) == [("minutes", 1, False)]
