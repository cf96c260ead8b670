"""Formal resolutions: RESOLVED / AGREED / DECISION markers, labelled sub-resolutions, numbered
motions, "Motion: ... Vote: ..." and bare "That ... be ..." paragraphs."""
from __future__ import annotations

import pytest

from extract.finders.resolutions import lines_to_resolutions, resolution_sentences_apart
from extract.records import Line
from extract.structure.items import lines_to_items


def resolve(text: str) -> list[tuple[str | None, str]]:
    lines = [Line(t.strip(), 1) for t in text.strip().splitlines() if t.strip()]
    return [(r.number, r.text) for r in lines_to_resolutions(lines).resolutions]


@pytest.mark.parametrize("text", [
    "RESOLVED -\nThat the updated work programme be noted.",
    "RESOLVED:\nThat the updated work programme be noted.",
    "RESOLVED - That the updated work programme be noted.",
    "It was RESOLVED: That the updated work programme be noted.",
    "And Resolved: That the updated work programme be noted.",
    "AGREED: That the updated work programme be noted.",
    "DECISION:\nThat the updated work programme be noted.",
    "Decision: That the updated work programme be noted.",
    "BE IT RESOLVED THAT the updated work programme be noted.",
])
def test_marker_layouts(text):
    assert [t.rstrip(".").lower() for _, t in resolve(text)] == ["that the updated work programme be noted"]


def test_text_after_resolved_keeps_its_own_wording():
    assert resolve("RESOLVED that the minutes were a correct record and that they be signed by the Chair") == [
        (None, "that the minutes were a correct record and that they be signed by the Chair")]
    assert resolve("7. RESOLVED \u2013 to note the report.") == [(None, "to note the report.")]
    assert resolve("4. RESOLVED to endorse the Sufficiency Strategy 2022-2027.") == [
        (None, "to endorse the Sufficiency Strategy 2022-2027.")]


def test_wrapped_resolution_lines_are_joined():
    text = """
    RESOLVED that the minutes of the meeting on 9 January 2025 were a correct record
    and that they be signed by the Chair
    """
    assert resolve(text) == [
        (None, "that the minutes of the meeting on 9 January 2025 were a correct record "
               "and that they be signed by the Chair")]


def test_numbered_sub_resolutions_lose_their_labels():
    text = """
    RESOLVED -
    - 1) That the information be noted.
    - 2) That the Panel commence an in-depth consideration.
    """
    assert resolve(text) == [
        ("1", "That the information be noted."), ("2", "That the Panel commence an in-depth consideration.")]


def test_lettered_list_after_a_preamble():
    text = """
    3. RESOLVED that Cabinet agree to:
    A) Note the forecast revenue overspend.
    b) Agree the Capital budget changes; and
    (c) Delegate authority to the Director.
    """
    assert resolve(text) == [("a", "Note the forecast revenue overspend."), ("b", "Agree the Capital budget changes"),
                             ("c", "Delegate authority to the Director.")]


def test_inline_lettered_resolutions():
    assert resolve("Resolved \u2013 (a) That the report be noted and (b) that officers report back in March.") == [
        ("a", "That the report be noted"), ("b", "that officers report back in March.")]
    assert resolve("RESOLVED: (1) That the budget be approved; (2) That the fees be frozen.") == [
        ("1", "That the budget be approved"), ("2", "That the fees be frozen.")]


def test_numbered_motions_with_movers_and_outcome():
    text = """
    R2025-191 S. Foote, L. Chalapenko:
    THAT the minutes of the regular Council Meeting held October 7, 2025, be adopted as published.
    Carried.
    R2025-194
    Missing Information to be revisited at the November meeting.
    R2025-201 S. Kirkey, J. Scott: THAT we resume to an open public meeting. Time: 8:05 p.m. Carried.
    """
    assert resolve(text) == [
        ("R2025-191", "THAT the minutes of the regular Council Meeting held October 7, 2025, be adopted as published."),
        ("R2025-201", "THAT we resume to an open public meeting.")]


def test_be_it_resolved_motion_with_numbered_directions():
    text = """
    R2025-196 J. Scott, S. Kirkey:
    WHEREAS An application was received; NOW THEREFORE BE IT RESOLVED THAT Council declares the lands surplus;
    AND FURTHER THAT Council directs:
    1. The parcel be assessed by a registered appraiser;
    2. The application be referred to the solicitor. Carried.
    R2025-197 S. Foote, L. Chalapenko:
    BE IT RESOLVED:
    1. That this Council does approve the Application.
    2. That this resolution is subject to the following conditions:
    \u2022 The Council shall select a search firm.
    \u2022 That the applicant will pay all costs.
    3. That Resolution R2010-232 be rescinded. Carried.
    """
    assert [t for _, t in resolve(text)] == [
        "THAT Council declares the lands surplus", "The parcel be assessed by a registered appraiser",
        "The application be referred to the solicitor.", "That this Council does approve the Application.",
        "That this resolution is subject to the following conditions: The Council shall select a search firm. "
        "That the applicant will pay all costs.",
        "That Resolution R2010-232 be rescinded."]


def test_motion_vote_lines():
    text = """
    Motion: Minutes approved with the addition of Kevin Wilson present Vote: unanimous
    Motion: Approved Vote: unanimous. Only on a required and need to know basis.
    """
    assert [t for _, t in resolve(text)] == ["Minutes approved with the addition of Kevin Wilson present",
                                              "Approved Vote: unanimous. Only on a required and need to know basis."]


def test_formal_that_be_paragraph_without_a_heading():
    assert resolve("That the minutes of the meeting held on 26th March 2024 be approved as a correct record.") == [
        (None, "That the minutes of the meeting held on 26th March 2024 be approved as a correct record.")]


@pytest.mark.parametrize("text", [
    "The Panel considered the work programme.",
    "This was resolved without direct Parish Council involvement.",
    "Decision - 24/00097 - Special School Review - Phase 1, which had been called in, was given approval.",
    "Agreed actions were reviewed.",
])
def test_prose_is_not_a_resolution(text):
    assert resolve(text) == []


def test_resolution_stops_at_the_next_paragraph():
    text = """
    RESOLVED -
    That the information be considered at an informal meeting of the Panel.
    The Chair thanked officers for attending.
    """
    assert resolve(text) == [(None, "That the information be considered at an informal meeting of the Panel.")]


def test_lettered_resolutions_on_the_paragraph_after_the_marker():
    assert resolve("RESOLVED -\n(a) That the report be noted; and (b) That the fees be frozen.") == [
        ("a", "That the report be noted"), ("b", "That the fees be frozen.")]


@pytest.mark.parametrize("text,expected", [
    ("It was resolved that the report be noted.", "that the report be noted."),
    ("It was unanimously RESOLVED: That the fees be frozen.", "That the fees be frozen."),
    ("The Panel RESOLVED that the plan be approved.", "that the plan be approved."),
    ("The Committee resolved to note the report.", "to note the report."),
])
def test_resolved_after_a_subject(text, expected):
    assert resolve(text) == [(None, expected)]


def test_decision_heading_with_an_agreed_list():
    text = """
    Decision
    The Committee agreed:-
    (1) to note the report; and
    (2) to request a further report in six months.
    """
    assert resolve(text) == [("1", "to note the report"), ("2", "to request a further report in six months.")]
    assert resolve("DECISION\nTo note the report.") == [(None, "To note the report.")]


@pytest.mark.parametrize("text,expected", [
    ("Proposed by Cllr Smith, seconded by Cllr Jones and RESOLVED that the accounts be approved.",
     "that the accounts be approved."),
    ("Proposed Cllr Smith, seconded Cllr Jones, it was resolved to accept the quote.", "to accept the quote."),
    ("RECOMMENDED to Council that the fees be increased by 3%.", "that the fees be increased by 3%."),
    ("RECOMMENDED TO COUNCIL - that the fees be increased by 3%.", "that the fees be increased by 3%."),
    ("RECOMMENDED TO FULL COUNCIL: That the fees be increased by 3%.", "That the fees be increased by 3%."),
])
def test_moved_and_seconded_or_recommended(text, expected):
    assert resolve(text) == [(None, expected)]


@pytest.mark.parametrize("text", [
    "Councillor Harris moved, and Councillor Chapman seconded, that the Committee establishes a task group. "
    "Upon being put to the vote the motion was declared CARRIED.",
    "Proposed by Cllr A. Smith, seconded by Cllr Jones, that the Committee establishes a task group.\n"
    "On being put to the vote the motion was carried.",
    "It was moved by Councillor Harris and seconded by Councillor Chapman that the Committee establishes a task group. "
    "CARRIED.",
])
def test_motion_moved_seconded_and_carried(text):
    assert [t.rstrip(".") for _, t in resolve(text)] == ["that the Committee establishes a task group"]


@pytest.mark.parametrize("text", [
    "Councillor Harris moved, and Councillor Chapman seconded, that the grant be awarded. "
    "On being put to the vote the motion was declared LOST.",
    "Proposed by Cllr Smith, seconded by Cllr Jones, that the grant be awarded.\nThe motion fell.",
    "Proposed by Cllr Smith, seconded by Cllr Jones, that the grant be awarded.\nMembers debated the grant.",
])
def test_motion_not_carried_is_no_resolution(text):
    assert resolve(text) == []


@pytest.mark.parametrize("text", [
    "It was RESOLVED unanimously to adopt the revised Financial Regulations.",
    "RESOLVED (by 7 votes to 2, with one abstention) to adopt the revised Financial Regulations.",
    "AGREED nem con - to adopt the revised Financial Regulations.",
    "RESOLVED by a majority vote:\nto adopt the revised Financial Regulations.",
    "The Committee RESOLVED unanimously to adopt the revised Financial Regulations.",
])
def test_how_the_vote_went_is_not_part_of_the_resolution(text):
    assert [t for _, t in resolve(text)] == ["to adopt the revised Financial Regulations."]


def test_lettered_entries_proposed_and_resolved():
    text = """
    a) Proposed by Cllr Hughes, seconded by Cllr Brennan, and RESOLVED that the payments be approved.
    (ii) Moved by Cllr Osei, seconded by Cllr Patel, it was resolved to accept the quotation.
    c) The bank reconciliation was noted.
    """
    assert [t for _, t in resolve(text)] == ["that the payments be approved.", "to accept the quotation."]


def test_committee_resolved_to_recommend():
    assert [t for _, t in resolve("The Committee RESOLVED to recommend that a task group be set up.")] == [
        "to recommend that a task group be set up."]


@pytest.mark.parametrize("paragraph", [
    "Members discussed the access on to Mill Road. It was RESOLVED to object to the application. "
    "Clerk to write to the applicant.",
    "Members discussed the access on to Mill Road; the loss of the hedge was noted. It was resolved to object "
    "to the application.",
])
def test_resolution_inside_a_discussion_paragraph(paragraph):
    lines = resolution_sentences_apart([Line(paragraph, 1)])
    found = lines_to_resolutions(lines)
    assert [r.text for r in found.resolutions] == ["to object to the application."]
    assert lines[0].text.startswith("Members discussed") and lines[0].text.endswith(".")


@pytest.mark.parametrize("text,expected", [
    ("Motion by Councilmember Whitfield, seconded by Councilmember Brandt, to approve the agenda as presented. "
     "Motion carried 5-0.", "to approve the agenda as presented"),
    ("Motion by Mayor Pro Tem Ortega, seconded by Councilmember Chen, to adjourn at 7:12 p.m. Motion carried 5-0.",
     "to adjourn at 7:12 p.m"),
    ("Motion by Trustee Garcia, seconded by Trustee Lee, to award the bid to Acme Paving.\nMotion carried.",
     "to award the bid to Acme Paving"),
    ("Moved by Councillor Polley, seconded by Councillor Birch, to receive the report. Carried.",
     "to receive the report"),
])
def test_issue_heldout2_north_american_motion_from_to(text, expected):
    assert [t.rstrip(".") for _, t in resolve(text)] == [expected]


def test_issue_heldout2_failed_north_american_motion_is_no_resolution():
    assert resolve("Motion by Councilmember Chen, seconded by Councilmember Brandt, to table the item. "
                   "Motion failed 2-3.") == []


@pytest.mark.parametrize("text", [
    "It was moved by Councillor Kettle, seconded by Councillor Crowther and RESOLVED that the minutes be confirmed.",
    "It was proposed by Cllr Kettle, seconded by Cllr Crowther, and resolved that the minutes be confirmed.",
])
def test_issue_heldout2_it_was_moved_and_resolved_in_one_sentence(text):
    assert [t for _, t in resolve(text)] == ["that the minutes be confirmed."]


@pytest.mark.parametrize("text", [
    "Motion by Councilmember Brandt, seconded by Councilmember Whitfield, to adopt Resolution No. 2024-17:\n"
    "BE IT RESOLVED by the City Council of the City of Millbrook that the property be rezoned.\n"
    "Roll call vote: Ayes - Jensen, Ortega. Nays - Chen. Motion carried 2-1.",
    "NOW, THEREFORE, BE IT RESOLVED by the Board of Supervisors of Lake County, that the property be rezoned.",
])
def test_issue_heldout2_enacting_words_are_not_resolution_text(text):
    assert [t for _, t in resolve(text)] == ["that the property be rezoned."]


@pytest.mark.parametrize("text", [
    "BE IT RESOLVED THAT Council receives report TR-2024-07;\nAND FURTHER THAT By-law 2024-30 be given three readings.",
    "Resolution No. 2024-113\nMoved by: Councillor Polley\nSeconded by: Councillor Birch\n"
    "RESOLVED: THAT Council receives report TR-2024-07;\nAnd further that By-law 2024-30 be given three readings.\n"
    "CARRIED",
])
def test_issue_heldout2_and_further_that_carries_on_the_resolution(text):
    assert [t.lower() for _, t in resolve(text)] == [
        "that council receives report tr-2024-07; and further that by-law 2024-30 be given three readings."]


@pytest.mark.parametrize("text", [
    "RESOLVED: that the minutes be approved as a true record. Proposed Cllr Lomax, seconded Cllr Cartwright, "
    "all in favour.",
    "RESOLVED that the minutes be approved as a true record. Proposed by Cllr S. Lomax and seconded by "
    "Cllr J. Cartwright, 5 in favour, 1 against.",
    "That the minutes be approved as a true record. Seconded Cllr Cartwright; carried unanimously.",
])
def test_issue_heldout2_mover_seconder_and_vote_after_the_resolution_are_dropped(text):
    assert [t.lower() for _, t in resolve(text)] == ["that the minutes be approved as a true record."]


@pytest.mark.parametrize("text,expected", [
    ("Following a debate it was moved by Councillor Marsden and seconded by Councillor Tait that the "
    "recommendations be approved. On being put to the vote the motion was CARRIED, and it was\n"
     "RESOLVED:\n(a) that the Plan be approved;\n(b) that consultation begin.",
     ["that the Plan be approved", "that consultation begin."]),
    ("It was moved by Councillor Greaves and seconded by Councillor Parry that the application be approved. "
     "On being put to the vote the motion was carried.\nRESOLVED: That planning permission be GRANTED.",
     ["That planning permission be GRANTED."]),
])
def test_issue_heldout2_resolved_block_after_a_carried_motion_is_the_resolution(text, expected):
    assert [t for _, t in resolve(text)] == expected


def test_issue_heldout2_be_it_further_resolved_is_a_resolution_of_its_own():
    text = "BE IT RESOLVED THAT the report be received;\nAND BE IT FURTHER RESOLVED THAT staff prepare a by-law."
    assert [t for _, t in resolve(text)] == ["THAT the report be received", "THAT staff prepare a by-law."]


@pytest.mark.parametrize("text", [
    # New Zealand: lettered clauses under the mover and seconder.
    "Moved: Cr A\nSeconded: Cr B\nThat Council:\na) Receives the report.\n"
    "b) Adopts the plan for consultation.\nCARRIED",
    # Australian: the list's numbers lost by the reader, the tally after the outcome.
    "COUNCIL RESOLUTION 2024/088\nMoved: Cr A\nThat the Committee:\nReceives the report.\nAdopts the plan for "
    "consultation.\nCARRIED 4/1",
    "RESOLVED: That Cabinet:\n1. Receives the report.\n2. Adopts the plan for consultation.",
])
def test_body_stem_over_clauses_gives_one_resolution_per_clause(text):
    assert [t for _, t in resolve(text)] == ["Receives the report.", "Adopts the plan for consultation."]


@pytest.mark.parametrize("text", [
    "Moved: Cr A\nSeconded: Cr B\nThat Council approves a grant of $20,000.\nCARRIED",
    "COUNCIL RESOLUTION 2024/089\nThat Council approves a grant of $20,000.\nCARRIED UNANIMOUSLY",
])
def test_single_body_motion_carried_is_a_resolution(text):
    assert resolve(text) == [(None, "That Council approves a grant of $20,000.")]


def test_officer_recommendation_before_the_carried_motion_is_not_a_resolution():
    text = ("OFFICER RECOMMENDATION\nThat Council:\nEndorses the budget.\nCOUNCIL RESOLUTION 2024/088\n"
            "Moved: Cr A\nThat Council:\nEndorses the budget.\nNotes the rate increase.\nCARRIED")
    assert [t for _, t in resolve(text)] == ["Endorses the budget.", "Notes the rate increase."]


def test_body_motion_that_was_lost_is_not_a_resolution():
    assert resolve("Moved: Cr A\nThat Council approves the sale of the depot.\nLOST") == []


@pytest.mark.parametrize("text, expected", [
    ("Proposed by Alderman Boyd, Seconded by Councillor Irwin and AGREED that the minutes be signed as correct.",
     "that the minutes be signed as correct."),
    ("Proposed by Councillor Breslin, seconded by Alderman McCrea and agreed to recommend that Council extend "
     "the service.", "to recommend that Council extend the service."),
    ("Moved by Cllr A, Seconded by Cllr B and AGREED that the grant be awarded.", "that the grant be awarded."),
])
def test_proposed_seconded_and_agreed(text, expected):
    assert resolve(text) == [(None, expected)]


@pytest.mark.parametrize("text", [
    "Penderfynwyd / Resolved: that the precept be requested.",
    "Cytunwyd / AGREED: that the precept be requested.",
    "Penderfynwyd/Resolved - that the precept be requested.",
])
def test_bilingual_marker_labels(text):
    assert resolve(text) == [(None, "that the precept be requested.")]


@pytest.mark.parametrize("stem", ["RESOLVED - That", "RESOLVED: That:", "RESOLVED - That the Committee:"])
def test_issue_heldout5_that_stem_over_nested_labelled_clauses(stem):
    text = (f"{stem}\n(1) the report be noted; and\n(2) the following RECOMMENDATIONS be made to the Board:\n"
            "(a) that the Board publish monthly figures;\n(b) that the Board fund discharge teams; and\n"
            "(c) that the Board report progress in February.")
    assert [t for _, t in resolve(text)] == [
        "the report be noted", "that the Board publish monthly figures", "that the Board fund discharge teams",
        "that the Board report progress in February."]


@pytest.mark.parametrize("text", [
    "Resolved: That, (i) the report be noted; (ii) the Cabinet Member be asked to report in March; and (iii) a "
    "task group be established.",
    "RESOLVED - That the Committee: (i) the report be noted; (ii) the Cabinet Member be asked to report in March; "
    "and (iii) a task group be established.",
])
def test_issue_heldout5_inline_that_stem_over_labelled_clauses(text):
    assert resolve(text) == [("i", "the report be noted"), ("ii", "the Cabinet Member be asked to report in March"),
                             ("iii", "a task group be established.")]


@pytest.mark.parametrize("text,expected", [
    ("R2024-042 T. Butler, S. Kirkey:\nTHAT we pass By-Law Number 2024-10, being a By-Law to amend the Procedural "
     "By-Law.\nRead a first, second and third time and passed this 20th day of February, 2024. Carried.",
     "THAT we pass By-Law Number 2024-10, being a By-Law to amend the Procedural By-Law."),
    ("R2023-168 A. Smith, B. Jones:\nThat the meeting be adjourned. Time: 7:49 p.m. Next regular meeting to be held "
     "September 5, 2023. Carried.", "That the meeting be adjourned."),
    ("R2022-031 C. Lee, D. Roy: That we pass By-Law 2022-07, being a by-law to appoint an auditor.\n"
     "Read the first, second and third time and passed this 8th day of March, 2022.\nCarried.",
     "That we pass By-Law 2022-07, being a by-law to appoint an auditor."),
])
def test_issue_11_readings_time_and_next_meeting_notes_are_not_the_motion(text, expected):
    assert [t for _, t in resolve(text)] == [expected]


@pytest.mark.parametrize("paragraph,expected", [
    ("After much debate, there was a positive response to the proposal and the Councillors resolved to proceed "
     "with the takeover.", "to proceed with the takeover."),
    ("The Receipts and Payments Account was presented. All Councillors approved and it was resolved Councillor "
     "Richardson sign the Accounts Book.", "Councillor Richardson sign the Accounts Book."),
    ("It was therefore resolved to retain the Financial Policy already in place. (Copies can be made available if "
     "requested)", "to retain the Financial Policy already in place."),
    ("After discussion it was resolved to apply for a precept of £4500.", "to apply for a precept of £4500."),
    ("The Councillors resolved that any alterations to the surface of the Cart Roads must have the consensus of the "
     "village. The Chairman thanked everyone.",
     "that any alterations to the surface of the Cart Roads must have the consensus of the village."),
])
def test_issue_11_a_resolution_narrated_in_a_sentence_is_what_follows_resolved(paragraph, expected):
    found = lines_to_resolutions(resolution_sentences_apart([Line(paragraph, 1)]))
    assert [r.text for r in found.resolutions] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("It was proposed by Cllr Grey seconded by Cllr Lane that the charges should be amended to the following:\n"
     "£70.00 for a Headstone only, £70 for Kerbs only\n5 councillors agreed to this amendment. 4 no votes. "
     "Motion carried.",
     "that the charges should be amended to the following: £70.00 for a Headstone only, £70 for Kerbs only"),
    ("Moved by Councillor Hart and seconded by Councillor Bell that the hall hire fee be £12 per hour.\n"
     "For 6, against 2. The motion was carried.", "that the hall hire fee be £12 per hour."),
])
def test_issue_11_a_motion_carried_on_its_vote_count_line(text, expected):
    items = lines_to_items([Line("7 Charges", 1)] + [Line(t, 1) for t in text.splitlines()], "minutes", None)
    assert [r.text for r in items[0].resolutions] == [expected]
    assert items[0].decisions == []


@pytest.mark.parametrize("mover", [
    "It was moved by Councillor Rudd and seconded by Councillor Dawes that the Cabinet's recommendation be adopted.",
    "Proposed by Councillor Hale, seconded by Councillor Amos that the report be accepted.",
])
def test_a_motion_recorded_by_the_resolved_block_after_it_is_no_decision(mover):
    lines = [Line("9 Capital programme", 1), Line(mover, 1),
             Line("RESOLVED that the revised capital programme for 2024/25 be approved.", 1)]
    item = lines_to_items(lines, "minutes", None)[0]
    assert [r.text for r in item.resolutions] == ["that the revised capital programme for 2024/25 be approved."]
    assert item.decisions == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Clerk reported on the quotes received for hedge cutting. Proposed Cllr Marsh, seconded Cllr Ibbotson "
     "and RESOLVED to accept the quote from Greenways Ltd.",
     ["to accept the quote from Greenways Ltd."]),
    ("Members discussed the bench at the war memorial. Moved Councillor Tait, seconded Councillor Orme and "
     "resolved that the bench be replaced.",
     ["that the bench be replaced."]),
    ("The accounts were presented. Proposed Cllr Lowe, seconded Cllr Dunn and RESOLVED:\n"
     "(a) to approve payments totalling £1,250.00;\n(b) to note the bank balance.",
     ["to approve payments totalling £1,250.00", "to note the bank balance."]),
])
def test_issue_11_proposed_seconded_and_resolved_in_a_later_sentence(text, expected):
    items = lines_to_items([Line("4 Finance", 1)] + [Line(t, 1) for t in text.splitlines()], "minutes", None)
    assert [r.text for r in items[0].resolutions] == expected
    assert items[0].decisions == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Motion by Hart, second by Lund, to approve the minutes of May 6 as presented. Ayes: Hart, Lund, Vo. "
     "Nays: None. Motion carried 3-0.",
     "to approve the minutes of May 6 as presented"),
    ("Motion by Director Pell, second by Director Ames, to accept the bid from Northline Roofing. Roll call vote: "
     "Yeas: Ames, Pell, Quist. Nays: Ortiz. Motion carried 3-1.",
     "to accept the bid from Northline Roofing"),
    ("Moved by Trustee Lo, seconded by Trustee Fry, to adjourn at 9:02 p.m. Aye: Lo, Fry. Motion carried.",
     "to adjourn at 9:02 p.m"),
])
def test_issue_11_a_board_motion_with_its_roll_call_is_what_was_moved(text, expected):
    items = lines_to_items([Line("6 Business", 1), Line(text, 1)], "minutes", None)
    assert [r.text for r in items[0].resolutions] == [expected]


def test_issue_15_a_numbered_resolution_moved_and_seconded_needs_no_outcome():
    """Ontario boards number what they resolve ("Resolution No. 2024-82 - Moved by A, seconded by B
    that ..."): the number says it passed, "Carried" or not; an unnumbered motion still needs it."""
    text = """
    Resolution No. 2024-82\u2013 Moved by Kalvin, seconded by Dave Yemm that the agenda be adopted as amended.
    Resolution No. 2024-89 Moved by Leo, seconded by Kalvin that the board approves the Income Statement. Carried
    Moved by Leo, seconded by Kalvin that the fence be painted.
    """
    assert resolve(text) == [("2024-82", "that the agenda be adopted as amended."),
                             ("2024-89", "that the board approves the Income Statement")]


@pytest.mark.parametrize("label", [
    "MOTION NUMBER C2025-04 Moved by: Tom Marchant\tSeconded by: James Scott",
    "MOTION NUMBER C2025-04\nMoved by: Tom Marchant\tSeconded by: James Scott",
])
def test_issue_15_a_motion_numbered_over_its_mover_and_seconder_labels(label):
    text = f"""
    {label}
    That we authorize the continued investigation of the expansion of the Cemetery; including:
    1. A complete survey of the property;
    2. Approval request to the Bereavement Authority. Carried.
    """
    assert resolve(text) == [
        ("C2025-04", "That we authorize the continued investigation of the expansion of the Cemetery"),
        ("C2025-04", "A complete survey of the property"),
        ("C2025-04", "Approval request to the Bereavement Authority.")]
