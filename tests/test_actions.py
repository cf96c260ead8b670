"""Actions: ACTIONS lists, "Action:" lines, action tables, prose directions, owners, due dates."""
from __future__ import annotations

import pytest

from extract.finders.actions import owner_name
from extract.finders.decisions import sentences_to_decisions
from extract.nlp import load_patterns
from extract.records import Line, Meeting
from extract.structure.items import lines_to_items


def actions(text: str, date: str | None = "2025-03-04") -> list[tuple[str, str | None, str | None, str | None]]:
    lines = [Line("1 Matters arising", 1)] + [Line(t.strip(), 1) for t in text.strip().splitlines() if t.strip()]
    items = lines_to_items(lines, "minutes", Meeting(date=date))
    return [(a.text, a.owner, a.due, a.status) for i in items for a in i.actions]


def decide(sentence: str) -> list[str]:
    return [text for text, _ in sentences_to_decisions([(sentence, 1)])]


def texts(text: str) -> list[str]:
    return [t for t, *_ in actions(text)]


def test_actions_list_with_bullets_and_numbers():
    assert texts("""
    ACTIONS:
    - Board members to contribute when the plan has been accepted.
    - Circulate final version of the Priorities to the Board.
    """) == ["Board members to contribute when the plan has been accepted.",
             "Circulate final version of the Priorities to the Board."]
    assert texts("""
    Agreed actions:
    1. Clerk to book the hall.
    2. Treasurer to pay the invoice.
    """) == ["Clerk to book the hall.", "Treasurer to pay the invoice."]


def test_action_lines_in_two_layouts():
    assert actions("Action: Bromfield to draft email to associate deans and deans") == [
        ("Bromfield to draft email to associate deans and deans", "Bromfield", None, None)]
    assert actions("ACTION - Officers to report back to the next meeting.") == [
        ("Officers to report back to the next meeting.", "Officers", None, None)]


def test_action_table_with_owner_due_and_status():
    rows = actions("""
    Action\tOwner\tDue\tStatus
    Write to the highways department\tClerk\t30 June 2025\tOpen
    Publish the budget\tCllr Smith\t\tComplete
    """)
    assert [(t, o, s) for t, o, _, s in rows] == [("Write to the highways department", "Clerk", "open"),
                                                 ("Publish the budget", "Smith", "done")]
    assert rows[0][2] in ("2025-06-30", None)  # None only while extract.finders.dates is unavailable


def test_action_table_with_other_column_names():
    rows = actions("""
    No.\tAction required\tResponsible\tBy when
    1\tRenew the insurance\tRFO\t1st April 2025
    """)
    assert [(t, o) for t, o, _, _ in rows] == [("Renew the insurance", "RFO")]


@pytest.mark.parametrize("sentence,text,owner", [
    ("Clerk to write to the highways department.", "Clerk to write to the highways department.", "Clerk"),
    ("Officers to report back to the next meeting.", "Officers to report back to the next meeting.", "Officers"),
    ("Cllr Pointeer to report to Highways Safety.", "Cllr Pointeer to report to Highways Safety.", "Pointeer"),
    ("Cllr Crisp and Cllr Gillett to progress.", "Cllr Crisp and Cllr Gillett to progress.", "Crisp; Gillett"),
    ("The Clerk was asked to investigate.", "The Clerk was asked to investigate.", "Clerk"),
    ("Cllr Nickles asked to confirm the location.", "Cllr Nickles asked to confirm the location.", "Nickles"),
    ("It was requested that the Clerk read the lease.", "It was requested that the Clerk read the lease.", "Clerk"),
    ("To be placed on the June agenda.", "To be placed on the June agenda.", None),
])
def test_prose_directions(sentence, text, owner):
    assert [(t, o) for t, o, _, _ in actions(sentence)] == [(text, owner)]


def test_comma_splices_hold_two_actions_or_start_mid_sentence():
    assert texts("Clerk to report to highways, Cllr Nickles asked to confirm location on google maps if possible.") == [
        "Clerk to report to highways", "Cllr Nickles asked to confirm location on google maps if possible."]
    assert texts("The rubbish is near a field, the Clerk was asked to write to the owner.") == [
        "the Clerk was asked to write to the owner."]
    assert texts("Complaint about bins in West End Clerk asked to send a letter.") == ["Clerk asked to send a letter."]


@pytest.mark.parametrize("sentence", [
    "Ms Gleave offered to raise the matter with the service.",
    "Welcome to the meeting.",
    "Members of the Board to have in view the work of the programme and ensure the following:",
    "The Chair agreed to write to group leaders.",
])
def test_not_actions(sentence):
    assert texts(sentence) == []


def test_due_date_from_by_phrase():
    rows = actions("Clerk to obtain three quotes by 30 June 2025.")
    assert rows[0][1] == "Clerk"
    assert rows[0][2] in ("2025-06-30", None)


@pytest.mark.parametrize("text,owner", [
    ("the Clerk", "Clerk"), ("Cllr R. Crisp", "R. Crisp"), ("Mr Smith & Mrs Jones", "Smith; Jones")])
def test_owner_names_drop_honorifics(text, owner):
    assert owner_name(text) == owner


EXAMPLES = {
    "asked-was-asked-to": "The Clerk was asked to write to the owner.",
    "asked-were-asked-to": "Members were asked to send comments.",
    "asked-asked-to": "Clerk asked to forward the letter.",
    "asked-is-asked-to": "The Clerk is asked to circulate the notes.",
    "asked-are-asked-to": "Members are asked to send comments.",
    "asked-was-requested-to": "The Clerk was requested to write to the owner.",
    "asked-were-requested-to": "Officers were requested to report back.",
    "asked-undertook-to": "Cllr Smith undertook to contact the school.",
    "requested-it-was-requested-that": "It was requested that the Clerk contact the school.",
    "requested-members-requested-that": "Members requested that officers circulate the data.",
    "requested-the-chair-requested-that": "The Chair requested that the Clerk write to the owner.",
    "requested-the-panel-requested-that": "The Panel requested that officers report back.",
    "requested-the-committee-requested-that": "The Committee requested that officers report back.",
    "ownerless-to-be-placed-on": "To be placed on the June agenda.",
    "ownerless-to-be-added-to": "To be added to the work programme.",
    "ownerless-to-be-included-in": "To be included in the next newsletter.",
    "ownerless-to-be-included-on": "To be included on the next agenda.",
    "ownerless-to-be-brought-back": "To be brought back to the next meeting.",
    "ownerless-to-be-circulated": "To be circulated to all members.",
    "ownerless-to-be-carried-forward": "To be carried forward to the next meeting.",
    "ownerless-to-be-reported-to": "To be reported to the Highways department.",
    "ownerless-to-be-reported-back": "To be reported back in March.",
    "ownerless-to-be-referred-to": "To be referred to the Finance Committee.",
}


@pytest.mark.parametrize("pattern", load_patterns("actions"), ids=lambda p: p["id"])
def test_each_action_pattern(pattern):
    assert texts(EXAMPLES[pattern["id"]]), f"{pattern['id']} found no action"


def test_owner_only_action_lines_take_the_last_sentence_above():
    assert actions("The Clerk will write to the highways department about the potholes.\nACTION: Clerk")[0][:2] == (
        "The Clerk will write to the highways department about the potholes.", "Clerk")
    assert actions("Members discussed it. Circulate the revised terms to all members.\nAction: JS, MT")[0][:2] == (
        "Circulate the revised terms to all members.", "JS; MT")


def test_owner_named_at_the_end_of_a_paragraph_or_in_brackets():
    paragraph = "It was agreed the survey goes ahead. A date will be set for the survey. Action: Clerk"
    assert actions(paragraph)[0][:2] == ("A date will be set for the survey.", "Clerk")
    items = lines_to_items([Line("1 Survey", 1), Line(paragraph, 1)], "minutes", None)
    assert [d.text for d in items[0].decisions] == ["It was agreed the survey goes ahead."]
    assert actions("Action (Treasurer): renew the insurance policy.")[0][:2] == (
        "renew the insurance policy.", "Treasurer")


def test_action_none_is_not_an_owner():
    assert actions("The report was discussed at length.\nAction: None") == []


def test_action_table_with_responsible_officer_and_target_date():
    rows = actions("Action\tResponsible Officer\tTarget Date\nReview the tree survey\tHead of Parks\t31 May 2025")
    assert [(t, o) for t, o, _, _ in rows] == [("Review the tree survey", "Head of Parks")]


def test_initials_own_actions():
    assert actions("JS to circulate the revised protocol.")[0][:2] == ("JS to circulate the revised protocol.", "JS")
    assert actions("MT/RB to meet the housing team before the next meeting.")[0][1] == "MT; RB"


@pytest.mark.parametrize("text", [
    "JB to arrange a learning event for frontline practitioners \u2014 ACTION: JB",
    "JB to arrange a learning event for frontline practitioners\tACTION: JB",
    "The Board discussed the review.\nJB to arrange a learning event for frontline practitioners.\nAction: JB",
])
def test_owner_as_initials_after_the_action(text):
    assert [(t.rstrip("."), owner) for t, owner, *_ in actions(text)] == [
        ("JB to arrange a learning event for frontline practitioners", "JB")]


def test_action_text_starts_where_the_owner_is_named():
    text = "Members discussed the review. JB to arrange a learning event. It should be online. ACTION: JB"
    assert [(t, owner) for t, owner, *_ in actions(text)] == [
        ("JB to arrange a learning event. It should be online.", "JB")]


@pytest.mark.parametrize("text", [
    "Partner contributions to be confirmed in writing by 31 July 2025.\tACTION: All partners",
    "Partner contributions to be confirmed in writing by 31 July 2025.\nAction: All partners",
    "The budget was discussed. Partner contributions to be confirmed in writing by 31 July 2025. Action: All partners",
])
def test_all_partners_is_an_owner_not_an_action(text):
    assert [(t, owner, due) for t, owner, due, _ in actions(text)] == [
        ("Partner contributions to be confirmed in writing by 31 July 2025.", "All partners", "2025-07-31")]


def test_partners_and_agencies_own_directions():
    assert [owner for _, owner, *_ in actions("All partner agencies to share their data by 31 July 2025.")] == [
        "All partner agencies"]


@pytest.mark.parametrize("sentence,text,owner", [
    ("Council directed staff to report back on the condition of the bridge before the end of June.",
     "Council directed staff to report back on the condition of the bridge before the end of June.", "staff"),
    ("Staff was directed to bring a prioritized repair list to the May 7, 2024 meeting.",
     "Staff was directed to bring a prioritized repair list to the May 7, 2024 meeting.", "Staff"),
    ("The Committee instructed the Clerk to obtain three quotes.",
     "The Committee instructed the Clerk to obtain three quotes.", "Clerk"),
    ("Officers were instructed to draft a response to the consultation.",
     "Officers were instructed to draft a response to the consultation.", "Officers"),
])
def test_issue_heldout2_directions_from_the_meeting(sentence, text, owner):
    assert [(t, o) for t, o, *_ in actions(sentence)] == [(text, owner)]


@pytest.mark.parametrize("sentence", [
    "The assessment had been audited and the Board was asked to approve a consultation on the proposed scheme.",
    "The Committee was asked to note the report.",
    "Members were asked to consider the revised policy.",
])
def test_issue_heldout2_the_meeting_asked_to_decide_is_not_an_action(sentence):
    assert actions(sentence) == []


@pytest.mark.parametrize("header", ["Action\tOwner\tDue\tStatus / RAG", "Action\tLead\tBy when\tRAG status"])
def test_issue_heldout2_rag_status_column(header):
    rows = actions(f"{header}\nRefresh the estates risk register\tCompany Secretary\t28/03/2024\tNew")
    assert [(t, o, s) for t, o, _, s in rows] == [("Refresh the estates risk register", "Company Secretary", "open")]


@pytest.mark.parametrize("sentence,owner", [
    ("The Chief Executive was asked to report back on the take-up of the fund at the May meeting.", "Chief Executive"),
    ("The Director of Environmental Services undertook to report on the matter to the next meeting.",
     "Director of Environmental Services"),
    ("The Head of Waste Management was asked to write to the applicants.", "Head of Waste Management"),
])
def test_senior_officers_with_their_service_own_directions(sentence, owner):
    assert [(t, o) for t, o, _, _ in actions(sentence)] == [(sentence, owner)]


@pytest.mark.parametrize("line", [
    "Gweithred / Action: Clerk to report the damaged sign to the County Council.",
    "Gweithredu/ACTION - Clerk to report the damaged sign to the County Council.",
])
def test_bilingual_action_labels(line):
    assert [(t, o) for t, o, _, _ in actions(line)] == [
        ("Clerk to report the damaged sign to the County Council.", "Clerk")]


@pytest.mark.parametrize("line,expected", [
    ("Action: Circulate the updated audit timetable to Board members (Nadia Khan, 31 August 2024)",
     ("Circulate the updated audit timetable to Board members", "Nadia Khan", "2024-08-31", None)),
    ("ACTION - Share the exit interview analysis (JW / AP, by 30/08/2024).",
     ("Share the exit interview analysis", "JW; AP", "2024-08-30", None)),
    ("Action: Review the offer with the forum (Head of Commissioning)",
     ("Review the offer with the forum", "Head of Commissioning", None, None)),
])
def test_issue_heldout6_owner_and_date_in_a_trailing_bracket(line, expected):
    assert actions(line, "2024-07-23") == [expected]


def test_issue_heldout6_a_bracket_that_is_not_an_owner_stays_in_the_text():
    assert texts("Action: Clerk to publish the accounts (see Appendix B)") == [
        "Clerk to publish the accounts (see Appendix B)"]


@pytest.mark.parametrize("header,rows", [
    ("Priority\tAction\tLead\tDue\tRAG",
     ["1. Front door\tReduce re-referrals below 20%\tHead of MASH\tSep 2024\tGreen",
      "2. Workforce\tRecruit 15 social workers\tHead of Workforce\tDec 2024\tRed"]),
    ("Theme\tAction\tOwner\tTarget date\tRAG rating",
     ["Care leavers\tRefresh the local offer\tHead of Corporate Parenting\t31/10/2024\tAmber"]),
])
def test_issue_heldout6_improvement_plan_progress_table_is_not_actions(header, rows):
    body = "\n".join(["The table summarises the status of each priority.", header, *rows,
                      "Action: Circulate the audit timetable (Nadia Khan, 31 August 2024)"])
    assert texts(body) == ["Circulate the audit timetable"]


@pytest.mark.parametrize("sentence,owner", [
    ("The Service Director undertook to circulate the inspection action plan to Panel members.", "Service Director"),
    ("The Designated Safeguarding Lead was asked to update the policy.", "Designated Safeguarding Lead"),
])
def test_issue_heldout6_a_title_qualified_by_its_service_owns_directions(sentence, owner):
    assert actions(sentence) == [(sentence, owner, None, None)]


@pytest.mark.parametrize("paragraph,expected", [
    ("The panel noted that the report omitted the birth father's views. Action: Panel Adviser to raise the"
     " quality of reports with the team managers by 31 March 2025.",
     ("Panel Adviser to raise the quality of reports with the team managers by 31 March 2025.", "Panel Adviser",
      "2025-03-31", None)),
    ("Members discussed the verge cutting. ACTION (Clerk): Write to the highways department.",
     ("Write to the highways department.", "Clerk", None, None)),
])
def test_issue_heldout6_action_label_inside_a_paragraph(paragraph, expected):
    assert actions(paragraph) == [expected]


@pytest.mark.parametrize("sentence", [
    "The Leader undertook to provide a written answer within 10 working days.",
    "The Cabinet Member for Housing undertook to provide a written answer to Councillor Hale.",
    "In reply, the Mayor undertook to write to the questioner.",
    "The Portfolio Holder undertook to circulate the figures.",
])
def test_issue_heldout5_an_executive_members_undertaking_in_answer_is_not_an_action(sentence):
    assert actions(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The Head of Planning undertook to circulate the appeal figures.",
    "Cllr Smith undertook to contact the school.",
])
def test_issue_heldout5_officers_and_councillors_undertakings_stay_actions(sentence):
    assert len(actions(sentence)) == 1


@pytest.mark.parametrize("sentence,owner", [
    ("The Clerk will write again.", "Clerk"),
    ("The Chairman will see if it can be painted with Vendulene to prevent this.", "Chairman"),
    ("JG will communicate the most recent slides to all members.", "JG"),
    ("The Clerk will report this to the Clean Up Team.", "Clerk"),
    ("The Clerk has not received the cheque yet but will make contact with the organisers.", "Clerk"),
    ("Pot Holes are appearing again, there are planings to fill these, Councillors will again fill these in.",
     "Councillors"),
    ("The Culvert Bridge Road - CC White is awaiting an update from Highways, he will chase this up.", "he"),
])
def test_issue_11_a_person_saying_what_they_will_do_is_an_action(sentence, owner):
    assert [(t, o) for t, o, *_ in actions(sentence)] == [(sentence, owner)]


@pytest.mark.parametrize("sentence", [
    "The Panel will consider the report on school places in March.",
    "Current projection shows in 2025/26, KCC will dip under this figure as borrowing matures.",
    "Norfolk Constabulary will be notified that we will not be represented.",
    "The consultant will make a recommendation to the bondholder.",
])
def test_what_a_body_or_a_third_party_will_do_is_not_an_action(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence,owner", [
    ("The A/Senior Executive Engineer indicated that he would look at the matter.", "A/Senior Executive Engineer"),
    ("The Operations Manager, South and West Division indicated that funding had been received and he would review "
     "the cost of the works.", "Operations Manager, South and West Division"),
    ("The Deputy Chief Executive welcomed the motion and undertook to review the issue raised.",
     "Deputy Chief Executive"),
    ("Cllr Nicholas-Letch advised he will visit The Common on Friday to do this work.", "Nicholas-Letch"),
    ("Councillor Mycock has kindly agreed to remove the old board and dispose of it.", "Mycock"),
    ("Mr Summers has agreed to attend a site meeting at a time to be arranged.", "Summers"),
])
def test_issue_11_an_undertaking_reported_in_the_minutes_is_an_action(sentence, owner):
    assert [(t, o) for t, o, *_ in actions(sentence)] == [(sentence, owner)]


@pytest.mark.parametrize("sentence", [
    "Mr J. Nugent stated that he would like to see the strategy include older persons.",
    "The Chief Superintendent said he would welcome more probationers in the city.",
])
def test_a_wish_is_not_an_undertaking(sentence):
    assert texts(sentence) == []


@pytest.mark.parametrize("sentence,owner", [
    ("Trees for Playing Fields - Cllr Manley to investigate further and report back.", "Manley"),
    ("The Councillors are concerned that a vehicle drives over the village green, the Clerk to write to householder.",
     "Clerk"),
    ("Upon confirmation of this fact the clerk was instructed to put the matter in hand.", "clerk"),
    ("The clerk is to write to the haulier about the speed of their lorries.", "clerk"),
    ("D. Pickston is going to try and contact the organiser again.", "D. Pickston"),
    ("Street lighting - the Clerk is going to chase the county council for a date.", "Clerk"),
    ("Bus Stops - the signs are still awaited. CC White to investigate this.", "White"),
])
def test_issue_11_a_direction_keeps_the_sentence_it_is_written_in(sentence, owner):
    found = [(t, o) for t, o, *_ in actions(sentence)]
    assert found[-1][1] == owner and sentence.endswith(found[-1][0])
    assert found[-1][0] == sentence or found[-1][0] == "CC White to investigate this."


def test_issue_11_a_direction_wrapped_over_two_lines_is_one_action():
    wrapped = "The Acting Director of Service undertook to liaise with the\nPlanning Department on the estates."
    assert texts(wrapped) == [
        "The Acting Director of Service undertook to liaise with the Planning Department on the estates."]
    assert texts("The Councillors propose filling the pot holes, Councillor\nHealey to order Scalpings.") == [
        "The Councillors propose filling the pot holes, Councillor Healey to order Scalpings."]


@pytest.mark.parametrize("sentence,owner", [
    ("The Board directed administration to bring a revised bus route map to the August meeting.", "administration"),
    ("The Commission directed the Superintendent to review the snow removal contract.", "Superintendent"),
    ("Council instructed the Administration to report on the cost of the crossing.", "Administration"),
])
def test_issue_11_a_board_directing_its_administration_is_an_action(sentence, owner):
    found = actions(sentence)
    assert [t for t, *_ in found] == [sentence]
    assert owner in (found[0][1] or "")


@pytest.mark.parametrize("signature", ["Chair ........................", "Signed: ______ Date: ______"])
@pytest.mark.parametrize("header,rows", [
    ("Ref\tMinute\tAction\tOwner\tDue\tStatus",
     ["HB/25/03\t2\tSend the revised hire charges to all user groups\tClerk\t30/04/2025\tOpen",
      "HB/25/01\t4 (12/01/2025)\tRepaint the hall windows\tCaretaker\t31/03/2025\tComplete"]),
    ("Item\tAction\tWho\tBy when",
     ["2\tSend the revised hire charges to all user groups\tClerk\t30 April 2025"]),
])
def test_issue_11_an_action_log_printed_after_the_signing_off_is_this_meetings(signature, header, rows):
    lines = [Line(t, 1) for t in ["1. Apologies", "None were received.", "2. Hire charges",
                                  "Members discussed the hire charges.", "The meeting closed at 8.40pm.",
                                  signature, "Action log", header, *rows]]
    items = lines_to_items(lines, "minutes", Meeting(date="2025-03-04"))
    assert [a.text for a in items[1].actions] == ["Send the revised hire charges to all user groups"]
    assert items[0].actions == []


@pytest.mark.parametrize("sentence,owner", [
    ("The Commissioner agreed to share the audit findings with members once published.", "Commissioner"),
    ("Mrs Pike agreed to contact the landowner about the hedge.", "Pike"),
])
def test_issue_11_one_person_agreeing_to_do_something_is_an_undertaking(sentence, owner):
    assert [(t, o) for t, o, _, _ in actions(sentence)] == [(sentence, owner)]
    assert decide(sentence) == []


@pytest.mark.parametrize("sentence,owner", [
    ("The Group Manager Infrastructure was asked to report back on the bridge repairs.",
     "Group Manager Infrastructure"),
    ("General Manager Community Services to arrange a meeting with the library users.",
     "General Manager Community Services"),
])
def test_issue_11_a_title_with_its_service_after_it_owns_a_direction(sentence, owner):
    assert [(t, o) for t, o, _, _ in actions(sentence)] == [(sentence, owner)]
