"""Reading people from attendance-list text: honorifics, initials, post-nominals, roles, substitutes."""
from __future__ import annotations

import pytest

from extract.finders.names import cell_to_people, text_to_people, text_to_person


@pytest.mark.parametrize(("text", "name", "honorific", "role"), [
    ("Mr R W Gough (Chairman)", "R W Gough", "Mr", "Chairman"),
    ("Cllr. J. Smith", "J. Smith", "Cllr", None),
    ("Mrs C Head (Head of Finance Operations)", "C Head", "Mrs", "Head of Finance Operations"),
    ("Cllr Kendrick Cabinet Member for Children", "Kendrick", "Cllr", "Cabinet Member for Children"),
    ("Deputy Clerk-Administrative Assistant Kristin Linklater", "Kristin Linklater", None,
     "Deputy Clerk-Administrative Assistant"),
    ("Mayor Dave Yemm", "Dave Yemm", None, "Mayor"),
    ("Jane Smith - Democratic Services Officer", "Jane Smith", None, "Democratic Services Officer"),
    ("Dr Ludwig van Beethoven", "Ludwig van Beethoven", "Dr", None),
    ("Mr R Love OBE", "R Love", "Mr", None),
    ("Rob Turner (Head of Workforce) for item 4", "Rob Turner", None, "Head of Workforce"),
    ("Development Manager - Lorna Pike", "Lorna Pike", None, "Development Manager"),
    ("Committee Officer \u2013 Jo Reeve", "Jo Reeve", None, "Committee Officer"),
    ("Committee Officer (Mark Warden)", "Mark Warden", None, "Committee Officer"),
    ("PC Mark Dyson", "Mark Dyson", "PC", None),
    ("Father Michael Doyle", "Michael Doyle", "Father", None),
])
def test_one_person(text: str, name: str, honorific: str | None, role: str | None) -> None:
    person = text_to_person(text)
    assert person is not None
    assert (person.name, person.honorific, person.role) == (name, honorific, role)


@pytest.mark.parametrize("text", [
    "Kirklees Council", "Pupil Support Service", "Third Sector Leaders", "There were 3 members of the public",
    "None", "Service Director - Learning", "Cllr", "Mr R", "Nick",
])
def test_not_a_person(text: str) -> None:
    assert text_to_person(text) is None


def test_brackets_give_substitute_role_or_organisation() -> None:
    people = text_to_people("Dave Ramsey (In place of Carol Harris), Cllr M Storey (NCC), "
                            "Joel Hanna, Head of Service (representing Vicky Metheringham, Service Director)")
    assert [(p.name, p.substitute_for, p.organisation, p.role) for p in people] == [
        ("Dave Ramsey", "Carol Harris", None, None), ("M Storey", None, "NCC", None),
        ("Joel Hanna", "Vicky Metheringham", None, "Head of Service")]


def test_lists_with_and_post_nominals_and_plural_honorifics() -> None:
    people = text_to_people("Mr R C Love, OBE, Mr D Murphy and Mr R J Thomas")
    assert [p.name for p in people] == ["R C Love", "D Murphy", "R J Thomas"]
    people = text_to_people("Councillors Smith, Jones and Brown")
    assert [(p.name, p.honorific) for p in people] == [
        ("Smith", "Councillor"), ("Jones", "Councillor"), ("Brown", "Councillor")]


@pytest.mark.parametrize(("text", "name", "honorific", "role"), [
    ("Detective Chief Inspector Jane Smith", "Jane Smith", "Detective Chief Inspector", None),
    ("Det Supt Claire Rowe (CR)", "Claire Rowe", "Det Supt", None),
    ("District Cllr Mike Dunn", "Mike Dunn", "District Cllr", None),
    ("Assistant Chief Constable Ian Moor", "Ian Moor", None, "Assistant Chief Constable"),
])
def test_titles_of_up_to_three_words(text: str, name: str, honorific: str | None, role: str | None) -> None:
    person = text_to_person(text)
    assert person is not None and (person.name, person.honorific, person.role) == (name, honorific, role)


def test_a_count_of_the_public_joined_by_and_is_not_a_person() -> None:
    found = text_to_people("County Cllr P Moss and 3 members of the public")
    assert [(p.name, p.honorific) for p in found] == [("P Moss", "County Cllr")]


@pytest.mark.parametrize(("text", "name", "honorific", "role"), [
    ("Mayor Pro Tem Ann Able", "Ann Able", None, "Mayor Pro Tem"),
    ("Deputy Warden Luc Roy", "Luc Roy", None, "Deputy Warden"),
    ("Deputy Mayor Sue Hill", "Sue Hill", None, "Deputy Mayor"),
    ("Vice Chair Tim Ray", "Tim Ray", None, "Vice Chair"),
    ("Reeve Al Bird", "Al Bird", None, "Reeve"),
    ("Deputy Reeve Jo Hart", "Jo Hart", None, "Deputy Reeve"),
    ("Commissioner Pat Lane", "Pat Lane", None, "Commissioner"),
    ("Alder Kim Poe", "Kim Poe", "Alder", None),
    ("Alderman J Bloggs", "J Bloggs", "Alderman", None),
    ("Councilmember Dana Fox", "Dana Fox", "Councilmember", None),
    ("PCSO D Reed", "D Reed", "PCSO", None),
    ("City Attorney Jo Marsh", "Jo Marsh", None, "City Attorney"),
])
def test_north_american_and_local_titles_before_a_name(text: str, name: str, honorific: str | None,
                                                       role: str | None) -> None:
    person = text_to_person(text)
    assert person is not None and (person.name, person.honorific, person.role) == (name, honorific, role)


@pytest.mark.parametrize("text", [
    "Councilmembers Ann Able, Ben Baker and Cy Cole", "Councilors Ann Able, Ben Baker & Cy Cole"])
def test_plural_north_american_honorific_carries_to_the_names_after_it(text: str) -> None:
    people = text_to_people(text)
    assert [p.name for p in people] == ["Ann Able", "Ben Baker", "Cy Cole"]
    assert len({p.honorific for p in people}) == 1 and people[0].honorific.startswith("Council")


@pytest.mark.parametrize("text", ["Mrs K Pike (Clerk), PCSO D Reed, 4 members of the public",
                                  "Mrs K Pike (Clerk) and two members of the public"])
def test_a_public_count_is_nobody_and_nobody_s_role(text: str) -> None:
    people = text_to_people(text)
    assert [p.name for p in people][0] == "K Pike" and people[0].role == "Clerk"
    assert all(p.role is None or "public" not in p.role for p in people)


@pytest.mark.parametrize(("cell", "expected"), [
    ("Dr Owen Able (Vice-Chair) - Clinical Director, Northfield Practice", ["Owen Able"]),
    ("Cllr A Able, Cllr B Baker", ["A Able", "B Baker"]),
])
def test_a_table_cell_holds_one_dashed_entry_or_a_list(cell: str, expected: list[str]) -> None:
    assert [p.name for p in cell_to_people(cell)] == expected


def test_excused_remark_marks_the_person() -> None:
    person = text_to_person("Councilor Gus Gray (excused)")
    assert person is not None and person.excused and person.role is None


@pytest.mark.parametrize(("text", "name", "honorific", "role"), [
    ("Councillor Joanna Reeve (Chair)", "Joanna Reeve", "Councillor", "Chair"),
    ("Joanna Reeve (Chair)", "Joanna Reeve", None, "Chair"),
    ("Mrs Ann Warden", "Ann Warden", "Mrs", None),
    ("Cllr P Constable", "P Constable", "Cllr", None),
    ("Tom Bishop - Scrutiny Officer", "Tom Bishop", None, "Scrutiny Officer"),
    ("Reeve Ann Able", "Ann Able", None, "Reeve"),
    ("Jo Bell, Reeve", "Jo Bell", None, "Reeve"),
    ("Cllr A Smith, Mayor", "A Smith", "Cllr", "Mayor"),
])
def test_issue_heldout6_role_word_as_surname(text: str, name: str, honorific: str | None, role: str | None) -> None:
    """A role word that is also a surname is a role only before a name or after a comma."""
    person = text_to_person(text)
    assert person is not None
    assert (person.name, person.honorific, person.role) == (name, honorific, role)


@pytest.mark.parametrize("text,name", [
    ("Councillor Clare Kent (Vice-Chair)", "Clare Kent"),
    ("Mr David Yorkshire", "David Yorkshire"),
])
def test_a_place_name_from_the_dev_set_is_still_a_surname(text: str, name: str) -> None:
    """County names once listed as organisation words ("kent", "yorkshire") cut real surnames."""
    person = text_to_person(text)
    assert person is not None and person.name == name
