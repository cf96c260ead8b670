"""Items: numbering styles, heading vs numbered list, agenda front sheets and tables, unnumbered minutes."""
from __future__ import annotations

import pytest

from extract.records import Line, Meeting
from extract.structure.headings import line_to_heading
from extract.structure.items import lines_to_items


def lines(text: str, page: int = 1) -> list[Line]:
    return [Line(t.strip(), page) for t in text.strip().splitlines() if t.strip()]


def numbers_and_titles(text: str, kind: str = "minutes") -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in lines_to_items(lines(text), kind, Meeting(date="2025-01-30"))]


@pytest.mark.parametrize("line,number,title", [
    ("7 Public Question Time", "7", "Public Question Time"),
    ("7. Public Question Time", "7", "Public Question Time"),
    ("84. Apologies", "84", "Apologies"),
    ("77/21 Apologies for absence", "77/21", "Apologies for absence"),
    ("PLA146/14 Planning applications", "PLA146/14", "Planning applications"),
    ("CSP/23/45 Budget monitoring", "CSP/23/45", "Budget monitoring"),
    ("6.1 Highways report", "6.1", "Highways report"),
    ("Item 4 - Matters arising", "4", "Matters arising"),
    ("Item 4: Matters arising", "4", "Matters arising"),
    ("1\\. PUBLIC FORUM The resident asked about parking.", "1", "PUBLIC FORUM"),
    ("20\\. TRAINING: No new requests", "20", "TRAINING"),
    ("10. REVIEW 2018/19 BUDGET and current commitments The budget was reviewed.", "10",
     "REVIEW 2018/19 BUDGET and current commitments"),
    ("7\tCorporate Parenting Report (Pages 7 - 10)\tGill Ellis", "7", "Corporate Parenting Report"),
    ("88. 24/00108 - Revenue Budget Monitoring", "88", "24/00108 - Revenue Budget Monitoring"),
])
def test_numbering_styles(line, number, title):
    heading = line_to_heading(0, line)
    assert heading is not None and (heading.number, heading.title) == (number, title)


@pytest.mark.parametrize("line", [
    "1. Mr R Gough, Leader of the Council provided an update on the following:",
    "3. RESOLVED that Cabinet agree to:",
    "2. The application be referred to the solicitor to proceed with the sale",
    "15 - 38",
    "4. RESOLVED that the Panel note and make comment.",
])
def test_sentences_and_page_ranges_are_not_headings(line):
    assert line_to_heading(0, line) is None


def test_minutes_with_plain_numbers():
    text = """
    1 Welcome
    The Chair welcomed everyone.
    2 Minutes of the Previous Meeting
    The minutes were approved as a correct record.
    3 Work Programme
    The Panel considered the work programme.
    """
    assert numbers_and_titles(text) == [
        ("1", "Welcome"), ("2", "Minutes of the Previous Meeting"), ("3", "Work Programme")]


def test_minutes_with_coded_minute_numbers():
    text = """
    CSP/23/44 Apologies
    Apologies were received from Cllr Jones.
    CSP/23/45 Budget monitoring
    The report was noted.
    """
    assert numbers_and_titles(text) == [("CSP/23/44", "Apologies"), ("CSP/23/45", "Budget monitoring")]


def test_numbered_list_inside_an_item_is_not_an_item():
    text = """
    87. Cabinet Member Updates
    (Item 4)
    1. Mr R Gough, Leader of the Council provided an update on the following:
    (a) The gifts had been declared.
    2. Mrs Chandler provided an update on the following:
    88. Revenue Budget Monitoring
    (Item 5)
    1. Mr Oakford introduced the report.
    """
    assert numbers_and_titles(text) == [("87", "Cabinet Member Updates"), ("88", "Revenue Budget Monitoring")]


def test_numbers_must_progress():
    text = """
    5 Performance Data
    The Panel heard the following points.
    1. Educational Outcomes
    2. Early Education Take-up
    6 Work Programme
    The work programme was noted.
    """
    assert [n for n, _ in numbers_and_titles(text)] == ["5", "6"]


def test_item_marker_under_minute_heading_with_wrapped_title():
    text = """
    90. 24/00109 - Transfer the 18-25 section of the Service from the Children Directorate
    to the Adult Social Care Directorate
    (Item 7)
    Mrs Chandler introduced the report.
    """
    assert numbers_and_titles(text) == [
        ("90", "24/00109 - Transfer the 18-25 section of the Service from the Children Directorate "
               "to the Adult Social Care Directorate")]


def test_item_marker_alone_gives_the_agenda_number():
    text = """
    IN ATTENDANCE: James Clapson (Democratic Services Officer)
    Apologies and Substitutes
    (Item 1)
    Apologies were received from Mr Love.
    Adoption Partnership South East Annual Report
    2023/2024
    (Item 6)
    RESOLVED that the Panel note the report.
    """
    assert numbers_and_titles(text) == [
        ("1", "Apologies and Substitutes"), ("6", "Adoption Partnership South East Annual Report 2023/2024")]


def test_inline_capital_headings_keep_their_order():
    text = """
    9\\. RECEIVE UPDATE ON GDPR WORK The Parish Council adopted the policy.
    12\\. PARISH PARTNERSHIP i. The footbridge scheme was discussed.
    10\\. REVIEW 2018/19 BUDGET and current commitments The budget was reviewed.
    """
    assert numbers_and_titles(text) == [
        ("9", "RECEIVE UPDATE ON GDPR WORK"), ("12", "PARISH PARTNERSHIP"),
        ("10", "REVIEW 2018/19 BUDGET and current commitments")]


def test_item_text_holds_the_discussion():
    items = lines_to_items(lines("1 Welcome\nThe Chair welcomed everyone.\nIntroductions were made."), "minutes", None)
    assert items[0].text == "The Chair welcomed everyone.\nIntroductions were made."


def test_minutes_without_numbered_items_get_one_unnumbered_item():
    text = """
    Present: Mayor Dave Yemm
    R2025-191 S. Foote, L. Chalapenko:
    THAT the minutes be adopted as published. Carried.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [(i.number, len(i.resolutions)) for i in items] == [(None, 1)]
    assert items[0].resolutions[0].number == "R2025-191"


def test_agenda_front_sheet_one_entry_per_line():
    text = """
    Agenda
    1: Membership of the Panel
    To receive apologies for absence.
    2: Minutes of the Previous Meeting
    1 - 6
    To approve the Minutes of the meeting held on 30th August 2024.
    """
    assert numbers_and_titles(text, "agenda") == [
        ("1", "Membership of the Panel"), ("2", "Minutes of the Previous Meeting")]


def test_agenda_front_sheet_entries_run_together():
    text = ("Pages 1: **Membership of the Committee** This is where substitutes say for whom they attend. "
            "2: 1 - 4 **Minutes of the Previous Meeting** To approve the Minutes. 5 - 6 "
            "3: Interests The Councillors will be asked to say if they have interests. "
            "4: Admission of the Public Most debates take place in public.")
    assert numbers_and_titles(text, "agenda") == [
        ("1", "Membership of the Committee"), ("2", "Minutes of the Previous Meeting"), ("3", "Interests"),
        ("4", "Admission of the Public")]


def test_agenda_table_rows_lose_descriptions_and_page_ranges():
    text = """
    \tItem\tLead
    1\tWelcome The Chair to introduce the meeting and receive apologies.\t
    2\tMinutes of Meeting held on 16th March 2017 For approval as a correct record. (Pages 1 - 6)\t
    3\t<p>Update on the Improvement Plan (Pages 7 - 10)</p>\tGill Ellis
    """
    assert numbers_and_titles(text, "agenda") == [
        ("1", "Welcome"), ("2", "Minutes of Meeting held on 16th March 2017"), ("3", "Update on the Improvement Plan")]


def test_reports_have_no_items():
    assert lines_to_items(lines("1. Purpose of report\nThis report sets out the budget."), "report", None) == []


def test_issue_2_golden_items_on_seed_minutes(shared):
    from extract.pipeline import extract_file

    result = extract_file(shared / "corpus" / "seeds" / "004_d757599437050629.txt")
    minutes = [d for d in result.documents if d.kind == "minutes"]
    assert minutes and [i.number for i in minutes[0].items] == [str(n) for n in range(1, 11)]


def test_number_on_its_own_line_above_the_title():
    text = """
    5.
    Public Question Time
    No questions were received.
    6.
    Work Programme
    The work programme was noted.
    """
    assert numbers_and_titles(text) == [("5", "Public Question Time"), ("6", "Work Programme")]
    coded = "CSP/23/45\nBudget monitoring\nThe report was noted.\nCSP/23/46\nAny other business\nNone."
    assert numbers_and_titles(coded) == [("CSP/23/45", "Budget monitoring"), ("CSP/23/46", "Any other business")]


def test_action_table_rows_are_not_items():
    text = """
    1 Apologies
    None.
    2 Action log
    No.\tAction\tOwner\tDue
    3\tWrite to the highways department\tClerk\t30 June 2025
    4\tBook the hall\tChair\t1 July 2025
    """
    assert [n for n, _ in numbers_and_titles(text)] == ["1", "2"]


def test_tabular_minutes_rows_carry_their_records():
    text = """
    Item\tSubject\tDiscussion\tAction
    1\tApologies\tApologies were received from Cllr Jones.\t
    2\tTree survey\tRESOLVED that the survey quote be accepted.\tClerk to instruct the contractor.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [(i.number, i.title) for i in items] == [("1", "Apologies"), ("2", "Tree survey")]
    assert [r.text for r in items[1].resolutions] == ["that the survey quote be accepted."]
    assert [(a.text, a.owner) for a in items[1].actions] == [("Clerk to instruct the contractor.", "Clerk")]


def test_signing_off_block_ends_the_last_item():
    text = """
    R2025-203 S. Kirkey, J. Scott:
    THAT the meeting be adjourned. Carried.
    Mayor:
    Municipal Administrator:
    Clerk to record, without note or comment, all resolutions of the council.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [len(i.resolutions) for i in items] == [1] and items[0].actions == []
    parish = ("21\\. ITEMS FOR NEXT MEETING The Clerk will circulate.\n"
              "Chairman: \\_\\_\\_\\_ Date: \\_\\_\\_\\_\nClerk to file.")
    assert [a.text for a in lines_to_items(lines(parish), "minutes", None)[0].actions] == ["The Clerk will circulate."]


@pytest.mark.parametrize("text,expected", [
    ("Minute 23/045 Apologies\nApologies were received.\nMinute 23/046 Declarations of interest\nNone.\n"
     "Minute 23/047 Finance\nThe accounts were noted.",
     [("23/045", "Apologies"), ("23/046", "Declarations of interest"), ("23/047", "Finance")]),
    ("Min. 45/23 Apologies\nApologies were received.\nMin. 46/23 Planning\nNo applications.",
     [("45/23", "Apologies"), ("46/23", "Planning")]),
    ("Minute No. 12 Apologies\nApologies were received.\nMinute No. 13 Planning\nNo applications.",
     [("12", "Apologies"), ("13", "Planning")]),
    # A body's code spaced from the number is kept as printed, year first or last.
    ("ICB 24/061 Welcome\nThe Chair welcomed members.\nICB 24/062 Minutes\nApproved.\nICB 24/063 Finance\n"
     "The plan was noted.",
     [("ICB 24/061", "Welcome"), ("ICB 24/062", "Minutes"), ("ICB 24/063", "Finance")]),
    ("NPA 12/23 Apologies\nApologies were received.\nNPA 13/23 Planning\nNo applications.",
     [("NPA 12/23", "Apologies"), ("NPA 13/23", "Planning")]),
])
def test_minute_numbers_with_the_year_first_or_last(text, expected):
    assert numbers_and_titles(text) == expected


def test_year_first_minute_numbers_keep_their_records():
    text = """
    Minute 24/101 Apologies
    Apologies were received from Cllr Hart.
    Minute 24/102 Finance
    RESOLVED that the payments be approved.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [(i.number, len(i.resolutions)) for i in items] == [("24/101", 0), ("24/102", 1)]


@pytest.mark.parametrize("line,title", [
    ("CSP/23/48 HOUSING STRATEGY 2023-2028 - PRE-DECISION SCRUTINY",
     "HOUSING STRATEGY 2023-2028 - PRE-DECISION SCRUTINY"),
    ("3. CHILDREN'S SERVICES PLAN 2023-26 \u2013 ANNUAL REPORT",
     "CHILDREN'S SERVICES PLAN 2023-26 \u2013 ANNUAL REPORT"),
    ("3. Children's Services Plan 2023-26 - Annual Report", "Children's Services Plan 2023-26 - Annual Report"),
    ("6 Budget Monitoring - Quarter 2 (Pages 7 - 12)", "Budget Monitoring - Quarter 2"),
    ("7 Housing Allocations Policy - Review (Report A.1)", "Housing Allocations Policy - Review"),
    ("8 Fees and Charges - 2024/25 (CAB/23/112)", "Fees and Charges - 2024/25"),
])
def test_titles_keep_a_dash_and_lose_page_and_report_references(line, title):
    heading = line_to_heading(0, line)
    assert heading is not None and heading.title == title


def test_dash_inside_capitals_keeps_the_text_after_the_title_apart():
    heading = line_to_heading(0, "4. BUDGET - QUARTER 2 The Committee noted the report.")
    assert heading is not None
    assert (heading.title, heading.rest) == ("BUDGET - QUARTER 2", "The Committee noted the report.")


def test_unnumbered_minutes_get_one_item_per_capitals_heading():
    text = """
    ASHCOMBE PARISH COUNCIL
    Minutes of the Parish Council Meeting held on 5 September 2023
    Present: Cllr Marsh (Chair), Cllr Cole
    PLANNING
    It was RESOLVED to object to the application.
    FINANCE
    RESOLVED
    To approve the payments.
    DATE OF NEXT MEETING
    Tuesday 3 October 2023.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [(i.number, i.title, len(i.resolutions)) for i in items] == [
        (None, "PLANNING", 1), (None, "FINANCE", 1), (None, "DATE OF NEXT MEETING", 0)]


def test_unnumbered_minutes_keep_records_above_the_first_heading():
    text = """
    Minutes of the Town Council meeting of 2 May 2024
    It was agreed that the Mayor would chair the meeting.
    HIGHWAYS
    Clerk to report the pothole on Back Lane.
    ALLOTMENTS - WAITING LIST
    The waiting list was noted.
    """
    items = lines_to_items(lines(text), "minutes", None)
    assert [(i.number, i.title) for i in items] == [(None, ""), (None, "HIGHWAYS"), (None, "ALLOTMENTS - WAITING LIST")]
    assert len(items[0].decisions) == 1 and items[1].actions[0].owner == "Clerk"


def test_one_capitals_line_is_not_a_heading_layout():
    items = lines_to_items(lines("Present: Cllr Marsh\nPLANNING\nThe application was noted."), "minutes", None)
    assert [(i.number, i.title) for i in items] == [(None, "")]


@pytest.mark.parametrize("line,number,title", [
    ("FA/23/65 HIS MAJESTY'S INSPECTORATE OF CONSTABULARY AND FIRE & RESCUE SERVICES - ACTION PLAN UPDATE",
     "FA/23/65", "HIS MAJESTY'S INSPECTORATE OF CONSTABULARY AND FIRE & RESCUE SERVICES - ACTION PLAN UPDATE"),
    ("12. HEALTH & SAFETY ANNUAL REPORT The Health and Safety Officer presented the report.", "12",
     "HEALTH & SAFETY ANNUAL REPORT"),
])
def test_issue_heldout2_ampersand_inside_a_capitals_title(line, number, title):
    heading = line_to_heading(0, line)
    assert heading is not None and (heading.number, heading.title) == (number, title)


LOG_HEADERS = ["Ref\tAction\tOwner\tDue\tStatus", "Minute ref\tAction\tOwner\tDue"]


@pytest.mark.parametrize("header", LOG_HEADERS)
def test_issue_heldout2_action_log_rows_go_to_the_item_their_ref_names(header):
    text = f"""
    TB/24/04 Finance report
    The deficit was discussed.
    Action: Chief Finance Officer to present the recovery plan in February.
    TB/24/05 Estates
    The Board discussed the estate.
    TB/24/06 Date of next meeting
    Thursday 28 March.
    Action log
    {header}
    TB/23/88\tCirculate the staffing paper\tChief Nurse\t25/01/2024\tComplete
    TB/24/04\tPresent the financial recovery plan\tChief Finance Officer\t22/02/2024\tNew
    TB/24/05\tUpdate the estates risk register\tCompany Secretary\t28/03/2024\tNew
    """
    items = lines_to_items(lines(text), "minutes", Meeting(date="2024-01-25"))
    found = {i.number: [(a.text, a.owner) for a in i.actions] for i in items}
    assert found == {
        # the log restates the item's own action for the same owner: one action, not two
        "TB/24/04": [("Chief Finance Officer to present the recovery plan in February.", "Chief Finance Officer")],
        "TB/24/05": [("Update the estates risk register", "Company Secretary")],
        # TB/23/88 was minuted at an earlier meeting: the log reports its progress
        "TB/24/06": [],
    }
    assert "TB/23/88" in items[-1].text
    # ... which the register reads as evidence for the earlier action
    (update,) = items[-1].action_updates
    assert (update.ref, update.text, update.owner) == ("TB/23/88", "Circulate the staffing paper", "Chief Nurse")
    assert update.status == ("done" if "Status" in header else None)
    assert [a.ref for a in items[1].actions] == ["TB/24/05"]


def test_action_log_ref_in_a_later_column_and_as_minute_no():
    text = """
    CSP/24/10 Apologies
    None.
    CSP/24/11 Review of actions
    Action\tMinute No\tOwner\tStatus
    Write to the bus operator\tCSP/23/41\tClerk\tOngoing
    Publish the newsletter\tCSP/23/44\tCllr Shah\tCompleted
    """
    items = lines_to_items(lines(text), "minutes", Meeting(date="2024-05-02"))
    assert items[1].actions == []
    assert [(u.ref, u.owner, u.status) for u in items[1].action_updates] == [
        ("CSP/23/41", "Clerk", "open"), ("CSP/23/44", "Shah", "done")]


def test_action_log_numbered_by_row_stays_with_its_item():
    text = """
    1 Apologies
    None.
    2 Action log
    Ref\tAction\tOwner\tDue
    1\tWrite to the highways department\tClerk\t30 June 2025
    """
    items = lines_to_items(lines(text), "minutes", Meeting(date="2025-06-01"))
    assert [(i.number, [a.text for a in i.actions]) for i in items] == [
        ("1", []), ("2", ["Write to the highways department"])]


@pytest.mark.parametrize("row", [
    "{n}\t{title}\t{pages}",              # a "No. | Item | Pages" table
    "Item {n}\t{title} (Pages {pages})",  # a "Item | Title" table with pages in the title cell
])
def test_agenda_table_sub_items_with_letter_suffixes(row):
    entries = [("4.", "Public Questions", ""), ("5.", "Housing Matters", ""),
               ("5a", "Housing Allocations Policy Review", "5 - 6"), ("5b", "Empty Homes Strategy", "7 - 9"),
               ("6.", "Exclusion of the Press and Public", "")]
    text = "No.\tItem\tPages\n" + "\n".join(row.format(n=n, title=t, pages=p or "1") for n, t, p in entries)
    assert numbers_and_titles(text, "agenda") == [
        ("4", "Public Questions"), ("5", "Housing Matters"), ("5a", "Housing Allocations Policy Review"),
        ("5b", "Empty Homes Strategy"), ("6", "Exclusion of the Press and Public")]


@pytest.mark.parametrize("style", ["{n}{x}", "{n}({x})", "{n}.{x}", "{n}{X}."])
def test_minute_headings_with_letter_suffixes(style):
    def number(n: int, x: str) -> str:
        return style.format(n=n, x=x, X=x.upper())

    text = f"""
    4 Apologies
    None received.
    5 Planning
    {number(5, "a")} 23/0456 Land at Mill Lane
    RESOLVED:
    (a) That the application be refused.
    (b) That the Clerk notify the planning authority.
    {number(5, "b")} Tree Preservation Orders
    The Committee noted the orders.
    6 Date of next meeting
    """
    found = numbers_and_titles(text)
    assert found == [("4", "Apologies"), ("5", "Planning"), (number(5, "a").rstrip("."), "23/0456 Land at Mill Lane"),
                     (number(5, "b").rstrip("."), "Tree Preservation Orders"), ("6", "Date of next meeting")]
    items = lines_to_items(lines(text), "minutes", Meeting(date="2025-01-30"))
    assert [r.number for r in items[2].resolutions] == ["a", "b"]


@pytest.mark.parametrize("header,row", [
    ("Ref\tDate raised\tItem\tAction\tLead\tDeadline\tStatus",
     "{ref}\t{raised}\t{item}\t{action}\tRO\t31/10/2024\tOpen"),
    ("Action\tOwner\tDue\tStatus\tItem\tRaised",
     "{action}\tRO\t31/10/2024\tOpen\t{item}\t{raised}"),
])
def test_action_tracker_rows_raised_at_earlier_meetings_are_updates(header, row):
    rows = "\n".join(row.format(ref=ref, raised=raised, item=item, action=action) for ref, raised, item, action in [
        ("24/09", "13/06/2024", "3", "Circulate the escalation policy"),
        ("24/14", "12/09/2024", "1", "Disseminate the learning briefing"),
        ("24/15", "12/09/2024", "2", "Write to headteachers"),
    ])
    text = f"1. Rapid review\nThe review was presented.\n2. Training\nThe offer was presented.\n" \
           f"3. Action tracker\n{header}\n{rows}"
    items = lines_to_items(lines(text), "minutes", Meeting(date="2024-09-12"))
    # new rows go to the item their Item column names; the June row reports progress on an earlier action
    assert [(i.number, [a.text for a in i.actions]) for i in items] == [
        ("1", ["Disseminate the learning briefing"]), ("2", ["Write to headteachers"]), ("3", [])]
    assert [u.text for u in items[2].action_updates] == ["Circulate the escalation policy"]


@pytest.mark.parametrize("earlier_ref", ["4.1 (14/03/24)", "4.1 from 14 March 2024"])
@pytest.mark.parametrize("header", ["Action no.\tAction\tOwner\tTarget date\tStatus",
                                    "Ref\tAction\tLead\tDue\tStatus"])
def test_issue_heldout6_log_row_dated_to_an_earlier_meeting_is_an_update(earlier_ref, header):
    text = f"""1. Welcome
    The Chair welcomed everyone.
    2. Transport
    The Board agreed to set up a task group.
    Action log
    {header}
    {earlier_ref}\tReview the local offer web pages\tJW\t30/04/2024\tOpen - carried forward
    2.1\tConvene the task group\tTB\t14/06/2024\tNew
    """
    items = lines_to_items(lines(text), "minutes", Meeting(date="2024-05-09"))
    assert [a.text for i in items for a in i.actions] == ["Convene the task group"]
    assert [u.text for i in items for u in i.action_updates] == ["Review the local offer web pages"]


YEAR_LAST = """
HSC/15/24{sep}DECLARATIONS OF INTEREST
None were declared.
HSC/16/24{sep}MINUTES
The minutes were confirmed as a correct record.
HSC/17/24{sep}WORK PROGRAMME
The work programme was noted.
"""


@pytest.mark.parametrize("sep", ["  ", "\t", " "])
def test_issue_heldout5_coded_minute_numbers_with_the_year_last(sep):
    assert numbers_and_titles(YEAR_LAST.format(sep=sep)) == [
        ("HSC/15/24", "DECLARATIONS OF INTEREST"), ("HSC/16/24", "MINUTES"), ("HSC/17/24", "WORK PROGRAMME")]


@pytest.mark.parametrize("code", ["C", "CAB"])
def test_issue_heldout5_coded_minute_numbers_with_a_one_letter_code(code):
    text = f"{code}/24/19 APOLOGIES FOR ABSENCE\nNone.\n{code}/24/20 Minutes\nApproved.\n{code}/24/21 Questions\nNone."
    assert [n for n, _ in numbers_and_titles(text)] == [f"{code}/24/19", f"{code}/24/20", f"{code}/24/21"]


@pytest.mark.parametrize("template", ["{n} {title}", "{n}: {title}", "{n}\t{title}"])
def test_issue_heldout5_minute_number_before_a_planning_application_reference(template):
    entries = [("PL/31", "Minutes"), ("PL/32", "24/00712/FUL - Land at Brook Farm, Haddon - Erection of 42 dwellings"),
               ("PL/33", "24/00488/HOU - 7 Mill Cottages, Haddon - Two-storey side extension")]
    text = "\n".join(template.format(n=n, title=t) + "\nDECISION: GRANTED subject to conditions." for n, t in entries)
    assert numbers_and_titles(text) == entries


def test_issue_15_agenda_entries_closed_by_a_full_stop_or_under_a_label():
    """North American agendas close each entry with a full stop; a label's colon may stand over
    the entry's own title, or over the motion it will move (then the label is the title)."""
    text = """
    *** AGENDA ***
    1. Disclosure of pecuniary interest.
    4. Resolution: Adopt the Minutes of the February 18, 2025 Council Meeting.
    5. Resolution: Adopt the 2024 Audited Financial Statements as presented.
    8. Resolution: Approve purchase of sweeper unit for Backhoe.
    11. Closed Session: That this part of our meeting will be closed to the public as authorized
    by Section 239(3.1) of the Municipal Act, 2001, c. 25, for consideration of the following
    13. Adjournment.
    """
    assert numbers_and_titles(text, "agenda") == [
        ("1", "Disclosure of pecuniary interest"),
        ("4", "Resolution: Adopt the Minutes of the February 18, 2025 Council Meeting"),
        ("5", "Resolution: Adopt the 2024 Audited Financial Statements as presented"),
        ("8", "Resolution: Approve purchase of sweeper unit for Backhoe"),
        ("11", "Closed Session"), ("13", "Adjournment")]


def test_issue_15_a_house_number_in_an_address_is_no_item():
    """A letter bound after unnumbered minutes: "78 Lansdowne Street" numbers a house, not an item
    (with its full stop, "7. High Street" may still be one)."""
    assert line_to_heading(0, "78 Lansdowne Street") is None
    heading = line_to_heading(0, "7. High Street")
    assert heading is not None and (heading.number, heading.title) == ("7", "High Street")


def test_issue_15_a_sub_item_label_under_a_bold_heading_does_not_wrap_its_title():
    minutes = [Line("7. Correspondences", 1, bold=True), Line("a.1) Tim Young", 1, bold=True),
               Line("Amber presented hourly changes to the maintenance position.", 1),
               Line("8. Next Board Meeting - January 21, 2025 at 9:30am", 1, bold=True)]
    assert [(i.number, i.title) for i in lines_to_items(minutes, "minutes", None)] == [
        ("7", "Correspondences"), ("8", "Next Board Meeting - January 21, 2025 at 9:30am")]


def test_issue_15_the_sign_off_ends_unnumbered_minutes_before_a_paper_bound_after_them():
    """What follows the signing-off block ("Mayor:") is the minutes' printed footer and the next
    paper of the pack: neither its headings are items nor its footer's "Clerk to record ..." an action."""
    minutes = [Line("MINUTES", 1, bold=True), Line("Tuesday, February 18, 2025", 1),
               Line("Present: Mayor Dave Yemm and Councillors Lisa Chalapenko and Shelly Foote.", 1),
               Line("Disclosure of pecuniary interest: Councillor Shelly Foote.", 1, bold=True),
               Line("Committee Reports:", 1, bold=True),
               Line("Mayor Dave Yemm: Township of Nipissing Cemetery Committee.", 1),
               Line("R2025-041 L. Chalapenko, S. Foote:", 1, bold=True),
               Line("That the meeting be adjourned. Carried.", 1),
               Line("Mayor:", 1), Line("Municipal Administrator:", 1),
               Line("Clerk to record, without note or comment, all resolutions, decisions and other proceedings "
                    "of the council.", 1),
               Line("CORRESPONDENCE", 2, bold=True), Line("March 4, 2025", 2, bold=True),
               Line("Minutes from the Golden Sunshine Municipal Non-Profit Housing Corporation.", 2)]
    items = lines_to_items(minutes, "minutes", Meeting(date="2025-02-18"))
    assert [i.title for i in items] == ["Disclosure of pecuniary interest", "Committee Reports"]
    assert [r.number for i in items for r in i.resolutions] == ["R2025-041"]
    assert [a.text for i in items for a in i.actions] == []
