"""Attendance conventions, each in two layouts: "Councillors A, B and C" continuing the list after the
Chair's line, qualified headings ("District council co-opted members:", "Witnesses in attendance:"),
a single "Attended" status column, officers as "Job title - Name", a minute reference ending the block."""
from __future__ import annotations

from tests.test_attendance import attendees, names, one

# --- "Councillors A, B" on the lines after the Chair's -----------------------------------------------


def test_plural_councillors_line_after_the_chair_under_an_upper_case_heading() -> None:
    found = attendees("PRESENT\nCouncillor A Whitfield (Chair)\nCouncillors S Bramley, K Doherty and T Ormerod\n"
                      "Officers: Nadia Kerr (Scrutiny Officer)\nHSC/15/24  DECLARATIONS OF INTEREST")
    assert names(found, "present") == ["A Whitfield", "S Bramley", "K Doherty", "T Ormerod"]
    assert names(found, "in_attendance") == ["Nadia Kerr"]


def test_chairman_vice_chairman_then_plural_councillors_after_a_present_label() -> None:
    found = attendees("Present: Councillor Helen Marlow (Chairman of the Council)\n"
                      "Councillor Keith Rudd (Vice-Chairman)\n"
                      "Councillors Jo Abbott, Simon Baines, Tariq Chaudhry and Lucy Jarvis\n"
                      "Officers: Chief Executive (Colin Maher)\nC/24/19 APOLOGIES FOR ABSENCE")
    assert names(found, "present") == ["Helen Marlow", "Keith Rudd", "Jo Abbott", "Simon Baines",
                                       "Tariq Chaudhry", "Lucy Jarvis"]
    assert names(found, "in_attendance") == ["Colin Maher"]


def test_councillors_in_prose_still_ends_the_list() -> None:
    found = attendees("Present: Councillor A Able (Chair)\nCouncillors asked whether the report would be published.")
    assert names(found, "present") == ["A Able"]


# --- Headings qualified by a word or two --------------------------------------------------------------


def test_qualified_headings_in_a_block() -> None:
    found = attendees("PRESENT\nCouncillor A Whitfield (Chair)\n"
                      "District council co-opted members: Councillor J Pike (Amberdale District Council) and "
                      "Councillor R Sykes (High Fell Borough Council)\n"
                      "Witnesses in attendance: Dr Ian Crowther (Chief Medical Officer, NHS Trust), Sarah Vance "
                      "(Director of Strategy)\n1. Minutes")
    assert names(found, "present") == ["A Whitfield", "J Pike", "R Sykes"]
    assert names(found, "in_attendance") == ["Ian Crowther", "Sarah Vance"]
    assert one(found, "J Pike").organisation == "Amberdale District Council"


def test_qualified_heading_as_a_line_of_its_own_list() -> None:
    found = attendees("Members present: Cllr Ann Able, Cllr Bob Bell\nParish representatives present: Mrs Cara Cole\n"
                      "Guests in attendance:\nDr Dan Drew\n1. Welcome")
    assert names(found, "present") == ["Ann Able", "Bob Bell", "Cara Cole"]
    assert names(found, "in_attendance") == ["Dan Drew"]


def test_qualifier_is_not_a_table_header_or_a_contact_label() -> None:
    assert attendees("Contact Officer: Yolande Myers") == []
    found = attendees("Name\tPresent\tApologies\nCllr A Able\tYes\t\nCllr B Baker\t\tYes")
    assert names(found, "present") == ["A Able"]
    assert names(found, "apologies") == ["B Baker"]


# --- One "Attended" status column -------------------------------------------------------------------


def test_attended_column_after_a_representing_column() -> None:
    found = attendees("Name\tRepresenting\tAttended\nAndrea Lyle (Chair)\tPrimary headteachers\tYes\n"
                      "Meera Joshi\tPrimary governors\tApologies\nDr Hannah Price\tAcademies\tYes\n"
                      "Father Michael Doyle\tDiocese\tNo\nOfficers in attendance: Graham Poole (Head of Finance)")
    assert names(found, "present") == ["Andrea Lyle", "Hannah Price"]
    assert names(found, "apologies") == ["Meera Joshi"]
    assert names(found, "absent") == ["Michael Doyle"]
    assert names(found, "in_attendance") == ["Graham Poole"]
    assert one(found, "Meera Joshi").organisation == "Primary governors"


def test_attended_column_after_a_role_column() -> None:
    found = attendees("Name\tRole\tAttended\nCllr Ann Able\tChair\tY\nMr Ben Bell\tGovernor\tApologies\n1. Minutes")
    assert names(found, "present") == ["Ann Able"]
    assert names(found, "apologies") == ["Ben Bell"]


# --- Officers as "Job title - Name" -------------------------------------------------------------------


def test_job_title_dash_name_in_a_label_value_row() -> None:
    found = attendees("Councillors present:\tBrian Oakes (Chairman), Carol Dent\nApologies:\tCouncillor Rachel Vine\n"
                      "Officers:\tDevelopment Manager - Lorna Pike; Senior Planning Officer - Gavin Hurst; "
                      "Planning Solicitor - Amrit Dhillon; Committee Officer - Jo Reeve\nPL/31 Minutes")
    assert names(found, "in_attendance") == ["Lorna Pike", "Gavin Hurst", "Amrit Dhillon", "Jo Reeve"]
    assert one(found, "Lorna Pike").role == "Development Manager"
    assert one(found, "Jo Reeve").role == "Committee Officer"


def test_job_title_dash_name_one_a_line() -> None:
    found = attendees("In attendance:\nHead of Legal Services \u2013 Sam Ford\nMonitoring Officer - Mark Warden\n"
                      "Ann Bell - Democratic Services Officer\nCAB/24/42 Budget")
    assert names(found, "in_attendance") == ["Sam Ford", "Mark Warden", "Ann Bell"]
    assert one(found, "Sam Ford").role == "Head of Legal Services"
    assert one(found, "Ann Bell").role == "Democratic Services Officer"


# --- "Members of the Sub-Committee" and a hearing's parties as label | value rows -------------------


def test_hearing_members_officers_and_parties_as_label_value_rows() -> None:
    found = attendees("Members of the Sub-Committee\nCouncillors Alan Birch, Fiona Keyes and Jasmine Pollard\n"
                      "Officers\nRebecca Stone - Legal Adviser; Tariq Aziz - Licensing Officer\n"
                      "Parties to the hearing\nApplicant:\tDaniel Kerr, Director, Kerr Leisure Ltd\n"
                      "Applicant's representative:\tHelen Shaw, Solicitor\n"
                      "Responsible authority:\tPC Mark Dyson, Police Licensing Officer\n"
                      "Other person (objector):\tJoan Ellery, local resident\n1. Election of a Chair")
    assert names(found, "present") == ["Alan Birch", "Fiona Keyes", "Jasmine Pollard"]
    assert names(found, "in_attendance") == ["Rebecca Stone", "Tariq Aziz", "Daniel Kerr", "Helen Shaw",
                                             "Mark Dyson", "Joan Ellery"]
    assert one(found, "Mark Dyson").honorific == "PC"


def test_label_value_rows_under_also_present_with_a_heading_label() -> None:
    found = attendees("Members of the Panel: Cllr Ann Able, Cllr Bob Bell\nAlso present:\n"
                      "Appellant:\tMrs Cara Cole\nWitness:\tDr Dan Drew, Consultant\n"
                      "Declarations of interest:\tNone\nHSC/3/24  MINUTES")
    assert names(found, "present") == ["Ann Able", "Bob Bell"]
    assert names(found, "in_attendance") == ["Cara Cole", "Dan Drew"]


def test_members_of_the_committee_in_prose_is_not_a_heading() -> None:
    assert attendees("Members of the Committee asked about the timetable for the works.") == []
