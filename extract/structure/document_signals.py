"""The lines that open a document inside a pack, and the cues that say what kind it is.

Each signal is a regular expression over one `Line` (markup already stripped). A *start*
signal opens a new section; a *kind* cue, seen in the first lines of a section, says what
the section is. Used by `splitting`.
"""
from __future__ import annotations

import re

from extract.finders.date_patterns import DATE_PHRASE

IC = re.IGNORECASE
DATE = f"(?i:{DATE_PHRASE.pattern})"

# A ModernGov / CMIS pack begins with this line; what follows it is the front sheet.
PACK_START = re.compile(r"^public document pack$", IC)
# A paper's first page carries its agenda item stamp ("Agenda Item 6").
AGENDA_ITEM_STAMP = re.compile(r"^agenda item (?:no\.?\s*)?\d+[a-z]?$", IC)
# A blank separator page ends the paper before it; it opens nothing.
BLANK_PAGE = re.compile(r"^this page (?:is )?(?:has been )?intentionally (?:left )?blank\.?$", IC)

# An item's or minute's number before its heading: "3.", "34 :", "CSP/23/47", "Minute 23/046".
ITEM_LABEL = r"\s*(?:(?i:item|minute|min\.?)\s+)?(?:[A-Z]{1,8}[/.-])?\d+(?:[/.-]\d+)*[a-z]?\s*[.):]?\s"
# "*** AGENDA ***": a title between decorative asterisks (the first two of each run read as bold markup).
NOTICE = re.compile(
    r"^notice of (?:the )?meeting$|^(?:supplementary )?agenda$|^\*+\s*(?:supplementary )?agenda\s*\*+$|"
    r"^notice is hereby given\b|\bhereby summoned\b|"
    r"^summons to attend\b", IC)
# A hearing (licensing, appeals, standards) is minuted as a meeting is.
MINUTES_HEADING = re.compile(
    r"(?-i:^MINUTES?\b)|^(?:draft |action |approved |unconfirmed )?minutes$|"
    r"^minutes of (?:a|an|the) .{0,80}?(?:meeting|hearing)\b(?! held on \d)", IC)
# "Minutes of the Adoption Panel held on Wednesday ... via Microsoft Teams": a body need not be
# called a meeting. Only a cue: unnumbered, the line may be an agenda item for earlier minutes.
MINUTES_OF_BODY_HELD = re.compile(
    r"^minutes of (?:a|an|the) (?!(?:last|previous) )[^.\t]{3,80}?\sheld\s+(?:on|at|in|via)\s", IC)
# The attendance list that opens minutes: "Present:", "Board Members Present:", "Attendees:".
ATTENDANCE = re.compile(
    r"^(?:(?:board|committee|members?|councillors?|panel|also|those)\s+){0,2}present\s*[:\t-]|"
    r"^(?:attendees|attendance|members in attendance|sederunt)\s*[:\t]", IC)
# Attendance stated without a "Present:" label: "Present" alone over the names, "(all members
# present)", a bulleted "o Commissioners Present: ...", "Those Attending: ...". Only a cue: a
# line "Present" may also head a table's column.
ATTENDANCE_STATEMENT = re.compile(
    r"^present$|^\((?:all\s+)?(?:\w+\s+){0,2}present\)$|^(?:[o*\u2022\u25cf\uf0b7-]\s+)?(?:\w+\s+){1,2}present\s*:|"
    r"^those attending\s*:", IC)
# A line of a list: "1. Welcome", "2) Budget", "a. Minutes", "• AOB".
LISTED_ITEM = re.compile(r"^(?:\d+[.):]?|[a-z][.)]|[-*\u2022\u25cf\uf0b7])\s")
# A bare minutes heading ("Minutes", "Draft Minutes") is also the label of a link or of an
# agenda item; it opens minutes only over their date, meeting sentence or attendance.
BARE_MINUTES_HEADING = re.compile(r"^(?:draft |action |approved |unconfirmed )?minutes?$", IC)
# What only minutes say, their record of what was done: "RESOLVED", "It was agreed", "All
# Councillors agreed", "were signed as a correct record", "The meeting closed at 9.05 p.m.".
MINUTES_RECORD = re.compile(
    r"^resolved\b|\bit was (?:resolved|agreed|decided)\b|"
    r"\b(?:all|councillors|members|the (?:council|committee|board|panel|commission)) (?:unanimously )?"
    r"(?:resolved|agreed|decided)\b|"
    r"\b(?:was|were) (?:approved|signed|agreed|adopted|accepted|confirmed)(?: and signed)? as a "
    r"(?:true|correct|accurate) record\b|"
    r"\bmeeting (?:closed|ended) at\b|\bcalled to order at\b", IC)
REPORT_HEADER = re.compile(
    r"^(?!.*\t.*\t)(?:name of (?:the )?meeting|report title|title of (?:the )?report|title of paper|report to|"
    r"meeting date)\s*[:\t]", IC)
# Of those labels, the ones that only state the meeting: a web page prints the same block
# ("Meeting date: / Start time: / Location:") at the top of its minutes, so they open a report
# only when no minutes heading follows at once.
MEETING_DETAILS = re.compile(r"^(?:name of (?:the )?meeting|meeting date)\s*[:\t]", IC)
# An item's number alone on its line, the title in the next cell: "35.", "Minute 12", "CSP/23/45".
# A bare figure is left out: it may be a page number.
ITEM_NUMBER_ALONE = re.compile(
    r"^(?:(?:(?i:item|minute|min\.?)\s+)?(?:[A-Z]{1,8}[/.-])?\d+(?:[/.-]\d+)*[a-z]?\s*[.):]|"
    r"(?i:item|minute|min\.?)\s+\d+(?:[/.-]\d+)*[a-z]?|[A-Z]{1,8}[/.-]\d+(?:[/.-]\d+)*)$")
# A report whose header is one line naming where it goes and when: "REPORT TO THE HEALTH AND
# WELLBEING BOARD – 14 NOVEMBER 2023", "Report of the Director of Finance to the Cabinet on 12
# March 2024". Without the date it is the "Report of ..." line under an agenda item. The match
# ends where the date begins; `header` reads the body from it.
REPORT_ADDRESSED = re.compile(
    rf"^report\s+(?:of\s+[^.\t]{{3,80}}?\s+)?to\s+(?:the\s+)?(?P<body>[^.\t]{{3,80}}?)"
    rf"(?:\s*[-–—,:]\s*|\s+(?:on|of|for)\s+)(?:(?:the\s+)?meeting\s+(?:on|of)\s+)?(?={DATE}\.?$)", IC)
# An inspection's own heading: a judgement report ("Inspection of Brookfield Primary School"),
# a letter after a visit ("Focused visit to Kelbrook children's services", "Ofsted monitoring
# visit to ...") or an area SEND inspection. A sentence or a numbered agenda item is not one.
INSPECTION_HEADING = re.compile(
    rf"^(?!{ITEM_LABEL})(?![^\t]*\t)(?!.*\.\s*$)(?:"
    r"inspection of .{3,80}(?:services|council|authority|school|college|provider|partnership|academy)|"
    r"(?:joint targeted area |focused visit |monitoring visit )?inspection report|"
    r"(?:ofsted\s+)?(?:\w+\s+)?(?:focused|monitoring) visit (?:to|of) .{3,80}|"
    r"(?:(?:local )?area |joint area )?send (?:area )?inspection (?:of|in) .{3,80}"
    r")\b.{0,40}$", IC)
# Printed as a heading: in capitals, or with the municipal year ("Agenda Plan 2024/25").
WORK_PROGRAMME_HEADING = re.compile(
    rf"^(?!{ITEM_LABEL})[^.a-z]{{0,70}}\b(?:WORK PROGRAMME|FORWARD PLAN|AGENDA PLAN)\b[^.a-z]{{0,20}}$|"
    rf"^(?!{ITEM_LABEL})[^.]{{0,70}}\b(?i:work programme|forward plan|agenda plan)\s+(?:for\s+)?"
    r"(?:19|20)\d\d(?:[/-]\d{2,4})?$")
# The form's own heading in capitals; an agenda item "3. Declarations of Interest" is not one.
INTERESTS_FORM_HEADING = re.compile(
    rf"^(?!{ITEM_LABEL})(?:.*\s)?DECLARATIONS? OF (?:PECUNIARY |MEMBERS'? )?INTERESTS?\b|"
    r"^declarations? of interests? form$")

# Start signals: (kind, pattern). Order matters only for a line matching several.
START_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agenda", NOTICE),
    ("minutes", MINUTES_HEADING),
    ("minutes", ATTENDANCE),
    ("report", REPORT_HEADER),
    ("report", REPORT_ADDRESSED),
    ("inspection", INSPECTION_HEADING),
    ("work_programme", WORK_PROGRAMME_HEADING),
    ("interests_form", INTERESTS_FORM_HEADING),
)

# Kind cues read in the opening lines of a section opened without a decisive signal
# (a pack's front sheet, a paper after its stamp, a whole file).
KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agenda", re.compile(r"\bwill meet (?:in|at)\b|^agenda reports or explanatory notes|^items? of business$", IC)),
    ("report", re.compile(r"^(?:subject|decision no|purpose of (?:the )?report|report author|wards? affected)\b", IC)),
    ("minutes", re.compile(r"^(?!\d)[^.]{0,60}\bminutes\b[^.]{0,40}$", IC)),
    ("minutes", MINUTES_OF_BODY_HELD),
    ("minutes", ATTENDANCE_STATEMENT),
    ("inspection", re.compile(r"^this letter (?:summarises|sets out) the (?:findings|outcome)s? of\b", IC)),
    *START_SIGNALS,
)
# Report header labels also give a report its title; the next cell of a table row is another field.
REPORT_TITLE = re.compile(
    r"^(?:(?:report title|title of (?:the )?report|title of paper|subject)\s*[:\t]|title\s*:)\s*"
    r"(?P<title>[^\t]*\S)", IC)

# The lines that end a paper: a sign-off or contact line "Jane Smith, Head of Democratic
# Services" / "Cllr A Brown - Chair", an e-mail or telephone line, "Signed", a date or page
# number without words. The next paper may start below them on the same page; they are never
# its title.
NAME = r"(?-i:[A-Z][a-z'’-]+|[A-Z]\.?)"
ROLE = (r"director|manager|officer|head|chief|executive|clerk|secretary|leader|lead|chair(?:man|person)?|"
        r"inspector|hmi|advis[eo]r|co-?ordinator|principal|assistant|councillor|solicitor|consultant|commissioner")
ENDS_A_PAPER = re.compile(
    rf"^(?:(?:cllr|councillor|dr|mr|mrs|ms|miss)\.?\s+)?{NAME}(?:\s+{NAME}){{1,3}}\s*[,–—-]\s*(?:.*\s)?(?:{ROLE})\b|"
    r"@|^(?:tel|telephone|phone|e-?mail|contact(?: officer)?|signed)\b|^[^a-z]*$", IC)
# A letter's address block ends at its salutation; the letter's heading follows it.
SALUTATION = re.compile(r"^dear\b", IC)
# "REPORT OF THE DIRECTOR OF PUBLIC HEALTH", "Report to Cabinet": who a report is from or to,
# printed above its title.
REPORT_BYLINE = re.compile(r"^report (?:to|of|from|by)\s+[^:\t]{3,100}$", IC)
# A council's name printed alone above a paper is its letterhead, and the labelled lines of a
# report's header ("Report to:", "Date of meeting:") say where it goes; the title follows them.
LETTERHEAD = re.compile(r"^(?:the )?[^.:,;\d]{0,60}\b(?:council|authority)$", IC)
HEADER_LABEL = re.compile(
    r"^(?:report (?:to|of|from|by|author)|date(?: of (?:the )?meeting)?|meeting(?: date)?|(?:lead |contact )?officer|"
    r"author|from|to|wards? affected|cabinet member|portfolio holder|key decision|classification|status)\s*[:\t]", IC)
