"""Attendance conventions of other councils' layouts, each in two layouts: officers as "Job title (Name)",
member/participant headings, lists grouped by appointment category, bilingual labels, apologies in a motion."""
from __future__ import annotations

import pytest

from tests.test_attendance import attendees, names, one

# --- Officers as "Job title (Name)" ------------------------------------------------------------

def test_job_title_then_name_in_brackets_in_a_paragraph() -> None:
    found = attendees("Present: Cr Ann Able (Mayor), Cr Bob Bell\n"
                      "Staff: Chief Executive Officer (Paul Gregson), Director Infrastructure Services (Leanne Costa) "
                      "and Governance Officer (Jack Nguyen)\nApologies: Cr Neil Farrugia")
    assert names(found, "present") == ["Ann Able", "Bob Bell"]
    assert names(found, "in_attendance") == ["Paul Gregson", "Leanne Costa", "Jack Nguyen"]
    assert one(found, "Leanne Costa").role == "Director Infrastructure Services"
    assert one(found, "Ann Able").role == "Mayor"


def test_job_title_then_name_one_a_line_under_in_attendance() -> None:
    found = attendees("IN ATTENDANCE:\nChief Executive (Mark Evans)\nHead of Waste Management (Sinead Gallagher)\n"
                      "Solicitor to the Authority (Carol Benn)\n1 KARAKIA")
    assert names(found, "in_attendance") == ["Mark Evans", "Sinead Gallagher", "Carol Benn"]
    assert one(found, "Carol Benn").role == "Solicitor to the Authority"


def test_name_then_role_in_brackets_is_unchanged() -> None:
    found = attendees("Also present: Mrs Sally Crane (Secretary of State Member), Chair (Cllr Ann Bell), "
                      "Jo Dee (Kent County Council)")
    assert [(a.name, a.role) for a in found] == [
        ("Sally Crane", "Secretary of State Member"), ("Ann Bell", "Chair"), ("Jo Dee", None)]


# --- Member and participant headings, "In the Chair" ----------------------------------------------

def test_voting_and_non_voting_table_sections_are_present() -> None:
    found = attendees("Members (voting)\nMark Oduya\tChief Executive\nDr Raj Menon\tChief Medical Officer\n"
                      "Participants (non-voting)\nCouncillor Alan Pryce\tLocal authority partner member\n"
                      "In attendance\nKaren Loxley\tDirector of Corporate Governance\n"
                      "Apologies\nAngela Morrow\tChief Nursing Officer")
    assert names(found, "present") == ["Mark Oduya", "Raj Menon", "Alan Pryce"]
    assert names(found, "in_attendance") == ["Karen Loxley"]
    assert names(found, "apologies") == ["Angela Morrow"]


def test_voting_and_non_voting_members_as_paragraphs() -> None:
    found = attendees("Voting members: Jo Hart (Chief Finance Officer), Cllr Ian Pike\n"
                      "Non-voting members: Ruth Gale (Healthwatch)\nAttendees: Sam Cole")
    assert names(found, "present") == ["Jo Hart", "Ian Pike", "Ruth Gale", "Sam Cole"]


def test_in_the_chair_is_present_as_chair() -> None:
    found = attendees("In the Chair: Alderman Wilson Kerr\nMembers present: Aldermen Norman Boyd and Doreen McCrea; "
                      "Councillors Aoife Breslin and Ciaran Devlin")
    assert names(found, "present") == ["Wilson Kerr", "Norman Boyd", "Doreen McCrea", "Aoife Breslin", "Ciaran Devlin"]
    assert one(found, "Wilson Kerr").role == "Chair"
    found = attendees("IN THE CHAIR: Councillor Mo Reid (Chairperson)\nPRESENT: Councillor Lee Fox")
    assert (one(found, "Mo Reid").status, one(found, "Mo Reid").role) == ("present", "Chairperson")


# --- Present lists grouped by appointment category -----------------------------------------------

def test_category_labels_in_one_present_paragraph_are_not_people() -> None:
    found = attendees("Present: Mr Hugh Pemberton (Chair); Councillor Jean Tolley (Deputy Chair); Secretary of State "
                      "Members: Mrs Anita Basu, Dr Colin Wragg; Local Authority Members: Councillors Peter Noakes and "
                      "Ruth Allinson; Parish Member: Mr Geoffrey Hume.")
    assert names(found, "present") == ["Hugh Pemberton", "Jean Tolley", "Anita Basu", "Colin Wragg", "Peter Noakes",
                                       "Ruth Allinson", "Geoffrey Hume"]
    assert one(found, "Jean Tolley").role == "Deputy Chair"
    assert one(found, "Geoffrey Hume").honorific == "Mr"


def test_nested_category_labels_on_one_line() -> None:
    found = attendees("Present: National Park Authority members appointed by: County councils: Cllr Ann Able, "
                      "Cllr Bob Bell; Parish: Mr Carl Cole, Mrs Dee Dunn; Secretary of State: Dr Eve Ellis\n"
                      "1. Minutes")
    assert names(found, "present") == ["Ann Able", "Bob Bell", "Carl Cole", "Dee Dunn", "Eve Ellis"]


def test_role_labels_inside_a_paragraph_stay_roles() -> None:
    found = attendees("Present: Chair: Cllr Ann Able, Vice-Chair: Cllr Bob Bell, Cllr Cy Cole; "
                      "Parish Clerk: Mrs Di Dale")
    assert names(found, "present") == ["Ann Able", "Bob Bell", "Cy Cole"]
    assert [one(found, n).role for n in ("Ann Able", "Bob Bell")] == ["Chair", "Vice-Chair"]
    assert names(found, "in_attendance") == ["Di Dale"]


# --- Welsh bilingual labels and apologies inside a motion -----------------------------------------

def test_bilingual_labels_where_the_english_half_decides() -> None:
    found = attendees("Yn bresennol / Present: Cllrs Eleri Hughes (Cadeirydd / Chair), Dafydd Morgan and Gareth Lloyd\n"
                      "Hefyd yn bresennol / Also present: Mrs Nia Owen (Clerc / Clerk)\n"
                      "Ymddiheuriadau / Apologies: Cllr Rhodri Evans")
    assert names(found, "present") == ["Eleri Hughes", "Dafydd Morgan", "Gareth Lloyd"]
    assert names(found, "in_attendance") == ["Nia Owen"]
    assert names(found, "apologies") == ["Rhodri Evans"]
    found = attendees("1. Ymddiheuriadau / Apologies\nCllr Rhodri Evans\nCllr Mair Jones\n2. Cofnodion / Minutes")
    assert names(found, "apologies") == ["Rhodri Evans", "Mair Jones"]


def test_apologies_named_in_a_motion() -> None:
    found = attendees("That the apology from Cr Danielle Ruru be received and accepted.")
    assert names(found, "apologies") == ["Danielle Ruru"]
    found = attendees("RESOLVED that the apologies of Councillor A Smith and Mrs B Jones be accepted.")
    assert names(found, "apologies") == ["A Smith", "B Jones"]


# --- Markdown bullet lists under attendance headings --------------------------------------------

def test_markdown_bullets_under_headings() -> None:
    found = attendees("### Governors present\n- Anne Foster (Chair, co-opted governor)\n- Rev Michael Hughes "
                      "(Foundation governor)\n- Ben Carter (Headteacher)\n### Also present\n- Julie Parr (Clerk)\n"
                      "- Lucy Green (School business manager) - items 1 to 5\n## 1. Welcome")
    assert names(found, "present") == ["Anne Foster", "Michael Hughes", "Ben Carter"]
    assert names(found, "in_attendance") == ["Julie Parr", "Lucy Green"]
    assert one(found, "Lucy Green").role == "School business manager"


def test_bold_label_then_star_bullets() -> None:
    found = attendees("**Present:**\n* Cllr Ann Able (Chair)\n* Cllr Bob Bell\n**In attendance:**\n"
                      "\u2022 Jo Dee (Clerk)\n1. Minutes")
    assert names(found, "present") == ["Ann Able", "Bob Bell"]
    assert names(found, "in_attendance") == ["Jo Dee"]


@pytest.mark.parametrize("text", [
    "Apologies were received from Paul Evans (Staff governor) and consent for absence was given.",
    "Apologies had been received from Mr Paul Evans and these were accepted by governors.",
])
def test_apologies_sentence_ends_at_a_lower_case_clause(text: str) -> None:
    assert names(attendees(text), "apologies") == ["Paul Evans"]


# --- Labelled blocks and ruled tables ------------------------------------------------------------

def test_qualified_name_and_role_column_headers() -> None:
    found = attendees("Panel members present\nName\tPanel role\nMargaret Oyelaran\tIndependent Chair\n"
                      "Councillor Hannah Frost\tElected member\nAlso present\nMember name\tRole\n"
                      "Rachel Simms\tPanel Adviser\n1. Introductions")
    assert names(found, "present") == ["Margaret Oyelaran", "Hannah Frost"]
    assert one(found, "Hannah Frost").role == "Elected member"
    assert names(found, "in_attendance") == ["Rachel Simms"]


@pytest.mark.parametrize("sep", ["\t", " "])
def test_co_optees_and_cabinet_member_labels(sep: str) -> None:
    found = attendees(f"Panel Members present:{sep}Councillor Joanna Reeve (Chair), Councillor Tom Ashcroft\n"
                      f"Co-optees present:{sep}Mrs Alison Grey (Roman Catholic Diocese), "
                      "Mr Daniel Obi (Parent Governor)\n"
                      f"Cabinet Member:{sep}Councillor Sue Marsh (Cabinet Member for Children)\n"
                      f"Apologies:{sep}Councillor Ruth Bailey\n1 Declarations of interest")
    assert names(found, "present") == ["Joanna Reeve", "Tom Ashcroft", "Alison Grey", "Daniel Obi"]
    assert names(found, "in_attendance") == ["Sue Marsh"]
    assert names(found, "apologies") == ["Ruth Bailey"]


def test_adviser_labels_name_people_in_attendance() -> None:
    found = attendees("Present: Gillian Marsh (Chair)\nPanel Adviser\nTessa Bright\n"
                      "Adviser: Sam Vale (Legal)\n1. Minutes")
    assert names(found, "in_attendance") == ["Tessa Bright", "Sam Vale"]


# --- A remark after an entry ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Also attending: Nadia Khan (Head of Quality Assurance), Rob Turner (Head of Workforce) for item 4",
    "In attendance: Nadia Khan (Head of Quality Assurance); Rob Turner (Head of Workforce) from item 3 onwards",
])
def test_remark_after_bracket_is_not_a_role(text: str) -> None:
    found = attendees(text)
    assert names(found, "in_attendance") == ["Nadia Khan", "Rob Turner"]
    assert one(found, "Nadia Khan").role == "Head of Quality Assurance"


@pytest.mark.parametrize("group", ["Panel members\t", "Panel members\n"])
def test_group_label_without_colon_inside_an_attendance_block(group: str) -> None:
    found = attendees(f"Attendance\n{group}Gillian Marsh (Chair); Dr Ruth Ellis (Medical Adviser)\n"
                      "Panel Adviser\tTessa Bright\nApologies\tFatima Noor (Independent Member)\n"
                      "The panel was quorate.")
    assert names(found, "present") == ["Gillian Marsh", "Ruth Ellis"]
    assert names(found, "in_attendance") == ["Tessa Bright"]
    assert names(found, "apologies") == ["Fatima Noor"]


def test_group_label_without_colon_outside_a_block_is_not_attendance() -> None:
    assert attendees("Panel members\nGillian Marsh (Chair); Dr Ruth Ellis (Medical Adviser)") == []
