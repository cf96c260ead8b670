"""The lines that open a document inside a pack, and the cues that say what kind it is.

Each signal is a regular expression over one `Line` (markup already stripped). A *start*
signal opens a new section; a *kind* cue, seen in the first lines of a section, says what
the section is. Used by `splitting`.
"""
from __future__ import annotations

import re

I = re.IGNORECASE

# A ModernGov / CMIS pack begins with this line; what follows it is the front sheet.
PACK_START = re.compile(r"^public document pack$", I)
# A paper's first page carries its agenda item stamp ("Agenda Item 6").
AGENDA_ITEM_STAMP = re.compile(r"^agenda item (?:no\.?\s*)?\d+[a-z]?$", I)
# A blank separator page ends the paper before it; it opens nothing.
BLANK_PAGE = re.compile(r"^this page (?:is )?(?:has been )?intentionally (?:left )?blank\.?$", I)

# Start signals: (kind, pattern). Order matters only for a line matching several.
START_SIGNALS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agenda", re.compile(r"^notice of (?:the )?meeting$|^(?:supplementary )?agenda$", I)),
    ("minutes", re.compile(
        r"^MINUTES\b|^(?:draft |action |approved |unconfirmed )?minutes$|"
        r"^minutes of (?:a|an|the) .{0,80}?meeting\b(?! held on \d)", I)),
    ("minutes", re.compile(r"^(?:(?:board|committee|members?|councillors?|panel|also|those)\s+){0,2}present\s*[:\t-]", I)),
    ("report", re.compile(
        r"^(?!.*\t.*\t)(?:name of (?:the )?meeting|report title|title of (?:the )?report|title of paper|report to|"
        r"meeting date)\s*[:\t]|^report (?:of|by) the\b.{0,80}$", I)),
    ("inspection", re.compile(
        r"^(?:inspection of .{3,80}(?:services|council|authority|school|college|provider)|"
        r"(?:joint targeted area |focused visit |monitoring visit )?inspection report)\b.{0,40}$", I)),
    # Printed as a heading: in capitals, or with the municipal year ("Agenda Plan 2024/25").
    ("work_programme", re.compile(
        r"^(?!\d)[^.a-z]{0,70}\b(?:WORK PROGRAMME|FORWARD PLAN|AGENDA PLAN)\b[^.a-z]{0,20}$|"
        r"^(?!\d)[^.]{0,70}\b(?i:work programme|forward plan|agenda plan)\s+(?:for\s+)?(?:19|20)\d\d(?:[/-]\d{2,4})?$")),
    ("interests_form", re.compile(r"^(?!\s*\d+\W)(?:.*\s)?DECLARATIONS? OF (?:PECUNIARY |MEMBERS'? )?INTERESTS?\b|"
                                  r"^declarations? of interests? form$")),
)

# Kind cues read in the opening lines of a section opened without a decisive signal
# (a pack's front sheet, a paper after its stamp, a whole file).
KIND_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("agenda", re.compile(r"\bwill meet (?:in|at)\b|^notice of (?:the )?meeting$|^agenda$|"
                          r"^agenda reports or explanatory notes|^items? of business$", I)),
    ("report", re.compile(r"^(?:name of (?:the )?meeting|report title|title of (?:the )?report|subject|"
                          r"decision no|report to|purpose of (?:the )?report|title of paper)\b", I)),
    ("minutes", START_SIGNALS[1][1]),
    ("minutes", START_SIGNALS[2][1]),
    ("inspection", START_SIGNALS[4][1]),
    ("work_programme", START_SIGNALS[5][1]),
    ("interests_form", START_SIGNALS[6][1]),
)
# Report header labels also give a report its title.
REPORT_TITLE = re.compile(
    r"^(?:report title|title of (?:the )?report|title of paper|subject)\s*[:\t]\s*(?P<title>\S.*)$", I)
