"""Attendance as councils outside England print it (issue 11), each in at least two layouts written
here: Welsh bilingual tables and the Welsh councillor's title, tables of a joint
panel's members and whom they represent, Australian and New Zealand headings and counts of the public."""
from __future__ import annotations

import pytest

from tests.test_attendance import attendees, names, one

# --- Welsh: "Cyng." (Cynghorydd, Councillor) and bilingual table headers ----------------------------


def test_issue_11_bilingual_tick_grid_welsh_first() -> None:
    found = attendees("Aelod / Member\tYn bresennol / Present\tYmddiheuriadau / Apologies\n"
                      "Cyng. Alun Price (Cadeirydd / Chair)\t\u2713\t\n"
                      "Cyng. Bethan Hopkins\t\t\u2713\n"
                      "Cyng. Carys Morgan\t\u2713\t\n"
                      "1. Croeso / Welcome")
    assert names(found, "present") == ["Alun Price", "Carys Morgan"]
    assert names(found, "apologies") == ["Bethan Hopkins"]
    assert one(found, "Alun Price").honorific == "Cyng"


def test_issue_11_bilingual_tick_grid_english_first() -> None:
    found = attendees("Name / Enw\tPresent / Presennol\tApologies / Ymddiheuriadau\n"
                      "Cynghorydd Dewi Rees\tY\t\n"
                      "Cynghorydd Elin Thomas\t\tY\n"
                      "Mrs Ffion Lewis\tY\t\n")
    assert names(found, "present") == ["Dewi Rees", "Ffion Lewis"]
    assert names(found, "apologies") == ["Elin Thomas"]


def test_issue_11_welsh_councillors_listed_under_a_bilingual_label() -> None:
    found = attendees("Yn bresennol / Present: Cyng. G Owen (Maer / Mayor), Cyng. H Roberts and Cyng. I Vaughan\n"
                      "Ymddiheuriadau / Apologies: Cyng. J Bowen")
    assert names(found, "present") == ["G Owen", "H Roberts", "I Vaughan"]
    assert names(found, "apologies") == ["J Bowen"]


# --- "Panel member | Representing": a joint body's members with the authority each represents -----


def test_issue_11_qualified_member_column_under_a_present_heading() -> None:
    found = attendees("Present:\nCommittee member\tOrganisation\n"
                      "Cllr Ann Holt (Chair)\tLowfield Borough Council\n"
                      "Mr Brian Cole\tIndependent Member\n"
                      "Also present: Dana Fisk (Scrutiny Officer)")
    assert names(found, "present") == ["Ann Holt", "Brian Cole"]
    assert one(found, "Ann Holt").organisation == "Lowfield Borough Council"


def test_issue_11_qualified_member_column_with_an_attendance_column() -> None:
    found = attendees("Partnership member\tRepresenting\tAttendance\n"
                      "Councillor Emma Ward\tHillside District Council\tPresent\n"
                      "Councillor Frank Dyer\tMarsh County Council\tApologies\n")
    assert names(found, "present") == ["Emma Ward"]
    assert names(found, "apologies") == ["Frank Dyer"]


# --- Australia and New Zealand: "Cr", "Leave of Absence"; a count of the public is nobody ---------


@pytest.mark.parametrize("text", [
    "Councillors\nCr Kim Lowe\tShire President\nCr Max Dunn\tCouncillor\nApologies\nCr Ian Rigg\n"
    "Leave of Absence\nNil\nMembers of the Public\nTwelve (12)\n3 PUBLIC QUESTION TIME",
    "PRESENT\nCr Kim Lowe\nCr Max Dunn\nAPOLOGIES\nCr Ian Rigg\nGALLERY\nFour (4)\n1. Opening",
])
def test_issue_11_a_count_of_the_public_written_in_words_is_nobody(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["Kim Lowe", "Max Dunn"]
    assert names(found, "apologies") == ["Ian Rigg"]


@pytest.mark.parametrize("text", [
    "Present: Cr Kim Lowe, Cr Max Dunn\nLeave of Absence: Cr Ian Rigg\n1. Opening",
    "PRESENT\nCr Kim Lowe\nCr Max Dunn\nLEAVE OF ABSENCE\nCr Ian Rigg\nCONFIRMATION OF MINUTES",
])
def test_issue_11_leave_of_absence_is_apologies(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["Kim Lowe", "Max Dunn"]
    assert names(found, "apologies") == ["Ian Rigg"]


# --- North American boards: the roll call sentence and its officers' titles ---------------------------


@pytest.mark.parametrize("text", [
    "4. Roll Call\nRoll call was answered by President Ann Lind, Vice President Bo Kerr, and Directors Cy Diaz, "
    "Di Ekman and Ed Frost.\n5. Approval of Agenda",
    "Roll call: present were Chair Ann Lind, Vice Chair Bo Kerr and Trustees Cy Diaz, Di Ekman and Ed Frost.\n"
    "Absent: Trustee Fay Gill",
])
def test_issue_11_roll_call_sentence_with_board_titles(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["Ann Lind", "Bo Kerr", "Cy Diaz", "Di Ekman", "Ed Frost"]
    assert one(found, "Ann Lind").role in ("President", "Chair")


# --- A sentence of prose after a list ends it ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Also present: Raymond Ochs; Ella Brandt. Three members of the public were present.",
    "In attendance: Mr Raymond Ochs (Principal), Student Representative Ella Brandt. About 25 members of the "
    "public attended the meeting.",
])
def test_issue_11_a_sentence_after_an_attendance_list_ends_it(text: str) -> None:
    found = attendees(text)
    assert names(found, "in_attendance") == ["Raymond Ochs", "Ella Brandt"]
    assert one(found, "Raymond Ochs").role in (None, "Principal")


@pytest.mark.parametrize("title", [
    "2 RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE",
    "3. Attendance / Leave of Absence",
])
def test_issue_11_an_item_title_of_several_statuses_is_no_apologies_heading(title: str) -> None:
    found = attendees(f"{title}\nCouncillors\nCr Kim Lowe\tShire President\nCr Max Dunn\tCouncillor\n"
                      "Apologies\nCr Ian Rigg\n4 PUBLIC QUESTION TIME")
    assert names(found, "present") == ["Kim Lowe", "Max Dunn"]
    assert names(found, "apologies") == ["Ian Rigg"]


@pytest.mark.parametrize("text, expected", [
    ("2. Apologies\nMoved: Cr Ana Hale\nThat the apology for absence from Cr Tui Marsh and the apology for lateness "
     "from Cr Ben Olds be received and accepted.\n3. Minutes", ["Tui Marsh"]),
    ("RESOLVED: That the apologies for absence from Cr Ann Hill and Cr Bob Kerr be accepted.\n4. Minutes",
     ["Ann Hill", "Bob Kerr"]),
])
def test_issue_11_a_motion_receiving_the_apology_for_absence(text: str, expected: list[str]) -> None:
    assert names(attendees(text), "apologies") == expected
