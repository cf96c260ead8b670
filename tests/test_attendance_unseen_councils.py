"""Attendance conventions of councils nobody tuned to (issue 11), each in at least two layouts written here:
officers as job titles holding commas, officials' headings, members grouped by category, titles and
organisations after names, one person a line, visiting councillors of another tier, roll calls and votes."""
from __future__ import annotations

import pathlib

import pytest

from extract import pipeline
from extract.finders import people
from tests.test_attendance import attendees, names, one

# --- Officers as "Job title, Section (Honorific Name)" --------------------------------------------


def test_issue_11_job_titles_with_commas_then_names_in_brackets_wrapped() -> None:
    found = attendees("MEMBERS PRESENT:\nCouncillors Ahern, Brady and Cole.\nOFFICIALS IN ATTENDANCE:\n"
                      "Director, Rural Services (Ms. A. Dolan), Operations Manager, North and East Division (Mr.\n"
                      "B. Egan), Senior Engineer (Mr. C. Fahy), Administrative\n"
                      "Officer, Corporate Services (Ms. D. Gill).\n1. Adoption of Minutes")
    assert names(found, "present") == ["Ahern", "Brady", "Cole"]
    assert names(found, "in_attendance") == ["A. Dolan", "B. Egan", "C. Fahy", "D. Gill"]
    assert one(found, "B. Egan").role == "Operations Manager, North and East Division"
    assert one(found, "D. Gill").role == "Administrative Officer, Corporate Services"


def test_issue_11_job_titles_with_commas_separated_by_semicolons_and_and() -> None:
    found = attendees("In attendance: Chief Executive (Mr J Hale); Head of Legal, Democratic Services (Ms K Patel) "
                      "and Clerk to the Committee (Mrs L Brown)\nApologies: Cllr P Quinn")
    assert names(found, "in_attendance") == ["J Hale", "K Patel", "L Brown"]
    assert one(found, "K Patel").role == "Head of Legal, Democratic Services"
    assert names(found, "apologies") == ["P Quinn"]


# --- Officials' and others' headings ---------------------------------------------------------------


@pytest.mark.parametrize("heading", ["OFFICIALS PRESENT:", "Officials in attendance:", "OFFICIALS :", "Others:"])
def test_issue_11_officials_and_others_attend(heading: str) -> None:
    found = attendees(f"Members Present:\nCllr Ann Able, Cllr Bob Bell\n{heading}\n"
                      "Carol Dunne, Housing; Dan Egan, Planning\nItem 1")
    assert names(found, "present") == ["Ann Able", "Bob Bell"]
    assert names(found, "in_attendance") == ["Carol Dunne", "Dan Egan"]


@pytest.mark.parametrize("heading", ["Those Attending:", "Those in attendance:"])
def test_issue_11_those_attending_lists_the_meeting(heading: str) -> None:
    found = attendees(f"{heading} Mr M Fox (Chairman), Mrs T Gale, Mrs C Hart (Clerk), 8 members of the public.\n"
                      "Minutes of the last Meeting: approved.")
    assert names(found, "present") == ["M Fox", "T Gale"]
    assert names(found, "in_attendance") == ["C Hart"]


# --- Members grouped by how they sit --------------------------------------------------------------


def test_issue_11_category_labels_on_their_own_lines_continue_the_members() -> None:
    found = attendees("IN THE CHAIR :\nCouncillor A. Teal\nMEMBERS :\nCouncillors B. Cole, J. Dunn and\nC. Egan\n"
                      "OIREACHTAS MEMBERS :\nM. Ford, T.D. and N. Gray, T.D.\nPPN SECTORAL NOMINEES :\n"
                      "S. Hart and J. Ives\nGARDA NOMINATIONS :\nChief Superintendent (Mr. G. Roe)\n1.MINUTES")
    assert names(found, "present") == ["A. Teal", "B. Cole", "J. Dunn", "C. Egan", "M. Ford", "N. Gray", "S. Hart",
                                       "J. Ives"]
    assert names(found, "in_attendance") == []


def test_issue_11_category_labels_inline_continue_the_members() -> None:
    found = attendees("Present: Cllr Ann Able (Chair), Cllr Bob Bell\nSectoral Interests: Ms T Cahill, Mr PJ Dwyer.\n"
                      "Parent governors: Mrs E Fenn, Mr G Hale\nDeclarations of interest: none")
    assert names(found, "present") == ["Ann Able", "Bob Bell", "T Cahill", "PJ Dwyer", "E Fenn", "G Hale"]


# --- What follows a name: post-nominals, titles, acronyms ------------------------------------------


def test_issue_11_post_nominal_and_title_before_and_belong_to_the_previous_person() -> None:
    found = attendees("OTHERS :\nCouncillor D. Burke, Mayor and Councillor E. Shaw\nAPOLOGIES :\n"
                      "Councillors M. Rowe, R. Owens, T.D. and D. Dale\n1. MINUTES")
    assert names(found, "in_attendance") == ["D. Burke", "E. Shaw"]
    assert one(found, "D. Burke").role == "Mayor"
    assert names(found, "apologies") == ["M. Rowe", "R. Owens", "D. Dale"]


def test_issue_11_an_acronym_after_a_name_is_an_organisation() -> None:
    found = attendees("APOLOGIES: Councillors M. Rowe and D. Dale, ADAPT\n1. MINUTES\n"
                      "2. Apologies\nA Armstrong, EDC and M Hurst (Councillors)\n3. Register of Interests")
    assert names(found, "apologies") == ["M. Rowe", "D. Dale", "A Armstrong", "M Hurst"]
    assert one(found, "D. Dale").organisation == "ADAPT"
    assert one(found, "A Armstrong").organisation == "EDC"


@pytest.mark.parametrize("text,chair", [
    ("PRESENT IN THE CHAIR: Councillor R. Ryan, An Cathaoirleach.\nMEMBERS PRESENT:\nCouncillors Byrne and Doyle.",
     "R. Ryan"),
    ("Present: Cathaoirleach Cllr J. Ryan, Cllrs A. Byrne and C. Doyle", "J. Ryan"),
])
def test_issue_11_cathaoirleach_is_the_chairs_role(text: str, chair: str) -> None:
    found = attendees(text + "\n1. Minutes")
    assert len(names(found, "present")) == 3 and names(found, "present")[0] == chair
    assert "Cathaoirleach" in (one(found, chair).role or "")


@pytest.mark.parametrize("text,expected", [
    ("Present: R. Lane - Chairman, Mrs. Wills, D. Pike, P.Marsh, G. Cole", ["R. Lane", "Wills", "D. Pike", "P. Marsh",
                                                                         "G. Cole"]),
    ("Apologies: Cllrs.Burke, Ryan (M).", ["Burke", "Ryan"]),
])
def test_issue_11_initials_and_honorifics_typed_without_a_space(text: str, expected: list[str]) -> None:
    found = attendees(text + "\nItem 1: Minutes")
    assert [a.name for a in found] == expected


# --- One person a line, "Name, Role, Section" -------------------------------------------------------


@pytest.mark.parametrize("block,officers,role", [
    ("In Attendance:\nMs Carmel Kirby, A/Director of Services, Social Development\n"
     "Mr Seamus Hanley, Senior Architect, Social Development\nMs Sinead Hurley, Social Development\n",
     ["Carmel Kirby", "Seamus Hanley", "Sinead Hurley"], "Senior Architect, Social Development"),
    ("Also present:\nDr Ann Lee, Consultant, Public Health\nMr Tom Ryan, Head of Finance, Resources\n"
     "Mrs Jo Pell, Minutes\n", ["Ann Lee", "Tom Ryan", "Jo Pell"], "Head of Finance, Resources"),
])
def test_issue_11_one_officer_a_line_with_roles_after_commas(block: str, officers: list[str], role: str) -> None:
    found = attendees(block + "Apologies:\nCllr Richard Moss\nItem 1:")
    assert names(found, "in_attendance") == officers
    assert one(found, officers[1]).role == role
    assert names(found, "apologies") == ["Richard Moss"]


# --- Present paragraphs that mix members, the clerk and visitors -------------------------------------


def test_issue_11_clerk_title_before_a_name_attends() -> None:
    found = attendees("Present\nCouncillors D Tate (Chair) , N Abel, M Bain and\nP Cook, A Dent, EDC, Clerk J Eyre\n"
                      "19.09.01 Apologies\nNone")
    assert names(found, "present")[:4] == ["D Tate", "N Abel", "M Bain", "P Cook"]
    assert names(found, "in_attendance") == ["J Eyre"]
    assert one(found, "J Eyre").role == "Clerk"


def test_issue_11_run_together_list_with_clerk_and_district_councillor() -> None:
    found = attendees("Present\nCouncillors D Rigg (Chair), R. Hale, M Webb, N Cross and\n"
                      "P Moss Clerk Mrs J Tait Eden District Councillor A Ash and\nCouncillor A Cole\n"
                      "21.01.01 Election of Chair")
    assert names(found, "present") == ["D Rigg", "R. Hale", "M Webb", "N Cross", "P Moss", "A Cole"]
    assert names(found, "in_attendance") == ["J Tait", "A Ash"]
    assert one(found, "A Ash").organisation == "Eden District Council"


def test_issue_11_a_bracket_ends_an_entry_and_a_justified_gap_separates_people() -> None:
    found = attendees("Present\nCouncillors D Rigg (Chair) R Hale, M Dent and\nP Moss\tClerk J Cole\n"
                      "Members of the Public - Two Members\n18.05.1 Election of Chair")
    assert names(found, "present") == ["D Rigg", "R Hale", "M Dent", "P Moss"]
    assert names(found, "in_attendance") == ["J Cole"]


def test_issue_11_a_bracket_ends_an_entry_in_a_one_line_paragraph() -> None:
    found = attendees("Present: Mr A Smith (Chairman) Mrs B Jones (Vice-Chairman) C Lowe, D Pike\nApologies: none")
    assert names(found, "present") == ["A Smith", "B Jones", "C Lowe", "D Pike"]
    assert one(found, "B Jones").role == "Vice-Chairman"


@pytest.mark.parametrize("text,visitor", [
    ("Those Attending: Mr M Fox (Chairman), Mrs T Gale, Mr M Pryce, Mr D Sims, County Councillor T Wade, "
     "Mrs C Hart (Clerk), 8 members of the public.", "T Wade"),
    ("Present: R. Lane - Chairman, Mrs. Wills, C. Hume, G. Clay, D. Pike, T. Mann - Borough Councillor together with "
     "2 members of the public.", "T. Mann"),
])
def test_issue_11_a_councillor_of_another_tier_among_members_attends(text: str, visitor: str) -> None:
    found = attendees(text + "\nApologies: G. Gott")
    assert visitor in names(found, "in_attendance")
    assert visitor not in names(found, "present") and len(names(found, "present")) >= 4


def test_issue_11_where_members_carry_the_tiers_title_they_stay_members() -> None:
    found = attendees("Present: County Councillor Huw Evans (Chair), County Councillor Sian Rees, County Councillor "
                      "Gwyn Lloyd, County Councillor Beth Morgan\nAlso present: County Councillor Owain Jones\n"
                      "Apologies: County Councillor Mared Tudor")
    assert names(found, "present") == ["Huw Evans", "Sian Rees", "Gwyn Lloyd", "Beth Morgan"]
    assert names(found, "in_attendance") == ["Owain Jones"]


# --- Apologies: sentences after headings, relative clauses ---------------------------------------------


@pytest.mark.parametrize("text", [
    "Apologies: Were received from Borough Councillor T Marsh, Mr J Prior and PC Jay",
    "Apologies for absence: received and accepted from Borough Councillor T Marsh, Mr J Prior and PC Jay",
])
def test_issue_11_an_apologies_heading_that_begins_a_sentence(text: str) -> None:
    found = attendees(text + "\nMinutes of the last Meeting: Mr M Pryce proposed the Minutes be adopted.")
    assert names(found, "apologies") == ["T Marsh", "J Prior", "Jay"]


@pytest.mark.parametrize("text", [
    "Apologies were received from Dylan Hart, Rory Lowe, Stephen Grey and Nancy Sole who was substituted by Ann Hill.",
    "Apologies were received from Dylan Hart, Rory Lowe, Stephen Grey and Nancy Sole, whose place was taken by Ann "
    "Hill.",
])
def test_issue_11_a_relative_clause_ends_the_apologies(text: str) -> None:
    assert names(attendees(text), "apologies") == ["Dylan Hart", "Rory Lowe", "Stephen Grey", "Nancy Sole"]


# --- Roll calls list who is present; recorded votes do not -----------------------------------------------


@pytest.mark.parametrize("text", [
    "ROLL CALL: Councilmember Ann Archer, Councilmember Bo Brand, Mayor Pro Tem Cy Frey",
    "Roll Call\nCouncilmember Ann Archer\nCouncilmember Bo Brand\nMayor Pro Tem Cy Frey",
])
def test_issue_11_a_roll_call_lists_who_is_present(text: str) -> None:
    found = attendees(text + "\n3. CONSENT CALENDAR")
    assert names(found, "present") == ["Ann Archer", "Bo Brand", "Cy Frey"]


@pytest.mark.parametrize("text", [
    "Roll call vote: Ayes - Archer, Brand, Frey. Nays - Chen. Motion carried 3-1.",
    "Roll call: Ayes: Councilmembers Archer, Brand and Frey; Noes: Councilmember Chen.",
])
def test_issue_11_a_recorded_vote_is_not_attendance(text: str) -> None:
    assert attendees("5.1 Rezoning of 1450 Orchard Avenue\n" + text) == []


def test_issue_11_an_agenda_lists_no_attendees(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "parish-council-agenda.txt"
    path.write_text("MILLBROOK PARISH COUNCIL\nMEETING TO BE HELD ON TUESDAY 14th July 2020 at 7pm\nAGENDA\n"
                    "1. To receive apologies\n2. To approve the minutes of the last meeting\n\nROLL CALL:\n"
                    "Councillor Ann Archer\nCouncillor Bo Brand\n\nCouncillors\nChairman Dennis Rigg, Townhead Farm\n"
                    "Mike Ash, Bower Farm\n", encoding="utf-8")
    documents = pipeline.extract_file(path).documents
    assert [d.kind for d in documents] == ["agenda"]
    assert documents[0].attendees == []


def test_issue_11_vocabularies_of_unseen_councils_are_consistent() -> None:
    for words in (people.MEMBER_CATEGORY_NOUNS, people.RECORDED_VOTE_WORDS, people.SPLITTING_ROLE_TITLES,
                  set(people.TIER_ABBREVIATIONS)):
        assert all(w == w.lower() and "." not in w for w in words)
    assert people.SPLITTING_ROLE_TITLES <= set(people.ROLE_TITLES)
    assert set(people.TIER_ABBREVIATIONS) <= set(people.HONORIFICS)
    assert set(people.TIER_ABBREVIATIONS.values()) <= set(people.COUNCIL_TIERS)
    assert not people.RECORDED_VOTE_WORDS & {"present", "apologies", "attendance"}
