"""Vocabulary of inspection judgements: the grade words inspectors use and the areas they grade.

Standard library only. Keys are lower case with straight apostrophes (see `phrase_key`); values
are the canonical forms written to `Finding.grade` / `Finding.area`. The spaCy phrase patterns
in `patterns/findings.jsonl` (labels GRADE and AREA) list the same phrases; a test keeps them in step.
"""
from __future__ import annotations

import re

from extract.records import GRADES

OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT_TO_BE_GOOD, REQUIRES_IMPROVEMENT, INADEQUATE = GRADES

# Ofsted's four-point scale and the ways reports write it; "requires improvement to be good"
# (ILACS) is kept apart from plain "requires improvement" (SIF, schools) because both are used.
GRADE_BY_PHRASE: dict[str, str] = {
    "outstanding": OUTSTANDING,
    "good": GOOD,
    "requires improvement to be good": REQUIRES_IMPROVEMENT_TO_BE_GOOD,
    "require improvement to be good": REQUIRES_IMPROVEMENT_TO_BE_GOOD,
    "requiring improvement to be good": REQUIRES_IMPROVEMENT_TO_BE_GOOD,
    "requires improvement": REQUIRES_IMPROVEMENT,
    "requires improvements": REQUIRES_IMPROVEMENT,
    "require improvement": REQUIRES_IMPROVEMENT,
    "requiring improvement": REQUIRES_IMPROVEMENT,
    "inadequate": INADEQUATE,
}

OVERALL_EFFECTIVENESS = "Overall effectiveness"
SAFEGUARDING_BOARD = "Safeguarding Children Board"
LEADERS_IMPACT = "The impact of leaders on social work practice with children and families"
HELP_AND_PROTECTION = "The experiences and progress of children who need help and protection"
CHILDREN_IN_CARE = "The experiences and progress of children in care"
CARE_LEAVERS = "The experiences and progress of care leavers"
ADOPTION = "Adoption performance"
LEADERSHIP_AND_GOVERNANCE = "Leadership, management and governance"
QUALITY_OF_EDUCATION = "Quality of education"
BEHAVIOUR_AND_ATTITUDES = "Behaviour and attitudes"
PERSONAL_DEVELOPMENT = "Personal development"
LEADERSHIP_AND_MANAGEMENT = "Leadership and management"

# The areas of the Ofsted frameworks councils report on (ILACS, SIF with its LSCB review, the
# education framework), and the short names minutes use for them. Narrative sentences name an
# area by one of these; in judgement tables and lists the area is kept as printed unless it is
# exactly one of these phrases.
AREA_BY_ALIAS: dict[str, str] = {
    "overall effectiveness": OVERALL_EFFECTIVENESS,
    "overall judgement": OVERALL_EFFECTIVENESS,
    "overall judgment": OVERALL_EFFECTIVENESS,
    "overall rating": OVERALL_EFFECTIVENESS,
    "overall grade": OVERALL_EFFECTIVENESS,
    "ofsted judgement": OVERALL_EFFECTIVENESS,
    "ofsted judgment": OVERALL_EFFECTIVENESS,
    "ofsted rating": OVERALL_EFFECTIVENESS,
    "ofsted grade": OVERALL_EFFECTIVENESS,
    "overall ofsted judgement": OVERALL_EFFECTIVENESS,
    "overall ofsted rating": OVERALL_EFFECTIVENESS,
    "inspection judgement": OVERALL_EFFECTIVENESS,
    "inspection outcome": OVERALL_EFFECTIVENESS,
    "children's services": OVERALL_EFFECTIVENESS,
    "childrens services": OVERALL_EFFECTIVENESS,
    "children's social care": OVERALL_EFFECTIVENESS,
    "children's social care services": OVERALL_EFFECTIVENESS,
    "the authority": OVERALL_EFFECTIVENESS,
    "the local authority": OVERALL_EFFECTIVENESS,
    "the board": SAFEGUARDING_BOARD,
    "the lscb": SAFEGUARDING_BOARD,
    "lscb": SAFEGUARDING_BOARD,
    "safeguarding children board": SAFEGUARDING_BOARD,
    "local safeguarding children board": SAFEGUARDING_BOARD,
    "the impact of leaders on social work practice with children and families": LEADERS_IMPACT,
    "impact of leaders": LEADERS_IMPACT,
    "the experiences and progress of children who need help and protection": HELP_AND_PROTECTION,
    "children who need help and protection": HELP_AND_PROTECTION,
    "help and protection": HELP_AND_PROTECTION,
    "the experiences and progress of children in care": CHILDREN_IN_CARE,
    "children in care": CHILDREN_IN_CARE,
    "looked after children": CHILDREN_IN_CARE,
    "children looked after": CHILDREN_IN_CARE,
    "children looked after and achieving permanence": CHILDREN_IN_CARE,
    "the experiences and progress of care leavers": CARE_LEAVERS,
    "experiences and progress of care leavers": CARE_LEAVERS,
    "care leavers": CARE_LEAVERS,
    "adoption": ADOPTION,
    "adoption performance": ADOPTION,
    "leadership, management and governance": LEADERSHIP_AND_GOVERNANCE,
    "leadership management and governance": LEADERSHIP_AND_GOVERNANCE,
    "quality of education": QUALITY_OF_EDUCATION,
    "behaviour and attitudes": BEHAVIOUR_AND_ATTITUDES,
    "personal development": PERSONAL_DEVELOPMENT,
    "leadership and management": LEADERSHIP_AND_MANAGEMENT,
    "effectiveness of leadership and management": LEADERSHIP_AND_MANAGEMENT,
}

# A row or line labelled with one of these words ("Previous inspection grade", "Last Ofsted
# rating", "Grade at prior inspection") repeats an earlier inspection's outcome beside the
# current judgements; it is history, not a judgement of the report it sits in.
EARLIER_INSPECTION_WORDS = frozenset({"previous", "last", "prior", "preceding", "former"})

# Words that show a document (or a sentence) reports on an inspection, not just uses "good".
INSPECTION_WORDS = ("ofsted", "inspection", "inspections", "inspector", "inspectors", "inspected", "ilacs", "hmi")

# Local safeguarding boards are named by council initial + "SCB" (KSCB, LSCB, NSCB).
# A plural ("LSCBs") names boards in general, not the one inspected.
BOARD_INITIALS = re.compile(r"^[A-Z]{1,3}SCB$")


def phrase_key(text: str) -> str:
    """The lookup form of a phrase: lower case, straight apostrophes, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    return re.sub(r"\s+", " ", text).strip()


def canonical_grade(text: str) -> str | None:
    return GRADE_BY_PHRASE.get(phrase_key(text).strip(" '\"*.\u201c\u201d"))


def canonical_area(text: str) -> str | None:
    if BOARD_INITIALS.match(text.strip()):
        return SAFEGUARDING_BOARD
    return AREA_BY_ALIAS.get(phrase_key(text))


def names_earlier_inspection(label: str) -> bool:
    """Whether a row label speaks of an earlier inspection ("Previous inspection grade")."""
    return any(word in EARLIER_INSPECTION_WORDS for word in re.findall(r"[a-z]+", phrase_key(label)))
