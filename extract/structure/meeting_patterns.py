"""How a document's heading names its meeting: labelled header blocks, the sentences of
notices and minutes, and the body + date heading. Used by `header`."""
from __future__ import annotations

import re

from extract.finders.date_patterns import DATE_PHRASE, MONTH, TIME_PHRASE

# Embedded in the patterns below: case-blind, and without the named groups `parse_time` reads.
DATE = f"(?i:{DATE_PHRASE.pattern})"
TIME = "(?i:" + re.sub(r"\?P<\w+>", "?:", TIME_PHRASE.pattern) + ")"

# Report header blocks: "Name of meeting: Cabinet", "Meeting:<TAB>Children's Scrutiny Panel",
# "To: Cabinet - 30 January 2025", "REPORT TO: CABINET", "Date: 28th November 2016".
LABEL = (r"name of (?:the )?meeting|meeting(?: name)?|committee|report to|decision maker|to|"
         r"meeting date|date of (?:the )?meeting|date|(?:start(?:ing)? )?time|venue|location|place")
LABELLED_FIELD = re.compile(rf"^\s*(?P<label>{LABEL})\s*(?::|\t)\s*(?P<value>\S.*)$", re.IGNORECASE)
# A label alone in its table cell; its value is the next cell.
LABEL_CELL = re.compile(rf"^\s*(?P<label>{LABEL})\s*:?\s*$", re.IGNORECASE)
BODY_LABELS = {"name of meeting", "name of the meeting", "meeting", "meeting name", "committee", "report to",
               "decision maker", "to"}
MEETING_DATE_LABELS = {"meeting date", "date of meeting", "date of the meeting"}
TIME_LABELS = {"time", "start time", "starting time"}
# "To:" also heads letters and e-mails; in a report header it names the meeting with its date.
BODY_LABELS_NEEDING_DATE = {"to"}

# The sentence that states the meeting, in minutes or in a notice/summons:
# "MINUTES of a meeting of the Cabinet held in the Council Chamber, ... on Thursday, 30 January 2025."
# "A regular meeting of the Township of Nipissing Council was held on ..., starting at 6:30 p.m."
# "The Children's Scrutiny Panel will meet in the Council Chamber - Town Hall, Huddersfield at
#  10.00 am on Monday 18 December 2017."  "... a meeting of the X to be held at Y on Z at 7pm"
MEETING_VERB = re.compile(
    r"\b(?:(?:was|will be|to be|is to be)\s+)?(?:held|convened)\b|\bwill\s+meet\b|"
    r"\btook place\b|\bmet\s+(?:on|at|in|via)\b", re.IGNORECASE)
FUTURE_MEETING_VERB = re.compile(r"\b(?:will be|to be|is to be)\s+held\b|\bwill\s+meet\b|\bsummoned\b", re.IGNORECASE)
# Not after an initial or an abbreviation of an address ("J. Smith", "Co. Limerick", "St. Mary's"),
# but after "p.m.".
SENTENCE_END = re.compile(
    r"(?<=[.!?])(?:(?<=\b[aApP]\.[mM]\.)|(?<!\b[A-Za-z]\.)(?<!\b(?i:co|st|rd|no|dr|mr|ms)\.)(?<!\b(?i:mrs|ave)\.))"
    r"\s+(?=[A-Z(])")
# A sentence about another meeting than the document's: the previous one, whose minutes are
# approved, or the next one.
OTHER_MEETING = re.compile(
    r"\b(?:previous|last|next|future|following|forthcoming)\s+(?:\w+\s+){0,2}meeting\b|"
    r"\b(?:were|was|be)\s+(?:\w+\s+)?(?:approved|agreed|signed|confirmed|adopted|accepted)\b", re.IGNORECASE)
# A body's name holds neither "minutes" nor "meeting": in a heading block read as one run
# ("... Minutes of the October meeting of X Parish Council Minutes of X Parish Council Meeting
# held ...") the name is the last one before "held".
NAME_CHAR = r"(?!\b(?i:minutes|meeting)\b)"
# Body names: "meeting of the Cabinet held", "MEETING OF THE LICENSING COMMITTEE HELD",
# "Minutes of the Regular Council Meeting held", "Minutes of the Adoption Panel held",
# "The Children's Scrutiny Panel will meet".
MEETING_OF = re.compile(
    rf"\b(?i:(?:meeting|hearing)\s+of\s+(?:the\s+)?)(?P<body>[A-Z](?:{NAME_CHAR}[\w'’&,\- ]){{1,90}}?)\s+"
    r"(?i:(?:which\s+)?(?:was\s+|will\s+be\s+|to\s+be\s+|is\s+to\s+be\s+)?(?:held|convened)\b)"
)
MINUTES_OF_NAMED_MEETING = re.compile(
    r"\bminutes\s+of\s+(?:(?:the|a|an)\s+)?(?:(?:regular|special|ordinary|extraordinary|annual|monthly|"
    rf"scheduled|adjourned)\s+)?(?!(?:meeting|last|previous|the|a|an)\b)(?P<body>[A-Z](?:{NAME_CHAR}[\w'’& ]){{1,60}}?)"
    r"(?:\s+meeting)?\s+held\b",
    re.IGNORECASE,
)
WILL_MEET = re.compile(r"(?:^|\n)(?:the\s+)?(?P<body>[A-Z][^.:\n]{2,90}?)\s+will\s+meet\b", re.IGNORECASE)
# "in the Council Chamber, Sessions House, County Hall, Maidstone" or "via Microsoft Teams", up
# to the date, the time or the end of the clause ("Co. Limerick" does not end it).
VENUE_PHRASE = re.compile(
    rf"\b(?i:in|at|via)\s+(?i:the\s+)?(?P<venue>[A-Z].*?)"
    rf"(?=\s+(?i:on)\s+(?:{DATE})|\s+(?i:on)\s+\w+day\b|\s+(?i:at)\s+\d|\s+(?i:from)\s+\d|"
    rf",?\s+(?i:commencing|starting|beginning|to consider|to transact)\b|,\s+and\b|\s+and\s+(?i:live|web)|"
    rf"\s+\(|,?\s+(?:{DATE})|(?<!\b(?i:co|st))[.;](?:\s|$)|$)"
)
# Where the heading of minutes ends: the attendance list or the first numbered item (North
# American minutes: the call to order or the roll call).
BODY_OF_MINUTES = re.compile(
    r"^(?:\d+[.):]?\s|\(?(?:\w+\s+){0,2}present\b|(?:also\s+)?in attendance\b|attendance\b|attendees\b|apologies\b|"
    r"sederunt\b|call(?:ed)? to order\b|roll call\b)", re.IGNORECASE)
# A paper's heading that names the date after a preposition: "Minutes of the Parish Council
# meeting of", "Minutes from", "Notes of the meeting on", "Agenda for", or a title ending in
# "Meeting": "Parish Council Meeting of". The date may come before the meeting it names:
# "Minutes of the January 29, 2018 Meeting".
PAPER_OF_DATE = re.compile(
    r"^(?P<heading>(?:(?:draft|approved|unconfirmed|confirmed)\s+)?(?:minutes|agenda|(?:action\s+|meeting\s+)?notes)\b"
    r"[^.\t]{0,80}?|(?-i:(?:(?:[A-Z][\w'’&-]*|of|and|the|&)\s+)*)meeting)\s+(?:of|from|for|on|dated)(?:\s+the)?\s*$",
    re.IGNORECASE)
# A full stop after a word ends a sentence; after an initial or in "A.G.M." it does not.
SENTENCE_STOP = re.compile(r"[a-z]{2}\.(?:\s|$)")
# A document's title is one of its first lines.
TITLE_LINES = 3
# A title's words start with a capital or a figure ("TMG", "Planning Committee", "SSA #21").
TITLE_WORDS = re.compile(r"^\s*(?:(?:[A-Z0-9#&(][^\s]*|and|of|the|for|on|in|&)\s+)+$")
# The rest of a date line that names the paper, not a place: "March 5, 2024 City Council Minutes".
NOT_A_PLACE = re.compile(r"\b(?:minutes|agenda)\b|\bmeeting\b(?!\s+(?:room|hall|house|place))", re.IGNORECASE)
# A list item's bullet: what follows is not a heading ("\uf0b7 Perfunctory Business").
BULLET = re.compile(r"^(?:[\u2022\u25cf\u25aa\u25a0\uf0a7\uf0b7*>-]|o)\s")
# A heading line that carries on the name above it: "AND IMPROVEMENT AUTHORITY", "& Wellbeing Board".
NAME_GOES_ON = re.compile(r"^(?:and|&)\s", re.IGNORECASE)
# Lines above a date that are not the body's name.
NOT_A_BODY = re.compile(
    r"^(?:public document pack|notice of (?:the )?meeting|(?:draft |action |approved )?minutes|agenda|"
    r"dear (?:member|councillor|sir|madam).*|supplementary .*|page \d+.*|.*:)$",
    re.IGNORECASE,
)
# "Ordinary Meeting", "Regular Council Meeting": a kind of meeting, not the body holding it.
MEETING_TYPE_WORD = (r"(?:ordinary|regular|special|extraordinary|annual|monthly|full|public|informal|"
                     r"adjourned|scheduled|general)")
KIND_OF_MEETING = rf"(?:(?:the\s+)?{MEETING_TYPE_WORD}\s+)+(?:\w+\s+)?meeting(?:\s+of\s+the\s+council)?"
MEETING_TYPE = re.compile(rf"^{KIND_OF_MEETING}$|^minutes$|^agenda$|^full council$", re.IGNORECASE)
# The kind of meeting or paper after a body's name: "Milburn Parish Council A.G.M.", "Parish
# Council Annual General Meeting", "Licensing Committee Minutes".
TRAILING_KIND_OF_PAPER = re.compile(
    rf"(?:\s+(?:(?:{MEETING_TYPE_WORD}\s+)*(?:meeting|minutes|agenda)|a\.?g\.?m\.?))+$", re.IGNORECASE)
# A name broken at its hyphen where the heading wrapped: "ADARE-" / "RATHKEALE".
BROKEN_HYPHEN = re.compile(r"(?<=[A-Za-z])- (?=[A-Za-z])")
# What is left of "Minutes of the monthly meeting of the Council" once "Minutes of the" is gone.
ONLY_KIND_OF_MEETING = re.compile(rf"^{KIND_OF_MEETING}$", re.IGNORECASE)
# What is left of "Minutes of the Ordinary Meeting" once its document-type words are gone.
ONLY_MEETING_TYPE_WORDS = re.compile(rf"^(?:(?:{MEETING_TYPE_WORD}|meeting)\b\s*)+$", re.IGNORECASE)
# Words that address a document or say what it is before the body's name: "To: All Members of
# the Overview and Scrutiny Committee", "Minutes of the Full Council", "Agenda for the Cabinet",
# "Notice of the Licensing Committee", "Report to the Health and Wellbeing Board".
ADDRESSING = re.compile(
    r"^(?:(?:to\s*:|(?:all\s+)?(?:members|councillors)\s+of|(?:(?:draft|approved|unconfirmed|signed)\s+)?minutes?\s+of|"
    r"(?:action\s+|meeting\s+)?notes\s+of|"
    r"agenda\s+(?:for|of)|notice\s+of|report\s+to|"
    rf"(?:an?\s+|the\s+)?(?:{MONTH}\s+)?(?:meeting|hearing)\s+of)\s+(?:the\s+)?)+",
    re.IGNORECASE,
)
# A line naming a place: the venue under a heading ("Meeting Room 3 - Town Hall, Huddersfield").
VENUE_LINE = re.compile(
    r"^(?:venue:?\s+|at\s+)|\b(?:room|hall|chamber|house|centre|center|office|building|library|"
    r"suite|civic|pavilion|online|virtual|teams|zoom)\b",
    re.IGNORECASE,
)
# A letter's date sits just above its salutation (`document_signals.SALUTATION`); it is not the meeting's date.
LETTER_DATE_REACH = 3
HEADING_MAX_CHARS = 80
# A word in capitals without a vowel is an acronym, kept in capitals: "TMG", "SPC", "NHS".
ACRONYM = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{2,6}$")
# Words kept lower-case when an all-capitals body name is put in title case.
SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
DASHES = " \t-–—:,"

# Welsh councils print headings in both languages, on one line split by " / " or on two lines
# ("Cyngor Cymuned X" over "X Community Council"); the English rendering is the one read.
# A rendering is Welsh when more of its words are in the first set than in the second.
WELSH_WORDS = frozenset({
    "cyngor", "cymuned", "tref", "dinas", "sir", "pwyllgor", "cyfarfod", "cofnodion", "rhaglen",
    "misol", "blynyddol", "arbennig", "neuadd", "bentref", "ystafell", "bresennol", "hefyd",
    "y", "yr", "yn", "ar", "a'r", "o'r", "nos", "dydd", "am", "ionawr", "chwefror", "ebrill",
    "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr", "llun", "fawrth",
    "mercher", "fercher", "iau", "gwener", "sadwrn", "sul",
})
ENGLISH_WORDS = frozenset({
    "council", "community", "town", "city", "county", "committee", "meeting", "minutes", "agenda",
    "monthly", "annual", "extraordinary", "hall", "village", "room", "present", "the", "of", "and",
    "at", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})
BILINGUAL_SPLIT = " / "
