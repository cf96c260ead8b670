"""Vocabularies for people in minutes: honorifics, post-nominals, role titles and the words that
mark a phrase as an organisation or a job rather than a person's name.

Plain data (lower-case, without full stops) so `attendance` can test tokens cheaply.
"""
from __future__ import annotations

# Tiers of local government whose councillors attend another tier's meetings.
COUNCIL_TIERS = ("County", "District", "Borough", "Town", "Parish", "City")
# Honorific -> the form we print. Includes the abbreviations councils use.
HONORIFICS = {
    "councillor": "Councillor", "cllr": "Cllr", "cr": "Cr", "clr": "Cllr",
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx",
    "dr": "Dr", "prof": "Prof", "professor": "Professor", "rev": "Rev", "revd": "Revd",
    "reverend": "Reverend", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
    "alderman": "Alderman", "ald": "Ald", "cc": "CC", "bc": "BC",
    # North American styles of a council member: "Councilmember Ann Able", "Alder Kim Poe".
    "councilmember": "Councilmember", "council member": "Council Member", "councilman": "Councilman",
    "councilwoman": "Councilwoman", "councilor": "Councilor", "alder": "Alder", "alderperson": "Alderperson",
    "alderwoman": "Alderwoman",
    # Welsh councils' bilingual minutes: "Cyng. Eleri Rowlands" (Cynghorydd, Councillor).
    "cyng": "Cyng", "cynghorydd": "Cynghorydd",
    # A councillor of another tier attending: "County Cllr P Moss", "District Councillor Dunn".
    **{f"{tier} {title}".lower(): f"{tier} {title}" for tier in COUNCIL_TIERS for title in ("Councillor", "Cllr")},
    # Police, military and church ranks stand where an honorific does: "Det Supt Claire Rowe".
    "supt": "Supt", "det supt": "Det Supt", "ch supt": "Ch Supt", "det ch supt": "Det Ch Supt",
    "superintendent": "Superintendent", "chief superintendent": "Chief Superintendent",
    "detective superintendent": "Detective Superintendent", "insp": "Insp", "ch insp": "Ch Insp",
    "det insp": "Det Insp", "det ch insp": "Det Ch Insp", "inspector": "Inspector",
    "chief inspector": "Chief Inspector", "detective inspector": "Detective Inspector",
    "detective chief inspector": "Detective Chief Inspector", "dci": "DCI", "dsupt": "DSupt",
    "pcso": "PCSO", "pc": "PC", "sgt": "Sgt", "det sgt": "Det Sgt", "sergeant": "Sergeant", "det con": "Det Con",
    "capt": "Capt", "captain": "Captain", "maj": "Maj", "lt col": "Lt Col",
    "col": "Col", "colonel": "Colonel", "brig": "Brig", "brigadier": "Brigadier", "cdr": "Cdr",
    "commander": "Commander", "lt": "Lt", "lieutenant": "Lieutenant",
    "rt rev": "Rt Rev", "rt revd": "Rt Revd", "very rev": "Very Rev", "canon": "Canon", "fr": "Fr", "father": "Father",
    "pastor": "Pastor", "rabbi": "Rabbi", "imam": "Imam",
}
# Honorifics that abbreviate a tier's councillor: "CC T White", "BC C Sampson".
TIER_ABBREVIATIONS = {"cc": "County", "bc": "Borough"}
# A list such as "Councillors A, B and C" gives each following name the singular honorific.
PLURAL_HONORIFICS = {
    "councillors": "Councillor", "cllrs": "Cllr", "crs": "Cr", "aldermen": "Alderman",
    **{f"{tier} {title}s".lower(): f"{tier} {title}" for tier in COUNCIL_TIERS for title in ("Councillor", "Cllr")},
    "councilmembers": "Councilmember", "council members": "Council Member", "councilors": "Councilor",
    "alders": "Alder", "alderpersons": "Alderperson",
}
# Longest title a name may start with, in words: "Detective Chief Inspector Jane Smith".
MAX_TITLE_WORDS = 3
# Honorifics that are never a surname, so they may split "Councillor A Councillor B" run together.
SPLITTING_HONORIFICS = frozenset({
    "councillor", "cllr", "cr", "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "councillors", "cllrs",
    "councilmember", "councilmembers", "councilor", "councilors", "cyng"})

# Role titles that start a new person in a list run together: "..., N Cresswell and P Moran Clerk Mrs J Todd".
SPLITTING_ROLE_TITLES = frozenset({"clerk"})

# Letters after a name: "Mr R C Love, OBE".
POST_NOMINALS = frozenset({
    "obe", "mbe", "cbe", "kbe", "dbe", "bem", "qpm", "jp", "dl", "mp", "mep", "msp",
    "qc", "kc", "phd", "frcs", "frcp", "mrcgp", "fcca", "aca", "fca", "cpfa", "ma", "msc", "bsc", "ba",
    "llb", "rgn", "rmn", "frsa", "mrtpi", "ceng",
    # Members of parliaments sitting on local committees: "M. Quinlivan, T.D.", "Ms A Able MLA".
    "td", "mla", "mhk",
})

# Titles that precede a name as a role rather than an honorific: "Mayor Dave Yemm", "Deputy Warden Ann Able".
ROLE_TITLES = {
    "mayor": "Mayor", "deputy mayor": "Deputy Mayor", "lord mayor": "Lord Mayor", "reeve": "Reeve",
    "mayor pro tem": "Mayor Pro Tem", "mayor pro tempore": "Mayor Pro Tempore", "deputy reeve": "Deputy Reeve",
    "warden": "Warden", "deputy warden": "Deputy Warden", "president": "President", "vice president": "Vice President",
    "chair": "Chair", "vice chair": "Vice Chair", "vice-chair": "Vice-Chair", "deputy chair": "Deputy Chair",
    "chairman": "Chairman", "vice chairman": "Vice Chairman", "vice-chairman": "Vice-Chairman",
    "commissioner": "Commissioner", "county commissioner": "County Commissioner",
    "chief constable": "Chief Constable", "deputy chief constable": "Deputy Chief Constable",
    "assistant chief constable": "Assistant Chief Constable",
    # The clerk minuted among those present by title: "Clerk J Brampton", "Clerk Mrs J Todd".
    "clerk": "Clerk", "parish clerk": "Parish Clerk", "town clerk": "Town Clerk", "deputy clerk": "Deputy Clerk",
    # The chair of an Irish council or committee, in Irish: "Councillor R. Ryan, An Cathaoirleach".
    "cathaoirleach": "Cathaoirleach", "an cathaoirleach": "Cathaoirleach",
    "leas-chathaoirleach": "Leas-Chathaoirleach", "an leas-chathaoirleach": "Leas-Chathaoirleach",
}

# "Chairman: Councillor J Smith" inside an attendance block: the label is the person's role.
ROLE_LABELS = frozenset({
    "chair", "chairman", "chairperson", "chairwoman", "vice-chair", "vice chair", "vice-chairman", "vice chairman",
    "deputy chair", "co-chair", "mayor", "deputy mayor", "leader", "deputy leader", "president", "reeve",
    "cathaoirleach", "leas-chathaoirleach",
})
# Headings that give the person they name a role: "In the Chair: Alderman X".
ROLE_HEADINGS = {"in the chair": "Chair"}
# Words of a heading that lists members, whose job titles ("Chief Finance Officer" on a board) do
# not make them officers in attendance: "Members (voting)", "Participants (non-voting)".
MEMBER_HEADING_WORDS = frozenset({"voting", "non-voting", "participants"})
# "Members: A, B" inside an attendance block: the label only groups the people.
GROUP_LABELS = frozenset({
    "members", "member", "councillors", "committee members", "board members", "panel members", "voting members",
    "co-opted members", "governors", "trustees", "directors", "representatives",
    # Irish strategic policy committees seat members for sectors beside the councillors.
    "sectoral interests",
})
# The last word of a label that groups members by how they are appointed: "Oireachtas members :",
# "PPN sectoral nominees :", "Parent governors:".
MEMBER_CATEGORY_NOUNS = frozenset({"members", "nominees", "representatives", "governors", "trustees", "councillors",
                                   "co-optees", "delegates"})

# Words after "Roll call" that make it a recorded vote: its lists of names say how members voted, not who
# attended ("Roll call vote: Ayes - A, B. Nays - C", "Roll call: Ayes: A, B").
RECORDED_VOTE_WORDS = frozenset({"vote", "votes", "voting", "ayes", "aye", "nays", "nay", "noes", "yeas",
                                 "abstentions"})

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
    "attorney", "warden", "constable", "registrar", "assessor", "lawyer", "barrister", "cathaoirleach",
    "leas-chathaoirleach",
    # A North American board's roll call: "President A Lind, and Directors B Ruiz, C Kess and D Oka".
    "directors", "trustees",
})

# Role words that are also surnames: as the last capitalised word after a name ("Councillor Joanna Reeve
# (Chair)", "Mark Warden") they end the name, not start a role; after a comma ("Jo Bell, Reeve") they are a role.
SURNAME_ROLE_WORDS = frozenset({"reeve", "warden", "constable", "mayor", "steward", "marshall", "dean", "bishop",
                                "sheriff"})

# Roles that make someone listed under "Present" an officer in attendance, not a member.
OFFICER_ROLE_WORDS = frozenset({"clerk", "officer", "recorder", "minute-taker", "taker", "secretary", "administrator"})

# A count of people is no name: "Members of the Public: Six (6)", "Twelve members of the public".
NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "several", "approximately",
})

# Words that occur in organisations, services and places but not in people's names.
NOT_NAME_WORDS = NUMBER_WORDS | frozenset({
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
    "west", "east", "north", "south", "partners", "others", "observers", "officers",
    "staff", "guests", "visitors", "press", "residents", "parishioners", "councillors", "representatives",
    "also", "in", "via", "by", "on", "at", "to", "with", "from", "were", "was", "received",
    "interests", "sectoral", "nominees",
})

# Lower-case words inside names, roles and organisations: "Head of Service", "Ludwig van Beethoven".
CONNECTIVES = frozenset({"of", "and", "for", "the", "to", "in", "on", "at", "with", "&", "-", "/"})

NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "bin", "al", "ter"})

SUBSTITUTE_CUES = ("in place of", "substituting for", "substitute for", "substitute", "sub for", "deputising for",
                   "replacing", "on behalf of", "representing")

# Column headers of attendance tables, by the attendee field the column fills.
COLUMN_HEADERS = {
    "name": {"name", "names", "member", "members", "attendee", "attendees", "councillor", "person", "board member",
             "governor", "trustee"},
    "role": {"role", "title", "position", "job title", "designation"},
    "organisation": {"organisation", "organization", "representing", "agency", "body", "service", "ward"},
    "status": {"attendance", "status", "attended", "present", "present/apologies", "apologies"},
}

# Headers that keep their meaning after a qualifying word: "Panel role", "Member name", "Committee member".
QUALIFIED_COLUMN_HEADERS = frozenset({"name", "role", "member"})

# Name-column headers of a members' grid: there the grid's status column, not a job title, says
# whether a member (an executive director on a trust board, whose title says "Officer") was present.
MEMBER_COLUMN_HEADERS = frozenset({"member", "members", "councillor", "board member", "governor", "trustee"})

# Headers of side-by-side status columns, each ticked for the people it applies to.
TICKED_STATUS_HEADERS = frozenset({"present", "attended", "apologies", "apology", "absent", "in attendance"})

# Cell values of a status column.
STATUS_VALUES = {
    "present": "present", "yes": "present", "y": "present", "\u2713": "present", "\u2714": "present",
    "x": "present", "attended": "present", "p": "present",
    "apologies": "apologies", "apology": "apologies", "apols": "apologies", "a": "apologies",
    "sent apologies": "apologies", "regrets": "apologies",
    "excused": "apologies", "absent": "absent", "no": "absent", "n": "absent",
    "in attendance": "in_attendance", "observer": "in_attendance", "officer": "in_attendance",
}

# A remark after someone listed as absent that makes the absence excused, which minutes count as apologies:
# "Absent: Councilmember Ann Able (excused)".
EXCUSED_REMARKS = frozenset({"excused", "excused absence", "with apologies", "apologies", "apologies sent",
                             "sent apologies", "with notice", "with regrets", "regrets"})

# Longer cell values of a status column, by how they begin: "Present as substitute", "Apologies, sent substitute".
STATUS_PREFIXES = (("present", "present"), ("attended", "present"), ("apolog", "apologies"), ("excused", "apologies"),
                   ("absent", "absent"), ("in attendance", "in_attendance"), ("attending", "in_attendance"))

# Words of a line that counts the public in attendance, which names nobody but does not end the list.
PUBLIC_WORDS = frozenset({"public", "press", "parishioners", "residents"})
