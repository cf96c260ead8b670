"""Vocabularies for people in minutes: honorifics, post-nominals, role titles and the words that
mark a phrase as an organisation or a job rather than a person's name.

Plain data (lower-case, without full stops) so `attendance` can test tokens cheaply.
"""
from __future__ import annotations

# Honorific -> the form we print. Includes the abbreviations councils use.
HONORIFICS = {
    "councillor": "Councillor", "cllr": "Cllr", "cr": "Cr", "clr": "Cllr",
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx",
    "dr": "Dr", "prof": "Prof", "professor": "Professor", "rev": "Rev", "revd": "Revd",
    "reverend": "Reverend", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
    "alderman": "Alderman", "ald": "Ald", "cc": "CC", "county councillor": "County Councillor",
}
# A list such as "Councillors A, B and C" gives each following name the singular honorific.
PLURAL_HONORIFICS = {"councillors": "Councillor", "cllrs": "Cllr", "crs": "Cr", "aldermen": "Alderman"}
# Honorifics that are never a surname, so they may split "Councillor A Councillor B" run together.
SPLITTING_HONORIFICS = frozenset({
    "councillor", "cllr", "cr", "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "councillors", "cllrs"})

# Letters after a name: "Mr R C Love, OBE".
POST_NOMINALS = frozenset({
    "obe", "mbe", "cbe", "kbe", "dbe", "bem", "qpm", "jp", "dl", "mp", "mep", "msp",
    "qc", "kc", "phd", "frcs", "frcp", "mrcgp", "fcca", "aca", "fca", "cpfa", "ma", "msc", "bsc", "ba",
    "llb", "rgn", "rmn", "frsa", "mrtpi", "ceng",
})

# Titles that precede a name as a role rather than an honorific: "Mayor Dave Yemm".
ROLE_TITLES = {
    "mayor": "Mayor", "deputy mayor": "Deputy Mayor", "lord mayor": "Lord Mayor", "reeve": "Reeve",
    "deputy reeve": "Deputy Reeve", "warden": "Warden", "president": "President",
}

# "Chairman: Councillor J Smith" inside an attendance block: the label is the person's role.
ROLE_LABELS = frozenset({
    "chair", "chairman", "chairperson", "chairwoman", "vice-chair", "vice chair", "vice-chairman", "vice chairman",
    "deputy chair", "co-chair", "mayor", "deputy mayor", "leader", "deputy leader", "president", "reeve",
})
# "Members: A, B" inside an attendance block: the label only groups the people.
GROUP_LABELS = frozenset({
    "members", "member", "councillors", "committee members", "board members", "panel members", "voting members",
    "co-opted members", "governors", "trustees", "directors", "representatives",
})

# Words of job titles and committee roles: "(Vice-Chair)", "Service Director - Resources".
ROLE_WORDS = frozenset({
    "chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman", "vice-chairperson",
    "co-chair", "deputy", "vice", "co-optee", "co-opted", "optee", "member", "members", "cabinet", "portfolio",
    "holder", "leader", "mayor", "reeve", "clerk", "officer", "director", "manager", "head", "lead",
    "executive", "chief", "administrator", "assistant", "treasurer", "secretary", "recorder", "advisor",
    "adviser", "consultant", "coordinator", "co-ordinator", "commissioner", "governor", "principal",
    "inspector", "superintendent", "analyst", "solicitor", "counsel", "accountant", "engineer", "planner",
    "worker", "representative", "observer", "trustee", "president", "specialist", "partner", "apso",
    "minute-taker", "taker", "support", "practitioner", "nurse", "headteacher", "teacher", "chairmen",
    "controller", "auditor", "surveyor", "mleo", "cemc", "steward", "ombudsman", "monitoring", "interim",
    "acting", "senior", "strategic", "corporate", "democratic", "democracy", "scrutiny", "committee",
})

# Roles that make someone listed under "Present" an officer in attendance, not a member.
OFFICER_ROLE_WORDS = frozenset({"clerk", "officer", "recorder", "minute-taker", "taker", "secretary", "administrator"})

# Words that occur in organisations, services and places but not in people's names.
NOT_NAME_WORDS = frozenset({
    "council", "councils", "service", "services", "health", "public", "children", "children's", "childrens",
    "trust", "board", "nhs", "team", "care", "education", "policy", "planning", "finance", "strategy",
    "resources", "development", "partnership", "partnerships", "group", "department", "office", "unit",
    "authority", "police", "fire", "rescue", "school", "schools", "university", "college", "community",
    "social", "adult", "adults", "family", "families", "housing", "commissioning", "governance", "legal",
    "technology", "operations", "improvement", "improvements", "safeguarding", "quality", "assurance",
    "standards", "youth", "justice", "transport", "environment", "growth", "economy", "county", "district",
    "borough", "parish", "town", "township", "city", "regional", "national", "centre", "center", "agency",
    "foundation", "clinical", "association", "society", "limited", "ltd", "plc", "inc", "the", "of", "for",
    "and", "all", "none", "nil", "no", "n/a", "there", "members", "item", "items", "minutes",
    "agenda", "meeting", "apologies", "present", "attendance", "virtually", "remotely", "online",
    "unrestricted", "restricted", "exempt", "report", "attached", "appendix", "page", "learning",
    "early", "years", "sufficiency", "protection", "welfare", "wellbeing", "business", "customer",
    "customers", "people", "workforce", "performance", "information", "data", "digital", "communications",
    "communication", "engagement", "participation", "directorate", "division", "sector", "leaders",
    "primary", "secondary", "heads", "high", "probation", "rehabilitation", "specialist", "job", "plus",
    "west", "east", "north", "south", "yorkshire", "kent", "partners", "others", "observers", "officers",
    "staff", "guests", "visitors", "press", "residents", "parishioners", "councillors", "representatives",
    "also", "in", "via", "by", "on", "at", "to", "with", "from", "were", "was", "received",
})
