"""Lines -> paragraphs for the record finders: hard-wrapped sources and lists under a lead-in."""
from __future__ import annotations

from extract.finders.joined_lines import lines_to_paragraphs, wrap_width
from extract.records import Line


def paragraphs(text: str) -> list[str]:
    return [p.text for p in lines_to_paragraphs([Line(t.strip(), 1) for t in text.strip().splitlines()])]


WRAPPED_AT_70 = """
Members discussed the condition of the footpath between the school and
Church Lane and the cost of resurfacing it before the winter. The Area
Engineer indicated that he would obtain a quotation for the works and
report to the next meeting of the District. Members welcomed the news.
It was agreed that the Chairman would write to the landowner about the
hedge which overhangs the path near the Mill Bridge on the main road.
4. Correspondence
Correspondence was noted.
"""

WRAPPED_AT_90 = """
On the proposal of Councillor Ryan and seconded by Councillor Doyle it was agreed unanimously
to adopt the Litter Management Plan as circulated, subject to the amendments made at the
Workshop. The Senior Engineer undertook to liaise with the Environment Section on the number
of bins to be provided in each town and to report back to Members in the New Year at the
Meeting of the District. Members thanked the staff for their work on the Plan this year.
"""


def test_issue_11_a_hard_wrapped_source_is_joined_into_its_paragraphs():
    assert paragraphs(WRAPPED_AT_70) == [
        "Members discussed the condition of the footpath between the school and Church Lane and the cost of "
        "resurfacing it before the winter. The Area Engineer indicated that he would obtain a quotation for the "
        "works and report to the next meeting of the District. Members welcomed the news.",
        "It was agreed that the Chairman would write to the landowner about the hedge which overhangs the path "
        "near the Mill Bridge on the main road.",
        "4. Correspondence", "Correspondence was noted."]
    assert len(paragraphs(WRAPPED_AT_90)) == 1


def test_paragraphs_of_a_source_that_is_not_wrapped_stay_apart():
    lines = ["The Clerk reported on the playground inspection",
             "Members noted the report and thanked the inspector for his thorough work on the equipment",
             "Payments", "The payments listed in the schedule were approved"]
    assert wrap_width([Line(t, 1) for t in lines]) is None
    assert paragraphs("\n".join(lines)) == lines


def test_issue_11_a_line_ending_on_a_function_word_or_a_title_carries_on():
    assert paragraphs("The Councillors propose filling the pot holes, Councillor\nHealey to order Scalpings.") == [
        "The Councillors propose filling the pot holes, Councillor Healey to order Scalpings."]
    assert paragraphs("The Director undertook to liaise with the\nPlanning Department.") == [
        "The Director undertook to liaise with the Planning Department."]


def test_issue_11_entries_under_a_lead_in_join_it():
    assert paragraphs("The following payments were agreed:\nMHB Services £65.78\nGlasdon UK Ltd £146.69\n"
                      "The Clerk reported on the bins.") == [
        "The following payments were agreed: MHB Services £65.78 Glasdon UK Ltd £146.69",
        "The Clerk reported on the bins."]
    assert paragraphs("Members noted the disposal of land as follows :\n\u2022 House at 20 Maigue Way.\n"
                      "\u2022 House at 122 Hyde Road.") == [
        "Members noted the disposal of land as follows : House at 20 Maigue Way. House at 122 Hyde Road."]


def test_issue_11_a_short_last_line_ends_a_hard_wrapped_paragraph():
    text = WRAPPED_AT_90.strip() + "\nthe District welcomed the news on the Plan and the report on the SME\nsector\n" \
        "On the proposal of Councillor Ryan it was agreed to adopt the Plan."
    assert paragraphs(text)[-1] == "On the proposal of Councillor Ryan it was agreed to adopt the Plan."
    assert paragraphs(WRAPPED_AT_70 + "the weather\nIt was agreed to close.")[-1] == "It was agreed to close."


def test_issue_11_glyph_and_letter_o_bullets_open_entries():
    outline = "\uf0b7 New Business\no APPROVED \u2013 2018 Meetings Calendar\n\uf0a7\tNew funding for banners"
    assert paragraphs(outline) == outline.splitlines()
    lower = "\uf0d8 Updates\no decorations were taken down"
    assert paragraphs(lower) == lower.splitlines()


def test_issue_11_a_dash_and_a_lower_case_word_carry_the_line_above_on():
    assert paragraphs("Payments: Hall hire \u00a327.32, Clerk's salary \u00a3747.50\n"
                      "- proposed P. Markwell seconded C. Humphries - pass for payment.") == [
        "Payments: Hall hire \u00a327.32, Clerk's salary \u00a3747.50 - proposed P. Markwell seconded C. Humphries "
        "- pass for payment."]
    assert paragraphs("Grass cutting quote from A. Green Ltd \u00a3450\n\u2013 agreed to accept the quote") == [
        "Grass cutting quote from A. Green Ltd \u00a3450 \u2013 agreed to accept the quote"]
    assert paragraphs("The Clerk reported on the following:\n- the bus shelter\n- the bench") == [
        "The Clerk reported on the following:", "- the bus shelter", "- the bench"]
