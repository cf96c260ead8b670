"""Attendance as councils outside England print it (issue 11), each in at least two layouts written
here: Welsh bilingual tables and the Welsh councillor's title, ..."""
from __future__ import annotations

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
