"""Inspection findings and judgements (extract/finders/findings.py, patterns/findings.jsonl)."""
from __future__ import annotations

import json
import pathlib

import pytest

from extract import nlp
from extract.finders import findings, grades
from extract.finders.findings import documents_without_repeated_findings, lines_to_findings
from extract.records import FINDING_KINDS, Document, Finding, Line

INSPECTED = "Ofsted inspected children's services in July."


def lines(*texts: str, page: int = 1) -> list[Line]:
    return [Line(t, page) for t in texts]


def judgements(found: list[Finding]) -> set[tuple[str | None, str | None]]:
    return {(f.area, f.grade) for f in found if f.kind == "judgement"}


def texts(found: list[Finding], kind: str) -> list[str]:
    return [f.text for f in found if f.kind == kind]


# Judgement tables and lists -------------------------------------------------------------

def test_ilacs_summary_table_with_tab_cells() -> None:
    found = lines_to_findings(lines(
        "Inspection of Anyshire local authority children's services",
        "Judgement\tGrade",
        "The impact of leaders on social work practice with children and families\tGood",
        "The experiences and progress of care leavers\tRequires improvement to be good",
        "Overall effectiveness\tGood",
    ))
    assert judgements(found) == {
        (grades.LEADERS_IMPACT, "Good"),
        (grades.CARE_LEAVERS, "Requires improvement to be good"),
        ("Overall effectiveness", "Good"),
    }


def test_markdown_table_and_labelled_ofsted_judgement() -> None:
    found = lines_to_findings(lines(
        "| Area | Judgement |",
        "| --- | --- |",
        "| Overall effectiveness | Requires improvement to be good |",
        "| Children in care | Good |",
        "Anyshire's Ofsted rating: Good",
    ))
    assert judgements(found) == {
        ("Overall effectiveness", "Requires improvement to be good"),
        (grades.CHILDREN_IN_CARE, "Good"),
        ("Overall effectiveness", "Good"),
    }


# A summary table copied out of a PDF as text: each area on a line, its grade alone on the next.
FLATTENED_TABLES = {
    "ilacs under its header": (
        ("Inspection of Anyshire children's social care services", "Judgement", "Grade",
         "The impact of leaders on social work practice with children and families", "Good",
         "The experiences and progress of care leavers", "Requires improvement to be good",
         "Overall effectiveness", "Good",
         "Services have improved since the last inspection, when they were judged inadequate."),
        {(grades.LEADERS_IMPACT, "Good"), (grades.CARE_LEAVERS, "Requires improvement to be good"),
         ("Overall effectiveness", "Good")}),
    "school headline block without a header": (
        ("Inspection of Brookfield Primary School", "Inspection dates: 4 and 5 June 2024",
         "Overall effectiveness", "Requires improvement",
         "The quality of education", "Requires improvement",
         "Early years provision", "Good",
         "Previous inspection grade", "Good"),
        {("Overall effectiveness", "Requires improvement"), ("The quality of education", "Requires improvement"),
         ("Early years provision", "Good")}),
}


@pytest.mark.parametrize("name", FLATTENED_TABLES)
def test_flattened_judgement_table_pairs_area_and_grade_lines(name: str) -> None:
    texts_in, expected = FLATTENED_TABLES[name]
    assert judgements(lines_to_findings(lines(*texts_in))) == expected


def test_a_grade_alone_after_prose_is_no_judgement() -> None:
    found = lines_to_findings(lines(
        "Ofsted inspected the service in May.", "How would you rate the new front door", "Good",
        "Children seen this quarter", "Outstanding"))
    assert judgements(found) == set()


def test_table_row_read_without_tab_needs_a_known_area() -> None:
    found = lines_to_findings(lines(
        INSPECTED,
        "Overall effectiveness Good",
        "Overall, they are now good.",
        "Staff said the training was good",
    ))
    assert judgements(found) == {("Overall effectiveness", "Good")}


def test_judgement_list_with_dashes_keeps_printed_area_names() -> None:
    found = lines_to_findings(lines(
        "The provisional Ofsted outcome has separate judgements in the following areas:",
        "Help and Protection \u2013 Inadequate",
        "LAC \u2013 Inadequate",
        "Northshire Safeguarding Children Board (NSCB)\u2013 Inadequate",
    ))
    assert judgements(found) == {
        (grades.HELP_AND_PROTECTION, "Inadequate"),
        ("LAC", "Inadequate"),
        ("Northshire Safeguarding Children Board (NSCB)", "Inadequate"),
    }


def test_judgement_list_with_colons_and_bullets() -> None:
    found = lines_to_findings(lines(
        "Ofsted grades:",
        "- Adoption: Requires Improvement",
        "- Fostering: 'Good'",
        "The experiences and progress of children in care: good",
    ))
    assert judgements(found) == {
        (grades.ADOPTION, "Requires improvement"),
        ("Fostering", "Good"),
        (grades.CHILDREN_IN_CARE, "Good"),
    }


def test_a_lone_unknown_row_is_not_a_judgement() -> None:
    found = lines_to_findings(lines(INSPECTED, "Room booking: good", "The rest of the meeting was short."))
    assert judgements(found) == set()


# Narrative judgements --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "expected"), [
    ("Overall judgement was 'inadequate' and separate judgements were made.",
     {("Overall effectiveness", "Inadequate")}),
    ("The overall judgement for children's services by Ofsted is an overall judgement of inadequate.",
     {("Overall effectiveness", "Inadequate")}),
    ("In response to the Ofsted inspection which judged both Children\u2019s services and the Board as "
     "\u2018inadequate\u2019, the partnership has responded.",
     {("Overall effectiveness", "Inadequate"), (grades.SAFEGUARDING_BOARD, "Inadequate")}),
    ("The inspection ended with a judgement of '**Good**', confirming progress.",
     {("Overall effectiveness", "Good")}),
    ("Children's services were judged to be outstanding by Ofsted.",
     {("Overall effectiveness", "Outstanding")}),
    ("The overall judgement for the Board was inadequate.",
     {(grades.SAFEGUARDING_BOARD, "Inadequate")}),
    ("Care leavers were rated as requires improvement to be good.",
     {(grades.CARE_LEAVERS, "Requires improvement to be good")}),
    ("The letter saw the council move out of the requires improvement rating to an overall effectiveness of good.",
     {("Overall effectiveness", "Good")}),
])
def test_narrative_judgements(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert judgements(lines_to_findings(lines(INSPECTED, sentence))) == expected


@pytest.mark.parametrize("sentence", [
    "We saw good practice in the front door team.",
    "Families living in inadequate housing need support.",
    "Since the previous inspection in 2019 when services were judged to require improvement to be good, "
    "services have improved.",
    "It was the first inspection since 2019 where we were judged to be \u201crequires improvements\u201d.",
    "Our ambition is to be judged outstanding at the next inspection.",
    "There had been a move from 'Requires Improvement' to 'Good'.",
    "A paper from other LSCBs graded as good was presented.",
    "Intervention follows a SIF inspection when an inadequate judgement is applied.",
    "Ofsted rated 85% of schools good or outstanding.",
    "The proportion of providers judged good by Ofsted rose.",
    "Ofsted judged the service good or better.",
])
def test_grade_words_in_prose_are_not_judgements(sentence: str) -> None:
    assert judgements(lines_to_findings(lines(INSPECTED, sentence))) == set()


def test_no_judgement_without_any_mention_of_an_inspection() -> None:
    found = lines_to_findings(lines("Overall effectiveness: Good", "The bid was judged as good."))
    assert found == []


def test_a_judgement_repeated_in_one_document_is_emitted_once() -> None:
    found = lines_to_findings(lines(
        "Judgement\tGrade",
        "Overall effectiveness\tGood",
        "Care leavers\tRequires improvement to be good",
        "The Ofsted inspection ended with a judgement of 'Good'.",
        "Overall effectiveness\tGood",
    ))
    assert [(f.area, f.grade) for f in found] == [
        ("Overall effectiveness", "Good"), (grades.CARE_LEAVERS, "Requires improvement to be good")]


def test_a_printed_board_name_and_the_board_are_one_judgement() -> None:
    found = lines_to_findings(lines(
        "Northshire Safeguarding Children Board (NSCB) \u2013 Inadequate",
        "The Ofsted review of the Board, which judged the Board as inadequate, followed.",
    ))
    assert judgements(found) == {("Northshire Safeguarding Children Board (NSCB)", "Inadequate")}


# Labelled findings -----------------------------------------------------------------------

def test_labelled_findings_in_markdown_bullets() -> None:
    found = lines_to_findings(lines(
        "- **Ofsted finding: Partnership working is not yet visible at operational level**",
        "Action: We will continue to work closely with partners.",
        "- **Ofsted comment: They reiterated the importance of performance data** (the Director will lead)",
        "- Ofsted Recommendation 15: Ensure that all conferences are held to statutory timescales",
    ))
    assert [(f.kind, f.number, f.text) for f in found] == [
        ("finding", None, "Partnership working is not yet visible at operational level"),
        ("comment", None, "They reiterated the importance of performance data"),
        ("recommendation", "15", "Ensure that all conferences are held to statutory timescales"),
    ]


def test_labelled_findings_in_plain_paragraphs_keep_their_page() -> None:
    found = lines_to_findings([
        Line("HMI recommendation 2 \u2013 Improve the quality of supervision.", 7),
        Line("Ofsted Finding - \u201cManagers know their services well.\u201d", 8),
        Line("Ofsted comment: Caseloads are high. Council response: recruitment has begun.", 8),
    ])
    assert [(f.kind, f.number, f.text, f.page) for f in found] == [
        ("recommendation", "2", "Improve the quality of supervision.", 7),
        ("finding", None, "Managers know their services well.", 8),
        ("comment", None, "Caseloads are high.", 8),
    ]


# Headed lists ------------------------------------------------------------------------------

def test_what_needs_to_improve_with_dash_bullets() -> None:
    found = lines_to_findings(lines(
        INSPECTED,
        "What needs to improve?",
        "- The availability and choice of homes for children in care.",
        "- The quality of written plans.",
        "The experiences and progress of children in care: good",
    ))
    assert texts(found, "improvement") == [
        "The availability and choice of homes for children in care.", "The quality of written plans."]


def test_what_needs_to_improve_in_this_authority_with_round_bullets_and_no_bullets() -> None:
    bulleted = lines_to_findings(lines(
        INSPECTED,
        "What needs to improve in this local authority\u2019s children\u2019s services",
        "\u2022 The timeliness of assessments.",
        "\u2022 Management oversight of plans.",
        "Summary for children",
    ))
    plain = lines_to_findings(lines(
        INSPECTED,
        "What needs to improve in this local authority's children's services?",
        "The timeliness of assessments.",
        "Management oversight of plans.",
        "Summary for children",
    ))
    assert texts(bulleted, "improvement") == texts(plain, "improvement") == [
        "The timeliness of assessments.", "Management oversight of plans."]


def test_recommendations_of_an_inspection_report_keep_their_numbers() -> None:
    found = lines_to_findings(lines(
        "Inspection of Anyshire local authority children's services",
        "Lead inspector: A Person, His Majesty's Inspector",
        "Recommendations",
        "1. Ensure that plans are reviewed on time.",
        "2. Improve placement sufficiency.",
        "Areas for improvement",
        "(a) Raise attendance of children in care.",
    ))
    assert [(f.kind, f.number, f.text) for f in found] == [
        ("recommendation", "1", "Ensure that plans are reviewed on time."),
        ("recommendation", "2", "Improve placement sufficiency."),
        ("improvement", None, "Raise attendance of children in care."),
    ]


def test_recommendations_of_an_officer_report_are_not_findings() -> None:
    found = lines_to_findings(lines(
        "This report updates Cabinet on the Ofsted inspection.",
        "5. Recommendations",
        "Cabinet are asked to;",
        "- 5.1 Note and endorse the proposed approach",
    ))
    assert found == []


# Findings across the documents of one file -----------------------------------------------

def test_a_pack_reports_each_finding_once_and_the_inspection_report_keeps_its_own() -> None:
    minutes = lines("The Ofsted inspection had been judged by Ofsted as Good.", "Ofsted finding: Staff are valued.")
    report = lines(INSPECTED, "Judgement\tGrade", "Overall effectiveness\tGood", "Care leavers\tGood")
    docs = [Document(kind=kind, title="", page_start=1, page_end=1, findings=lines_to_findings(found))
            for kind, found in (("minutes", minutes), ("inspection", report), ("report", minutes))]
    kept = documents_without_repeated_findings(docs)
    assert [[f.kind for f in d.findings] for d in kept] == [["finding"], ["judgement", "judgement"], []]
    assert docs[0].findings[0].kind == "judgement"


# Patterns ------------------------------------------------------------------------------------

def test_pattern_file_lists_the_grade_and_area_vocabulary() -> None:
    patterns = nlp.load_patterns("findings")
    phrases = {label: {p["pattern"] for p in patterns if p["label"] == label and isinstance(p["pattern"], str)}
               for label in ("GRADE", "AREA")}
    assert phrases["GRADE"] == set(grades.GRADE_BY_PHRASE)
    assert phrases["AREA"] == set(grades.AREA_BY_ALIAS)


def test_every_phrase_pattern_matches_its_own_phrase() -> None:
    ruler = nlp.span_ruler("findings")
    for p in nlp.load_patterns("findings"):
        if isinstance(p["pattern"], str):
            doc = ruler(f"We note that {p['pattern']} here.")
            assert p["id"] in {s.id_ for s in doc.spans["ruler"]}, p["id"]


def test_board_initials_pattern() -> None:
    doc = nlp.span_ruler("findings")("The KSCB and other LSCBs met.")
    assert [(s.text, s.label_) for s in doc.spans["ruler"] if s.label_ == "AREA"] == [("KSCB", "AREA")]


# Golden: the seed packs ----------------------------------------------------------------------

def same_judgement(found: Finding, gold: dict[str, str]) -> bool:
    area, printed = (found.area or "").lower(), gold["area"].lower()
    same_area = area in printed or printed in area or grades.canonical_area(gold["area"]) == found.area
    return same_area and grades.canonical_grade(gold["grade"]) == found.grade


def test_issue_2_findings_of_the_seed_packs_match_the_gold(shared: pathlib.Path) -> None:
    for gold_path in sorted((shared / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (shared / "corpus" / "seeds" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        found = lines_to_findings(lines(*text.splitlines()))
        got = [f for f in found if f.kind == "judgement"]
        assert len(got) == len(gold["judgements"]), gold_path.stem
        assert all(any(same_judgement(f, j) for f in got) for j in gold["judgements"]), gold_path.stem
        assert sorted((f["kind"], f["text"]) for f in gold["findings"]) == sorted(
            (f.kind, f.text) for f in found if f.kind != "judgement"), gold_path.stem


def test_label_and_heading_kinds_are_schema_kinds() -> None:
    assert set(findings.KIND_BY_LABEL.values()) | set(findings.KIND_BY_HEADING.values()) <= set(FINDING_KINDS)
    assert set(findings.REPORT_ONLY_HEADINGS) <= set(findings.KIND_BY_HEADING)


# Judgements about an earlier inspection ------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Children's services in Westbury were judged inadequate at the last standard inspection in 2019.",
    "The local authority was judged requires improvement to be good in its last inspection.",
    "Overall effectiveness was previously judged inadequate by Ofsted.",
    "In 2019 Ofsted judged children's services inadequate.",
    "Ofsted judged children's services good when last inspected.",
])
def test_a_judgement_of_an_earlier_inspection_is_not_current(sentence: str) -> None:
    found = lines_to_findings(lines("Inspection dates: 5 to 16 June 2023", INSPECTED, sentence))
    assert judgements(found) == set()


def test_the_current_judgement_beside_an_earlier_one_is_kept() -> None:
    found = lines_to_findings(lines(
        "Inspection dates: 5 to 16 June 2023",
        "Ofsted judged children's services inadequate in 2019 and now judged them good.",
        "Ofsted judged the service requires improvement to be good in 2023."))
    assert judgements(found) == {("Overall effectiveness", "Good"),
                                 ("Overall effectiveness", "Requires improvement to be good")}


def test_inspection_report_with_table_and_a_sentence_about_the_last_inspection() -> None:
    found = lines_to_findings(lines(
        "Inspection of Westbury children's services",
        "Inspection dates: 12 to 23 June 2023",
        "Judgement\tGrade",
        "Overall effectiveness\tRequires improvement to be good",
        "The experiences and progress of care leavers\tInadequate",
        "Children's services were judged inadequate at the last inspection in 2019. Since then, leaders have "
        "made steady progress."))
    assert judgements(found) == {("Overall effectiveness", "Requires improvement to be good"),
                                 (grades.CARE_LEAVERS, "Inadequate")}


@pytest.mark.parametrize("rows", [
    ("Overall effectiveness\tGood", "Quality of education\tGood", "Previous inspection grade\tRequires improvement"),
    ("| Overall effectiveness | Good |", "| Quality of education | Good |", "| Last Ofsted rating | Inadequate |"),
    ("Overall effectiveness: Good", "Quality of education: Good", "Grade at prior inspection: Requires improvement"),
])
def test_issue_heldout3_a_row_labelled_previous_inspection_is_not_a_judgement(rows: tuple[str, ...]) -> None:
    found = lines_to_findings(lines("Inspection of Anytown Primary School", "Inspection dates: 7 and 8 November 2023",
                                    *rows))
    assert judgements(found) == {("Overall effectiveness", "Good"), (grades.QUALITY_OF_EDUCATION, "Good")}


@pytest.mark.parametrize("layout", [
    ("AREAS FOR PRIORITY ACTION", "* The timeliness of child protection enquiries.",
     "AREAS FOR IMPROVEMENT", "* The quality of plans.", "* Management oversight."),
    ("What needs to improve in this area of social work practice?", "Area for priority action",
     "\u2022 The timeliness of child protection enquiries.", "Areas for improvement",
     "\u2022 The quality of plans.", "\u2022 Management oversight.", "Yours sincerely"),
])
def test_issue_heldout3_areas_for_priority_action_are_improvements(layout: tuple[str, ...]) -> None:
    found = lines_to_findings(lines("Focused visit to Anyshire children's services by Ofsted inspectors", *layout))
    assert texts(found, "improvement") == [
        "The timeliness of child protection enquiries.", "The quality of plans.", "Management oversight."]


# Social care provider reports (children's homes, fostering) --------------------------------

SCCIF_SUMMARY = (
    "Inspection dates: 5 and 6 March 2024",
    "Overall experiences and progress of children and young people, taking into account\tgood",
    "How well children and young people are helped and protected\tgood",
    "The effectiveness of leaders and managers\trequires improvement to be good",
)


@pytest.mark.parametrize("heading", [
    "Overall experiences and progress of children and young people: good",
    "**Overall experiences and progress of children and young people – good**",
])
def test_sccif_area_heading_repeats_the_summary_judgement(heading: str) -> None:
    found = lines_to_findings(lines(*SCCIF_SUMMARY, "Inspection judgements", heading, "Children are happy here."))
    assert sorted(judgements(found)) == sorted({
        ("Overall experiences and progress of children and young people", "Good"),
        ("How well children and young people are helped and protected", "Good"),
        ("The effectiveness of leaders and managers", "Requires improvement to be good"),
    })
    assert len([f for f in found if f.kind == "judgement"]) == 3


@pytest.mark.parametrize("rows", [
    ("Requirement\tDue date",
     "The registered person must ensure staff files are complete. (Regulation 32(3)(a))\t30 April 2024",
     "The registered person must monitor the quality of care. (Regulation 45)\t31 May 2024"),
    ("| Requirement | Due date |",
     "| --- | --- |",
     "| The registered person must ensure staff files are complete. (Regulation 32(3)(a)) | 30 April 2024 |",
     "| The registered person must monitor the quality of care. (Regulation 45) | 31 May 2024 |"),
])
def test_statutory_requirements_table_rows_are_improvements(rows: tuple[str, ...]) -> None:
    found = lines_to_findings(lines(
        *SCCIF_SUMMARY,
        "What does the children's home need to do to improve?",
        "Statutory requirements",
        "This section sets out the actions that the registered person(s) must take to meet the regulations.",
        *rows,
        "Recommendations",
        "• The registered person should ensure that supervision records show the actions agreed.",
    ))
    assert texts(found, "improvement") == [
        "The registered person must ensure staff files are complete. (Regulation 32(3)(a))",
        "The registered person must monitor the quality of care. (Regulation 45)",
    ]
    assert texts(found, "recommendation") == [
        "The registered person should ensure that supervision records show the actions agreed."]


def test_recommendations_table_in_an_inspection_report() -> None:
    found = lines_to_findings(lines(
        "Inspection of Anyshire fostering agency",
        "Recommendations",
        "Recommendation\tTimescale",
        "The registered person should review the matching policy.\t1 June 2024",
        "Next steps",
    ))
    assert texts(found, "recommendation") == ["The registered person should review the matching policy."]


def test_statutory_requirements_table_outside_an_inspection_report_is_not_a_finding() -> None:
    found = lines_to_findings(lines(
        "Report of the Head of Legal Services",
        "Ofsted inspections are mentioned here in passing.",
        "Statutory requirements",
        "Requirement\tDue date",
        "Publish the annual governance statement.\t31 July 2024",
    ))
    assert texts(found, "improvement") == []
