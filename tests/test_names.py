"""Reading people from attendance-list text: honorifics, initials, post-nominals, roles, substitutes."""
from __future__ import annotations

import pytest

from extract.names import text_to_people, text_to_person


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
