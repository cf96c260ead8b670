"""Narrative decisions: what counts as the meeting agreeing, and what does not."""
from __future__ import annotations

import pytest

from extract.finders.decisions import sentences_to_decisions
from extract.nlp import load_patterns
from extract.records import Line, Meeting
from extract.structure.items import lines_to_items


def decide(*sentences: str) -> list[str]:
    return [text for text, _ in sentences_to_decisions([(s, 1) for s in sentences])]


@pytest.mark.parametrize("sentence", [
    "It was agreed that item 5 be considered at an informal meeting of the Panel.",
    "It was unanimously agreed that the grant be awarded.",
    "The Minutes of the previous meeting were approved as a correct record.",
    "The minutes were approved by all Councillors present.",
    "The timeline and steps for developing the Plan was endorsed.",
    "Board members agreed that the words would be changed to 'Board Sponsor'.",
    "Board members approved the overall approach of the document.",
    "Board members accepted the recommendations.",
    "The Parish Council adopted Working Party Terms of Reference.",
    "A Retention Policy was also adopted to facilitate clear understanding.",
    "The budget was reviewed and some minor amendments approved.",
    "These were accepted.",
    "The Council discussed the approaches taken and all agreed that Golden Tree Surgeons should be appointed.",
    "The Chair agreed to write to group leaders.",
    "Full support was given for this application.",
    "With the Chairs agreement item 12 was brought forward.",
])
def test_decisions(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Jo-Anne Sanders agreed that the Children's Voice was a golden thread.",
    "The owner has agreed in principle to selling to the community group.",
    "Planning Officers have agreed the original proposal.",
    "This had been approved for Parish Partnership funding.",
    "The work programme had been approved by the Management Committee.",
    "It is working to agreed terms of reference.",
    "The loan was not included in the 2025 Approved Budget.",
    "The Plan was signed off at Improvement Board, endorsed at Cabinet on 7th March.",
    "The final version will be approved at the next meeting.",
    "Should the Council be accepted into the programme, it could help.",
    "Some adjustments had been made to reflect the changes agreed to.",
    "All agreed.",
    "The Panel noted that they would consider the outcome at the October meeting.",
])
def test_not_decisions(sentence):
    assert decide(sentence) == []


def test_comma_splice_and_trailing_vote_are_trimmed():
    assert decide("Ragwort was discussed, it was agreed not to spray this.") == ["it was agreed not to spray this."]
    assert decide("The Parish Council approved of the offer to attend All Agreed.") == [
        "The Parish Council approved of the offer to attend"]


def test_decisions_in_minutes_of_two_layouts():
    kirklees = [Line("2 Minutes of the Previous Meeting", 1),
                Line("The minutes of the meeting on Monday 9th October were approved as a correct record.", 1)]
    parish = [Line("13\\. GENERAL REPAIRS a. Play repairs are planned for April. b. The siting of the bin was "
                   "discussed. It was agreed that an alternative location should be used. All agreed.", 2)]
    assert [d.text for d in lines_to_items(kirklees, "minutes", None)[0].decisions] == [
        "The minutes of the meeting on Monday 9th October were approved as a correct record."]
    assert [d.text for d in lines_to_items(parish, "minutes", None)[0].decisions] == [
        "It was agreed that an alternative location should be used."]


EXAMPLES = {
    "verb-agreed": "It was agreed that the hall be hired.",
    "verb-approved": "The accounts were approved.",
    "verb-accepted": "The apologies were accepted.",
    "verb-endorsed": "The strategy was endorsed.",
    "verb-adopted": "The policy was adopted.",
    "verb-decided": "It was decided to defer the item.",
    "verb-ratified": "The decision was ratified.",
    "verb-supported": "The Panel supported the recommendations.",
    "verb-deferred": "The item was deferred to the next meeting.",
    "phrase-all-agreed": "The Council discussed the quotes and all agreed to proceed.",
    "phrase-all-approved": "The payments were listed and all approved them.",
    "phrase-unanimously-agreed": "Members unanimously agreed the terms.",
    "phrase-support-was-given": "Support was given for the application.",
    "phrase-full-support-was-given": "Full support was given for the application.",
    "phrase-approval-was-given": "Approval was given to sign the documents.",
    "phrase-with-the-chair-apostrophe-s-agreement": "With the Chair's agreement the item was taken first.",
    "phrase-with-the-chairs-agreement": "With the Chairs agreement the item was taken first.",
    "phrase-with-the-agreement-of-the-chair": "With the agreement of the Chair the item was deferred.",
    "phrase-with-the-consent-of-the-chair": "With the consent of the Chair the item was deferred.",
    "noted-noted": "The Committee noted the report.",
    "verb-signed-off": "The Board signed off the annual report for publication.",
    "phrase-confirmed-as-a-correct-record": "The minutes of 21 June were confirmed as a correct record.",
    "phrase-confirmed-as-a-true-record": "The minutes were confirmed as a true record and signed.",
    "phrase-confirmed-as-an-accurate-record": "The notes of the last meeting were confirmed as an accurate record.",
    "phrase-confirmed-as-a-true-and-correct-record": "The minutes were confirmed as a true and correct record.",
    "phrase-confirmed-as-a-true-and-accurate-record": "The minutes were confirmed as a true and accurate record.",
    "phrase-confirmed-and-signed": "The minutes of 9 April were confirmed and signed by the Chair as a correct record.",
    "panel-recommended": "The panel recommended that Mr and Mrs J be approved as foster carers.",
    "phrase-date-was-fixed": "The following date was fixed for the budget meeting: Thursday 9 October at noon.",
    "phrase-dates-were-fixed": "Dates were fixed for the 2026 meetings as set out below.",
    "phrase-meeting-was-fixed": "The next meeting was fixed for Tuesday 3 March 2026 at 7pm.",
    "phrase-there-was-general-agreement": "There was general agreement that both amendments be included.",
    "phrase-there-was-unanimous-agreement": "There was unanimous agreement to write to the Minister.",
}


@pytest.mark.parametrize("sentence, decision", [
    ("Recommendation: The panel recommended that Mr and Mrs J continue to be approved as foster carers.",
     "The panel recommended that Mr and Mrs J continue to be approved as foster carers."),
    ("Recommendation - The panel recommended approval of Ms K as a short breaks carer.",
     "The panel recommended approval of Ms K as a short breaks carer."),
    ("Panel recommended the proposed match of Child L with Mr M.",
     "Panel recommended the proposed match of Child L with Mr M."),
])
def test_a_fostering_or_adoption_panel_recommendation_is_its_decision(sentence, decision):
    assert decide(sentence) == [decision]


def test_a_panel_recommendation_reported_by_someone_else_is_not_a_decision():
    assert decide("The social worker said the panel recommended a shorter review period last year.") == []


@pytest.mark.parametrize("sentence", [
    "Senate APPROVED the revised Open Access Policy, subject to one amendment.",
    "The Executive signed off the annual report for publication.",
    "The Partnership signed off the business plan.",
])
def test_the_meeting_named_as_subject_decides(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Chief Executive approved the staffing changes under delegated powers.",
    "The Plan was signed off at Improvement Board in March.",
    "It was confirmed that the grant had been received.",
])
def test_an_officer_or_another_forum_is_not_the_meeting(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("pattern", load_patterns("decisions"), ids=lambda p: p["id"])
def test_each_decision_pattern(pattern):
    assert decide(EXAMPLES[pattern["id"]]), f"{pattern['id']} found no decision"


@pytest.mark.parametrize("sentence", [
    "A number of members agreed to take on the role of Board Sponsor.",
    "Some councillors agreed that the scheme was too costly.",
    "At that meeting, Members agreed to refer the decision to full Council.",
    "The Council had previously approved the scheme.",
])
def test_some_members_or_another_meeting_are_not_decisions(sentence):
    assert decide(sentence) == []


def test_decision_cell_of_tabular_minutes_is_split_into_sentences():
    text = ("3.\tSufficiency\tSB reported that 14 households had been approved against a target of 20. "
            "The Board agreed that the campaign should be extended.\tSB to circulate the strategy")
    items = lines_to_items([Line("No.\tSubject\tMinute\tAction", 1), Line(text, 1)], "minutes", None)
    assert [d.text for d in items[0].decisions] == ["The Board agreed that the campaign should be extended."]
    plain = lines_to_items([Line("3 Sufficiency", 1), Line(text.split("\t")[2], 1)], "minutes", None)
    assert [d.text for d in plain[0].decisions] == ["The Board agreed that the campaign should be extended."]


@pytest.mark.parametrize("sentence", [
    "Kirklees Cabinet endorsed a report in May 2016 which outlined areas for improvement.",
    "The Council adopted the Local Plan in 2019 and it is now under review.",
    "Cabinet approved the strategy on 12 January 2024.",
])
def test_earlier_decisions_reported_to_the_meeting_are_not_decisions(sentence):
    assert [t for t, _ in sentences_to_decisions([(sentence, 1)], "2024-03-07")] == []


@pytest.mark.parametrize("sentence", [
    "The minutes of the meeting held on 11 January 2024 were agreed as a correct record.",
    "The Board approved the minutes of the meeting on 11 January 2024.",
    "The Panel agreed to review the policy in April 2024.",
    "The Board approved the budget for 2024/25.",
])
def test_dates_that_do_not_date_the_decision(sentence):
    assert [t for t, _ in sentences_to_decisions([(sentence, 1)], "2024-03-07")] == [sentence]


@pytest.mark.parametrize("sentence", [
    "During the year 39 adopter households were approved.",
    "31 children had been adopted, 39 adopter households were approved and 24 were matched.",
])
def test_counts_are_statistics_not_decisions(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Board NOTED the Chief Executive's report.",
    "The Committee noted the report on planning appeals decided since the last meeting.",
    "Members noted the quarterly performance report.",
    "The Board NOTED the updates to the action log, and agreed that action TB/23/88 could be closed.",
])
def test_issue_heldout2_noting_a_paper_is_a_decision(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Board noted that waiting times had improved.",
    "Members noted how the scheme would be funded.",
    "The Mayor noted the strong support from passenger groups.",
    "Apologies were noted as above.",
    "The Committee noted its work programme.",
    "Members noted the challenges of managing limited funding from government.",
])
def test_issue_heldout2_noting_a_fact_is_not_a_decision(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The following policies were reviewed and ratified: Charging and Remissions Policy; Accessibility Plan.",
    "The Panel considered and approved the revised terms of reference.",
])
def test_issue_heldout2_deliberated_and_decided(sentence):
    assert decide(sentence) == [sentence]


def test_issue_heldout2_received_and_accepted_apologies_are_a_formality():
    assert decide("Apologies were received and accepted from Cllr M. Ellis and Cllr T. Gould.") == []


@pytest.mark.parametrize("resolved,agreed", [
    (["RESOLVED -", "1) That the Members of the Public be thanked for their questions.",
      "2) That the questions be forwarded to the relevant Cabinet Member for a written response."],
     "The Chair agreed to forward the questions onto the relevant Cabinet Member to provide a written response."),
    (["It was RESOLVED: that the Clerk writes to the Highways Authority about the Mill Lane footpath."],
     "It was agreed that the Clerk would write to the Highways Authority about the footpath on Mill Lane."),
])
def test_issue_2_an_agreement_restating_the_items_resolution_is_not_a_second_decision(resolved, agreed):
    lines = [Line("6 Public Question Time", 1), Line(agreed, 1)] + [Line(t, 1) for t in resolved]
    item = lines_to_items(lines, "minutes", Meeting(date="2024-08-30"))[0]
    assert item.resolutions and item.decisions == []


def test_issue_2_an_unrelated_agreement_beside_a_resolution_stays_a_decision():
    lines = [Line("2 Election of Vice-Chair", 1),
             Line("The Chair agreed to write to group leaders to remind Members of their duty as Corporate Parents.",
                  1),
             Line("RESOLVED that Mr P Bartlett be duly elected Vice Chair of the Panel.", 1)]
    item = lines_to_items(lines, "minutes", Meeting(date="2024-10-29"))[0]
    assert [d.text[:29] for d in item.decisions] == ["The Chair agreed to write to "]


@pytest.mark.parametrize("sentence", [
    "The minutes of the meeting held on 9 April 2024 were confirmed and signed by the Chair as a correct record.",
    "The notes of the last meeting were read, confirmed and signed.",
])
def test_issue_heldout6_minutes_confirmed_and_signed(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence,decision", [
    ("\u2022 Trade union facilities time: de-delegation AGREED by maintained primary members (For 2, Against 0).",
     "Trade union facilities time: de-delegation AGREED by maintained primary members (For 2, Against 0)."),
    ("- Behaviour support: de-delegation NOT AGREED (For 0, Against 2); the service will be a buy-back.",
     "Behaviour support: de-delegation NOT AGREED (For 0, Against 2); the service will be a buy-back."),
    ("Proposal 3 (free parking): approved by members (for: 6, against: 1).",
     "Proposal 3 (free parking): approved by members (for: 6, against: 1)."),
])
def test_issue_heldout5_vote_outcome_on_a_listed_proposal_is_a_decision(sentence, decision):
    assert decide(sentence) == [decision]


def test_issue_heldout5_a_lost_motion_with_its_tally_is_no_decision():
    assert decide("The motion was put to the vote and was LOST (For 5, Against 8).") == []


@pytest.mark.parametrize("marker", ["[Action CPP24-31]", "[Actions A12 and A13]", "[ACTION 4.2]"])
def test_issue_heldout5_action_tracker_reference_after_a_decision_is_dropped(marker):
    assert decide(f"The Panel agreed to adopt the revised pledge. {marker}") == [
        "The Panel agreed to adopt the revised pledge."]


@pytest.mark.parametrize("sentence", [
    "Mr M Precey proposed the Minutes be adopted seconded by Mrs T Mann.",
    "It was proposed by Cllr Mrs Grey seconded by Cllr Lane that this application be Refused on the grounds of access.",
    "The Minutes were proposed by Cllr Scanlan and seconded by Cllr Donegan.",
    "Mrs. Willis proposed and D. Pickston seconded that the quote from K Plant Ltd be accepted.",
    "The above dates were proposed by Cllr. Collopy and seconded by Ms. Maureen Browne.",
])
def test_issue_11_a_proposal_moved_and_seconded_with_no_vote_recorded_is_a_decision(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "The Motion was proposed by Councillor O'Brien and seconded by Councillor Keary.",
    "He proposed that a summary be provided to Members and this was seconded by Councillor McMahon.",
    "It was moved by Councillor Baker, seconded by Councillor Harris and:-",
    "Following the debate, the Leader proposed and Mr Oakford seconded the above motion that Cabinet.",
    "Motion by Councilmember Chen, seconded by Councilmember Brandt, to table the item.",
])
def test_a_motion_put_for_debate_is_not_yet_a_decision(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("sentence", [
    "As Items 9 and 12 were related, it was agreed that both would be taken together.",
    "With the Cathaoirleach's permission, it was agreed to take Item 4 at this point.",
    "On the proposal of Cllr. B. Collins seconded by Cllr. Scanlan, it was unanimously agreed that the report be "
    "forwarded to the Minister.",
])
def test_issue_11_an_introductory_phrase_belongs_to_the_decision(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "W Emerson & Son - Request for New Memorial - Claire Donner Bull - approved",
    "H Brett & Son Ltd - request to place a Memorial in the Cemetery - unanimously approved.",
    "Norfolk Rural Community Council - annual membership - do not wish to join",
    "Mr Precey - requested that the Parish Plan Draw take place at the next meeting - agreed",
    "APPROVED \u2013 Revised 2018 budget",
    "County Council consultation on library opening hours - the Council does not wish to comment",
])
def test_issue_11_an_outcome_printed_against_an_entry_is_a_decision(sentence):
    assert decide(sentence) == [sentence]


def test_an_entry_someone_else_decided_is_not_a_decision():
    assert decide("SEN/23-24/M4 - Approved by Senate on 20 March 2024") == []


@pytest.mark.parametrize("lines,expected", [
    (["1. Northeast Foods, LLC", "D/B/A: Burger King #25747", "Has applied for a Common Victualler License.",
      "Manager: Shoukat Dhanani", "GRANTED (Commissioner Saxon voted to reject the application)"],
     ["Northeast Foods, LLC \u2013 GRANTED"]),
    (["2. Equis Pica Pollo LLC", "Holder of a Common Victualler License has petitioned to change the closing hour.",
      "Rejected without prejudice", "Any new application must be accompanied by a full community process"],
     ["Equis Pica Pollo LLC \u2013 Rejected without prejudice. Any new application must be accompanied by a full "
      "community process"]),
    (["3. 12 High Street", "Two storey rear extension. Applicant: Mr Brown.", "Deferred for a site visit"],
     ["12 High Street \u2013 Deferred for a site visit"]),
    (["4. Church Cottage", "Alterations to existing cottages", "Approved by the Borough"], []),
    (["5. The Crown Inn", "Hearing on a complaint of trading after hours.", "No violation found"],
     ["The Crown Inn \u2013 No violation found"]),
    (["6. Ordinance 2024-07", "Amending the parking schedule on Elm Street.", "Passed as amended"],
     ["Ordinance 2024-07 \u2013 Passed as amended"]),
])
def test_issue_11_an_outcome_on_its_own_line_decides_the_application_above_it(lines, expected):
    items = lines_to_items([Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for d in items[0].decisions] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("This item was deferred pending legal proceedings.", ["This item was deferred pending legal proceedings."]),
    ("Cabinet Member updates were deferred to the next meeting of the Cabinet.",
     ["Cabinet Member updates were deferred to the next meeting of the Cabinet."]),
    ("The application had been deferred by the Planning Committee.", []),
])
def test_issue_11_deferring_an_item_is_a_decision(sentence, expected):
    assert decide(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He also agreed to a review of the costing to date.",
    "The Clerk agreed to the request.",
])
def test_issue_11_one_person_agreeing_to_something_is_not_a_decision(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("lines,expected", [
    (["After discussion it was agreed that the following payments may be made :-", "CALC Annual Subscription £ 111.00",
      "Russell Hogg \u2013 Scalpings £ 184.97", "The Chairman closed the meeting."],
     "After discussion it was agreed that the following payments may be made :- CALC Annual Subscription £ 111.00 "
     "Russell Hogg \u2013 Scalpings £ 184.97"),
    (["It was agreed to approve the following dates for meetings in 2022 :", "10.00 a.m., Friday, 4th March, 2022",
      "10.00 a.m., Friday, 3rd June, 2022", "The Chairman wished all Members a happy Christmas and every good wish",
      "for the new year."],
     "It was agreed to approve the following dates for meetings in 2022 : 10.00 a.m., Friday, 4th March, 2022 "
     "10.00 a.m., Friday, 3rd June, 2022"),
])
def test_issue_11_the_list_a_decision_leads_in_to_is_part_of_it(lines, expected):
    items = lines_to_items([Line("5 Finance", 1)] + [Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for d in items[0].decisions] == [expected]


@pytest.mark.parametrize("lines,expected", [
    (["On the proposal of Cllr B Collins and seconded by Cllr J Scanlan it was agreed unanimously to accept",
      "the recommendations as set out in the plan."],
     "On the proposal of Cllr B Collins and seconded by Cllr J Scanlan it was agreed unanimously to accept the "
     "recommendations as set out in the plan."),
    (["It was agreed that the Travel SPC be written to in order to establish the",
      "reason for this cancellation."],
     "It was agreed that the Travel SPC be written to in order to establish the reason for this cancellation."),
])
def test_issue_11_a_hard_wrapped_sentence_is_one_decision(lines, expected):
    items = lines_to_items([Line("2 Roads", 1)] + [Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for d in items[0].decisions] == [expected]


@pytest.mark.parametrize("sentence", [
    "It was proposed by Councillor Neville and seconded by Councillor O'Brien that this item remain on the agenda "
    "until resolved.",
    "Proposed by Cllr Hart, seconded by Cllr Bell that the matter stay on the agenda until it is resolved.",
])
def test_issue_11_resolved_inside_a_proposal_is_no_resolved_marker(sentence):
    item = lines_to_items([Line("4 Estates", 1), Line(sentence, 1)], "minutes", None)[0]
    assert item.resolutions == [] and [d.text for d in item.decisions] == [sentence]


@pytest.mark.parametrize("sentence,expected", [
    ("It was agreed at this point to move item 7 up the agenda.", ["It was agreed at this point to move item 7 up "
                                                                   "the agenda."]),
    ("The order of business was agreed at this meeting.", ["The order of business was agreed at this meeting."]),
    ("The scheme was approved at Cabinet in March.", []),
])
def test_issue_11_agreed_at_this_point_is_the_meeting(sentence, expected):
    assert decide(sentence) == expected


def test_an_outcome_line_without_an_item_title_says_nothing_on_its_own():
    assert lines_to_items([Line("Voting Agenda", 1), Line("Has applied for a licence.", 1), Line("GRANTED", 1)],
                          "minutes", None)[0].decisions == []


@pytest.mark.parametrize("sentence,expected", [
    ("Minutes from 11/30/17 meeting approved \u2013 Z. Maiorca (motion), T. Feinberg (second)",
     "Minutes from 11/30/17 meeting approved"),
    ("Annual audit engagement letter - Rivera (moved) and Okafor (seconded).", "Annual audit engagement letter"),
])
def test_issue_11_mover_and_seconder_after_an_outline_entry_are_not_its_text(sentence, expected):
    assert decide(sentence) == [expected]


@pytest.mark.parametrize("lines,expected", [
    (["\uf0b7 New Business", "o APPROVED \u2013 2018 Meetings Calendar",
      "o APPROVED \u2013 Revised 2018 budget \u2013 B. Munro (motion), Z. Maiorca (second)",
      "\uf0a7\tNew funding for street pole banner repairs"],
     ["APPROVED \u2013 2018 Meetings Calendar", "APPROVED \u2013 Revised 2018 budget"]),
    (["\uf0d8 Treasurer's report",
      "o Bank reconciliation for March approved \u2013 L. Ortiz (motion), K. Hale (second)",
      "o Signatories on the reserve account approved \u2013 K. Hale (motion), L. Ortiz (second)"],
     ["Bank reconciliation for March approved", "Signatories on the reserve account approved"]),
])
def test_issue_11_each_outline_bullet_is_its_own_decision(lines, expected):
    items = lines_to_items([Line("Minutes", 1)] + [Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for item in items for d in item.decisions] == expected


@pytest.mark.parametrize("sentence", [
    "The cost of mowing is something which will need to be considered when the 2012 precept is decided.",
    "Once the final schedule of works is agreed, the consultant will make a recommendation.",
    "The grant can be paid if the accounts are approved by the auditor.",
])
def test_issue_11_a_decision_verb_under_a_condition_decides_nothing_yet(sentence):
    assert decide(sentence) == []


def test_issue_11_a_condition_before_the_main_clause_leaves_its_agreement():
    assert decide("When the item was discussed it was agreed to defer it.") == [
        "When the item was discussed it was agreed to defer it."]


@pytest.mark.parametrize("sentence", [
    "He agreed to keep Members updated on the commemorations.",
    "She agreed to circulate the revised terms of reference before the next meeting.",
])
def test_issue_11_one_person_undertaking_to_act_is_not_the_meeting_deciding(sentence):
    assert decide(sentence) == []


@pytest.mark.parametrize("sentences,expected", [
    (["The Chair highlighted the eagerness of young people to attend future panel meetings.",
      "This was agreed by the panel."],
     "The Chair highlighted the eagerness of young people to attend future panel meetings. "
     "This was agreed by the panel."),
    (["Cllr Hart suggested that the bench be moved nearer the bus shelter.", "That was unanimously agreed."],
     "Cllr Hart suggested that the bench be moved nearer the bus shelter. That was unanimously agreed."),
])
def test_issue_11_this_was_agreed_takes_the_sentence_it_agrees_to(sentences, expected):
    assert decide(*sentences) == [expected]


@pytest.mark.parametrize("paragraph,expected", [
    ("Proposed G. Clere and seconded D. Pickston that a request be made for \u00a33010. 00 - unanimously agreed.",
     ["Proposed G. Clere and seconded D. Pickston that a request be made for \u00a33010. 00 - unanimously agreed."]),
    ("The hall hire of 45. 50 was paid. Next item.", ["The hall hire of 45. 50 was paid.", "Next item."]),
])
def test_issue_11_a_decimal_point_spaced_out_by_text_recognition_ends_no_sentence(paragraph, expected):
    from extract.finders.sentences import paragraph_to_sentences

    assert paragraph_to_sentences(paragraph) == expected


@pytest.mark.parametrize("sentences", [
    ["The Chairman proposed that the Notice of Motion be amended as follows :",
     "This was seconded by Councillor Secas and unanimously agreed."],
    ["Cllr Bell moved the amendment.", "This was duly seconded by Cllr Ray and agreed."],
])
def test_issue_11_seconding_the_proposal_above_is_no_decision_of_its_own(sentences):
    assert decide(*sentences) == []


@pytest.mark.parametrize("sentence", [
    "Accounts were presented and accepted for payment.",
    "Annual Governance Statement - The Statement was completed and approved by the Parish Council.",
])
def test_issue_11_a_participle_under_the_same_passive_lends_the_decision_its_subject(sentence):
    assert decide(sentence) == [sentence]


@pytest.mark.parametrize("lines,expected", [
    (["The following date was fixed for a Meeting to consider the General Municipal Allocation:",
      "Thursday, 9th October, 2014, at 12 Noon at the Fire Station.", "The Members welcomed the report."],
     "The following date was fixed for a Meeting to consider the General Municipal Allocation: Thursday, 9th "
     "October, 2014, at 12 Noon at the Fire Station."),
    (["The following payments were agreed:", "MHB Services (street lighting maintenance)",
      "The Clerk reported on the bus shelter."],
     "The following payments were agreed: MHB Services (street lighting maintenance)"),
])
def test_issue_11_the_first_line_after_a_lead_in_is_what_it_leads_in_to(lines, expected):
    items = lines_to_items([Line("3 Finance", 1)] + [Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for d in items[0].decisions] == [expected]


@pytest.mark.parametrize("lines,expected", [
    (["Members supported the motion and the following points were made in relation to same:",
      "\uf0b7 That the co-location of post offices with supermarkets was an issue.", "\uf0b7 That hours be kept."],
     "Members supported the motion and the following points were made in relation to same:"),
    (["The Committee agreed the following comments:", "- Parking is a concern for residents.",
      "- Hedges should be cut back."], "The Committee agreed the following comments:"),
])
def test_issue_11_bulleted_points_after_a_lead_in_are_not_joined_to_it(lines, expected):
    items = lines_to_items([Line("3 Motions", 1)] + [Line(t, 1) for t in lines], "minutes", None)
    assert [d.text for d in items[0].decisions] == [expected]


@pytest.mark.parametrize("sentence", [
    "MOVED: Cr Hollis SECONDED: Cr Abernethy",
    "Moved Cr Hollis / Seconded Cr Abernethy",
    "Moved/Seconded: Crs Hollis/Abernethy. CARRIED 5/2",
    "Moved by Councillor Tane, seconded by Councillor Reihana.",
])
def test_issue_11_who_moved_and_seconded_with_nothing_proposed_is_no_decision(sentence):
    assert decide(sentence) == []


def test_issue_11_a_proposal_moved_and_seconded_is_still_a_decision():
    assert decide("Mr Kerr proposed the Minutes be adopted seconded by Mrs Lyle.") == [
        "Mr Kerr proposed the Minutes be adopted seconded by Mrs Lyle."]
