"""Item headings set apart by layout and numbering (issue 11): numbering schemes, lists inside and
between items, wrapped titles, bold markup, and the headings of minutes that number nothing.
Each convention is shown in two layouts of our own."""
from __future__ import annotations

import pytest

from extract.reading import markup, pages_to_lines
from extract.records import Line, Meeting
from extract.structure.headings import line_to_heading, weighted
from extract.structure.items import lines_to_items
from extract.structure.numbering import NUMBER, SCHEMES, number_scheme


def marked_lines(text: str) -> list[Line]:
    """Lines of a test text, "**...**" marking a line set in bold, as reading marks them."""
    return [Line(markup.clean_line(t.strip()), 1, bold=markup.marked_ink(t.strip()).mostly_bold)
            for t in text.strip().splitlines() if t.strip()]


def items_of(text: str, kind: str = "minutes") -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in lines_to_items(marked_lines(text), kind, Meeting(date="2024-05-01"))]


def items_of_file(tmp_path, name: str, source: str) -> list[tuple[str | None, str]]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    fmt = name.rsplit(".", 1)[1]
    lines = pages_to_lines(markup.text_to_pages(source, fmt))
    return [(i.number, i.title) for i in lines_to_items(lines, "minutes", None)]


# -- numbering schemes ---------------------------------------------------------------------

SCHEME_EXAMPLES = {
    "item": [("Item 4 - Matters arising", "4"), ("Items 4 & 5. Active Travel Update", "4 & 5"),
             ("Minute No. 12 Apologies", "12")],
    "year_month": [("21.01.05 Village Green", "21.01.05"), ("18.05.1 Election of Chair", "18.05.1")],
    "lettered": [("3a. Certify the election", "3a"), ("5(b) Highways", "5(b)")],
    "coded": [("CSP/23/45 Budget monitoring", "CSP/23/45"), ("ICB 24/061 Finance", "ICB 24/061")],
    "slash": [("77/21 Apologies", "77/21")],
    "joined": [("4 & 5 Budget and Precept", "4 & 5")],
    "sub": [("6.1 Highways report", "6.1")],
    "plain": [("84. Apologies", "84"), ("1.MINUTES", "1")],
    "capital": [("A. Motion to Waive Full Reading", "A"), ("H. Approval of Minutes", "H")],
}


def test_issue_11_every_numbering_scheme_has_examples():
    assert sorted(SCHEME_EXAMPLES) == sorted(SCHEMES)


@pytest.mark.parametrize("scheme,line,number", [(s, line, n) for s, cases in SCHEME_EXAMPLES.items()
                                                for line, n in cases])
def test_issue_11_numbering_schemes(scheme, line, number):
    m = NUMBER.match(line)
    assert m is not None and number_scheme(m) == (scheme, number)


@pytest.mark.parametrize("line,number,title", [
    ("21.01.05 Discussion regarding the Village Green", "21.01.05", "Discussion regarding the Village Green"),
    ("1.MINUTES", "1", "MINUTES"),
    ("2.Update from Chief Superintendent", "2", "Update from Chief Superintendent"),
    ("Items 4 & 5. Active Travel Update", "4 & 5", "Active Travel Update"),
    ("3. Approval of Minutes:", "3", "Approval of Minutes"),
    ("9.Question submitted by Maurice Quinlivan, T.D. :", "9", "Question submitted by Maurice Quinlivan, T.D."),
    ("1. Mile 22, Inc.", "1", "Mile 22, Inc."),
    ("5. CMG 10 PO Square, LLC", "5", "CMG 10 PO Square, LLC"),
    ("Item 3. LSMATS Update - Mr. Robert Gallagher, Senior Engineer", "3",
     "LSMATS Update - Mr. Robert Gallagher, Senior Engineer"),
    ("B. Approval of Minutes (Takaoka)", "B", "Approval of Minutes (Takaoka)"),
    ("2. Consideration of the planning permit review process. (Seeraty) (30 mins)", "2",
     "Consideration of the planning permit review process. (Seeraty)"),
])
def test_issue_11_heading_lines(line, number, title):
    heading = line_to_heading(0, line)
    assert heading is not None and (heading.number, heading.title) == (number, title)


@pytest.mark.parametrize("line", [
    "1. Apologies for absence accepted from:",
    "2. *Extra Support for SMEs*. Actions include the appointment of a mentor",
    "4. Mr Smith provided an update on the following:",
])
def test_issue_11_sentences_are_not_headings(line):
    assert line_to_heading(0, line) is None


# -- parish numbers by year and month --------------------------------------------------------

def test_issue_11_year_month_minute_numbers():
    text = """
    Milton Parish Council - 26th January 2021
    Present
    Councillors D Rae (Chair), R Holt and P Moran
    21.01.01 Election of Chair
    Councillor Rae was elected.
    21.01.02 Register of Interests
    None
    Signed _ Dated
    21.01.03 Minutes
    The minutes were approved as a true record.
    """
    assert items_of(text) == [("21.01.01", "Election of Chair"), ("21.01.02", "Register of Interests"),
                              ("21.01.03", "Minutes")]


def test_issue_11_year_month_minute_numbers_with_colons_and_short_numbers():
    text = """
    MINUTES OF ASHBY PARISH COUNCIL, 9 MARCH 2023
    Present: Cllrs Bell, Khan and Reid
    23.03.1: Apologies
    Cllr Ford sent apologies.
    23.03.2: Finance
    The payments were approved.
    23.03.3: Date of next meeting
    Tuesday 11 April.
    """
    assert items_of(text) == [("23.03.1", "Apologies"), ("23.03.2", "Finance"), ("23.03.3", "Date of next meeting")]


# -- lists inside items, and lists of items --------------------------------------------------

def test_issue_11_a_list_restarting_inside_an_item_when_the_items_go_on_after_it():
    text = """
    Present: Cllr D Llewellyn - Chairman
    7. Correspondence:
    1. Norfolk Matters - copy for Councillors
    2. Removal of BT Kiosks
    4. Local Government Review
    5. Review of East of England Plan
    8. Planning:
    Notice of decisions received.
    """
    assert items_of(text) == [("7", "Correspondence"), ("8", "Planning")]


def test_issue_11_a_list_in_another_style_than_the_items_is_inside_an_item():
    text = """
    **Item 3: Transport Strategy Update**
    The main topics of the submissions were the following:
    1. Rail Transport
    2. Entrance from the North
    3. Targets
    **Item 4: Active Travel Update**
    Mr Brennan presented on communications including -
    1. Creating brand awareness
    2. Engaging story-telling
    3. Updates to Elected Members
    """
    assert items_of(text) == [("3", "Transport Strategy Update"), ("4", "Active Travel Update")]


def test_issue_11_lists_of_items_each_under_its_own_heading():
    text = """
    Voting Agenda, May 14, 2020
    Disciplinary Hearings on May 12, 2020
    1. Northeast Foods, LLC
    123 River St, Hyde Park, MA 02136
    GRANTED
    2. Big House Fine Dining, LLC
    Granted
    Transactional Hearings on May 13, 2020
    1. Nicholas Chen Sound, LLC
    1478 Tremont St, Mission Hill, MA 02120
    2. Paga, Inc.
    Deferred
    """
    assert items_of(text) == [("1", "Northeast Foods, LLC"), ("2", "Big House Fine Dining, LLC"),
                              ("1", "Nicholas Chen Sound, LLC"), ("2", "Paga, Inc.")]


def test_issue_11_consent_calendar_lettered_items_and_a_list_under_a_section_heading():
    text = """
    CEREMONIAL MATTERS:
    1. Presentation to the outgoing Mayor
    2. Remarks by invited guests
    3. Council Reorganization
    a. Selection of Mayor
    b. Selection of Mayor Pro Tem
    CONSENT CALENDAR:
    A. Motion to Waive Full Reading
    B. Approval of Minutes (Takaoka)
    C. Registers of Demands (Mata)
    REGULAR BUSINESS:
    1. Consideration of the park fence removal (O'Neill)
    2. Consideration of the permit review process (Seeraty)
    """
    assert items_of(text, "agenda") == [
        ("1", "Presentation to the outgoing Mayor"), ("2", "Remarks by invited guests"),
        ("3", "Council Reorganization"), ("A", "Motion to Waive Full Reading"),
        ("B", "Approval of Minutes (Takaoka)"), ("C", "Registers of Demands (Mata)"),
        ("1", "Consideration of the park fence removal (O'Neill)"),
        ("2", "Consideration of the permit review process (Seeraty)")]


def test_issue_11_capital_letters_are_items_only_running_from_a():
    text = """
    MEMBERS :
    Councillors B. Collins, J. Collins, S. Keary,
    C. Sheehan and A. Talukder
    1. Minutes
    The minutes were adopted.
    2. Correspondence
    Noted.
    """
    assert items_of(text) == [("1", "Minutes"), ("2", "Correspondence")]


# -- wrapped titles --------------------------------------------------------------------------

def test_issue_11_bold_title_wrapped_over_lines():
    text = """
    **1.MINUTES**
    Circulated, copy of Minutes of the meeting held on 3rd September, 2021.
    **2.FILL VACANCY ON THE JOINT POLICING COMMITTEE CAUSED BY THE RESIGNATION OF**
    **COUNCILLOR LIAM GALVIN**
    The Chairman thanked Councillor Galvin.
    **3.Collision Reporting and Evaluation Procedure – All outstanding reports submitted and**
    **returned to the Department of Transport**
    Noted.
    """
    assert items_of(text) == [
        ("1", "MINUTES"),
        ("2", "FILL VACANCY ON THE JOINT POLICING COMMITTEE CAUSED BY THE RESIGNATION OF COUNCILLOR LIAM GALVIN"),
        ("3", "Collision Reporting and Evaluation Procedure – All outstanding reports submitted and returned to "
              "the Department of Transport")]


def test_issue_11_item_number_above_a_bold_title_wrapped_over_lines():
    text = """
    **Item 1:**
    **To approve the Minutes of the Home and Social Development Strategic**
    **Policy Committee meeting held 11th September 2017**
    The Minutes were proposed by Cllr Scanlan.
    **Item 2:**
    **Matters Arising from the Minutes**
    **RESOLVED**
    """
    assert items_of(text) == [
        ("1", "To approve the Minutes of the Home and Social Development Strategic Policy Committee meeting "
              "held 11th September 2017"),
        ("2", "Matters Arising from the Minutes")]


def test_issue_11_a_short_bold_heading_does_not_take_in_the_bold_line_under_it():
    text = """
    **3. CONFIRMATION OF MINUTES**
    **COUNCIL RESOLUTION 2024/087**
    That the Minutes of the meeting held on 16 April 2024 be confirmed.
    **4.1 Draft Budget 2024/25 - Public Exhibition**
    **OFFICER RECOMMENDATION**
    That Council endorses the Draft Budget.
    """
    assert items_of(text) == [("3", "CONFIRMATION OF MINUTES"), ("4.1", "Draft Budget 2024/25 - Public Exhibition")]


def test_issue_11_agenda_entries_wrapped_to_a_presenter_or_lower_case():
    text = """
    CONSENT CALENDAR:
    A. Consideration and possible action to certify the results of the General
    Municipal Election of November 8, 2022 (Takaoka)
    Recommendation: Adopt the resolution.
    B. Consideration and possible action to cancel the January 3, 2023 City Council
    meeting. (Takaoka)
    Recommendation: Approve the cancellation.
    C. Consideration and possible action to approve compensation changes for
    part-time employees due to the mandatory minimum wage increase.
    (Banales)
    Agenda Report
    """
    assert items_of(text, "agenda") == [
        ("A", "Consideration and possible action to certify the results of the General Municipal Election of "
              "November 8, 2022 (Takaoka)"),
        ("B", "Consideration and possible action to cancel the January 3, 2023 City Council meeting. (Takaoka)"),
        ("C", "Consideration and possible action to approve compensation changes for part-time employees due to "
              "the mandatory minimum wage increase. (Banales)")]


def test_issue_11_title_line_ending_mid_phrase_goes_on():
    text = """
    3. Swearing in and Seating of Newly Elected Council Members David Bradley,
    Barbara Ferraro and Paul Seo. (Takaoka)
    The oath was administered.
    4. Report of the working group on the future of the
    village hall
    The report was noted.
    5. Council Reorganization
    a. Selection of Mayor
    """
    assert items_of(text) == [
        ("3", "Swearing in and Seating of Newly Elected Council Members David Bradley, Barbara Ferraro and Paul Seo. "
              "(Takaoka)"),
        ("4", "Report of the working group on the future of the village hall"),
        ("5", "Council Reorganization")]


# -- minutes that number nothing -------------------------------------------------------------

def test_issue_11_run_in_labels_title_the_items_of_unnumbered_minutes():
    text = """
    Minutes of the meeting of the Wereham Parish Council held on Tuesday 13th January 2004
    Present: R. Lankfer - Chairman, Mrs. Willis, C. Humphries
    Apologies: G. Gott
    Minutes: It was proposed by G. Clere that the minutes be signed as a correct record.
    Matters Arising: G. Clere confirmed that we do not require a web site.
    Methwold High School: Mr. Baddock gave a short explanation of Specialist School Status.
    Precept: Proposed by D. Pickston that a request be made for £3010.
    Any Other Business: The clerk is to write to the haulier about speeding.
    """
    assert items_of(text) == [(None, "Minutes"), (None, "Matters Arising"), (None, "Methwold High School"),
                              (None, "Precept"), (None, "Any Other Business")]


@pytest.mark.parametrize("label", ["Any Other Business: ", "Any Other Business:\n"])
def test_issue_11_an_unnumbered_item_holds_the_text_after_its_label(label):
    text = f"""
    Minutes of the meeting of the Parish Council held on Tuesday 13th January 2004
    Present: R. Lankfer - Chairman, Mrs. Willis
    Precept: It was agreed that a request be made for £3010.
    {label}The clerk is to write to the haulier and request that their drivers keep to the speed limit.
    """
    items = lines_to_items(marked_lines(text), "minutes", Meeting(date="2004-01-13"))
    assert [(i.title, len(i.decisions), len(i.actions)) for i in items] == [("Precept", 1, 0),
                                                                         ("Any Other Business", 0, 1)]
    assert items[1].text.startswith("The clerk is to write")


def test_issue_11_labels_alone_and_title_case_lines_above_prose_in_unnumbered_minutes():
    text = """
    Minutes of Stoke Parish Council Meeting held in The Community Centre
    Those Attending: Cllr Mrs T Mann (Chairman), Cllr M Precey
    Apologies: Apologies were received from CC T White
    Police Matters:
    It was reported that 8 calls had been received since our last meeting.
    Allotments
    Cllr Precey informed the meeting that the date in the last minutes was incorrect.
    Planning:
    Withdrawl of Application
    Alterations to existing cottages at Church Cottage High Street
    Approved by Parish
    Listed Building Application - Alterations to Moulsham House
    Next Meeting
    The next meeting will be on Wednesday 14 April 2010 at 7.30pm
    Parish Clerk
    """
    assert items_of(text) == [(None, "Police Matters"), (None, "Allotments"), (None, "Planning"),
                              (None, "Next Meeting")]


def test_issue_11_labels_that_are_fields_people_or_motions_are_not_headings():
    text = """
    A regular meeting of the Township Council was held on Tuesday, August 15, 2023.
    Present: Mayor Tom Piper and Councillors Tom Butler and Shelly Foote.
    Staff: Municipal Administrator-Clerk-Treasurer Kris Hodgins.
    Disclosure of pecuniary interest: None.
    Committee Reports:
    Councillor Dave Yemm: Township Museum Board.
    Mayor Tom Piper: Community event.
    R2023-158 D. Yemm, S. Foote:
    That the minutes of the Council meeting held July 11, 2023, be adopted as published. Carried.
    R2023-165 S. Kirkey, S. Foote:
    Closed Session: That this part of our meeting be closed to the public as authorized by section 239 or local board;
    Purpose of this Closed Session: Council to receive legal opinions.
    Time: 7:13 p.m. Carried
    Mayor:
    Municipal Administrator:
    """
    assert items_of(text) == [(None, "Disclosure of pecuniary interest"), (None, "Committee Reports")]


def test_issue_11_list_entries_of_one_shape_are_not_standalone_titles():
    text = """
    Minutes of Stoke Parish Council Meeting held in the Community Centre
    Those Attending: Mr M Ferrie (Chairman), Mrs T Mann
    Matters Arising:
    The sign had not been found since the last meeting.
    Correspondence:
    Central Services - Street Naming and Numbering Agency Agreement
    H Brett & Son Ltd - request to place a Memorial in the Cemetery was unanimously approved.
    Co-option of Councillor
    Mrs Rose Mendoza had applied for the vacancy and was co-opted.
    """
    assert items_of(text) == [(None, "Matters Arising"), (None, "Correspondence"), (None, "Co-option of Councillor")]


@pytest.mark.parametrize("top,second,third", [("\u2022", "o", "\u25aa"), ("\uf0b7", "o", "\uf0a7")])
def test_issue_11_top_entries_of_a_bulleted_outline_that_open_deeper_ones(top, second, third):
    text = f"""
    Minutes from Monday, January 29, 2018 at the Library
    {top} Perfunctory Business
    {second} Commissioners Present: Ann Able, Ben Cole
    {top} Meeting called to order at 9:08am
    {top} Minutes from 11/30/17 meeting approved - B. Cole (motion)
    {top} New Business
    {second} APPROVED - 2018 Meetings Calendar
    {third} New funding for banner repairs
    {top} Announcements
    {second} Next meeting - 9:00am Thursday, February 15th
    {top} Meeting adjourned at 11:25am
    """
    assert items_of(text) == [(None, "Perfunctory Business"), (None, "New Business"), (None, "Announcements")]


def test_issue_11_a_bold_line_further_in_than_the_next_ends_a_list_entry():
    lines = [Line("Minutes of the Commission, January 29, 2018", 1),
             Line("Perfunctory Business", 1, bold=True), Line("Ann Able welcomed to the Commission", 1, indent=3.8),
             Line("New Business", 1, bold=True), Line("APPROVED - Revised budget", 1, indent=3.8),
             Line("New funding for banner repairs and", 1, indent=7.6),
             Line("Meter art program", 1, bold=True, indent=9.5), Line("More funding for murals", 1, indent=7.6)]
    assert [(i.number, i.title) for i in lines_to_items(lines, "minutes", None)] == [
        (None, "Perfunctory Business"), (None, "New Business")]


def test_issue_11_unnumbered_html_minutes_after_a_site_header(tmp_path):
    source = """<html><body><h1>Wereham Parish Council Minutes</h1><h2>March 2004</h2>
    <p>Minutes of the meeting held on Tuesday 13th January 2004</p>
    <p>Present: R. Lankfer - Chairman, Mrs. Willis</p><p>Apologies: G. Gott</p>
    <p><strong>Planning</strong></p><p>Two applications were considered and supported.</p>
    <p><strong>Correspondence</strong></p><p>A letter has been received from the Diocese.</p>
    </body></html>"""
    assert items_of_file(tmp_path, "m.html", source) == [(None, "Planning"), (None, "Correspondence")]


# -- unnumbered headings after the numbered items --------------------------------------------

def test_issue_11_capitals_after_the_last_numbered_item(tmp_path):
    source = """<p>MINUTES OF NORTHWOLD PARISH COUNCIL MEETING</p><p>Present: Mrs R Crisp, Mr D George</p>
    <p><strong>1.</strong> <strong>Apologies for absence</strong></p><p>PCSO Tracy Milburn sent apologies.</p>
    <p><strong>2. Declarations of Interest:</strong></p><p>Mrs S Jackson declared an interest in item 7.</p>
    <p><strong>OPEN FORUM</strong></p><p>Comment was made that acoustics in the village hall are not good.</p>"""
    assert items_of_file(tmp_path, "m.html", source) == [
        ("1", "Apologies for absence"), ("2", "Declarations of Interest"), (None, "OPEN FORUM")]


def test_issue_11_capitals_among_capital_headings_are_markers():
    text = """
    Present: Cr Karen Doyle (Mayor)
    3. CONFIRMATION OF MINUTES
    COUNCIL RESOLUTION 2024/087
    That the Minutes be confirmed.
    CARRIED 5/0
    5. CLOSURE
    The Mayor declared the meeting closed.
    WEBCAST RECORDING
    """
    assert items_of(text) == [("3", "CONFIRMATION OF MINUTES"), ("5", "CLOSURE")]


def test_issue_11_capitals_after_plain_numbered_items_in_text():
    text = """
    Present: Cllr D Llewellyn - Chairman
    10. The Green and byelaws:
    Discussion took place as to whether vehicles should be permitted on the Green.
    11. Other Reports/items for the next agenda - for information only:
    11.1 The footway from No.6 All Saints Place is in need of repair.
    OPEN SESSION
    Discussion took place as to possible future community use of the Church.
    """
    assert items_of(text) == [("10", "The Green and byelaws"),
                              ("11", "Other Reports/items for the next agenda - for information only"),
                              (None, "OPEN SESSION")]


# -- markup evidence -------------------------------------------------------------------------

def test_issue_11_numbered_heading_keeps_its_line_break_in_converted_markdown(tmp_path):
    body = "The Director informed Members that one Member from each Municipal District should be nominated"
    source = (f"2: Travel and Transportation / Environment\nDeputation to meet with the roads authority\n\n{body}\n"
              f"to take part in a deputation to discuss an agreed list of issues relevant to the District.\n\n"
              f"3. Correspondence\nCorrespondence was noted and the Members agreed to hold a workshop.\n")
    assert items_of_file(tmp_path, "m.md", source) == [("2", "Travel and Transportation / Environment"),
                                                        ("3", "Correspondence")]


def test_issue_11_markdown_and_html_headings_and_bold_set_lines_apart():
    md = pages_to_lines(markup.text_to_pages(
        "# Budget\n\n**1.MINUTES**\n\n**APOLOGIES**: None of the members\n\nText.", "md"))
    html = pages_to_lines(markup.text_to_pages(
        "<h3>1. Opening</h3><p><b>2.</b> <b>Minutes</b></p><p><u>Planning</u></p><p><strong>Present:</strong> Cr Doyle"
        " and Cr Tran</p><p>Text</p>", "html"))
    assert [(line.text, weighted(line)) for line in md + html] == [
        ("Budget", True), ("1.MINUTES", True), ("APOLOGIES: None of the members", False), ("Text.", False),
        ("1. Opening", True), ("2. Minutes", True), ("Planning", True), ("Present: Cr Doyle and Cr Tran", False),
        ("Text", False)]


# -- bold run-in titles closed by a full stop or a dash ------------------------------------------

def test_issue_11_bold_run_in_titles_closed_by_a_full_stop_in_markdown(tmp_path):
    source = """# Upper Fenby Parish Council

**Minutes of the meeting held on Monday 3rd March 2025 in the Reading Room**

**Present:** Cllrs A. Hale (Chair), B. Owusu and C. Grant.

**Allotments.** The waiting list now stands at nine. It was agreed to divide plot 4.

**Village hall.** The boiler has been serviced and the Clerk reported the cost.

**Footpaths.** Members noted the overgrown stile on footpath 7 and the Clerk will report it.
"""
    assert items_of_file(tmp_path, "m.md", source) == [
        (None, "Allotments"), (None, "Village hall"), (None, "Footpaths")]


def test_issue_11_bold_run_in_titles_closed_by_a_dash_in_html(tmp_path):
    source = """<h1>Westbeck Town Council</h1>
<p><b>Attendance:</b> Councillors Ives, Jarrow and Kemp.</p>
<p><strong>Grounds maintenance</strong> &ndash; the contractor's quote for 2025 was accepted.</p>
<p><strong>Christmas lights</strong> &ndash; the working group reported that the lights were ordered.</p>
<p><strong>Bus shelter</strong> &ndash; the new shelter was installed on Station Road last week.</p>
"""
    assert items_of_file(tmp_path, "m.html", source) == [
        (None, "Grounds maintenance"), (None, "Christmas lights"), (None, "Bus shelter")]


# -- a worded number in a gutter: "Minute No. 45/24 <TAB> Title" ----------------------------------

def gutter_lines(rows: list[str]) -> list[Line]:
    """A heading row: the number in a gutter cell, the bold title beside it; the body under it."""
    return [Line(text, 1, bold="\t" in text) for text in rows]


def test_issue_11_minute_no_in_a_gutter_beside_the_title():
    lines = gutter_lines([
        "Minute No. 12/25\tApologies for Absence",
        "Apologies were received from Councillor Dunne.",
        "Minute No. 13/25\tPlanning Application 25/00411/FUL - 4 Quarry Lane, Thorpe - New dwelling",
        "The Planning Officer presented the report. RESOLVED: That permission be granted.",
    ])
    items = [(i.number, i.title) for i in lines_to_items(lines, "minutes", Meeting(date="2025-02-10"))]
    assert items == [("12/25", "Apologies for Absence"),
                     ("13/25", "Planning Application 25/00411/FUL - 4 Quarry Lane, Thorpe - New dwelling")]


def test_issue_11_min_and_item_no_in_a_gutter_beside_the_title():
    lines = gutter_lines([
        "Min. 7\tDeclarations of Interest",
        "None were declared.",
        "Min. 8\tHighways Update",
        "The County Councillor reported on the resurfacing programme.",
        "Item No. 9\tBudget Monitoring",
        "The report was noted.",
    ])
    items = [(i.number, i.title) for i in lines_to_items(lines, "minutes", Meeting(date="2025-02-10"))]
    assert items == [("7", "Declarations of Interest"), ("8", "Highways Update"), ("9", "Budget Monitoring")]


# -- three-level item numbers under a department's heading ----------------------------------------

def test_issue_11_three_level_numbers_under_department_headings():
    assert items_of("""
**8 REPORTS OF OFFICERS**
**8.1 TECHNICAL SERVICES**
**8.1.1 Road Maintenance Program 2025**
The Manager Works presented the program. The program was adopted.
**8.1.2 Footpath Renewal Priorities**
The priorities were noted.
**8.2 COMMUNITY SERVICES**
**8.2.1 Library Opening Hours**
The hours were endorsed.
**9 CLOSURE**
""") == [("8", "REPORTS OF OFFICERS"), ("8.1", "TECHNICAL SERVICES"), ("8.1.1", "Road Maintenance Program 2025"),
         ("8.1.2", "Footpath Renewal Priorities"), ("8.2", "COMMUNITY SERVICES"), ("8.2.1", "Library Opening Hours"),
         ("9", "CLOSURE")]


def test_issue_11_three_level_numbers_closed_by_a_dash():
    assert items_of("""
3.4.1 - Quarterly Budget Review
The review was received.
3.4.2 - Fees and Charges
Council adopted the schedule.
3.4.3 - Audit Committee Minutes
Received.
""") == [("3.4.1", "Quarterly Budget Review"), ("3.4.2", "Fees and Charges"),
         ("3.4.3", "Audit Committee Minutes")]


# -- a smaller line under a heading does not continue its title ---------------------------------

def sized(text: str, size: float, bold: bool = True) -> Line:
    return Line(text, 1, size=size, bold=bold)


def test_issue_11_a_smaller_label_under_a_caps_heading_is_not_its_title():
    lines = [sized("2 RECORD OF ATTENDANCE AND APOLOGIES FOR THE MEETING OF COUNCIL", 1.25),
             sized("Members", 1.08), sized("Cr Ann Hale (Shire President)", 1.0, bold=False),
             sized("Cr Bo Ives", 1.0, bold=False),
             sized("3 PUBLIC QUESTION TIME", 1.25), sized("No questions were received.", 1.0, bold=False)]
    items = [(i.number, i.title) for i in lines_to_items(lines, "minutes", Meeting(date="2025-02-10"))]
    assert items == [("2", "RECORD OF ATTENDANCE AND APOLOGIES FOR THE MEETING OF COUNCIL"),
                     ("3", "PUBLIC QUESTION TIME")]


def test_issue_11_a_smaller_sub_heading_under_a_full_title_is_not_its_title():
    lines = [sized("4 Reports from the Committees and Working Groups of the Council", 1.2),
             sized("Finance Committee Report (Chair)", 1.05), sized("The report was received.", 1.0, bold=False),
             sized("5 Closure of the Meeting", 1.2), sized("The meeting closed at 9 pm.", 1.0, bold=False)]
    items = [(i.number, i.title) for i in lines_to_items(lines, "minutes", Meeting(date="2025-02-10"))]
    assert items == [("4", "Reports from the Committees and Working Groups of the Council"),
                     ("5", "Closure of the Meeting")]
