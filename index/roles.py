"""Who held which office at a meeting, and who came: the roles and attendance statuses a question
can ask for ("who chaired", "who was the clerk", "who sent apologies"), and the printed roles of
attendee records folded to the same canonical roles at index time.

A canonical role is one of the offices a meeting gives its members and officers, whatever a
council calls it ("Chairman", "Chairperson", "An Cathaoirleach" all chair). Job titles ("Director
of Public Health") are not offices: a question finds them as words of the record's text."""
from __future__ import annotations

import re

from index.bodies import BODY_NOUNS

# Offices as minutes print them (lower case, hyphens as spaces) -> the canonical role.
ROLE_WORDINGS: dict[str, str] = {
    **dict.fromkeys(("chair", "chairman", "chairwoman", "chairperson", "chair person", "cathaoirleach",
                     "an cathaoirleach", "convener", "convenor", "presiding officer", "presiding member",
                     "chair of the meeting", "in the chair"), "chair"),
    **dict.fromkeys(("vice chair", "vice chairman", "vice chairwoman", "vice chairperson", "deputy chair",
                     "deputy chairman", "deputy chairwoman", "deputy chairperson", "leas chathaoirleach",
                     "an leas chathaoirleach", "vice convener", "vice convenor"), "vice_chair"),
    **dict.fromkeys(("clerk", "parish clerk", "town clerk", "council clerk", "committee clerk",
                     "clerk and rfo", "clerk rfo", "clerk and responsible financial officer",
                     "proper officer"), "clerk"),
    **dict.fromkeys(("deputy clerk", "assistant clerk", "deputy town clerk", "deputy parish clerk"), "deputy_clerk"),
    **dict.fromkeys(("mayor", "lord mayor", "town mayor", "reeve"), "mayor"),
    **dict.fromkeys(("deputy mayor", "deputy lord mayor", "deputy reeve"), "deputy_mayor"),
    "leader": "leader",
    "deputy leader": "deputy_leader",
    "president": "president",
    "vice president": "vice_president",
    "secretary": "secretary",
    "treasurer": "treasurer",
    **dict.fromkeys(("minute taker", "minute secretary", "note taker", "recorder", "recording secretary"),
                    "minute_taker"),
}
ROLES = tuple(dict.fromkeys(ROLE_WORDINGS.values()))

# Offices that do another's work where a meeting names nobody to it: a township council's Mayor
# or a board's President chairs it, a deputy clerk or a secretary clerks it.
STAND_INS: dict[str, tuple[str, ...]] = {
    "chair": ("mayor", "president"),
    "vice_chair": ("deputy_mayor", "vice_president"),
    "clerk": ("deputy_clerk", "secretary"),
}

# Verbs and phrases a question uses for an office besides its names: "who chaired", "who took the minutes".
ROLE_VERBS: dict[str, str] = {
    "chaired": "chair", "chairing": "chair", "chairs": "chair", "presided": "chair", "presiding": "chair",
    "vice chaired": "vice_chair", "clerked": "clerk", "clerks": "clerk", "took the minutes": "minute_taker",
    "minuted by": "minute_taker",
}

# Words of a question asking who came (or did not) -> the attendance statuses it asks for.
STATUS_CUES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("attended", "attend", "attending", "attendance", "attendees", "present"),
                    ("present", "in_attendance")),
    **dict.fromkeys(("in attendance", "also present", "also attended", "officers present"), ("in_attendance",)),
    **dict.fromkeys(("apologies", "apology", "apologised", "apologized", "regrets", "unable to attend",
                     "could not attend", "couldn't attend", "sent apologies", "gave apologies"), ("apologies",)),
    **dict.fromkeys(("absent", "absence", "absentees", "missed", "not attend", "did not attend", "didn't attend",
                     "not present"), ("absent", "apologies")),
}
# A status word after these speaks of attending some day, not of who a meeting records as there:
# "who can attend the conference", "councillors to attend the training".
NOT_RECORDED_BEFORE = frozenset({"can", "could", "may", "might", "will", "shall", "should", "would", "to", "must"})

# Words before an office that leave it the same office: "Interim Deputy Clerk", "Acting Chair".
QUALIFIERS = ("interim ", "acting ", "temporary ")
PART_SPLIT = re.compile(r"\s*(?:[,/;()–—]|\s-\s|-(?=[A-Z])|\band\b|&)\s*")
OF_THE_BODY = re.compile(r"\s+(?:of|to)\s+the\s+(\w+)$")
FOLD = re.compile(r"[^a-z' ]+")


def fold_role(text: str) -> str:
    """Lower case, hyphens and dots as spaces, single spaces: "Vice-Chairman." -> "vice chairman"."""
    return " ".join(FOLD.sub(" ", text.lower().replace("’", "'")).split())


def wording_to_role(wording: str) -> str | None:
    folded = fold_role(wording)
    for qualifier in QUALIFIERS:
        folded = folded.removeprefix(qualifier)
    found = OF_THE_BODY.search(folded)
    if found and found.group(1) in BODY_NOUNS:
        folded = folded[:found.start()]  # "Chairman of the Council" holds the office of this meeting's body
    return ROLE_WORDINGS.get(folded)


def stand_ins(roles: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for r in roles for s in STAND_INS.get(r, ()) if s not in roles))


def printed_role_to_roles(role: str | None) -> list[str]:
    """The offices a printed role names: the whole role, else each of its parts ("Deputy
    Clerk-Administrative Assistant" -> deputy_clerk). A part that says more than an office names
    another body's office ("Co-Chair Kent Housing Options Subgroup"), which is none of this meeting's."""
    if not role:
        return []
    whole = wording_to_role(role)
    if whole:
        return [whole]
    return list(dict.fromkeys(r for r in map(wording_to_role, PART_SPLIT.split(role)) if r))


def role_cue_table() -> dict[tuple[str, ...], str]:
    """Question word sequences -> the role they ask for; "vice chair" also as "vice-chair"."""
    table: dict[tuple[str, ...], str] = {}
    for wording, role in {**ROLE_WORDINGS, **ROLE_VERBS}.items():
        table[tuple(wording.split())] = role
        table[("-".join(wording.split()),)] = role
    return table


def status_cue_table() -> dict[tuple[str, ...], tuple[str, ...]]:
    return {tuple(cue.split()): statuses for cue, statuses in STATUS_CUES.items()}
