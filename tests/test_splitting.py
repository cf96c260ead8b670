"""Splitting a file into its documents: packs, standalone minutes and reports, papers."""
from __future__ import annotations

from extract.records import Line
from extract.splitting import lines_to_sections


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
    assert kinds(lines) == [("agenda", 1, False), ("minutes", 2, False), ("interests_form", 3, False),
                            ("report", 4, True), ("work_programme", 6, False)]


def test_pack_with_agenda_table_and_inspection_letter() -> None:
    lines = as_lines(FRONT_SHEET_TABLE, MINUTES_SENTENCE, INTERESTS_ROW, INSPECTION, REPORT_STAMPED)
    assert kinds(lines) == [("agenda", 1, False), ("minutes", 2, False), ("interests_form", 3, False),
                            ("inspection", 4, False), ("report", 5, True)]


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


def test_empty_file() -> None:
    assert lines_to_sections([]) == []
