"""Attendance blocks and sentences -> attendees (issue 2, part 4), each convention in two layouts."""
from __future__ import annotations

import json

import pytest

from extract.finders.attendance import lines_to_attendees
from extract.records import ATTENDEE_STATUSES, Attendee, Line


def attendees(text: str) -> list[Attendee]:
    """Lines as the reader gives them: one a paragraph or table row; a form feed starts a page."""
    lines = [Line(row.strip(), page) for page, chunk in enumerate(text.split("\f"), 1)
             for row in chunk.split("\n") if row.strip()]
    return lines_to_attendees(lines)


def names(found: list[Attendee], status: str) -> list[str]:
    return [a.name for a in found if a.status == status]


def one(found: list[Attendee], name: str) -> Attendee:
    return next(a for a in found if a.name == name)


# --- Present -------------------------------------------------------------------------------

def test_present_one_person_a_line_with_honorific_and_role() -> None:
    found = attendees("Present: Councillor Itrat Ali (Chair)\nCouncillor Jane Rylah\nCllr Richard Smith\n\n1 Minutes")
    assert names(found, "present") == ["Itrat Ali", "Jane Rylah", "Richard Smith"]
    chair = one(found, "Itrat Ali")
    assert (chair.honorific, chair.role) == ("Councillor", "Chair")


def test_present_paragraph_with_post_nominal_and_final_and() -> None:
    found = attendees("PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs S Chandler, Mr R C Love, OBE, "
                      "Mr D Murphy and Mr R J Thomas\nUNRESTRICTED ITEMS")
    assert names(found, "present") == ["R W Gough", "N Baker", "S Chandler", "R C Love", "D Murphy", "R J Thomas"]
    assert one(found, "R W Gough").role == "Chairman"


def test_heading_with_colon_dash_and_plural_honorific() -> None:
    found = attendees("PRESENT:- Councillor J Bloggs (Chair), Councillors A Smith, B Jones and C Brown\n"
                      "Officers Present: Ms D White (Head of Legal)")
    assert names(found, "present") == ["J Bloggs", "A Smith", "B Jones", "C Brown"]
    assert names(found, "in_attendance") == ["D White"]
    found = attendees("Present: Cllrs Smith (Chairman), Jones, Brown, and Green. "
                      "In attendance: Mrs A Clerk (Clerk) and 2 members of the public.")
    assert names(found, "present") == ["Smith", "Jones", "Brown", "Green"]
    assert names(found, "in_attendance") == ["A Clerk"]


def test_parish_layouts_with_minute_reference_remarks_and_public() -> None:
    found = attendees("Cou/285/07-08 Present Members: Cllr P Batty (Chairman), Cllr Beck, Cllr Hollick (arrived at "
                      "7.01pm) and Cllr Yarwood.\nCou/286/07-08 Apologies for Absence\n"
                      "Apologies for absence were received from Cllr Purves\nWith the absence of the Vice Chairman")
    assert names(found, "present") == ["P Batty", "Beck", "Hollick", "Yarwood"]
    assert one(found, "Hollick").organisation is None
    assert names(found, "apologies") == ["Purves"]
    found = attendees("Present:\nCllr Mr A H Porter (Chair)\nCllr Mrs B Abbott\nAbsent:\nThere were no absences\n"
                      "In Attendance:\nOne member of the public\n"
                      "Mr W Grosvenor Clerk and Executive Officer to Melton Parish Council\n"
                      "Mrs P Alder Assistant Clerk and Management Officer, Melton Parish Council\n"
                      "21.44 ELECTION OF CHAIR OF THE COUNCIL")
    assert names(found, "present") == ["A H Porter", "B Abbott"]
    assert names(found, "absent") == []
    assert names(found, "in_attendance") == ["W Grosvenor", "P Alder"]
    assert one(found, "W Grosvenor").role == "Clerk and Executive Officer to Melton Parish Council"


def test_heading_and_apologies_sentence_on_one_line() -> None:
    found = attendees("1. Present: Cllr A Able, Cllr B Baker. 2. Apologies were received from Cllr C Carter.")
    assert names(found, "present") == ["A Able", "B Baker"]
    assert names(found, "apologies") == ["C Carter"]


def test_us_style_members_excused_and_staff_present() -> None:
    found = attendees("Members Present: John Doe, Chair; Mary Major, Vice Chair; Sam Lee\n"
                      "Members Excused: Pat Kim\nStaff Present: Lee Park, City Clerk\nOthers Present: none")
    assert names(found, "present") == ["John Doe", "Mary Major", "Sam Lee"]
    assert names(found, "apologies") == ["Pat Kim"]
    assert names(found, "in_attendance") == ["Lee Park"]
    assert one(found, "Mary Major").role == "Vice Chair"


def test_members_present_without_honorifics_and_councillors_present_without_colon() -> None:
    found = attendees("Members present: Robert Bromfield, Nathan Cain, Martha Peugh Wade, Teresa Zane\n"
                      "Recorder: Linda Wong")
    assert names(found, "present") == ["Robert Bromfield", "Nathan Cain", "Martha Peugh Wade", "Teresa Zane"]
    assert names(found, "in_attendance") == ["Linda Wong"]
    found = attendees("Councillors present\nCouncillor A Jones\nCouncillor B Patel\nApologies\nCouncillor C Wu")
    assert names(found, "present") == ["A Jones", "B Patel"]
    assert names(found, "apologies") == ["C Wu"]


def test_several_honorific_names_run_together_on_one_line() -> None:
    found = attendees("Present: Councillor Cahal Burke (Chair)\n"
                      "Councillor Donna Bellamy Councillor Fazila Loonat Councillor Amanda Pinnock")
    assert names(found, "present") == ["Cahal Burke", "Donna Bellamy", "Fazila Loonat", "Amanda Pinnock"]
    found = attendees("Present: Cllr A Smith Cllr B Jones Mrs C Brown")
    assert names(found, "present") == ["A Smith", "B Jones", "C Brown"]


def test_plural_honorific_and_role_title_before_names() -> None:
    found = attendees("Present: Mayor Dave Yemm and Councillors Lisa Chalapenko, Shelly Foote, and James Scott.")
    assert names(found, "present") == ["Dave Yemm", "Lisa Chalapenko", "Shelly Foote", "James Scott"]
    assert one(found, "Dave Yemm").role == "Mayor"
    assert one(found, "Shelly Foote").honorific == "Councillor"


def test_role_and_group_labels_inside_a_present_block() -> None:
    found = attendees("PRESENT:\nChairman: Councillor J Smith\nCouncillors: A Brown, C Davis and E Fox\n"
                      "Disclosure of interests: None\nCouncillor Q Ray asked about parking.")
    assert names(found, "present") == ["J Smith", "A Brown", "C Davis", "E Fox"]
    assert one(found, "J Smith").role == "Chairman"
    found = attendees("The following members were present:\nChair: Cllr A Able\nMembers: Cllr B Baker, Cllr C Carter")
    assert names(found, "present") == ["A Able", "B Baker", "C Carter"]


def test_plural_honorific_before_surnames_only() -> None:
    found = attendees("Apologies for absence were received from Councillors Smith and Jones.")
    assert [(a.name, a.honorific) for a in found] == [("Smith", "Councillor"), ("Jones", "Councillor")]
    found = attendees("Present: Councillor J Smith (Chairman) Councillors A Brown, B Green and Mrs N Cooper")
    assert [(a.name, a.honorific) for a in found] == [
        ("J Smith", "Councillor"), ("A Brown", "Councillor"), ("B Green", "Councillor"), ("N Cooper", "Mrs")]


def test_name_dash_role_and_name_dash_organisation() -> None:
    found = attendees("In attendance:\nJane Smith - Democratic Services Officer\n"
                      "Jo Bloggs \u2013 Kent Police\n2. Minutes")
    assert names(found, "in_attendance") == ["Jane Smith", "Jo Bloggs"]
    assert one(found, "Jane Smith").role == "Democratic Services Officer"
    assert one(found, "Jo Bloggs").organisation == "Kent Police"


def test_table_with_honorific_in_its_own_cell() -> None:
    found = attendees("Present:\nCouncillor\tJane Smith\tChair\nCouncillor\tBob Roe\t\n1. Apologies")
    assert [(a.name, a.honorific, a.role) for a in found] == [
        ("Jane Smith", "Councillor", "Chair"), ("Bob Roe", "Councillor", None)]


def test_initials_only_names() -> None:
    found = attendees("Present: S. Foote, L. Chalapenko, J. Scott\nRegrets: None")
    assert names(found, "present") == ["S. Foote", "L. Chalapenko", "J. Scott"]
    assert names(found, "apologies") == []


def test_clerk_listed_among_present_attends_as_officer() -> None:
    found = attendees("PRESENT: Cllr R. Crisp (Chairperson), Cllr C Sharp and Mrs N. Cooper, Clerk. "
                      "Also Present: Cllr M Storey (NCC) There were 3 members of the public.")
    assert names(found, "present") == ["R. Crisp", "C Sharp"]
    assert names(found, "in_attendance") == ["N. Cooper", "M Storey"]
    storey = one(found, "M Storey")
    assert (storey.organisation, storey.role) == ("NCC", None)


def test_co_optees_heading_without_colon_is_present() -> None:
    found = attendees("Apologies: Councillor Paul Kane\nFatima Khan-Shah (Co-Optee)\nCo-optees Dale O'Neill")
    assert names(found, "apologies") == ["Paul Kane", "Fatima Khan-Shah"]
    assert names(found, "present") == ["Dale O'Neill"]
    found = attendees("Co-opted Members: Mr J Bloggs (Church representative)\n2. Minutes")
    assert names(found, "present") == ["J Bloggs"]


# --- Apologies -------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Apologies for absence were received from Fatima Khan-Shah, Cllr Paul Kane and Cllr Robert Light.",
    "2 Membership of the Committee Apologies were received from Fatima Khan-Shah, Cllr Paul Kane, and "
    "Cllr Robert Light. These were accepted.",
])
def test_apologies_sentence_anywhere_in_a_line(sentence: str) -> None:
    found = attendees(sentence)
    assert names(found, "apologies") == ["Fatima Khan-Shah", "Paul Kane", "Robert Light"]


def test_apologies_sentences_as_moderngov_writes_them() -> None:
    found = attendees("Apologies for absence were received from Councillors Victor Chamberlain and Anood Al-Samerai.  "
                      "Apologies for absence  were also received from Councillor Helen Dennis, who had recently "
                      "given birth.")
    assert names(found, "apologies") == ["Victor Chamberlain", "Anood Al-Samerai", "Helen Dennis"]
    assert one(found, "Helen Dennis").role is None
    found = attendees("There were apologies for absence from Councillors Lorraine Lauder MBE (due to mayoral "
                      "business), and Darren Merrill; and for lateness from Councillors Neil Coyle and Abdul Mohamed.")
    assert names(found, "apologies") == ["Lorraine Lauder", "Darren Merrill"]
    found = attendees("Apologies were received from Councillors John Batchelor, Douglas de Lacey, Des O\u2019Brien "
                      "and David Whiteman-Downes.")
    assert names(found, "apologies") == [
        "John Batchelor", "Douglas de Lacey", "Des O\u2019Brien", "David Whiteman-Downes"]


def test_apologies_sentence_ends_at_full_stop_not_at_initials() -> None:
    found = attendees("Apologies were received from Mrs C. Bell. The Chair welcomed Mr D Smith.")
    assert names(found, "apologies") == ["C. Bell"]
    found = attendees("Apologies were received from Mr R Love OBE, Ms K Leonard, and Ms A Farmer.")
    assert names(found, "apologies") == ["R Love", "K Leonard", "A Farmer"]


def test_regrets_and_board_members_apologies_table() -> None:
    assert names(attendees("Regrets: Councillor Jane Doe, Councillor Ian Roe"), "apologies") == ["Jane Doe", "Ian Roe"]
    found = attendees("Board Members Apologies:\nAndrew Farrell\tWest Yorkshire Fire and Rescue Authority\n"
                      "Councillor Masood Ahmed\tKirklees Council\n\n1 Welcome")
    assert names(found, "apologies") == ["Andrew Farrell", "Masood Ahmed"]
    assert one(found, "Andrew Farrell").organisation == "West Yorkshire Fire and Rescue Authority"


def test_listed_twice_with_one_status_is_one_attendee() -> None:
    found = attendees("Apologies: Councillor Ashleigh Robinson\nCouncillor Hannah McKerchar\n1 Membership\n"
                      "Apologies were received from Councillor Ashleigh Robinson and Councillor Hannah McKerchar.")
    assert names(found, "apologies") == ["Ashleigh Robinson", "Hannah McKerchar"]


# --- In attendance -------------------------------------------------------------------------------

def test_in_attendance_name_comma_role_lines_with_representing() -> None:
    found = attendees(
        "In attendance: Jo-Anne Sanders, Service Director - Learning and Early Support\n"
        "Joel Hanna, Head of Service - Corporate Parenting (representing Vicky Metheringham, Service Director)\n"
        "Cllr Kendrick, Cabinet Member for Children's Services\n1 Membership of the Panel")
    assert names(found, "in_attendance") == ["Jo-Anne Sanders", "Joel Hanna", "Kendrick"]
    hanna = one(found, "Joel Hanna")
    assert (hanna.role, hanna.substitute_for) == ("Head of Service - Corporate Parenting", "Vicky Metheringham")


def test_in_attendance_paragraph_with_bracketed_roles_and_virtual_block() -> None:
    found = attendees(
        "IN ATTENDANCE: Dr A Ghosh (Director of Public Health), Mrs C Head (Head of Finance Operations) and "
        "McKay (Acting Chief Accountant)\n"
        "IN ATTENDANCE VIRTUALLY: Mr S Jones (Corporate Director of Growth, Environment and Transport)\n"
        "UNRESTRICTED ITEMS")
    assert names(found, "in_attendance") == ["A Ghosh", "C Head", "McKay", "S Jones"]
    assert one(found, "S Jones").role == "Corporate Director of Growth, Environment and Transport"


def test_observers_with_roles_wrapping_onto_the_next_line() -> None:
    found = attendees("Observers: Councillor Masood Ahmed, Cabinet Member - Children\n"
                      "Maggie Featherstone, Portfolio Manager - Attendance &\nPupil Support Service\n"
                      "Sue Grigg, Directorate Performance Lead - Children's\nServices & Public Health\n"
                      "Diane Yates, Senior Consultant\n1 Minutes of the Previous Meeting")
    assert names(found, "in_attendance") == ["Masood Ahmed", "Maggie Featherstone", "Sue Grigg", "Diane Yates"]
    assert one(found, "Maggie Featherstone").role == "Portfolio Manager - Attendance & Pupil Support Service"


def test_staff_with_job_title_before_name() -> None:
    found = attendees("Staff: Fire Chief Will Bateman; Land Planning Administrator John-Paul Negrinotti; "
                      "Deputy Treasurer Kim Turnbull and Deputy Clerk-Administrative Assistant Kristin Linklater.\n"
                      "Disclosure of pecuniary interest: None\nCouncillor Stephen Kirkey: Police Services Board.")
    assert names(found, "in_attendance") == [
        "Will Bateman", "John-Paul Negrinotti", "Kim Turnbull", "Kristin Linklater"]
    assert one(found, "Will Bateman").role == "Fire Chief"


def test_officers_and_clerk_need_a_colon() -> None:
    found = attendees("Officers: Ms P Green (Monitoring Officer), Mr Q Black (Democratic Services)\nClerk: Mrs J Smith")
    assert names(found, "in_attendance") == ["P Green", "Q Black", "J Smith"]
    assert attendees("Officers attended the site visit with Mr Q Black.") == []
    assert attendees("Contact Officer: Yolande Myers") == []


def test_also_present_and_also_in_attendance() -> None:
    found = attendees("Also present: Sue Chandler, Cabinet Member for Integrated Children's Services.")
    assert names(found, "in_attendance") == ["Sue Chandler"]
    found = attendees("Also in attendance\nMr T Brown\tKent Police\nMs U White\tHealthwatch")
    assert names(found, "in_attendance") == ["T Brown", "U White"]


def test_absent_block() -> None:
    found = attendees("Present: Cllr A Able\nAbsent: Cllr B Baker, Cllr C Carter")
    assert names(found, "absent") == ["B Baker", "C Carter"]
    assert {a.status for a in found} <= set(ATTENDEE_STATUSES)


# --- Tables -------------------------------------------------------------------------------

def test_table_rows_name_and_organisation_with_substitute_and_wrapped_row() -> None:
    found = attendees(
        "Board Members Present:\n"
        "Councillor Erin Hill (Chair)\tKirklees Council\n"
        "Dave Ramsey (In place of Carol Harris)\tSouth West Yorkshire Partnership NHS Foundation Trust\n"
        "Gill Harries\tC&H NHS Foundation Trust Children's &\n"
        "\tWomen's Service\n"
        "Dr Steve Ollerton (Deputy Chair)\tGreater Huddersfield CCG\n"
        "\n1 Welcome")
    assert names(found, "present") == ["Erin Hill", "Dave Ramsey", "Gill Harries", "Steve Ollerton"]
    ramsey = one(found, "Dave Ramsey")
    assert ramsey.substitute_for == "Carol Harris"
    assert one(found, "Gill Harries").organisation == "C&H NHS Foundation Trust Children's & Women's Service"
    assert one(found, "Steve Ollerton").honorific == "Dr"


def test_table_with_header_row_naming_columns() -> None:
    found = attendees("Present:\nName\tRole\tOrganisation\nJane Doe\tChair\tAcme Housing\n"
                      "Cllr John Roe\tVice-Chair\tBorough Council\n2. Minutes")
    assert names(found, "present") == ["Jane Doe", "John Roe"]
    assert (one(found, "John Roe").role, one(found, "John Roe").organisation) == ("Vice-Chair", "Borough Council")


def test_table_with_a_status_column_needs_no_heading() -> None:
    found = attendees("Member\tOrganisation\tAttendance\nCllr A Able\tTown Council\tPresent\n"
                      "Mr B Baker\tPolice\tApologies\nMs C Carter\tNHS\tAbsent\n")
    assert names(found, "present") == ["A Able"]
    assert names(found, "apologies") == ["B Baker"]
    assert names(found, "absent") == ["C Carter"]


def test_moderngov_attendance_table_with_longer_status_values() -> None:
    found = attendees("Attendee\tRole\tAttendance\nCouncillor Ann Able\tChair\tPresent\n"
                      "Councillor Ben Baker\tCommittee Member\tApologies, sent substitute\n"
                      "Councillor Cat Carter\tCommittee Member\tPresent as substitute\n"
                      "Councillor Dan Drew\tCommittee Member\tExpected\n")
    assert names(found, "present") == ["Ann Able", "Cat Carter"]
    assert names(found, "apologies") == ["Ben Baker"]
    assert "Dan Drew" not in [a.name for a in found]


def test_names_laid_out_in_table_columns() -> None:
    found = attendees("Present:\nCllr A Able\tCllr B Baker\nCllr C Carter\tMrs D Drew\nApologies:\nCllr E Eve")
    assert names(found, "present") == ["A Able", "B Baker", "C Carter", "D Drew"]
    assert names(found, "apologies") == ["E Eve"]


# --- Substitutes -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Present: Councillor Ann Bell (substitute for Councillor Tom Hale)",
    "Present: Councillor Ann Bell (In place of Tom Hale)",
    "Present: Councillor Ann Bell\n4 Membership\nCouncillor Ann Bell substituted for Councillor Tom Hale.",
    "Present: Cllr Ann Bell (sub for Cllr Tom Hale), Cllr D Dunn",
    "Apologies for absence were received from Councillors Hale and Eve, with Councillor Ann Bell substituting "
    "for Councillor Tom Hale.\nPresent: Cllr Ann Bell",
])
def test_substitutes(text: str) -> None:
    found = attendees(text)
    assert names(found, "present")[:1] == ["Ann Bell"]
    assert one(found, "Ann Bell").substitute_for == "Tom Hale"


def test_substitute_sentence_adds_the_substitute_when_not_listed() -> None:
    found = attendees("Councillor Ann Bell attended as a substitute for Councillor Tom Hale.")
    assert names(found, "present") == ["Ann Bell"]


# --- Not attendance -------------------------------------------------------------------------------

def test_agenda_membership_list_is_not_attendance() -> None:
    assert attendees("The Children's Scrutiny Panel members are:-\nMember\nCouncillor Cahal Burke (Chair)\n"
                     "Board Members:\nCouncillor Donna Bellamy\nTo receive apologies for absence.") == []


def test_present_in_prose_is_not_a_heading() -> None:
    assert attendees("Present at the meeting were some residents.\nPresented by: Tina Cooper") == []


@pytest.mark.parametrize("after", [
    "Minutes of the last meeting\nCouncillor Smith asked whether the report would be published.",
    "Councillor Smith asked whether the report would be published.",
])
def test_unnumbered_heading_or_prose_ends_a_block(after: str) -> None:
    found = attendees(f"Present: Cllr A Able\nCllr B Baker\n{after}")
    assert names(found, "present") == ["A Able", "B Baker"]
    assert one(found, "B Baker").role is None


def test_heading_then_names_broken_across_lines() -> None:
    found = attendees("IN ATTENDANCE: Dr A Ghosh (Director of Public\nHealth), Mrs S Hammond, Dr M\nGogarty (Lead)\n"
                      "UNRESTRICTED ITEMS")
    assert names(found, "in_attendance") == ["A Ghosh", "S Hammond", "M Gogarty"]
    assert one(found, "A Ghosh").role == "Director of Public Health"


def test_each_attendee_keeps_its_page() -> None:
    found = attendees("Agenda\fPresent: Cllr A Able\nCllr B Baker\f"
                      "1 Minutes\nApologies were received from Cllr C Carter.")
    assert [(a.name, a.page) for a in found] == [("A Able", 2), ("B Baker", 2), ("C Carter", 3)]


def test_issue_2_attendees_serialise_with_contract_fields() -> None:
    found = attendees("Present: Councillor Itrat Ali (Chair)")
    assert set(json.loads(json.dumps(found[0].__dict__))) == {
        "name", "honorific", "role", "status", "organisation", "substitute_for", "page"}


def test_real_parish_minutes_match_gold(shared) -> None:
    name = "northwold-whittington-parish-council-2018-04-03-minutes"
    gold = json.loads((shared / "gold-real" / f"{name}.json").read_text())["meetings"][0]
    found = attendees((shared / "corpus" / "real" / f"{name}.md").read_text(encoding="utf-8"))
    for status in ("present", "apologies", "in_attendance"):
        assert [n.replace(".", "") for n in names(found, status)] == [n.replace(".", "") for n in gold[status]]


# --- Held-out conventions: councillor labels, other tiers, ranks, ";", sub for, sent apologies, ticks ---

@pytest.mark.parametrize("text", [
    "Cllrs present: Cllr S Able (Town Mayor), Cllr R Baker, Cllr K Cole\n\n23/045 Apologies",
    "Councillors Present:\nCllr S Able (Town Mayor)\nCllr R Baker\nCllr K Cole\n1. Minutes",
    "Cllrs: S Able (Town Mayor), R Baker and K Cole\nMinute 23/045 Apologies",
])
def test_councillors_present_labels(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["S Able", "R Baker", "K Cole"]
    assert one(found, "S Able").role == "Town Mayor"


@pytest.mark.parametrize("text", [
    "In attendance: Mrs L Fell (Town Clerk), Mr D Shore (Deputy Clerk), County Cllr P Moss and 3 members of the public",
    "In attendance: Sarah Quin (Clerk and RFO), District Cllr Mike Dunn and two\nmembers of the public",
    "Also present: Borough Councillor Ann Hale, Town Councillor Joe Platt",
])
def test_councillor_of_another_tier_starts_a_new_person(text: str) -> None:
    found = attendees(text)
    listed = names(found, "in_attendance")
    assert len(listed) in (2, 3) and not any(a.role and "Cllr" in a.role for a in found)
    other_tier = found[-1]
    assert other_tier.honorific and other_tier.honorific.split()[0] in ("County", "District", "Town")
    assert other_tier.name in ("P Moss", "Mike Dunn", "Joe Platt")


def test_semicolon_separates_people_and_plural_qualified_honorific_carries() -> None:
    found = attendees("**Present:** County Councillor Huw Ellis (Chairperson); County Councillors Sian Rees, "
                      "Gareth Lane and Beth Moss\n### 34 : DECLARATIONS OF INTEREST")
    assert names(found, "present") == ["Huw Ellis", "Sian Rees", "Gareth Lane", "Beth Moss"]
    assert one(found, "Huw Ellis").role == "Chairperson"
    assert one(found, "Gareth Lane").honorific == "County Councillor"


@pytest.mark.parametrize("text", [
    "Present\nName\tOrganisation\tRole\nDet Supt Claire Rowe (CR)\tWestshire Police\tHead of Public Protection\n"
    "Ch Insp Tom Hart\tWestshire Police\tPartnership Inspector",
    "Present: Det Supt Claire Rowe (Westshire Police), Ch Insp Tom Hart, DCI Amy Lee, Capt Rob Fry, "
    "Chief Constable Ian Moor",
])
def test_police_military_and_church_ranks_are_honorifics(text: str) -> None:
    found = attendees(text)
    assert names(found, "present")[:2] == ["Claire Rowe", "Tom Hart"]
    assert (one(found, "Claire Rowe").honorific, one(found, "Tom Hart").honorific) == ("Det Supt", "Ch Insp")
    if "Ian Moor" in names(found, "present"):
        assert one(found, "Amy Lee").honorific == "DCI" and one(found, "Ian Moor").role == "Chief Constable"


def test_initials_after_an_honorific_are_not_a_rank() -> None:
    assert names(attendees("Present: Cllr DCI Brown, Cllr A Able"), "present") == ["DCI Brown", "A Able"]


@pytest.mark.parametrize("text", [
    "3. Apologies\nCllr F Fox and Cllr G Green sent apologies.",
    "Apologies: none.\nCouncillor F Fox sent her apologies due to illness; Mr G Green had sent apologies.",
])
def test_name_before_sent_apologies(text: str) -> None:
    assert names(attendees(text), "apologies") == ["F Fox", "G Green"]


@pytest.mark.parametrize("text", [
    "Name\tPresent\tApologies\nCllr A Able\t\u2713\t\nCllr B Baker\t\t\u2713\nMr C Cole\tYes\tNo",
    "Attendance\nMember\tPresent\tApologies\tAbsent\nA Able\tx\t\t\nB Baker\t\tx\t\nC Cole\tx\t\t\nD Dunn\t\t\tx",
])
def test_side_by_side_status_columns(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["A Able", "C Cole"]
    assert names(found, "apologies") == ["B Baker"]


# --- Held-out 2 conventions: status-headed columns, members' grids, titles in lists, excused ---

@pytest.mark.parametrize("text", [
    "Members present\tApologies\n"
    "Cllr A Able (Chair) - Cabinet Member for Housing\tCllr B Baker - Leader, Borough Council\n"
    "Ms C Cole - Director of Place, Upper District Council\t\nOfficers present: Mr D Dunn (Clerk)",
    "Present:\tApologies:\tIn attendance:\nCllr A Able\tCllr B Baker\tMr D Dunn (Clerk)\nMs C Cole\n1. Minutes",
])
def test_columns_headed_by_a_status_list_people_with_that_status(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["A Able", "C Cole"]
    assert names(found, "apologies") == ["B Baker"]
    assert names(found, "in_attendance") == ["D Dunn"]


@pytest.mark.parametrize("text", [
    "Attendance\nMember\tAuthority represented\tPresent\tApologies\nMayor Ann Able (Chair)\tMayor\tYes\t\n"
    "Cllr Ben Baker\tUpper District\t\tYes\nCllr Cy Cole\tLower Borough\t\u2713\t\nCllr Di Dunn\tTown\tx\t\n2. Minutes",
    "Board member\tRole\tPresent\tApologies\nAnn Able\tChair\tY\t\nBen Baker\tChief Nursing Officer\t\tY\n"
    "Cy Cole\tChief Operating Officer\tY\t\nDi Dunn\tNon-Executive Director\tY\t\n"
    "In attendance: Eve Ely (Trust Secretary)",
])
def test_members_grid_with_unnamed_columns_and_marks_decides_status(text: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["Ann Able", "Cy Cole", "Di Dunn"]  # a job title does not make a member staff
    assert names(found, "apologies") == ["Ben Baker"]


def test_officer_in_a_grid_of_names_is_still_in_attendance() -> None:
    found = attendees("Name\tRole\tAttendance\nAnn Able\tChair\tPresent\nBen Baker\tClerk\tPresent\n")
    assert names(found, "present") == ["Ann Able"]
    assert names(found, "in_attendance") == ["Ben Baker"]


@pytest.mark.parametrize("text", [
    "In attendance: Mr P Pike (Parish Clerk), PCSO R Reed, 2 members of the public",
    "Staff present: County Administrator P Pike, County Attorney R Reed and 5 members of the public.",
])
def test_a_title_or_public_count_does_not_swallow_the_rest_of_the_list(text: str) -> None:
    found = attendees(text)
    assert names(found, "in_attendance") == ["P Pike", "R Reed"]
    assert all("public" not in (a.role or "") and "Reed" not in (a.role or "") for a in found)


@pytest.mark.parametrize("text", [
    "Officers: Vic Vale (Head of Legal), Wyn Ward (Planning Solicitor), Xan Xu (Committee Officer)\nItems\n12.\n"
    "Minutes of the last meeting",
    "Also present: Vic Vale (Youth Worker), Wyn Ward (Housing Officer), Xan Xu (Committee Officer)\n"
    "Public Participation\n4. Minutes",
])
def test_a_list_ending_in_a_closed_bracket_does_not_run_into_the_next_heading(text: str) -> None:
    found = attendees(text)
    assert [a.name for a in found] == ["Vic Vale", "Wyn Ward", "Xan Xu"]
    assert one(found, "Xan Xu").role == "Committee Officer"


@pytest.mark.parametrize("text", [
    "Apologies were received and accepted from Cllr A Able (family commitments) and Cllr B Baker (holiday).",
    "3. Apologies for absence\nThe Council received and accepted apologies from Councillors Able (illness) and Baker.",
    "Apologies for absence were received and noted from Mrs A Able (work) and Mr B Baker.",
])
def test_apologies_received_and_accepted_with_reasons_in_brackets(text: str) -> None:
    assert [n.split()[-1] for n in names(attendees(text), "apologies")] == ["Able", "Baker"]


@pytest.mark.parametrize("text", [
    "Absent (excused): Councilmember Fay Ford, Councilmember Gus Gray\nAbsent: Councilmember Hal Hunt\n"
    "1. Call to order",
    "Present: Mayor Ann Able\nExcused: Councilor Fay Ford\nAbsent: Councilor Gus Gray (excused), Councilor Hal Hunt",
])
def test_excused_absence_is_apologies_and_plain_absence_is_absent(text: str) -> None:
    found = attendees(text)
    assert names(found, "apologies") == ["Fay Ford", "Gus Gray"]
    assert names(found, "absent") == ["Hal Hunt"]


@pytest.mark.parametrize(("text", "role"), [
    ("Present: Mayor Ann Able, Mayor Pro Tem Ben Baker, Councilmembers Cy Cole, Di Dunn and Ed Eve.", "Mayor Pro Tem"),
    ("Members Present: Warden Ann Able, Deputy Warden Ben Baker, Councillor Cy Cole, Councillor Di Dunn, "
     "Councillor Ed Eve", "Deputy Warden"),
])
def test_north_american_titles_before_names(text: str, role: str) -> None:
    found = attendees(text)
    assert names(found, "present") == ["Ann Able", "Ben Baker", "Cy Cole", "Di Dunn", "Ed Eve"]
    assert one(found, "Ben Baker").role == role


@pytest.mark.parametrize("text", [
    "71. Apologies for Absence\nAn apology for absence was received from Councillor Ann Able.",
    "Present: Councillor Cy Cole\nApology: Councillor Ann Able\n1. Minutes",
    "Present: Councillor Cy Cole\nApology for absence\tCouncillor Ann Able\n1. Minutes",
    "2. APOLOGIES\nAn apology was received from Cllr Ann Able (work commitments).",
    "There was an apology from Councillor Ann Able. The minutes were agreed.",
])
def test_issue_heldout3_one_persons_apology_in_the_singular(text: str) -> None:
    assert names(attendees(text), "apologies") == ["Ann Able"]
